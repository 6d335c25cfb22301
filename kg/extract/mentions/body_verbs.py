"""A lower-case body head that opens a verb is no body: "hội" (association) in "hội kiến" (receive in audience),
"Chủ tịch nước hội kiến Tổng thống X" — a title, the verb, then the guest's title and name."""

from __future__ import annotations

from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


def verb_at(s: _Sent, i: int, end: int) -> bool:
    """The body from token i to ``end`` is a lower-case word and the next one, together a verb of ``name_stops``
    ("hội kiến"); not a longer name ("Trưởng ban tổ chức hội thi": the organising committee of a contest)."""
    return end <= i + 2 and not s.toks[i].is_cap and i + 1 < len(s.toks) \
        and key(s.toks[i].text + " " + s.toks[i + 1].text) in _word_set("name_stops")
