"""A headline "POST: Ông A …" is a statement, not a list the post heads (issue 8, round prec40b).

    Tổng Thư ký Hội đồng: Ông Lò Văn Tám xin thôi vì sức khỏe   → the Secretary General speaks of A; A holds no post

A post phrase that opens its sentence, a colon, a capitalised form of address and one name that a lower-case word
follows (the name is the subject of a clause) says what the post's holder says about the person: the colon opens
a quotation. A list the colon opens goes on with names and punctuation ("các Phó Thủ tướng: A, B"; "Trưởng ban:
Ông A, Giám đốc Sở X"). Read by :mod:`kg.extract.post_lists`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.document import Mention

_CLAUSE = re.compile(r"\s+(?-i:[^\W\d_A-ZĐ])")  # a lower-case word right after the name


def statement(text: str, start: int, opener: tuple[int, int], names: Sequence[Mention], sent_start: int) -> bool:
    """The post phrase starting at ``start`` opens the sentence, the colon ``opener`` (start, end) holds a
    capitalised form of address, and its one name ``names`` goes on with a lower-case word."""
    if text[sent_start:start].strip() or len(names) != 1:
        return False
    address = text[opener[0] : opener[1]].lstrip(" :")
    return address[:1].isupper() and _CLAUSE.match(text, names[0].end) is not None
