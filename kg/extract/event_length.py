"""How long a name the event grammar reads is, for its cap on words (events40c).

A quoted title inside the name ("Giải báo chí “…” lần thứ N", "Hội thi … với chủ đề “…”") is one name within
the name: its words count as one, so that a long title or slogan does not make a whole name too long to be shown
(the quote is closed, and ``_bracket`` in :mod:`kg.extract.events` bounds its length already). Other words count
one each when they open with a letter or a digit.
"""

from __future__ import annotations

_QUOTES = {"“": ("”", '"'), "«": ("»",), '"': ('"',), "‘": ("’",)}


def name_words(words: list[str], end: int) -> int:
    """Words of ``words[:end]`` (a closed quoted part counts as one word)."""
    n, i = 0, 0
    while i < end:
        close = _QUOTES.get(words[i])
        j = next((k for k in range(i + 1, end) if words[k] in close), 0) if close else 0
        if j:
            n, i = n + 1, j + 1
            continue
        n += words[i][:1].isalnum()
        i += 1
    return n
