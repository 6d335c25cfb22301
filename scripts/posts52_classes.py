#!/usr/bin/env python3
"""Round posts52 (issue 8): the whole-corpus count of each class of posts52's misses and wrong pairs at the base.

Every class is a regular expression over "title\\n\\ntext" of the corpus's articles; the held-out ids (``--skip``)
are dropped BEFORE an article is read, and only counts are printed unless ``--examples N`` (then N matches of each
class, from articles outside the skipped ids).

    .venv/bin/python scripts/posts52_classes.py --corpus /work/shared/corpus/baomoi-gov-2017.jsonl.gz \\
        --skip /work/wt/held_ids.txt [--examples 3]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re

U = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
L = "a-zàáảãạâấầẩẫậăắằẳẵặèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ"
W = f"[{U}][{L}]+"
NAME = f"{W}(?: {W}){{1,3}}"
TITLE = r"(?:Ủy viên|Uỷ viên|Phó|Trưởng|Bí thư|Chủ tịch|Giám đốc)"
CLASSES = {
    # "Chủ cơ sở trên là bà X": a post named first, a word that refers back, "là" and the holder
    "post-first + reference word + là": rf"(?:Giám đốc|Chủ|Trưởng|Phó|Hiệu trưởng|Chủ tịch|Bí thư|Chủ nhiệm|Người đứng "
    rf"đầu|Thủ trưởng|Chánh|Tổng)[^.,;:!?\n]{{0,40}} (?:trên|này|nói trên|kể trên|nêu trên) là (?:ông|bà|anh|chị) {W}",
    # "X được mời là Chủ tịch danh dự …": a verb of office with "là" instead of "làm"
    "được VERB là POST": rf"{W} được (?:bầu|bổ nhiệm|cử|phân công|mời|chọn|điều động) (?:là|giữ) "
    rf"(?:Phó |Chủ |Tổng |Bí |Giám |Trưởng |Ủy |Uỷ |Thứ |Chánh |Hiệu )",
    # "PGS. TS. Chu Hảo": a two-syllable name after a degree abbreviation with a point
    "degree. + two-syllable name": rf"\b(?:GS|PGS|TS|ThS|Ths|BS|KS|TSKH)\. {W} {W}(?=[ ,.…;:)]|$)(?! [{U}])",
    # "Phó Ban trực Ban tổ chức …": "trực" (standing) between a title and its body
    "TITLE trực BODY": r"(?:Phó|phó)(?: [^ ,.;]+){1,2} trực (?:Ban|ban|Đảng|Huyện|Tỉnh|Thành|HĐND|UBND|Hội|MTTQ|Ủy|Uỷ)",
    # "ông A – POST. POST, POST trong quá trình …": a full stop typed for a comma inside an apposition
    "apposition broken by a full stop": rf"(?:ông|bà|đồng chí) {NAME} ?[–,-] [^.!?;:]{{5,70}}\. {TITLE}[^.!?]{{0,60}}, "
    rf"{TITLE}",
    # "các ông: A, B, POST; C, POST": two names sharing one item's titles in a semicolon list
    "two names, one item's titles": rf"(?:[:;]|các (?:ông|bà|đồng chí))\s*{NAME}, {NAME}, {TITLE}[^;:.]*?(?=;)",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--skip", required=True)
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    skip = {s.strip() for s in open(a.skip, encoding="utf-8") if s.strip()}
    skip |= {"baomoi-" + s for s in skip if not s.startswith("baomoi-")}
    rx = {k: re.compile(v) for k, v in CLASSES.items()}
    hits: dict[str, list[tuple[str, str]]] = {k: [] for k in rx}
    opener = gzip.open if a.corpus.endswith(".gz") else open
    with opener(a.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in skip:
                continue
            text = d["title"] + "\n\n" + d["text"]
            for k, r in rx.items():
                hits[k] += [(d["id"], m.group(0)) for m in r.finditer(text)]
    for k, hs in hits.items():
        print(f"{len(hs):4d} matches in {len({h[0] for h in hs}):3d} articles  {k}")
        for h in hs[: a.examples]:
            print("      ", *h, sep="  ")


if __name__ == "__main__":
    main()
