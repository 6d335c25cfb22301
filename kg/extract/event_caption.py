"""A caption run into the next sentence right after a bare event head (round events47): a photo caption ends with a
bare head ("Ông A phát biểu tại hội nghị") and the article's next sentence, with no stop between, opens with a
capitalised word and one in lower case, then "tại" and the same head again ("… tại hội nghị | Tham luận tại hội
nghị, đại diện …", "… tại Hội nghị | Phát biểu tại Hội nghị, …"). That word is the next sentence's, no part of the
name: the name is the bare head. A name's capitalised word is not followed by "tại" and the head it follows."""

from __future__ import annotations

from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_HEAD_WORDS = 3  # words of the repeated head at most ("cuộc họp báo")


def glued_caption(t: Toks, i: int) -> bool:
    """Whether the capitalised word at ``i``, the first after a bare head, opens the next sentence (see above)."""
    w, nxt = t.word(i), t.word(i + 1)
    if i != 0 or not (w[:1].isupper() and w[1:].islower() and nxt.isalpha() and nxt.islower()):
        return False
    if key(t.word(i + 2)) != "tại":
        return False
    before = key(" ".join(t.lead(40).split()))
    for n in range(_HEAD_WORDS, 0, -1):
        span = t.words[i + 3 : i + 3 + n]
        if len(span) == n and all(s[:1].isalpha() for s in span) and before.endswith(key(" ".join(span))):
            return True
    return False
