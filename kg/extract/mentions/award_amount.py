"""A cash reward told by a bare verb of rewarding (``awards.tsv`` class ``amount``: "thưởng"): it is an award only
where the sum follows it in its clause — "X thưởng 50 triệu đồng", "X thưởng cho A, B mỗi đơn vị 20 triệu đồng",
also after the verb of handing over ("X trao thưởng cho A 10 triệu đồng", "A được X trao thưởng 7 triệu đồng"; round
awards53) — not as a part of another word ("khen thưởng", "tặng thưởng", "phần thưởng", "tiền thưởng", "trả
thưởng", "trúng thưởng") nor without a sum ("thưởng Tết", "thưởng thức", "lễ trao thưởng")."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon

# the sum after the verb: "(cho A, B …) (mỗi đơn vị) (số tiền) 20 triệu (đồng)", within the clause; a number of
# millions of things is no sum ("trả thưởng cho 2,7 triệu vé")
_SUM = re.compile(r"\s+(?P<to>cho\s+(?:[^;:.]|\.(?=\S)){1,300}?\s+)?(?P<sum>(?:mỗi\s+(?:\w+\s+){1,3}?)?(?:số tiền\s+)?"
                  r"\d[\d.,]*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)(?:\s*đồng(?!\w)|(?=\s*(?:[,;:.)]|và\s|$))))", re.IGNORECASE)
# the verb is the second half of a compound noun or verb: "khen thưởng", "tặng thưởng", "phần thưởng" …
_COMPOUND = re.compile(r"(?<!\w)(?:khen|tặng|tiền|phần|giải|mức|khoản|trả|trúng)\s+$", re.IGNORECASE)


@cache
def amount_kinds() -> frozenset[str]:
    """The award kinds told by a bare verb (``awards.tsv`` class ``amount``), no head of a name."""
    return lexicon.classed("awards", 7, "amount")


def without_sum(kind_key: str, before: str, after: str) -> bool:
    """The award of kind ``kind_key`` needs a sum after it and has none here (``before``/``after``: the text
    around it), or is part of a compound word."""
    if kind_key not in amount_kinds():
        return False
    return bool(_COMPOUND.search(before)) or _SUM.match(after) is None


def with_sum(kind_key: str, text: str, name_end: int, names: list[str]) -> list[str]:
    """The name of a cash award whose sum follows the receivers ("thưởng cho A, B mỗi đơn vị 5 triệu đồng") with that
    sum: "Thưởng mỗi đơn vị 5 triệu đồng" (a sum right after the verb is in its name already)."""
    m = _SUM.match(text, name_end) if kind_key in amount_kinds() and len(names) == 1 else None
    if m is None or not m.group("to"):
        return names
    return [f"{names[0]} {m.group('sum')}"]
