"""Precision audit of person–post pairs (round risk38): every pair whose rightness is known, with how it was attached.

Runs the extraction in-process on (a) the development sets, judging each pair of a gold person with score.py's own
rule (a predicted pair not matching a gold post is wrong), and (b) the corpus articles of the hand-judged pair TSVs
under scripts/data (the pair matched by article, person and post as written). Each pair gets the construction that
attached it (the call site of ``_holding`` in kg/extract/facts/holdings.py) and surface features of its phrase.

    PYTHONPATH=. python -P scripts/risk38_audit.py --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl
"""

from __future__ import annotations

import argparse
import collections
import glob
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

from kg import pipeline
from kg.corpus.records import Record, read_records
from kg.extract.facts import holdings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
EVAL = Path("/work/shared/eval")
DEV = ["devown", "devown2", "devown3", "devown5", "devown6", "devown7", "devown8", "devown9", "devown10",
       "devown11", "devown12", "frozen"]
JUDGED = ["prec2[4-8]_corpus_pairs_judged.tsv", "prec37_pairs_*.tsv", "prec38_pairs_*.tsv",
          "pairs_sample_439_*.tsv", "*_changed*.tsv", "attached_sample_*.tsv"]
RIGHT = {"yes", "right", "right (boundary)", "right (no body)", "right (lost)", "right (merged)", "same post", "same"}
WRONG = {"no", "wrong", "wrong (short)", "boundary", "partial"}
_ART = re.compile(r"^(?:baomoi-)?(\d{8})$")

_spec = importlib.util.spec_from_file_location("score", ROOT / "scripts" / "score.py")
score: Any = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(score)  # type: ignore[union-attr]

_records: dict[str, dict[str, str]] = {}  # fact id -> features of the attachment that made it


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


_SRC = Path(holdings.__file__).read_text(encoding="utf-8").splitlines()
_CALLS = [i + 1 for i, ln in enumerate(_SRC) if "_holding(ctx, sent, person," in ln]  # call sites, in order
_NAMES = ["chain_or_after", "pronoun_or_title_subject", "role_holder", "list_or_guest", "post_first"]


def _construction(frame: Any, ph: tuple) -> tuple[str, Any]:
    """The construction that attached ``ph`` and the person mention it went to (from the caller's frame)."""
    loc = frame.f_locals
    site = _NAMES[_CALLS.index(frame.f_lineno)] if frame.f_lineno in _CALLS else "other"
    if site == "chain_or_after":
        p = loc.get("p")
        return ("before_name" if any(x is ph for x in loc.get("chain") or []) else "after_name"), p
    if site == "pronoun_or_title_subject":
        return site, loc.get("pm")
    if site in ("list_or_guest", "post_first"):
        return site, loc.get("p")
    return site, None


def _features(text: str, sent: Any, ph: tuple, p: Any, construction: str) -> dict[str, str]:
    title, body, a, b = ph
    label = text[a:b]
    rest = text[title.end : b].split()
    lower = [w for w in rest if w[:1].islower()]
    if p is None:
        gap = "?"
    elif p.start >= b:
        gap = text[b : p.start]
    else:
        gap = text[p.end : a]
    gap_words = re.findall(r"\w+", gap)
    punct = next((ch for ch in gap if ch in ",-–:;()\"“”"), "space" if gap.strip() == "" else "words")
    first = sent.start == 0 or text[max(0, sent.start - 2) : sent.start].count("\n") >= 1 and not re.search(
        r"[.!?…:;\"”]\s*$", text[sent.start : sent.end])
    return {
        "construction": construction,
        "bare": "bare" if body is None else "body",
        "lower_words": _bucket(len(lower), (0, 1, 2, 4)),
        "last_word_lower": "yes" if label.split()[-1][:1].islower() else "no",
        "label_words": _bucket(len(label.split()), (2, 4, 7, 11)),
        "gap_words": "?" if p is None else _bucket(len(gap_words), (0, 1, 3)),
        "gap_punct": punct[:6],
        "va_in_label": "yes" if re.search(r"(?<!\w)và(?!\w)", label) else "no",
        "caption_line": "yes" if first else "no",
        "title_lower": "yes" if title.text[:1].islower() else "no",
        "side": "?" if p is None else ("before" if p.start >= b else "after"),
        "next": _next(text, b, sent.end),
        "ends_on_head": "yes" if body is not None and b - body.start <= len(body.text.split()[0]) + 1 else "no",
    }


