"""Stage 2 — paragraphs and sentences with character offsets.

The first non-empty line is the title (its own paragraph and sentence). Every further non-empty line is a
paragraph (reports separate paragraphs by blank lines, news bodies often by single newlines).
Sentences end at ``. ! ? …`` (plus closing quotes) before a capital, digit, quote or dash, unless the
dot closes an abbreviation (``TP.``, ``TS.``, an initial) or sits inside a number.
"""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence, Span

_BOUNDARY = re.compile(r"(?:[.!?…]+|\./\.)[\"”’')\]]*(?=\s+[\"“‘'(\[\-–—]?[0-9A-ZÀ-ỸĐ])", re.UNICODE)
_ABBREV = re.compile(
    r"(?:\b(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|BS|KS|CN|Mr|Mrs|Ms|Dr|St|Q|P|H|Th|Ths|Tr|Nxb|v\.v)|\b[A-ZĐ])\.$"
)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cur = start
    para = text[start:end]
    for m in _BOUNDARY.finditer(para):
        cut = start + m.end()
        nxt = text[cut:end].lstrip().lstrip("\"“‘'([-–—")[:1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        head = text[cur:cut]
        if _ABBREV.search(head.rstrip("\"”’')]")):
            continue
        if cut - cur > 0:
            spans.append((cur, cut))
        cur = cut
        while cur < end and text[cur].isspace():
            cur += 1
    if cur < end:
        spans.append((cur, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


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
        bounds = [(para.start, para.end)] if p_index == 0 else _sentence_spans(text, para.start, para.end)
        for s, e in bounds:
            sentences.append(Sentence(len(sentences), p_index, s, e, text[s:e]))
    doc.sentences = sentences
    doc.title_end = paragraphs[0].end if paragraphs else 0
    return doc
