"""A photo credit glued to a caption run into the text: the photographer's name and the source in capitals, joined
by a slash with no space ("… Hội nghị | Lê Văn A/TTXVN"). Its words are no part of an event's name."""

from __future__ import annotations

import re

from kg.extract.event_tokens import Toks

# a name's last syllable (ending in a lower-case letter), a slash and a source in capitals ("A/TTXVN", "B/VOV.VN")
_CREDIT = re.compile(r"[^\W\d_]*[^\W\dA-Z_]/[A-Z]{2,}(?:\.[A-Z]{2,})*")
NAME_WORDS = 4  # capitalised words of a photographer's name looked at


def credit(t: Toks, i: int) -> bool:
    """Whether the capitalised word at ``i`` opens a photo credit: it and up to three capitalised words after it
    end in a token of a name, a slash and a source in capitals ("Lê Văn A/TTXVN")."""
    for j in range(i, i + NAME_WORDS):
        w = t.word(j)
        if not w[:1].isupper():
            return False
        if _CREDIT.fullmatch(w):
            return True
    return False
