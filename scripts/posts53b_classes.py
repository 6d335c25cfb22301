#!/usr/bin/env python3
"""Round posts53b: count, in the whole corpus outside the held-out ids, the text shapes of the classes of the base's
misses and wrong pairs on the fresh set tests/data/posts53b (scripts/data/posts53b_classes.md). Prints counts only
(hits and articles per class), never text, so no held-out word can be shown; with --holdings BASE_HOLDINGS_TSV
(article id, tab, a post holding's label "Name — post", held-out ids dropped) it also counts the bare-title holdings
of class 6.

    .venv/bin/python scripts/posts53b_classes.py --corpus /work/shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude /work/wt/held_ids.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import re

CLASSES: dict[str, str] = {
    "1 dated career lines, TITLE after 'M/YYYY-M/YYYY:'":
        r"(?:\d{1,2}/)?\d{4}\s*[-–]\s*(?:\d{1,2}/)?\d{4}\s*:\s*(?:Phó |Ủy viên|Bí thư|Chủ tịch|Giám đốc|Trưởng|"
        r"Thứ trưởng|Bộ trưởng|Tổng|Đại biểu|Thành ủy|Tỉnh ủy|Huyện ủy|Chánh|Cán bộ|Chuyên viên)",
    "2 a body's name then 'Trường Chinh'":
        r"(?:Hội đồng Nhà nước|Quốc hội|Trung ương|Chính phủ|Đảng|Việt Nam|Ủy ban [^.,]{0,30}) Trường Chinh",
    "3 'chức (vụ|danh) TITLE … đối với ông/bà NAME'":
        r"(?:chức vụ|chức danh|chức) [A-ZĐ](?:[^.;]|\.(?=\S)){3,90}? đối với (?:ông|bà|đồng chí) [A-ZĐ]",
    "4 'Phó Văn phòng' (any case of 'văn')": r"Phó [Vv]ăn phòng",
    "5 'tổ trưởng dân phố' (no 'tổ' before 'dân phố')": r"[Tt]ổ trưởng dân phố",
    "6a a director's title then a lower-case function noun":
        r"[Gg]iám đốc (?:phát triển|quan hệ|dự án) ",
    "6b a bare title then a lower-case unit head 'cảnh sát', 'kênh', 'viễn thông', 'nhà hàng' and a name":
        r"(?:[Gg]iám đốc|[Tt]rưởng|[Cc]hủ tịch|[Bb]í thư|[Pp]hó) (?:kênh|viễn thông|nhà hàng|cảnh sát) [A-ZĐ]",
    "7 'Phật hoàng' before a name": r"Phật [Hh]oàng [A-ZĐ]\w* [A-ZĐ]",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--exclude", nargs="*", default=[], help="files of article ids to skip (held-out)")
    ap.add_argument("--holdings", help="TSV of a build's holdings (id, label), held-out ids dropped")
    a = ap.parse_args()
    skip = {line.strip() for f in a.exclude for line in open(f, encoding="utf-8") if line.strip()}
    opener = gzip.open if a.corpus.endswith(".gz") else open
    docs = []
    with opener(a.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] not in skip:
                docs.append((d["id"], d["title"] + "\n\n" + d["text"]))
    print(f"articles outside the excluded ids: {len(docs)}")
    for name, rx in CLASSES.items():
        pat = re.compile(rx)
        hits = [len(pat.findall(t)) for _, t in docs]
        print(f"{name}: {sum(hits)} hits in {sum(1 for h in hits if h)} articles")
    if a.holdings:
        bare = 0
        for line in open(a.holdings, encoding="utf-8"):
            i, label = line.rstrip("\n").split("\t")
            if i not in skip and label.split(" — ", 1)[-1].lower() in ("giám đốc", "phó giám đốc"):
                bare += 1
        print(f"holdings of a bare 'Giám đốc' / 'Phó Giám đốc': {bare}")


if __name__ == "__main__":
    main()