def _next(text: str, b: int, end: int) -> str:
    """What follows the phrase: a lower-case word, a capitalised one, a digit, punctuation, or the sentence end."""
    m = re.match(r"\s*(\S)", text[b:end])
    if m is None:
        return "end"
    ch = m.group(1)
    return "lower" if ch.islower() else "upper" if ch.isupper() else "digit" if ch.isdigit() else ch


_orig = holdings._holding


def _spy(ctx: Any, sent: Any, person: Any, ph: tuple) -> None:
    before = {f.subject for f in ctx.facts}
    _orig(ctx, sent, person, ph)
    if ctx.probe is not None:
        return
    construction, p = _construction(sys._getframe(1), ph)
    new = [f.subject for f in ctx.facts if f.subject not in before]
    for sid in new:
        _records[sid] = _features(ctx.doc.text, sent, ph, p, construction)


holdings._holding = _spy  # type: ignore[assignment]


def run(rec: Record) -> list[dict[str, str]]:
    """The person–post pairs of one article with their features (person, post as written, post node names)."""
    _records.clear()
    res = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    out = []
    for f in res.facts:
        if f.cls != "PostHolding":
            continue
        props = dict(f.props)
        label = str(props["rdfs:label"].value)  # type: ignore[union-attr]
        person, post = label.split(" — ", 1)
        post_ent = res.links.entities.get(props["vnr:post"].id)  # type: ignore[union-attr]
        body_ref = props.get("org:organization")
        body = res.links.entities.get(body_ref.id) if body_ref is not None else None  # type: ignore[union-attr]
        feats = _records.get(f.subject, {"construction": "unrecorded"})
        out.append({"article": rec.doc_id, "person": person, "post": post,
                    "post_node": post_ent.label if post_ent else "", "body": body.label if body else "", **feats})
    return out


def _excluded(paths: list[str]) -> set[str]:
    ids = set()
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            ids |= {"baomoi-" + str(json.loads(ln)["id"]).removeprefix("baomoi-") for ln in fh if ln.strip()}
    return ids


def dev_pairs() -> list[dict[str, str]]:
    rows = []
    sets = [(n, ROOT / f"tests/data/{n}_gold.json", ROOT / f"tests/data/{n}.jsonl") for n in DEV]
    sets += [(n, EVAL / f"{n}_gold.json", CORPUS) for n in ("train", "dev")]
    for name, gold_path, corpus in sets:
        gold = {"baomoi-" + a["id"]: a for a in json.loads(gold_path.read_text(encoding="utf-8"))}
        for rec in read_records(corpus):
            if not isinstance(rec, Record) or rec.doc_id not in gold:
                continue
            posts = {score.fold(gp["name"]): gp["posts"] for gp in gold[rec.doc_id]["persons"]}
            for r in run(rec):
                if score.fold(r["person"]) not in posts:
                    continue
                own = [set(score.words(r["post"])), set(score.words(r["post_node"]))]
                ok = score.post_is_right(own, set(score.words(r["body"])), posts[score.fold(r["person"])])
                rows.append({"source": name, "verdict": "right" if ok else "wrong", **r})
    return rows


def judged() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(article, folded person, folded post) -> (verdict, file) of the hand-judged pair TSVs (last word wins)."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    files = sorted({f for p in JUDGED for f in glob.glob(str(ROOT / "scripts/data" / p))})
    for f in files:
        hdr: list[str] | None = None
        for ln in Path(f).read_text(encoding="utf-8").splitlines():
            cells = ln.split("\t")
            if hdr is None and (ln.startswith("#") or not any(_ART.match(c.strip()) for c in cells)):
                hdr = [c.lstrip("#").strip().lower() for c in cells] if len(cells) > 2 else None
                continue
            if ln.startswith("#") or hdr is None:
                continue
            pair = _pair(cells, hdr)
            if pair is not None and pair[3] in RIGHT | WRONG:
                out[pair[:3]] = ("right" if pair[3] in RIGHT else "wrong", Path(f).name)
    return out


