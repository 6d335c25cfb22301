"""A committee's name that lists its fields with commas, then "của" and the body above it, between a post title and
a person's name ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Lê Văn A", "Phó Chủ nhiệm Ủy ban Khoa học,
công nghệ và môi trường của Quốc hội Lê Văn A"; heads in ``field_list_heads.tsv``): those commas are inside the
body's name, not before an apposition, so the title still stands before the name.
:func:`kg.extract.mentions.person_titles._title_before` blanks them before it looks for punctuation."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon


@cache
def field_heads() -> str:
    """The committee heads of ``field_list_heads.tsv`` as one regex alternation, the longest first (read by
    :mod:`kg.extract.post_field_parents` too)."""
    return "|".join(sorted((re.escape(r[0]) for r in lexicon.rows("field_list_heads")), key=len, reverse=True))


@cache
def _field_list() -> re.Pattern[str]:
    heads = field_heads()
    field = r"[^\W\d][^,;:()]{0,40}"
    return re.compile(rf"\s*(?:{heads})\s+{field}(?:,\s+{field}){{1,5}}\scủa\s+[A-ZĐ][^,;:()]*")


def field_list_commas(between: str) -> str:
    """The text between a title and a name with the commas of a committee's field list blanked, where the whole text
    is such a list followed by "của" and a capitalised body; otherwise the text unchanged."""
    if "," in between and " của " in between and _field_list().fullmatch(between):
        return between.replace(",", " ")
    return between
