"""A five-word Vietnamese name that opens with two listed family names, then a middle name and two given syllables
("Phan Lê Thị X Y": a mother's family name after the father's). Without this, the run's four-word tail ("Lê Thị X
Y") or nothing is taken for the name. The whole run is the name where it is exactly those five words, no capitalised
word runs into it from before (a place's or body's last words: "tỉnh Hà Giang Lê Văn X" is no such run), and its
first two words name no province, country or region. The tests of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract.mentions.person_places import _is_province
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


def double_family_name(s: _Sent, i: int, run_end: int) -> bool:
    """The run i..run_end is two listed family names, a middle name ("Văn", "Thị") and two given syllables, all
    adjacent capitalised words (none all in capitals), with no capitalised word right before it: one person's whole
    name."""
    toks = s.toks
    if run_end - i != 5:
        return False  # the cheap gate: five words
    words = [key(t.text) for t in toks[i:run_end]]
    surnames, middles = _word_set("surnames"), _word_set("middle_names")
    if words[0] not in surnames or words[1] not in surnames or words[2] not in middles \
            or words[3] in middles or words[4] in middles:
        return False
    if i > 0 and s.adjacent(i) and (toks[i - 1].is_cap or toks[i - 1].is_upper):
        return False  # "UBND Quảng Ninh Vũ Thị X Y": a place's words run into it
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return all(t.is_word and t.is_cap and not t.is_upper for t in toks[i:run_end]) \
        and all(s.adjacent(x) for x in range(i + 1, run_end)) and " ".join(words[:2]) not in places \
        and not _is_province(s, i, i + 2)
