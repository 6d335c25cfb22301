"""A Central Highlands name of one word that glues a consonant and an apostrophe to its letters ("anh K'Bồng",
"đối tượng K’Dũng"): a K'Ho or Mnông man's name is often all of it, so after an honorific or a person
noun it names a person, not a short form of a longer name (:func:`kg.extract.names.glued_prefix`); an Ê Đê woman's
"H'Mai" is a given name before her family name ("H'Mai Niê"), so alone it stays a short form."""

from __future__ import annotations

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def lone_glued_name(s: _Sent, i: int, run_end: int) -> bool:
    """Token i alone is a glued Central Highlands name right after an honorific or a person noun
    (``honorifics.tsv``, ``person_cues.tsv`` role ``noun``), no people's name ("H'Mông")."""
    word = s.toks[i].text
    if run_end - i != 1 or i == 0 or not s.adjacent(i) or not names.glued_prefix(word) or word[0] == "H":
        return False
    if key(word) in lexicon.classed("stopnames", 1, "people"):
        return False
    before = [key(t.text) for t in s.toks[max(0, i - 3) : i]]
    honorifics = lexicon.words("honorifics")
    return any(" ".join(before[-n:]) in honorifics for n in (1, 2)) or names.cue_before(before, "noun")
