"""A post whose body is written as an anaphor: "Hiệu trưởng nhà trường", "Giám đốc công ty", "Phó giám đốc của bệnh
viện" — right after the title, in lower case or sentence case (``anaphoric_bodies.tsv``: the anaphor and the head of
the body it stands for, "nhà trường" for "Trường"), alone or after "của", and no name after it (punctuation, a dash,
the end, or a lower-case word that is no level word). When the report names exactly one body with that head, and
names it in the thousand characters before, the anaphor is that body: the post is that body's (one node with the post
written in full elsewhere), the phrase as written keeps the anaphor. With no such body, or several, or one named only
after or far before, the phrase is left as the grammar made it. Read by :mod:`kg.extract.facts.post_nodes`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.facts.context import _Ctx
from kg.extract.normalise import key

# a post phrase: (title, body or None, start, end)
_Phrase = tuple[Mention, Mention | None, int, int]
_WORD = re.compile(r"\s+(\w+)")
_BEFORE = 1000  # how far before the anaphor (characters) the body it points to is named


@cache
def _anaphor() -> re.Pattern[str]:
    """The anaphoric body right after a title: "(của) ANAPHOR" (``anaphoric_bodies.tsv``, as written in lower case,
    or with its first letter in capitals: "giám đốc Trung tâm trao đổi"); then a stop (punctuation, a dash or the
    end) or a word."""
    forms = sorted({f for r in lexicon.rows("anaphoric_bodies") for f in (r[0], r[0][:1].upper() + r[0][1:])},
                   key=len, reverse=True)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"\s+(?:của\s+)?({alt})(?=\s*[,;.)]|\s+[-–]\s|\s*$|\s+\w)")


@cache
def _heads() -> dict[str, str]:
    """Each anaphor's key → the key of the body head it stands for."""
    return {key(r[0]): key(r[1]) for r in lexicon.rows("anaphoric_bodies")}


def resolved(ctx: _Ctx, ph: _Phrase) -> _Phrase:
    """The phrase ``ph`` with its anaphoric body read as the one body of that head the report names (module
    docstring): that body's mention as its body, its end past the anaphor; else ``ph`` unchanged."""
    title, body_m, a, b = ph
    text = ctx.doc.text
    m = _anaphor().match(text, title.end)
    if m is None or body_m is not None and (body_m.start, body_m.end) != m.span(1) or b > m.end() \
            or not _ends_name(text, m.end()):  # (a body's head written bare is a mention: "giám đốc Trung tâm")
        return ph
    one = _one_body(ctx, _heads()[key(re.sub(r"\s+", " ", m.group(1)))], title.start)
    return (title, one, a, m.end()) if one is not None else ph


def _one_body(ctx: _Ctx, head: str, at: int) -> Mention | None:
    """A mention of the one body with the head ``head`` (a key) the report names anywhere (a name with a capital in
    it: "Trường mầm non Hoa Mai", "trường mầm non Hoa Mai"), if the text reaches back from ``at`` to a mention of it
    (:func:`_reaches`); None for none, several, or one named only after or far before."""
    found: dict[str, list[Mention]] = {}
    for bm in ctx.doc.mentions:
        ent = ctx.ent(bm) if bm.kind == "body" else None
        if ent is not None and key(ent.label).startswith(head + " ") and not ent.label.islower():
            found.setdefault(ent.id, []).append(bm)
    if len(found) != 1:
        return None
    before = [bm for bm in next(iter(found.values())) if bm.end <= at]
    return before[-1] if before and _reaches(ctx.doc.text, head, at, before[-1].start) else None


def _reaches(text: str, head: str, at: int, body: int) -> bool:
    """An anaphor points back: from ``at`` back to the body's mention at ``body``, each step at most ``_BEFORE``
    characters long, the steps ending on the head word written again (any case: "Trung tâm", "trung tâm"; "trường"
    in "nhà trường") — not a body named in another story of a digest, far before."""
    words = head.split()
    word = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    steps = [m.start() for m in word.finditer(text, body, at)]
    pos = at
    for p in reversed(steps):
        if pos - p > _BEFORE:
            return False
        pos = p
    return pos - body <= _BEFORE


def _ends_name(text: str, end: int) -> bool:
    """No name goes on after the anaphor ending at ``end``: punctuation, a dash or the end of the text, or a lower-case
    word that is no level word ("công ty xin …"; not "bệnh viện tỉnh", "trường Hoa Mai")."""
    nxt = _WORD.match(text, end)
    if nxt is None or not text[end : nxt.start(1)].isspace():
        return True
    after = _WORD.match(text, nxt.end())
    levels = lexicon.words("admin_levels")
    return nxt.group(1).islower() and key(nxt.group(1)) not in levels and not (
        after is not None and key(f"{nxt.group(1)} {after.group(1)}") in levels)