def _pair(cells: list[str], hdr: list[str]) -> tuple[str, str, str, str] | None:
    ai = next((i for i, c in enumerate(cells) if _ART.match(c.strip())), None)
    vi = next((i for i, h in enumerate(hdr) if h in ("verdict", "judged", "right")), None)
    if ai is None or vi is None or vi >= len(cells):
        return None
    art = "baomoi-" + _ART.match(cells[ai].strip()).group(1)  # type: ignore[union-attr]
    pi = next((i for i, h in enumerate(hdr) if h == "person"), None)
    qi = next((i for i, h in enumerate(hdr) if h in ("post", "post as written")), None)
    if pi is not None and qi is not None and qi < len(cells):
        person, post = cells[pi], cells[qi]
    else:
        li = next((i for i, c in enumerate(cells) if " — " in c and i != vi), None)
        if li is None:
            return None
        person, post = cells[li].split(" — ", 1)
    return art, score.fold(person), score.fold(post), cells[vi].strip().lower()


def corpus_pairs(skip: set[str], dev_ids: set[str]) -> list[dict[str, str]]:
    known = judged()
    arts = {k[0] for k in known} - skip - dev_ids
    rows = []
    for rec in read_records(CORPUS):
        if not isinstance(rec, Record) or rec.doc_id not in arts:
            continue
        for r in run(rec):
            hit = known.get((rec.doc_id, score.fold(r["person"]), score.fold(r["post"])))
            if hit is not None:
                rows.append({"source": hit[1].removesuffix(".tsv"), "verdict": hit[0], **r})
    return rows


FEATURES = ["construction", "bare", "lower_words", "last_word_lower", "label_words", "gap_words", "gap_punct",
            "va_in_label", "caption_line", "title_lower", "side", "next", "ends_on_head"]


def _pairs_of_features(rows: list[dict[str, str]]) -> list[str]:
    """Two feature values together: the combinations over at least 6 pairs wrong at least 30 % of the time."""
    tally: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    wrong: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    for r in rows:
        for i, c in enumerate(FEATURES):
            for d in FEATURES[i + 1 :]:
                k = (c, r.get(c, ""), d, r.get(d, ""))
                tally[k] += 1
                wrong[k] += r["verdict"] == "wrong"
    return [f"{c}={v} & {d}={u}\t*\t{n}\t{wrong[c, v, d, u]}\t{wrong[c, v, d, u] / n:.2f}\n"
            for (c, v, d, u), n in sorted(tally.items()) if n >= 6 and wrong[c, v, d, u] / n >= 0.3]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--pairs", default=str(ROOT / "scripts/data/risk38_pairs.tsv"))
    ap.add_argument("--rates", default=str(ROOT / "scripts/data/risk38_rates.tsv"))
    a = ap.parse_args()
    dev = dev_pairs()
    rows = dev + corpus_pairs(_excluded(a.exclude), {r["article"] for r in dev})
    cols = ["source", "article", "person", "post", "verdict", *FEATURES]
    with open(a.pairs, "w", encoding="utf-8") as fh:
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(r.get(c, "") for c in cols) + "\n")
    tally: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for r in rows:
        for c in FEATURES:
            tally[c, r.get(c, ""), r["verdict"]] += 1
    with open(a.rates, "w", encoding="utf-8") as fh:
        fh.write("feature\tvalue\tpairs\twrong\twrong_rate\n")
        for c, v in sorted({(c, v) for c, v, _ in tally}):
            n, w = tally[c, v, "right"] + tally[c, v, "wrong"], tally[c, v, "wrong"]
            fh.write(f"{c}\t{v}\t{n}\t{w}\t{w / n:.2f}\n")
        for line in _pairs_of_features(rows):
            fh.write(line)
    print(f"{len(rows)} pairs ({sum(r['verdict'] == 'wrong' for r in rows)} wrong)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
