"""Round awards52: the open award classes of stop 51 counted on a whole-corpus N-Quads build and on the corpus text.

Articles whose ids ``--held`` lists (one a line; the list is never printed) are dropped before anything is counted
or shown. Counts (and, with ``--show``, the article ids and names of each case):
- ``headline``: a conferral told in the title (its derivation starts at character 0) whose name's words are a
  strict part of the name of exactly one conferral of the same kind told in the body (kg/extract/conferral_headline);
- ``btc``: sentences where "BTC" gives an award ("BTC … trao/tặng … giải/khen");
- ``authors``: sentences of articles with a prize grade that name a work's author ("của tác giả A", "(nhóm tác giả A");
- ``two_offices``: pairs of conferrals of one name in one article whose givers are two nodes of one office ("Thủ
  tướng" / "Thủ tướng Chính phủ") or the office and the person who holds it.

    .venv/bin/python scripts/awards52_classes.py BUILD.nq --held /work/wt/held_ids.txt [--show]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
ID = "https://w3id.org/vnreport-kg/id/"
LINE = re.compile(r'<([^>]+)> <([^>]+)> (?:<([^>]+)>|"((?:[^"\\]|\\.)*)"(?:@(\w+))?)')
GRADE = re.compile(r"giải (?:nhất|nhì|ba|khuyến khích|đặc biệt|A|B|C)\b", re.IGNORECASE)


def conferrals(nq: Path, held: set[str]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """Per article (outside ``held``): conferral IRI -> property -> values (Vietnamese labels only)."""
    out: dict[str, dict[str, dict[str, list[str]]]] = collections.defaultdict(
        lambda: collections.defaultdict(lambda: collections.defaultdict(list)))
    with nq.open(encoding="utf-8") as fh:
        for ln in fh:
            if not ln.startswith("<" + ID + "awardconferral/"):
                continue
            m = LINE.match(ln)
            if not m:
                continue
            s, p, o_iri, o_lit, lang = m.groups()
            art = s.rsplit("/", 2)[-2].removeprefix("baomoi-")
            prop = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            if art in held or (prop == "label" and lang != "vi"):
                continue
            out[art][s][prop].append(o_iri if o_iri is not None else o_lit)
    return out


def _words(c: dict[str, list[str]]) -> set[str]:
    return set(re.findall(r"\w+", " ".join(c.get("label", [])).casefold()))


def _headline(c: dict[str, list[str]]) -> bool:
    return any(d.endswith("#char=0," + d.rsplit(",", 1)[-1]) for d in c.get("wasDerivedFrom", []))


def headline_cases(confs: dict[str, dict[str, dict[str, list[str]]]]) -> list[tuple[str, str, str]]:
    out = []
    for art, cs in sorted(confs.items()):
        for _iri, c in sorted(cs.items()):
            if not _headline(c) or not _words(c):
                continue
            fuller = [o for o in cs.values() if not _headline(o) and o.get("awardKind") == c.get("awardKind")
                      and _words(c) < _words(o)]
            if len(fuller) == 1:
                out.append((art, c["label"][0], fuller[0]["label"][0]))
    return out


def office_cases(confs: dict[str, dict[str, dict[str, list[str]]]]) -> list[tuple[str, str, list[str]]]:
    out = []
    for art, cs in sorted(confs.items()):
        items = sorted(cs.items())
        for i, (_, a) in enumerate(items):
            for _, b in items[i + 1:]:
                ga, gb = set(a.get("conferredBy", [])), set(b.get("conferredBy", []))
                both = sorted(g.rsplit("/", 1)[-1] for g in ga | gb)
                if a.get("label") == b.get("label") and ga and gb and ga != gb and len(both) == 2 and all(
                        g.startswith(("thu-tuong-chinh-phu", "nguyen-xuan-phuc")) for g in both):
                    out.append((art, a["label"][0], both))
    return out


def text_cases(held: set[str]) -> tuple[list[str], list[str]]:
    """(articles of the "btc" sentences, articles of the "authors" sentences), one entry per sentence."""
    btc, authors = [], []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for ln in fh:
            r = json.loads(ln)
            art = str(r["id"]).removeprefix("baomoi-")
            if art in held:
                continue
            text = r["title"] + "\n\n" + r["text"]
            graded = GRADE.search(text) is not None
            for s in re.split(r"(?<=[.!?])\s+", text):
                if re.search(r"\bBTC\b[^.;]{0,40}\b(?:trao|tặng)\b[^.;]{0,40}\b(?:giải|khen)", s):
                    btc.append(art)
                if graded and re.search(r"(?:của|nhóm) tác giả [A-ZĐ]", s):
                    authors.append(art)
    return btc, authors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--held", type=Path, required=True)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    held = {x.strip().removeprefix("baomoi-") for x in args.held.read_text(encoding="utf-8").split() if x.strip()}
    confs = conferrals(args.build, held)
    heads, offices = headline_cases(confs), office_cases(confs)
    btc, authors = text_cases(held)
    print(f"conferrals outside the held-out ids: {sum(len(c) for c in confs.values())}")
    print(f"headline: {len(heads)} in {len({a for a, _, _ in heads})} articles")
    print(f"btc: {len(btc)} sentences in {len(set(btc))} articles")
    print(f"authors: {len(authors)} sentences in {len(set(authors))} articles")
    print(f"two_offices: {len(offices)} pairs in {len({a for a, _, _ in offices})} articles")
    if args.show:
        for art, short, full in heads:
            print(f"  headline {art}: {short} -> {full}")
        for art, name, both in offices:
            print(f"  two_offices {art}: {name} {both}")
        print(f"  btc {sorted(set(btc))}\n  authors {sorted(set(authors))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
