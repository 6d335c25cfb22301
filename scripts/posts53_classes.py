#!/usr/bin/env python3
"""Round posts53 (issue 8): the whole-corpus count of each class of posts53's wrong pairs and wrong person at the base.

Text classes are regular expressions over "title\\n\\ntext" of the corpus's articles; graph classes read a
whole-corpus build (N-Quads). The held-out ids (``--skip``) are dropped BEFORE an article or a line is read: an
N-Quads line that names a skipped id anywhere (its graph, a holding's IRI, a provenance IRI) is not read. Only
counts and the matching article ids are printed, unless ``--examples`` (then each text match with its context).

    .venv/bin/python scripts/posts53_classes.py --corpus /work/shared/corpus/baomoi-gov-2017.jsonl.gz \\
        --nq /work/wt/corpus_m52m.nq --skip /work/wt/held_ids.txt [--examples]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.facts.post_forms import _label_words  # noqa: E402

U = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
L = "a-zàáảãạâấầẩẫậăắằẳẵặèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ"
W = f"[{U}][{L}]+"
TITLE = (r"(?:Phó |Tổng |phó )?(?:Giám đốc|Chủ tịch|Bí thư|Trưởng|Cục trưởng|Bộ trưởng|Thứ trưởng|Chánh|"
         r"Hiệu trưởng|giám đốc|chủ tịch|bí thư|trưởng|Chủ nhiệm|Tổng cục trưởng|Vụ trưởng)")
TEXT_CLASSES = {
    # "Theo ông Đạt, Giám đốc Sở … là cán bộ nhà nước": a reporting frame "Theo <person>," whose title phrase runs
    # to the end of the sentence with no comma: the subject of the reported clause, no apposition
    "Theo PERSON, TITLE … (no closing comma)": rf"(?:Theo|theo) (?:ông|bà|anh|chị|đồng chí) {W}(?: {W}){{0,3}}, "
    rf"{TITLE}(?:[^.;:!?,\n]|\.(?=[{U}]))*(?<=[{L}])[.!?]",
    # "Sở Tài nguyên & môi trường": '&' before a lower-case word inside a body's name
    "BODY … & lower-case word": r"\b(?:Sở|Bộ|Phòng|Cục|Ban|Trung tâm|Viện|Vụ|Chi cục|Ủy ban|Hội)"
    rf"(?: [^\s&,.;]+){{1,4}} & [{L}]+",
    # "Hoàng thành Thăng Long" (the imperial citadel), capitalised or not
    "Hoàng thành Thăng Long": r"Hoàng [Tt]hành Thăng Long",
}
HOLDING = re.compile(r'^<https://w3id\.org/vnreport-kg/id/postholding/([^/>]+)/[^>]*> '
                     r'<http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"@vi \.$')
CITADEL = "/id/person/hoang-thanh-thang-long-"
REPORT = re.compile(r"<https://w3id\.org/vnreport-kg/id/report/(baomoi-\d+)> \.$")
IDS = re.compile(r"baomoi-\d+")


def text_classes(corpus: str, skip: set[str], examples: bool) -> None:
    rx = {k: re.compile(v) for k, v in TEXT_CLASSES.items()}
    hits: dict[str, list[tuple[str, str]]] = {k: [] for k in rx}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in skip:
                continue
            text = d["title"] + "\n\n" + d["text"]
            for k, r in rx.items():
                hits[k] += [(d["id"], m.group(0)[:160]) for m in r.finditer(text)]
    for k, v in hits.items():
        print(f"{k}: {len(v)} matches in {len({i for i, _ in v})} articles: {sorted({i for i, _ in v})[:20]}")
        if examples:
            for i, s in v:
                print(f"   {i}  {s}")


def graph_classes(nq: str, skip: set[str]) -> None:
    """Two graph classes: (a) one official's two holdings in one article whose post words are equal once '&' is
    read as 'và' and a level word is left out, yet stay two holdings; (b) the articles whose mentions name the
    person node "Hoàng thành Thăng Long"."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    citadel: set[str] = set()
    with open(nq, encoding="utf-8") as f:
        for ln in f:
            if any(i in skip for i in IDS.findall(ln)):
                continue
            if CITADEL in ln and (m := REPORT.search(ln)):
                citadel.add(m.group(1))
            if "/id/postholding/" in ln and "rdf-schema#label" in ln and (h := HOLDING.match(ln.rstrip("\n"))):
                person, _, post = h.group(2).partition(" — ")
                groups[(h.group(1), person)].append(post)
    level = {"tỉnh", "thành", "phố", "tp", "quận", "huyện"}
    pairs = []
    for (art, person), posts in sorted(groups.items()):
        for i, a in enumerate(posts):
            for b in posts[i + 1:]:
                wa, wb = _label_words(a), _label_words(b)
                fa = {("và" if w == "&" else w) for w in wa} - level
                fb = {("và" if w == "&" else w) for w in wb} - level
                if wa != wb and fa == fb and ("&" in wa) != ("&" in wb):
                    pairs.append(f"{art} {person}: {a} || {b}")
    print(f"two holdings of one post that differ by '&' (and a level word): {len(pairs)}")
    for p in pairs:
        print("   " + p)
    print(f"articles naming the person node 'Hoàng thành Thăng Long': {len(citadel)} {sorted(citadel)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--nq", help="a whole-corpus build (N-Quads)")
    ap.add_argument("--skip", required=True)
    ap.add_argument("--examples", action="store_true")
    a = ap.parse_args()
    skip = {s.strip() for s in open(a.skip, encoding="utf-8") if s.strip()}
    skip |= {"baomoi-" + s for s in skip if not s.startswith("baomoi-")}
    text_classes(a.corpus, skip, a.examples)
    if a.nq:
        graph_classes(a.nq, skip)


if __name__ == "__main__":
    main()
