"""A person's record between the name and the first post after it: "A, sinh năm 1960, quốc tịch X, là POST",
"A (quốc tịch X, SN 1960, POST)", "A ( thương binh 2/4, nguyên POST, …)", "A (1970, trú X) là kỹ thuật viên, POST".

    GAP    = (, | "(" | -) ITEM (, ITEM)* (, | ;) [[còn|vẫn …] là]      → the post after it is the name's
           | [… ] là OCCUPATION-viên ,                                  ("là giảng viên, Trưởng khoa …")
    ITEM   = a birth record or age ("SN 1960", "sinh năm 1960", "45 tuổi", a bare year first in brackets)
           | a nationality ("quốc tịch X") | a residence ("trú …", "quê …") | a war invalid's grade ("thương binh 2/4")

No item names another person (no kin word of ``kin_words.tsv``, class aside: "…, con ông B, …" is B's).
"""

from __future__ import annotations

import re

from kg.extract import lexicon

_KIN = lexicon.alternation("kin_words", 2, "aside")
_FREE = r"(?:(?!(?<!\w)(?-i:" + _KIN + r")\s)[^.;:()])"  # a character of an item that opens no relative's name
_BORN = r"(?:sinh (?:ngày|năm)\s+[\d/.-]+(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?|SN:?\s*\d{4}|\d{1,3}\s*tuổi)"
_ITEM = (r"(?:" + _BORN + r"|quốc\s+tịch\s+" + _FREE + r"{1,40}?"
         r"|(?:trú|ngụ|thường\s+trú|tạm\s+trú|quê(?:\s+quán)?)(?:\s+(?:tại|ở))?\s*:?\s+" + _FREE + r"{1,120}?"
         r"|(?:thương|bệnh)\s+binh(?:\s+hạng)?\s+\d/\d)")
_WAS = lexicon.alternation("time_adverbs", 2, "was")
_RECORD = re.compile(r"\s*(?:,|\((?:\s*\d{4}\s*,)?|\s[-–])\s*" + _ITEM + r"(?:\s*,\s*" + _ITEM + r")*\s*[,;]\s*"
                     r"(?:(?:" + _WAS + r"\s+)?là\s+)?(?:nguyên\s+)?", re.IGNORECASE)
# "… là công chứng viên, POST": an occupation in "-viên" (a member of a trade) before the first post
_OCCUPATION = re.compile(r"\s+là\s+(?-i:[^\W\d_A-ZĐ]+\s+){1,2}viên\s*,\s*", re.IGNORECASE)


def record_gap(gap: str) -> bool:
    """``gap`` between a name and its first post is the person's record (or a "-viên" occupation after "là")."""
    if "tịch" not in gap and "viên" not in gap and not any(c.isdigit() for c in gap):
        return False
    return _RECORD.fullmatch(gap) is not None or _OCCUPATION.fullmatch(gap) is not None
