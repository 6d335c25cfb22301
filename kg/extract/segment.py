"""Stage 2 — paragraphs and sentences with character offsets.

The first non-empty line is the title (its own paragraph and sentence). Every further non-empty line is a
paragraph (reports separate paragraphs by blank lines, news bodies often by single newlines).
Sentences end at ``. ! ? …`` (plus closing quotes) before a capital, digit, quote or dash, unless the
dot closes an abbreviation (``TP.``, ``TS.``, an initial) or sits inside a number. A sentence also starts where a
sub-heading or caption runs on into it without punctuation, or after an abbreviation's dot when a clause opens
("… UBND TP. Về vấn đề này, …"; :mod:`kg.extract.segment_glue`).
A sentence longer than :data:`MAX_SENTENCE_CHARS` (a text without sentence punctuation) is cut at its last
``;`` or ``,`` (else space) before the limit, so that the work per sentence stays bounded; no sentence of the
shared 3,696-article corpus is that long (the longest has 4,516 characters). A first line that long (a text
on one line) is cut into sentences like a paragraph (it stays the title).
"""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence, Span
from kg.extract.segment_glue import opens_after_abbreviation, split_glued

_BOUNDARY = re.compile(r"(?:[.!?…]+|\./\.)[\"”’')\]]*(?=\s+[\"“‘'(\[\-–—]?[0-9A-ZÀ-ỸĐ])", re.UNICODE)
MAX_SENTENCE_CHARS = 5_000
_ABBREV = re.compile(
    r"(?:\b(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|BS|KS|CN|Mr|Mrs|Ms|Dr|St|Q|P|H|Th|Ths|Tr|Nxb|v\.v)|\b[A-ZĐ])\.$"
)


def _next_word(text: str, at: int, end: int) -> int:
    """The offset of the first non-space character from ``at`` (bounded look: linear time)."""
    window = text[at : min(end, at + 8)]
    return at + len(window) - len(window.lstrip())


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cur = start
    para = text[start:end]
    for m in _BOUNDARY.finditer(para):
        cut = start + m.end()
        nxt = text[cut : min(end, cut + 64)].lstrip().lstrip("\"“‘'([-–—")[:1]  # a bounded look: linear time
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        head = text[max(cur, cut - 40) : cut]  # enough for an abbreviation, bounded: linear time
        abbreviation = _ABBREV.search(head.rstrip("\"”’')]"))
        if abbreviation and not opens_after_abbreviation(text, _next_word(text, cut, end), end):
            continue
        if cut - cur > 0:
            spans.append((cur, cut))
        cur = cut
        while cur < end and text[cur].isspace():
            cur += 1
    if cur < end:
        spans.append((cur, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _bounded(text: str, spans: list[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """The spans with every one longer than ``limit`` cut into pieces of at most ``limit`` characters."""
    out = []
    for s, e in spans:
        while e - s > limit:
            window = text[s : s + limit]
            cut = max(window.rfind("; "), window.rfind(", "))
            cut = cut + 1 if cut > limit // 2 else (window.rfind(" ") if window.rfind(" ") > limit // 2 else limit)
            out.append((s, s + len(text[s : s + cut].rstrip())))
            s += cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def segment(doc: Document) -> Document:
    """Fill ``doc.paragraphs``, ``doc.sentences`` and ``doc.title_end``."""
    text = doc.text
    paragraphs: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        paragraphs.append(Span(s + lead, s + lead + len(stripped), stripped))
    doc.paragraphs = paragraphs
    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        title = p_index == 0 and para.end - para.start <= MAX_SENTENCE_CHARS  # a one-line text: sentences too
        bounds = [(para.start, para.end)] if title else split_glued(text, _sentence_spans(text, para.start, para.end))
        bounds = _bounded(text, bounds)
        for s, e in bounds:
            sentences.append(Sentence(len(sentences), p_index, s, e, text[s:e]))
    doc.sentences = sentences
    doc.title_end = paragraphs[0].end if paragraphs else 0
    return doc
