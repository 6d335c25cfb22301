"""An event name written inside quotes as a whole (round events43b): "… tổ chức “Lễ công bố X, Y và Z” …". The
head right after an opening quote opens a name that the closing quote ends; where the grammar stopped early inside
the quotes, at a comma of a list ("“Lễ khai trương chuỗi cửa hàng rau | , thực phẩm an toàn Alpha”"), the name
goes on to the closing quote. Only when what the grammar left before the quote opens with that comma, holds no
sentence punctuation or other quote, and is short (``QUOTED_CHARS``); a quote that closes a clause ("“Lễ hội X đã
thành công, …”") has a verb first and is left as it was. Not at "và": a quoted "“Lễ hội X và Y”" cut at "và"
stays as it was (the article's unquoted "Lễ hội X" would then begin two longer names and stand as a node of its
own, kg/extract/event_merge.py)."""

from __future__ import annotations

import re

QUOTED_CHARS = 80  # characters past the grammar's end to the closing quote at most
_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}
_REST = re.compile(r"\s*,[^.;:!?“”«»‘’'\"()]*$")


def quoted_end(text: str, head: int, end: int, limit: int) -> int:
    """Where the name that starts with the head at ``head`` ends when the head opens a quoted name (see the
    module): the closing quote's offset, else ``end``."""
    before = text[:head].rstrip(" ")
    close = _PAIRS.get(before[-1:]) if before else None
    if close is None or end <= head:
        return end
    c = text.find(close, end, min(limit, end + QUOTED_CHARS + 1))
    if c < 0 or not _REST.match(text[end:c]):
        return end
    return c
