"""A capitalised "Ông" or "Bà" after an all-capitals word: a photo credit's name written in capitals ends there
("Ảnh: HOÀNG AN Ông Nguyễn Hồ B C, Phó trưởng phòng …", a caption running into the next one) or an abbreviation
does ("… với DN Bà Lê Thị B C"), so the word is the next name's honorific, not the second word of a place's name
glued to it ("Hai Bà Trưng", whose first word is only capitalised). :mod:`person_caps`'s
``honorific_right_before`` uses it."""

from __future__ import annotations

from kg.extract.mentions.sentence import _Sent


def caps_before_honorific(s: _Sent, i: int) -> bool:
    """Token i - 2 is an all-capitals word and the honorific at i - 1 is not ("HOÀNG AN Ông", not "HAI BÀ")."""
    return i >= 2 and s.toks[i - 2].is_upper and not s.toks[i - 1].text.isupper()
