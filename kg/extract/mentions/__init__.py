"""Stage 3 — mentions: typed spans of the text found with lexicon data and patterns.

Pure functions over one sentence at a time; :func:`annotate` writes them onto the document.
Kinds: person, title, body, place, rank, honorific, date, year, term, count, award, concept, event,
model, movement, directive. Offsets are half-open and absolute in ``Document.text``.

One module per kind of recogniser — :mod:`.persons`, :mod:`.bodies` (and places), :mod:`.dates` (years, terms,
counts), :mod:`.lexical` (titles, ranks, honorifics, awards, directives, concepts), :mod:`.events`,
:mod:`.models` (and movements) — over a tokenised sentence (:mod:`.sentence`); :mod:`.driver` runs them all.
"""

from __future__ import annotations

from kg.extract.mentions.driver import annotate, find_mentions, sentence_mentions
from kg.extract.mentions.sentence import PhraseMatcher

__all__ = ["PhraseMatcher", "annotate", "find_mentions", "sentence_mentions"]
