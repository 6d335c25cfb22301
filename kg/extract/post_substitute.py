"""A name one replaces: "ông A thay ông B làm POST", "bà A được bầu thay bà B giữ chức POST". The post the verb
gives after the replaced name is the subject's (A's), not the replaced one's (B's). Read by
:mod:`kg.extract.facts.holdings` beside the post grammar.
"""

from __future__ import annotations

import re

from kg.extract import lexicon, post_moves
from kg.extract import posts as post_grammar
from kg.extract.document import Mention

# the honorifics before a name: the forms of address and "đồng chí" (``honorifics.tsv``, classes address, comrade)
_HONORIFIC = lexicon.alternation("honorifics", 2, "address", "comrade")
# "thay", "thay thế", "thay cho" right before the name (and its honorific); not "thay mặt" (on behalf of), nor
# after a negation ("ông A chưa thay ông B để đảm nhiệm POST": B still holds it)
_REPLACES = re.compile(r"(?<!\w)(?<!chưa )(?<!không )thay(?:\s+thế)?(?:\s+cho)?\s+(?:" + _HONORIFIC + r"\s+)?$",
                       re.IGNORECASE)
# the verb right between the replaced name and the post, nothing else ("thay ông B làm POST"; not "thay ông B đến nhận
# nhiệm vụ là POST": B opens a clause of his own and the post is his)
_VERB_ONLY = re.compile(r"\s+(?:" + lexicon.alternation("personnel_verbs", 3, "post-next")
                        + r")(?:\s+chức(?:\s+(?:vụ|danh))?)?\s+")


def replaced(text: str, p: Mention, post: int) -> bool:
    """The name ``p`` is the one replaced: "thay [ông|bà|đồng chí]" stands right before it and only a verb of holding
    between it and the post at ``post``."""
    return _REPLACES.search(text, max(0, p.start - 30), p.start) is not None and _VERB_ONLY.fullmatch(
        text, p.end, post) is not None


def others_between(text: str, others: list[Mention], lo: int, hi: int) -> bool:
    """A name other than a replaced one stands between ``lo`` and ``hi`` (the subject's verb and its post)."""
    return any(lo <= q.start < hi and not replaced(text, q, hi) for q in others)


def apart(text: str, p: Mention, persons: list[Mention], ph: post_grammar.Phrase) -> bool:
    """The post a verb gives after ``p`` is not p's: held apart (:func:`post_moves.held_apart`) or p is the one
    replaced ("A thay ông B làm POST": A's, not B's)."""
    return post_moves.held_apart(text, p, persons, ph) or replaced(text, p, ph[2])
