"""Round awards37 (issue 8, item 2): a sample of award conferrals drawn from a whole-corpus N-Quads build.

Draws ``--conferrals`` conferral nodes of the build (sorted IRIs, ``random.Random(seed)``) and ``--sentences``
sentences of the corpus that hold an award word of the lexicon (``corpus_awards.text_words``) but from which the
build derives no conferral, both outside the articles of ``--exclude`` (only their ids are read). With ``--after
NQ`` the same drawn sentences (by article and character span) are shown with the conferrals a second build derives
from them, so a judged "before" sample can be judged again "after".

    .venv/bin/python scripts/awards37_sample.py BASE.nq --seed 443 --exclude tests/data/frozen{2..8}.jsonl \
        [--after NEW.nq] [--write FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _sample_io import write_rows  # noqa: E402
from corpus_awards import CORPUS, _segmented, excluded, text_words  # noqa: E402

ID = "https://w3id.org/vnreport-kg/id/"
LINE = re.compile(r'^<([^>]+)> <([^>]+)> (?:<([^>]+)>|"((?:[^"\\]|\\.)*)"(?:@(\w+)|\^\^<[^>]+>)?)')
SHOW = {"label": "name", "conferredBy": "giver", "presentedBy": "handed", "recipient": "to",
        "individualCount": "indiv", "collectiveCount": "coll"}


def _unescape(s: str) -> str:
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in s else s


def read_build(path: Path) -> tuple[dict[str, dict[str, list[str]]], dict[str, str]]:
    """Conferral nodes (property → values) and the first @vi (else any) label of every node."""
    conf: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    label: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for ln in fh:
            m = LINE.match(ln)
            if not m:
                continue
            s, p, o_iri, o_lit, lang = m.groups()
            prop = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            val = o_iri if o_iri is not None else _unescape(o_lit)
            if prop == "label" and o_lit is not None:
                if lang == "vi":
                    label.setdefault(s + "#vi", val)
                label.setdefault(s, val)
            if s.startswith(ID + "awardconferral/"):
                if prop == "label" and lang != "vi":
                    continue
                conf[s][prop].append(val)
    return conf, label


def _name(label: dict[str, str], iri: str) -> str:
    return label.get(iri + "#vi") or label.get(iri) or iri.rsplit("/", 1)[-1]


def describe(c: dict[str, list[str]], label: dict[str, str]) -> str:
    parts = []
    for prop, tag in SHOW.items():
        vals = [v if prop in ("label", "individualCount", "collectiveCount") else _name(label, v)
                for v in c.get(prop, [])]
        if vals:
            parts.append(f"{tag}=" + "; ".join(sorted(vals)))
    return " | ".join(parts)


def spans(conf: dict[str, dict[str, list[str]]]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article: (start, end, conferral IRI) of every conferral's derivation span."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for iri, c in conf.items():
        for d in c.get("wasDerivedFrom", []):
            m = re.search(r"report/(baomoi-\d+)#char=(\d+),(\d+)", d)
            if m:
                out[m.group(1)].append((int(m.group(2)), int(m.group(3)), iri))
    return out


def in_span(sp: list[tuple[int, int, str]], a: int, b: int) -> list[str]:
    return sorted({iri for s, e, iri in sp if s < b and a < e})


def articles(corpus: Path, skip: set[str]) -> dict[str, dict]:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {str(r["id"]) if str(r["id"]).startswith("baomoi-") else "baomoi-" + str(r["id"]): r for r in rows
            if str(r["id"]).removeprefix("baomoi-") not in skip}


def _met(sp: dict[str, list[tuple[int, int, str]]], iri: str, avoid: frozenset[tuple[str, int, int]]) -> bool:
    """Whether the derivation span of ``iri`` meets a span of ``avoid`` in its article."""
    aid = iri.split("/")[-2]
    mine = [(s, e) for s, e, i in sp.get(aid, []) if i == iri]
    return any(a == aid and s < e0 and s0 < e for a, s0, e0 in avoid for s, e in mine)


def draw(base: Path, corpus: Path, skip: set[str], n_conf: int, n_sent: int, seed: int,
         avoid: frozenset[tuple[str, int, int]] = frozenset()) -> list[dict]:
    """Seeded conferrals (and award sentences without one); a conferral whose derivation span meets a span of
    ``avoid`` (article id, start, end: the rows of earlier samples) is not drawn."""
    conf, _label = read_build(base)
    arts = articles(corpus, skip)
    words = text_words()
    sp = spans(conf)
    rows: list[dict] = []
    sent_of: dict[str, list[tuple[int, int, str]]] = {}

    def sentences(aid: str) -> list[tuple[int, int, str]]:
        if aid not in sent_of:
            doc = _segmented(arts[aid])
            sent_of[aid] = [(s.start, s.end, s.text) for s in doc.sentences]
        return sent_of[aid]

    pool = sorted(i for i in conf if i.split("/")[-2] in arts and not _met(sp, i, avoid))
    rng = random.Random(seed)
    for iri in sorted(rng.sample(pool, min(n_conf, len(pool)))):
        aid = iri.split("/")[-2]
        s0, e0, _ = next(t for t in sp[aid] if t[2] == iri)
        sent = [t for t in sentences(aid) if t[0] < e0 and s0 < t[1]]
        a, b = (sent[0][0], sent[-1][1]) if sent else (s0, e0)
        rows.append({"kind": "conf", "id": aid, "start": a, "end": b, "focus": iri,
                     "sentence": " ".join(" ".join(t[2] for t in sent).split())})
    empty: list[tuple[str, int, int, str]] = []
    for aid in sorted(arts):
        rec = arts[aid]
        if not words.search(rec["title"] + "\n" + rec["text"]):
            continue
        for s, e, text in sentences(aid):
            if words.search(text) and not in_span(sp.get(aid, []), s, e):
                empty.append((aid, s, e, text))
    for aid, s, e, text in sorted(rng.sample(empty, min(n_sent, len(empty)))):
        rows.append({"kind": "none", "id": aid, "start": s, "end": e, "focus": "",
                     "sentence": " ".join(text.split())})
    print(f"pool: {len(pool)} conferrals, {len(empty)} award sentences without one", file=sys.stderr)
    return rows


def graph(rows: list[dict], nq: Path) -> None:
    conf, label = read_build(nq)
    sp = spans(conf)
    for r in rows:
        iris = in_span(sp.get(r["id"], []), r["start"], r["end"])
        r["graph"] = " || ".join(("* " if i == r["focus"] else "") + describe(conf[i], label) for i in iris)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("--after", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seed", type=int, default=443)
    ap.add_argument("--conferrals", type=int, default=80)
    ap.add_argument("--sentences", type=int, default=40)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--write", type=Path)
    ap.add_argument("--sentences-from", type=Path,
                    help="a written sample whose award sentences to take again (the award words of the lexicon may "
                         "have changed since it was drawn)")
    args = ap.parse_args(argv)
    rows = draw(args.base, args.corpus, excluded(args.exclude, []), args.conferrals, args.sentences, args.seed)
    if args.sentences_from:
        with args.sentences_from.open(encoding="utf-8") as fh:
            old = [r for r in csv.DictReader(fh, delimiter="\t") if r["kind"] == "none"]
        rows = [r for r in rows if r["kind"] == "conf"] + [
            {"kind": "none", "id": r["id"], "start": int(r["span"].split("-")[0]), "end": int(r["span"].split("-")[1]),
             "focus": "", "sentence": r["sentence"]} for r in old]
    graph(rows, args.after or args.base)
    for n, r in enumerate(rows, 1):
        print(f"[{n}] {r['kind']} {r['id']} {r['start']}-{r['end']}: {r['sentence']}\n      {r['graph'] or '(none)'}")
    if args.write:
        write_rows(args.write, ["n", "kind", "id", "span", "kind_grade", "giver", "recipients", "counts", "note",
                                "sentence", "graph"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
