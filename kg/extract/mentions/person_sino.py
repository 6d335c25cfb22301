"""A Chinese official's name read in Sino-Vietnamese whose family name is no Vietnamese one ("Chủ tịch Tập X Y",
"Bí thư … Quảng Tây Bành X Y"): three capitalised syllables opening with a family name of ``sino_surnames.tsv``,
a person's only where something close anchors them (a title, an honorific, a rank, a person noun). The tests of
:mod:`persons` use it."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.person_titles import _phrase_pairs
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.names import is_foreign
from kg.extract.normalise import key
from kg.extract.unions import union

_ANCHORS = frozenset({"honorific", "rank", "title", "title-after", "after-body", "noun", "speech"})


def sino_start(s: _Sent, i: int, run_end: int) -> int | None:
    """Where a three-word name opening with a Chinese family name starts at the end of a longer run (after a
    place's or a body's capitalised words), else None."""
    if run_end - i > 3 and key(s.toks[run_end - 3].text) in lexicon.words("sino_surnames"):
        return run_end - 3
    return None


def sino_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """The anchored candidate k..e is three capitalised syllables opening with a Chinese family name, no body's,
    title's or place's words ("Chủ tịch Tập X Y"; not "Công ty Du Lịch X", "Tổng giám đốc Tập Đoàn X")."""
    toks = s.toks
    if e - k != 3 or anchor not in _ANCHORS or key(toks[k].text) not in lexicon.words("sino_surnames"):
        return False  # the cheap gate
    words = [key(t.text) for t in toks[k:e]]
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return all(t.is_cap and t.is_word and not t.is_upper and not is_foreign(t.text) for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e)) and " ".join(words[:2]) not in _phrase_pairs() \
        and not _opens_phrase(s, k, e) and not any(" ".join(words[a:b]) in places
                                                   for a in range(3) for b in range(a + 1, 4))
