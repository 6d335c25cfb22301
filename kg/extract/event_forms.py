"""Every name an article writes for an event, kept as a name of its node (events42e).

An article names one event in several ways: "Lễ gắn biển tên đường X" in its lead, "Lễ gắn biển tên đường X,
nhà báo …" in its title; "Kỳ họp thứ 3 HĐND tỉnh" and "Kỳ họp thứ 3 Hội đồng nhân dân tỉnh"; "lễ tổng kết" of
"Lễ tổng kết năm 2031". Those forms join one node (:mod:`kg.extract.event_merge`, one key per event name) and one
of them is its label (:mod:`kg.extract.event_label`); the others are names of it as well, each written in the
article (the node's mention of it is its provenance), and are emitted as ``skos:altLabel``. A form is kept when it
is a complete name by the grammar's own test: a named mention (no reference back, "hội nghị này", and no bare
head: ``ref`` unset), with words after its head that are more than an ordinal and numbers ("Kỳ họp thứ 3" names no
session without whose it is: :func:`kg.extract.event_unglossed.head_and_ordinal`), and with its brackets and
quotes closed (a name cut inside a quote is a fragment). No form that is the label up to case, spacing and
normalisation (:func:`kg.extract.normalise.key`); of forms equal in that way, one (not in capitals, the first
written). Only names of nodes the mentions already made: no node is made this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_unglossed import head_and_ordinal
from kg.extract.normalise import key

if TYPE_CHECKING:
    from kg.extract.document import Mention


def _complete(m: Mention) -> bool:
    """Whether the event mention is a complete name by the grammar's test (see the module)."""
    t = m.text
    head = m.attr("head")
    if m.attr("ref") or not head or len(t.split()) <= len(head.split()) or head_and_ordinal(t):
        return False
    return t.count("(") == t.count(")") and t.count("“") == t.count("”") and t.count('"') % 2 == 0


def written_forms(mentions: list[Mention], label: str, skip: str | None = None) -> list[str]:
    """The complete names the node's event mentions write, other than ``label`` and ``skip`` up to
    :func:`key`, one per key, in the order they are first written (a form in capitals after the others)."""
    seen = {key(label)} | ({key(skip)} if skip else set())
    out: list[str] = []
    for m in sorted(mentions, key=lambda m: (m.text.isupper(), m.start, m.end, m.text)):
        k = key(m.text)
        if m.kind == "event" and k not in seen and _complete(m):
            seen.add(k)
            out.append(m.text)
    return out
