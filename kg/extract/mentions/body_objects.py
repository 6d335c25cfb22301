"""The object of a verb that opens a field in a body's name ("Cục Quản lý đất đai", "Vụ Quản lý các khu công
nghiệp"): after the capitalised verb (``name_verbs``), its lower-case object is part of the name, though a verb
follows it ("… Quản lý đất đai làm trưởng đoàn"). Token-index helper for :mod:`kg.extract.mentions.bodies`.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.body_counts import count_at
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


@cache
def _heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The bodies' heads of several words whose further words hold a verb or function word of ``name_stops`` ("Ban
    chỉ đạo", "Ủy ban kiểm tra"), by their first word: their further words (folded), longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    stops = lexicon.words("name_stops")
    for k in lexicon.by_key("bodies"):
        first, *rest = k.split()
        if any(" ".join(rest[a:b]) in stops for a in range(len(rest)) for b in range(a + 1, a + 3)):
            out.setdefault(first, []).append(tuple(rest))
    return {f: tuple(sorted(v, key=len, reverse=True)) for f, v in out.items()}


def _head_tail(s: _Sent, x: int) -> int:
    """Lower-case tokens from x that complete the capitalised word before x into a body's head of several words that
    holds a verb ("Ban chỉ đạo"); 0 when none does."""
    toks = s.toks
    if x >= len(toks) or toks[x].is_cap or not toks[x].is_word or (tails := _heads_by_first().get(
            key(toks[x - 1].text))) is None:
        return 0
    for tail in tails:
        n = len(tail)
        if x + n <= len(toks) and all(key(toks[x + m].text) == tail[m] and not toks[x + m].is_cap
                                      and s.adjacent(x + m) for m in range(n)):
            return n
    return 0


def object_end(s: _Sent, x: int, stop_at: set[int]) -> int:
    """``x`` is the token after a capitalised word of a body's name. When that word opens a verb of ``name_verbs``
    written capitalised ("Quản lý", "Bảo vệ"), the end of its lower-case object: "các"/"những" then one to six
    lower-case words, no verb, function word or level word among them (a noun of ``name_nouns`` may hold one:
    "dự án"); else ``x``."""
    toks = s.toks
    if (n := _head_tail(s, x)) and stop_at.isdisjoint(range(x, x + n)):
        return x + n  # "Ban thường trực Ban chỉ đạo X": a head of several words, its tail in lower case
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
        if pair in stops and j >= 2 and key(f"{toks[j - 2].text} {toks[j - 1].text} {pair}") in nouns:
            j += 2  # "Quản lý công nghệ thông tin": the verb's syllables end a noun of four
            continue
        if key(toks[j].text) in stops or pair in stops or count_at(s, j):
            break  # (a count of the clause: "… công nghệ thông tin | hai năm tù")
        j += 1
    return j if j > first else x


@cache
def _lower_tailed_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The bodies' heads of several words whose further words are written in lower case in the lexicon ("Ban cán
    sự đảng", "Đảng ủy", "Trường tiểu học"), by their first word: their further words (folded), longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for e in lexicon.entries("bodies"):
        first, *rest = e.vi.split()
        if rest and all(w.islower() for w in rest):
            out.setdefault(key(first), []).append(tuple(key(w) for w in rest))
    return {f: tuple(sorted(v, key=len, reverse=True)) for f, v in out.items()}


def glued_head(s: _Sent, j: int) -> bool:
    """Capitalised token j and the lower-case tokens after it are a body's head of the lexicon with a lower-case
    tail ("Ban cán sự đảng"): after a proper name it opens a second body, a comma missing between two posts
    ("… Chủ tịch UBND tỉnh X Ban cán sự đảng …"), not a word of the name."""
    toks = s.toks
    tails = _lower_tailed_heads().get(key(toks[j].text))
    return tails is not None and any(
        j + len(tail) < len(toks) and all(key(toks[j + 1 + m].text) == tail[m] and not toks[j + 1 + m].is_cap
                                          and s.adjacent(j + 1 + m) for m in range(len(tail))) for tail in tails)
