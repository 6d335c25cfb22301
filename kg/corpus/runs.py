"""The default graph of a corpus build: lines kept in sorted runs on disk (bounded memory), merged without
duplicates (:class:`_Runs`), one ``rdfs:label`` per entity and language (:func:`one_label`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib.namespace import RDF, RDFS, SKOS

from kg.extract import lexicon
from kg.extract.rx_uncached import compile_uncached
from kg.rdf.namespace import VNR

RUN_LINES = 400_000  # default-graph lines kept in memory before a sorted run goes to disk


class _Runs:
    """Default-graph lines: in memory up to ``limit``, then sorted runs on disk; merged without duplicates."""

    def __init__(self, tmpdir: Path, limit: int = RUN_LINES) -> None:
        self.tmpdir = tmpdir
        self.limit = limit
        self.buffer: set[str] = set()
        self.files: list[Path] = []

    def add(self, lines: Iterable[str]) -> None:
        self.buffer.update(lines)
        if len(self.buffer) >= self.limit:
            self._flush()

    def _flush(self) -> None:
        path = self.tmpdir / f"run-{len(self.files):05d}.nt"
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(f"{ln}\n" for ln in sorted(self.buffer))
        self.files.append(path)
        self.buffer = set()

    def merged(self) -> Iterator[str]:
        if not self.files:
            yield from sorted(self.buffer)
            return
        if self.buffer:
            self._flush()
        handles = [p.open(encoding="utf-8") for p in self.files]
        try:
            last = None
            for ln in heapq.merge(*(((x.rstrip("\n") for x in h)) for h in handles)):
                if ln != last:
                    yield ln
                    last = ln
        finally:
            for h in handles:
                h.close()


def substitute(lines: Iterable[str], mapping: dict[str, str]) -> set[str]:
    """The lines with every IRI term of ``mapping`` ("<…>") replaced."""
    lines = list(lines)
    if not lines:
        return set()
    text = "\n".join(lines)  # one pass over the lines joined by LF (no line, no IRI holds one: N-Triples escapes it)
    if all(_one_term(k) and _one_term(v) for k, v in mapping.items()) and mapping.keys().isdisjoint(mapping.values()):
        # two IRI terms never overlap and none is made across a term's edge, and no new term is another's old one:
        # a replace per term is the one pass of the pattern below (and needs no pattern compiled, ~0.2 ms)
        for old, new in mapping.items():
            text = text.replace(old, new)
    else:
        pattern = compile_uncached("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        text = pattern.sub(lambda m: mapping[m.group()], text)
    return set(text.split("\n"))


def _one_term(iri: str) -> bool:
    """``iri`` is one IRI term: "<…>" with no other angle bracket."""
    return iri[:1] == "<" and iri[-1:] == ">" and iri.count("<") == 1 and iri.count(">") == 1


_LABEL = f" <{RDFS.label}> "
_ALT = f" <{SKOS.altLabel}> "


def _lang(line: str) -> str:
    tail = line.rsplit('"', 1)[1]
    return tail[1:] if tail.startswith("@") else tail


_EVENT_TYPES = tuple(f" <{RDF.type}> <{c}>" for c in (VNR.Meeting, VNR.Congress, VNR.Election))


def _literal(line: str) -> str:
    """The text of a label line's literal, unescaped (an escaped quote is one character)."""
    lit = line.split(_LABEL, 1)[1]
    return lit[1 : lit.rindex('"')].replace('\\"', '"').replace("\\\\", "\\")


def _event_rank(line: str) -> tuple[int, bool, bool, int]:
    """How good a label line of an event node is, as the article-level label (:mod:`kg.extract.event_label`) ranks
    its forms: the fewest abbreviations ("Hội đồng nhân dân" rather than "HĐND"), not all in capitals, its quotes
    closed by the mark that opens them, the longest text (not the longest line: an escaped quote counts once)."""
    text = _literal(line)
    abbr = lexicon.abbreviations()
    short = sum(w.strip(",()") in abbr for w in text.replace(".", " ").split())
    balanced = text.count("“") == text.count("”") and text.count('"') % 2 == 0
    return -short, not text.isupper(), balanced, len(text)


def _labels(group: list[str]) -> list[str]:
    """One subject's lines with one ``rdfs:label`` per language (the longest; for an event node the best ranked,
    :func:`_event_rank`); the others as ``skos:altLabel``."""
    labels = [ln for ln in group if _LABEL in ln]
    if len(labels) < 2:
        return group
    event = any(t in ln for ln in group for t in _EVENT_TYPES)
    keep: dict[str, str] = {}
    for ln in labels:
        lang, best = _lang(ln), keep.get(_lang(ln))
        if best is None or (event and (_event_rank(ln), best) > (_event_rank(best), ln)) \
                or (not event and (len(ln), best) > (len(best), ln)):
            keep[lang] = ln
    if len(keep) == len(labels):
        return group
    demoted = {ln.replace(_LABEL, _ALT, 1) for ln in labels if ln not in keep.values()}
    return sorted((set(group) - set(labels)) | set(keep.values()) | demoted)


def one_label(lines: Iterable[str]) -> Iterator[str]:
    """Sorted default-graph lines with, per subject and language, one ``rdfs:label``: articles name an entity in
    several ways ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"); the longest form stays the label,
    the others become ``skos:altLabel``. Lines of one subject are adjacent in sorted order."""
    group: list[str] = []
    subject = ""
    for ln in lines:
        s = ln[: ln.index(" ")]
        if s != subject and group:
            yield from _labels(group)
            group = []
        subject = s
        group.append(ln)
    yield from _labels(group)
