"""A function word that is also a family name or a name's syllable, capitalised right after an honorific: a Hmong
family name "Và" reads as the conjunction "và", which, capitalised after a name, opens the next clause of a run-on
caption (``stopnames.tsv``, ``ends-name``). After "ông", "bà", "anh", "chị" (``honorifics.tsv``, address and
familiar) no clause opens, so:

    HONORIFIC RARE-SURNAME NAME-WORD+        "ông Và Bá A": the listed rarer family name opens the name
    HONORIFIC SURNAME NAME-WORD ENDER ,      "ông Lầu Bá Và, bản …": the ender before the comma is the name's
                                             third syllable (a clause opens with no comma after its first word)
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


def _honoured(s: _Sent, i: int) -> bool:
    """An honorific of address ("ông", "bà") or a familiar one ("anh", "chị") stands right before token i."""
    return i > 0 and s.adjacent(i) and key(s.toks[i - 1].text) in (
        lexicon.classed("honorifics", 2, "address") | lexicon.classed("honorifics", 2, "familiar"))


def honoured_family_name(s: _Sent, i: int) -> bool:
    """Token i, capitalised after an honorific, is a listed rarer family name ("ông Và Bá A"), not a clause opener."""
    return s.toks[i].is_cap and key(s.toks[i].text) in lexicon.words("rare_surnames") and _honoured(s, i)


def honoured_last_syllable(s: _Sent, i: int, j: int) -> bool:
    """Token j, a capitalised function word right after the two name words i, i+1 that an honorific opens with a
    family name, is the name's third syllable when a comma follows it ("ông Lầu Bá Và, bản …")."""
    if j - i != 2 or j + 1 >= len(s.toks) or s.toks[j + 1].text != "," or not s.toks[j].is_cap:
        return False
    first = key(s.toks[i].text)
    return (first in _word_set("surnames") or first in lexicon.words("rare_surnames")) and _honoured(s, i)
