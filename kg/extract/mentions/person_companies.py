"""Company names that look like a person's: a name right after a company's or a school's name ("Giám đốc Công ty
TNHH Thương mại X", anchored only by the title some words before it) that the same document also writes as that
kind of body's own name ("Công ty X") ends the body's name there, and is no person."""

from __future__ import annotations

from kg.extract.document import Mention
from kg.extract.mentions.person_things import _named_place_head

_VOUCHING = frozenset({"honorific", "rank", "noun", "speech", "subject", "age"})
_PERSONAL = frozenset({"honorific", "rank", "noun", "age"})  # anchors that make a name a person's wherever it stands
_CLAUSE = frozenset({"speech", "subject"})  # a verb after the name: the subject may be a company named after it


def company_tails(text: str, found: list[Mention]) -> set[tuple[int, int]]:
    """(start, end) of the person mentions, anchored by a title only, that follow right after a body whose name
    opens with a place word and that the document also writes after such a body's head ("Công ty X"), unless an
    honorific, a rank or a cue makes the name a person's somewhere in the document; and those anchored only by a verb
    after them that follow right after such a body (the body's own name, the clause's subject), unless an honorific,
    a rank, a person noun or an age makes the name a person's somewhere in the document."""
    bodies = [m for m in found if m.kind == "body" and _named_place_head(m.text)]
    vouched = {m.text for m in found if m.kind == "person" and m.attr("anchor") in _VOUCHING}
    personal = {m.text for m in found if m.kind == "person" and m.attr("anchor") in _PERSONAL}
    out: set[tuple[int, int]] = set()
    for m in found:
        follows = m.kind == "person" and any(b.end <= m.start and not text[b.end : m.start].strip() for b in bodies)
        if follows and m.attr("anchor") in _CLAUSE and m.text not in personal:
            out.add((m.start, m.end))  # "Công ty TNHH Xây dựng X cho biết": the company's own name is the subject
            continue
        if m.kind != "person" or m.attr("anchor") != "title" or m.text in vouched:
            continue
        named = any(b.text != m.text and b.text.endswith(" " + m.text) for b in bodies)
        if follows and named:
            out.add((m.start, m.end))
    return out
