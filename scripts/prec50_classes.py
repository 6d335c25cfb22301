#!/usr/bin/env python3
"""Round prec50 (issue 8, person–post precision): the corpus counts of the uniform sample's wrong-pair classes,
over a pairs_all.tsv that scripts/prec50_sample.py wrote (held-out ids and --skip ids dropped before printing).

- *cut short* (after the name): the text right after the post phrase goes on with a lower-case word that is no
  verb or function word of a short hand list (``_NOT_A_NAME``); a seeded ``--n`` of them printed to judge;
- *before the name*: the words between a post written before a name and the name (a country cut off: "Anh");
- *object before "POST, ông X"*: ``before_punct`` pairs whose post follows a lower-case word.

    python3 scripts/prec50_classes.py /tmp/p50/pairs_all.tsv --skip /work/wt/skip_ids.txt \
        /work/wt/t50/drawn50_ids.txt --seed 815 --n 40
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys

_NOT_A_NAME = frozenset("""cho khẳng và đã yêu chủ nhấn phát đề xác dẫn đánh trình tại nói làm thông chia cũng bày ký
báo cùng trả vừa chỉ nhận tham thừa sẽ trực kiến dự về trao tới của nêu ngày khi tiếp lý có phân tặng sau năm thẳng
được ghi trò kiểm trước trong với tháng công này băn lưu đối ở đến gửi giải cam đặt thăm phấn giao thay rồi thì biểu kể
để người vào gặp lần hôm nhìn trấn chúc phê đồng mong tuyên hướng bác là đang lo động tiết nhiệt hỏi quyết bị bổ ra
vẫn mới đi cũ đương bảo bàn nhắc kêu chính thống giới duyệt tổ triển tiến ban hiện luôn không chưa từng còn liền lại
lên xuống vì nên mà nhưng như thế sáng chiều tối đêm theo nhằm tin ủng tỏ thực ngay chấp gợi hứa hy phản tố khởi
xin mời tự giữ thường thị""".split())
_LOWER = re.compile(r"\s*(?:[-–]\s*)?([a-zà-ỹđ][^\s,.;:]*)")


def rows(path: str, skip: set[str]) -> list[tuple[str, str, str, str, str]]:
    """(article, construction, label, window, the sentence after the window) of every pair not skipped."""
    out = []
    for ln in open(path, encoding="utf-8"):
        _tier, art, _chars, cons, label, w, s = ln.rstrip("\n").split("\t")[:7]
        plain = w.replace("<<", "").replace(">>", "")
        if art.removeprefix("baomoi-") not in skip and (i := s.find(plain)) >= 0:
            out.append((art, cons, label, w, s[i + len(plain):]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs")
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=815)
    ap.add_argument("--n", type=int, default=40)
    a = ap.parse_args()
    skip = {ln.strip().removeprefix("baomoi-") for f in a.skip for ln in open(f, encoding="utf-8") if ln.strip()}
    rs = rows(a.pairs, skip)
    cut = [r for r in rs if (m := _LOWER.match(r[4])) and m.group(1) not in _NOT_A_NAME]
    print(f"# {len(rs)} pairs; cut short candidates (a lower-case word after the post): {len(cut)}")
    for i, (art, _c, label, w, rest) in enumerate(random.Random(a.seed).sample(cut, min(a.n, len(cut))), 1):
        print(f"{i}\t{art}\t{label}\t{w[-70:]}\t{rest[:80]}")
    gaps: collections.Counter[str] = collections.Counter()
    for art, cons, label, w, _rest in rs:
        after, person = w.split(">>", 1)[-1], label.split(" — ")[0]
        if cons.startswith("before") and (j := after.find(person)) > 0 and after[:j].strip() == "Anh":
            gaps[art] += 1
    print(f"# a country 'Anh' between a post and the name after it: {sum(gaps.values())}")
    lower_before = re.compile(r"(?:^|\s)(?-i:[a-zà-ỹđ])\S*\s*$")
    obj = [r for r in rs if r[1] == "before_punct" and lower_before.search(r[3].split("<<")[0])]
    print(f"# before_punct after a lower-case word: {len(obj)}")
    for art, _c, label, w, _rest in obj:
        print(f"B\t{art}\t{label}\t{w[-90:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
