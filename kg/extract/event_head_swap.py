"""One node per event across heads (events40): "buổi khánh thành" of an article that names "Lễ khánh thành cầu X".

A head that is a name only before a purpose (``named-only`` in ``events.tsv``: "buổi") names no kind of its own: the
article's "buổi khánh thành", "buổi công bố kết quả thẩm định" is the event it names in full under another head ("Lễ
khánh thành cầu X", "Cuộc họp công bố kết quả thẩm định"). Such a name joins the one other named event of its class
in the article whose words after its head begin with its own words after the head, word for word; of two such
events, the one named last before it (as a reference back would), else the first after it; with none, it stays an
event of its own.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.event_key import event_key
from kg.extract.normalise import key


@cache
def _swappable() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("events") if "named-only" in e.extra[1:])


def _rest(m: Mention) -> str:
    return key(" ".join(m.text.split()[len(m.attr("head").split()) :]))


def head_swap_targets(named: list[Mention], joined: dict[Mention, str]) -> dict[Mention, str]:
    """Named event mentions under a ``named-only`` head → the key of the one other event they name (see module);
    ``joined``: the short names already joined to a longer one (their event is the longer one's)."""
    out: dict[Mention, str] = {}
    for m in named:
        rest = _rest(m)
        if key(m.attr("head")) not in _swappable() or not rest:
            continue
        others = [o for o in named if key(o.attr("head")) != key(m.attr("head"))
                  and o.attr("cls") == m.attr("cls") and (_rest(o) + " ").startswith(rest + " ")]
        if others:  # of two, the one named last before it (as a reference back), else the first after it
            before = [o for o in others if o.start < m.start]
            o = max(before, key=lambda x: x.start) if before else min(others, key=lambda x: x.start)
            out[m] = joined.get(o) or event_key(o.text)
    return out


def own_label(label: str, node_key: str, mentions: list[Mention]) -> str:
    """The label of an event node that a name under a ``named-only`` head opened ("buổi ra mắt" of "Lễ ra mắt"):
    the longest of its own named forms; ``label`` when it is one of them."""
    if event_key(label) == node_key:
        return label
    own = [m.text for m in mentions if m.kind == "event" and not m.attr("ref") and event_key(m.text) == node_key]
    return max(own, key=lambda t: (len(t), t)) if own else label
