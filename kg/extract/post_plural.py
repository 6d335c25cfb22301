"""Posts that name several unnamed officials: a chain of post phrases that opens right after a plural word and an
honorific of address ("mấy ông Bộ trưởng, Thứ trưởng X, ông A": ministers and vice ministers, then A with a post of
his own) holds no post of the name after it. Vocabulary: ``quantifiers.tsv`` (plural) and ``honorifics.tsv``
(address). Read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re

from kg.extract import lexicon

_PLURAL_ADDRESS = re.compile(r"(?:^|[\s,;:(])" + lexicon.alternation("quantifiers", 2, "plural") + r"\s+"
                             + lexicon.alternation("honorifics", 2, "address") + r"\s+$", re.IGNORECASE)


def plural_chain(text: str, first_start: int, sent_start: int) -> bool:
    """The chain of post phrases whose first phrase starts at ``first_start`` opens after a plural word and an
    honorific of address ("các ông", "mấy bà"): its titles are several persons', not one name's."""
    return bool(_PLURAL_ADDRESS.search(text, max(sent_start, first_start - 20), first_start))
