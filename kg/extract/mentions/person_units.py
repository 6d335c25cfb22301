"""A unit's field after its head's title ("Trưởng phòng Kinh Tế", "Trưởng ban Tuyên Giáo"): a title that ends with
a body's one-word head (``bodies.tsv``: "phòng", "ban", "khoa") is followed by that unit's name, so capitalised
words with no family name there name the unit's field, not its holder (a family name or a foreign name still
opens the holder's: "Trưởng phòng Lê Văn A"; "Chủ tịch Quốc hội" ends with a body's name, not a unit's head).
The tests of :mod:`persons` use it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _unit_heads() -> frozenset[str]:
    """The bodies' heads of one word ("phòng", "ban", "sở")."""
    return frozenset(e.key for e in lexicon.entries("bodies") if " " not in e.key)


def units_field(s: _Sent, k: int) -> bool:
    """The title right before token k is a unit's head's, "trưởng" and the unit ("Trưởng phòng", "Phó trưởng ban";
    not "Chủ tịch Quốc hội"), and the word at k is a Vietnamese syllable: the words from k name the unit's field."""
    if names.is_foreign(s.toks[k].text):
        return False  # "Trưởng ban Ksor Nhơn": a foreign or minority name is the holder's
    start = s.toks[k].start
    title = next((s.text[a:b] for a, b in s.titles if b <= start and not s.text[b:start].strip()), "")
    words = key(title).split(" ")
    return len(words) >= 2 and words[-2] == "trưởng" and words[-1] in _unit_heads()
