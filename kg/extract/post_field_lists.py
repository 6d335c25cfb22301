"""Where a post phrase ends when its body's name lists its fields with a comma before the last "và" ("Trưởng Ban
Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh X", "Trưởng khoa khám, điều trị chuyên khoa Y và điều
trị nghiện chất", "Phó Chủ tịch Hội đồng Bồi thường, hỗ trợ và tái định cư quận Z"): the mention stops at the comma,
the name goes on. Read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract import lexicon, names, post_ends
from kg.extract.normalise import key

_LEVEL = "|".join(sorted((re.escape(r[0]) for r in lexicon.rows("admin_levels")), key=len, reverse=True))
_LOWER = r"(?-i:[^\W\d_A-ZĐ])[\w/-]*"
# a lower-case word or an acronym ("HIV/AIDS"), not a level word before a name ("tỉnh X" closes the list)
_WORD = r"(?!(?:" + _LEVEL + r"|TP) (?-i:[A-ZĐ0-9]))(?:" + _LOWER + r"|(?-i:[A-ZĐ][A-ZĐ0-9&/-]+))"
_ITEM = _LOWER + r"(?: " + _WORD + r"){0,4}"
# ", field, field và field" then the unit's level and its name ("tỉnh X", "quận Y")
_LIST = re.compile(r", (" + _ITEM + r"(?:, " + _ITEM + r")*) và (" + _ITEM + r")"
                   r"(?: (?:" + _LEVEL + r"|TP)(?: (?-i:[A-ZĐ0-9])[\w.-]*){1,3})?")
_CLOSED = re.compile(r"\s*(?:[,;:()]|[-–]\s|\.?\s*$|\.\s)")
_BRACKET = re.compile(r"\s*\(")  # the unit's gloss or short form: "… và điều trị nghiện chất (Trung tâm X)"


def list_end(text: str, start: int, end: int, limit: int, stops: Collection[int]) -> int:
    """The end of the post phrase ``text[start:end]`` past a comma-listed run of lower-case fields closed by "và",
    when the phrase ends with two lower-case words (a field, not a capitalised name), the run holds no verb of
    saying nor a clause's auxiliary, no mention of a person or title starts inside it, and it is closed (see
    :func:`_closed`); else ``end``."""
    if not text.startswith(", ", end) or not text[end + 2 : end + 3].islower():  # (cheap gate)
        return end
    last = text[start:end].split()[-2:]  # a field in lower case ends the name ("khoa khám", "chống buôn lậu")
    if len(last) < 2 or not all(w[:1].islower() for w in last):  # not a name ("tỉnh Bình Định", "Bộ Chính trị")
        return end
    m = _LIST.match(text, end, limit)
    if m is None or any(end < s < m.end() for s in stops):
        return end
    if not _closed(text, m, limit):
        return end
    aux = names.cue_phrases("subject") | names.cue_phrases("speech")
    words = [key(w) for w in re.findall(r"\w+", text[end : m.end()])]
    if any(w in aux or f"{w} {v}" in aux for w, v in zip(words, [*words[1:], ""], strict=True)):
        return end  # "Giám đốc Sở X, cho biết … và …": a clause goes on
    return m.end()


def _closed(text: str, m: re.Match[str], limit: int) -> bool:
    """Whether what follows the run closes a unit's name, not a clause: a verb of saying (after a comma too), a
    bracket, or punctuation after the unit's level and name ("… và hàng giả tỉnh X."). A bare stop or comma after a
    lower-case item closes a clause just as well ("Trưởng ban chỉ đạo X, kiểm tra và đôn đốc các xã.", "…, thư ký
    và phóng viên đều có mặt."): no name."""
    e = m.end()
    if post_ends._says(text, e, limit) or _BRACKET.match(text, e, limit):
        return True
    if e > m.end(2):  # the unit's level and name close the list
        return _CLOSED.match(text, e, limit) is not None
    return text.startswith(",", e) and post_ends._says(text, e + 1, limit)
