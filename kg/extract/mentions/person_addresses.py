"""An address written with a comma between the house number and the street ("nhà số 12, Lê Lợi (phường X)"): the
name after the comma is the street's, not a person's. Read by
:func:`kg.extract.mentions.person_places._house_number_before`.
"""

from __future__ import annotations

from kg.extract.mentions.sentence import _levels, _points, _Sent
from kg.extract.normalise import key

# words before "số N," that make it a house number: "nhà số", "ở số", "tại số", "địa chỉ số", "trụ sở số"
_SITE_WORDS = frozenset({"nhà", "ở", "tại", "chỉ", "sở"})


def numbered_address(s: _Sent, k: int, e: int) -> bool:
    """Tokens before k are "số", a number and a comma, and either a site word stands before "số" ("nhà số 12, X")
    or a level word follows the name after a comma or a parenthesis ("số 504, X, quận 4"; "số 12, X (phường Y)")."""
    toks = s.toks
    if k < 3 or toks[k - 1].text != "," or not toks[k - 2].is_number or key(toks[k - 3].text) != "số":
        return False
    if k >= 4 and key(toks[k - 4].text) in _SITE_WORDS:
        return True
    if e + 1 >= len(toks) or toks[e].text not in (",", "("):
        return False
    nxt = toks[e + 1].text
    return key(nxt) in _levels() or nxt in _points() or (
        e + 2 < len(toks) and f"{key(nxt)} {key(toks[e + 2].text)}" in _levels())
