"""The label of an event node of one article: its best complete name, not merely its longest form.

An article writes one event's name in several ways that share its identity key (:func:`event_key`): the case of a
word, a numeral as a word or in digits, a typo. The longest form is not the best one: a form that runs on into the
next clause, or a typo read once, may be the longest. Among the node's own named mentions (not a bare reference, not
a short form that joined a longer name) the label is, in order of preference, the form with the fewest abbreviations
("Hội đồng nhân dân" rather than "HĐND"), a form whose quotes close with the mark that opens them (“…”, not “…"), a
form that ends at a clause boundary (punctuation, a line break or the end
of the text follows it), the form the article writes most often (a typo read once loses), the longest, and then the
first in sort order (deterministic).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.event_head_swap import own_label
from kg.extract.event_key import event_key

if TYPE_CHECKING:
    from kg.extract.document import Mention
    from kg.extract.link import Links

_BOUNDARY = frozenset(".,;:!?)]}”\"'…\n")


def _at_boundary(text: str, end: int) -> bool:
    rest = text[end : end + 8].lstrip(" \t")
    return not rest or rest[0] in _BOUNDARY


def best_label(mentions: list[Mention], node_key: str, text: str) -> str | None:
    """The best form among the named mentions whose own key is the node's, or None when fewer than two forms."""
    own = [m for m in mentions if m.kind == "event" and not m.attr("ref")]
    if len({m.text for m in own}) < 2:
        return None
    own = [m for m in own if event_key(m.text) == node_key]
    counts = Counter(m.text for m in own)
    if len(counts) < 2:
        return None
    ends = {m.text for m in own if _at_boundary(text, m.end)}
    abbr = lexicon.abbreviations()
    short = {t: sum(w.strip(",()") in abbr for w in t.split()) for t in counts}
    return max(counts, key=lambda t: (-short[t], _balanced(t), t in ends, counts[t], len(t), [-ord(c) for c in t]))


def _balanced(text: str) -> bool:
    """Whether the quotes of ``text`` close with the mark that opens them (as many “ as ”, an even number of ")."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def relabel(links: Links, text: str) -> None:
    """Give every event node of the article its best complete name (see the module)."""
    for e in links.entities.values():
        if e.kind == "event":
            e.label = best_label(e.mentions, e.key, text) or own_label(e.label, e.key, e.mentions)
