"""A three-word name whose family name no list holds, right after a lower-case form of address or a person noun
("anh Mùa Cao X", "nạn nhân Mùa Cao X"): a Dao or Hmong family name, then a middle syllable that is also a listed
family name ("Cao", "Hà"). Without this, the run's listed tail ("Cao X") is taken for the name and the word before it
for a body's, so no person is found. The whole run is the name where the word before it is a form of address
(``honorifics.tsv``) or a person noun (``person_cues.tsv``), and it opens no place, body or title. The tests of
:mod:`persons` use it."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


def whole_after_address(s: _Sent, i: int, run_end: int) -> bool:
    """The run i..run_end is three capitalised words, the first no listed family name and the second a listed one,
    right after a lower-case form of address or person noun: the whole run is one person's name."""
    toks = s.toks
    if run_end - i != 3 or i < 1 or not s.adjacent(i) or toks[i - 1].is_cap or toks[i - 1].is_upper:
        return False
    words = [key(t.text) for t in toks[i:run_end]]
    surnames = _word_set("surnames")
    if words[0] in surnames or words[1] not in surnames:
        return False
    before = [key(t.text) for t in toks[max(0, i - 3) : i]]
    cued = before[-1] in _word_set("honorifics") or names.cue_before(before, "noun")
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return cued and all(t.is_word and not t.is_upper for t in toks[i:run_end]) \
        and all(s.adjacent(x) for x in range(i + 1, run_end)) and not _opens_phrase(s, i, run_end) \
        and not any(" ".join(words[a:b]) in places for a in range(3) for b in range(a + 1, 4))
