"""Where a post phrase ends when its committee's name lists its fields with commas and then "của" + the body above
it ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Lê Văn A"; heads in ``field_list_heads.tsv``): the body's
mention stops at the first comma, the name goes on to "của" and the parent body, which
:mod:`kg.extract.facts.holdings` then joins as it joins any "của" + parent. The holdings side of names48's
:mod:`kg.extract.mentions.person_field_lists` (round posts49b)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from kg.extract.document import Mention
from kg.extract.mentions.person_field_lists import field_heads

# a field: one to four words of letters, none of them "của" ("Ngân sách", "Xã hội")
_FIELD = r"(?!của\b)[^\W\d_]+(?: (?!của\b)[^\W\d_]+){0,3}"
_FIELDS = re.compile(r"(?:, " + _FIELD + r"){1,4}(?= của )")


@cache
def _head() -> re.Pattern[str]:
    return re.compile(rf"(?:{field_heads()})\s")


def fields_end(text: str, body: Mention | None, end: int, bodies: Collection[Mention], stops: Collection[int]) -> int:
    """The end of the post phrase that closes with ``body`` at ``end``, past the comma-listed fields of the body's
    name, when ``body`` is headed by a committee word, the fields are followed by "của" and another body's mention,
    and no mention of a person, title, rank, date or body starts inside them; else ``end``."""
    if body is None or body.end != end or not text.startswith(", ", end) or not _head().match(body.text):
        return end  # (cheap gate first)
    m = _FIELDS.match(text, end)
    if m is None or any(end < s < m.end() for s in stops) or any(end < b.start < m.end() for b in bodies):
        return end
    parent = m.end() + len(" của ")
    return m.end() if any(b.start == parent for b in bodies) else end
