"""One node per event: a head and a bare purpose ("lễ khởi công", "Buổi khai mạc") is the event the article names
by that purpose without a head ("đã tổ chức khởi công cầu Alpha", :mod:`kg.extract.mentions.event_verbal` and
:mod:`kg.extract.mentions.event_verbal_body`), events52.

The join holds when the short name is the head and one purpose word of class ``organised`` (``event_words.tsv``)
alone, no determiner stands before it nor a preposition after it (a kind of event, :func:`of_a_kind`), no named
event of the article opens with that head and purpose and more (the short name refers to that one,
:func:`kg.extract.event_merge.short_targets`), and exactly one event name of the article without a head opens with
the purpose and more: two ("khai mạc A", "khai mạc B") leave the short name apart.
"""

from __future__ import annotations

from kg.extract import event_tokens
from kg.extract.document import Mention
from kg.extract.event_key import event_key
from kg.extract.event_subsume import of_a_kind
from kg.extract.normalise import key


def _purpose(m: Mention) -> str:
    """The folded words after the head of a named event mention when they are one purpose marked ``organised``."""
    head = m.attr("head")
    rest = key(" ".join(m.text.split()[len(head.split()) :])) if head else ""
    return rest if rest in event_tokens.cls("organised") else ""


def purpose_targets(named: list[Mention], text: str) -> dict[Mention, str]:
    """Named event mentions of a head and a bare purpose → the key of the one headless event name that opens with
    that purpose (see the module)."""
    headless = [m for m in named if not m.attr("head")]
    out: dict[Mention, str] = {}
    for m in named:
        purpose = _purpose(m)
        if not purpose or of_a_kind(text, m):
            continue
        short = key(m.text)
        if any(key(o.text).startswith(short + " ") for o in named if o.attr("head")):
            continue
        longer = {event_key(o.text) for o in headless if key(o.text).startswith(purpose + " ")}
        if len(longer) == 1:
            out[m] = longer.pop()
    return out
