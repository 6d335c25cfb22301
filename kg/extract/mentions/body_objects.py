"""The object of a verb that opens a field in a body's name ("Cục Quản lý đất đai", "Vụ Quản lý các khu công
nghiệp"): after the capitalised verb (``name_verbs``), its lower-case object is part of the name, though a verb
follows it ("… Quản lý đất đai làm trưởng đoàn"). Token-index helper for :mod:`kg.extract.mentions.bodies`.
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


def object_end(s: _Sent, x: int, stop_at: set[int]) -> int:
    """``x`` is the token after a capitalised word of a body's name. When that word opens a verb of ``name_verbs``
    written capitalised ("Quản lý", "Bảo vệ"), the end of its lower-case object: "các"/"những" then one to six
    lower-case words, no verb, function word or level word among them (a noun of ``name_nouns`` may hold one:
    "dự án"); else ``x``."""
    toks = s.toks
    verbs = lexicon.words("name_verbs")
    start = x + 1 if x < len(toks) and s.adjacent(x) and key(f"{toks[x - 1].text} {toks[x].text}") in verbs \
        and not toks[x].is_cap else x
    if start == x and key(toks[x - 1].text) not in verbs:
        return x
    j = start + 1 if start + 1 < len(toks) and key(toks[start].text) in ("các", "những") and s.adjacent(start) \
        else start
    first, stops, nouns = j, _word_set("name_stops"), _word_set("name_nouns")
    while j < len(toks) and j - first < 6 and j not in stop_at and s.adjacent(j) and toks[j].is_word \
            and not toks[j].is_cap and not toks[j].is_number and key(toks[j].text) not in _levels():
        pair = key(f"{toks[j].text} {toks[j + 1].text}") if j + 1 < len(toks) else ""
        if pair in nouns:
            j += 2
            continue
        if key(toks[j].text) in stops or pair in stops:
            break
        j += 1
    return j if j > first else x
