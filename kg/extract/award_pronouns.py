"""A lone pronoun in a conferral's stretch: a stretch that ends with a lone subject ("Nhiều năm liền, ông …"), a
counted pronoun ("2 đồng chí"), the gap that joins two names, and a sentence that speaks of a person by a lone
"ông"/"bà". Pure functions over the text (the pronouns of ``honorifics.tsv``), read by
:mod:`kg.extract.conferral_recipients`.
"""

from __future__ import annotations

import re

from kg.extract import lexicon

# the pronouns (honorifics.tsv): a lone subject ("ông", "đồng chí", "em", "anh" …), a form of address in either case
_LONE = lexicon.alternation("honorifics", 2, "address", "comrade", "young", "familiar")
_ADDRESS = lexicon.alternation("honorifics", 2, "address", capitalised=True)


def ends_with_pronoun(stretch: str) -> bool:
    """A clause whose subject is a lone "ông" / "bà" / "đồng chí" / "em" / "cô" … (the person named last): "…, ông
    được tặng …", "Nhiều năm liền, đồng chí được công nhận …" (not "các đồng chí", "25 đồng chí": several)."""
    return bool(re.search(r"(?:^|[\s,])(?<!các )(?<!những )(?<!hai )(?<!\d )(?<!nhiều )(?<!mấy )(?<!ba )(?<!bốn )"
                          + _LONE + r"\s*(?:(?:đã|cũng|vinh dự|liên tục|nhiều lần)\s*)*$",
                          stretch, re.IGNORECASE))


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4}


def counted_pronoun(stretch: str) -> int | None:
    """The number of a counted pronoun that is all the receiver stretch holds: "(cho) hai ông", "ba em" (the persons
    named together before)."""
    m = re.match(r"\s*(?:cho\s+)?(hai|ba|bốn)\s+(?:ông|bà|em|anh|chị|cháu|đồng chí)\s*$", stretch, re.IGNORECASE)
    return _COUNT_WORDS[m.group(1).lower()] if m else None


def joins_names(gap: str) -> bool:
    """What stands between two names of one list: "," or "và" and an honorific ("A và ông B", "A, bà B")."""
    return bool(re.fullmatch(r"\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|em|anh|chị|cháu|đồng chí)\s+)?", gap))


def lone_pronoun(sentence: str) -> bool:
    """The sentence speaks of a person by a lone "ông"/"bà" (no name after it): "Ông từng giữ …"."""
    return bool(re.search(r"(?<!\w)" + _ADDRESS + r"\s+(?=[^\W\d_A-ZĐ])", sentence))
