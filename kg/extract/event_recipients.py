"""The recipients of a conferral go on with its event's name (events41).

A ceremony that confers something names whom it confers it on: "Lễ trao tặng Huân chương X cho các đảng viên
của Đảng bộ Y", "Lễ trao Huân chương của Chủ tịch nước tặng các đồng chí lãnh đạo tỉnh Z". After a name that
opens with a purpose of class ``conferral`` (``kg/lexicon/event_words.tsv``: "trao", "trao tặng", "đón nhận", …),
a word of class ``recipient`` ("cho", "tặng", "phong tặng") before a plural noun phrase ("các …", "những …")
opens the recipients, and the name goes on there instead of ending at the preposition. A single recipient ("cho
đảng viên Lê Văn A", "cho ông A") is the award's, named by the award's facts, and the name ends before it;
elsewhere "cho" is a boundary ("Hội nghị X | cho biết …", "cuộc họp | cho thấy …"). A form of address right after
the determiner ("các đồng chí lãnh đạo …") is read with it.
"""

from __future__ import annotations

from kg.extract.event_bounds import _ADDRESS, _np
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key


def recipients(t: Toks, i: int) -> int:
    """Tokens of the recipient link at ``i`` when the name read so far confers something; 0 otherwise."""
    n = t.match(i, "recipient")
    if not n or i < 2 or not t.word(i - 1)[:1].isalnum() or not t.match(0, "conferral"):
        return 0  # "trao | cho …" (no award named) or ", cho …" (a new clause) is no recipient
    if t.match(i, "boundary") > n or t.match(i + n, "boundary") or t.match(i + n, "time"):
        return 0  # "… cho biết", "cho rằng": a verb of saying, not recipients
    j = i + n
    if not t.match(j, "determiner"):
        return 0  # "cho đảng viên Lê Văn A": a named recipient is the award's, not the ceremony's name
    j += 1
    m = next((k for k in (2, 1) if key(" ".join(t.words[j : j + k])) in _ADDRESS), 0)
    if m and t.word(j + m)[:1].isalnum() and _np(t, j + m):
        return j + m - i  # "cho các đồng chí lãnh đạo …": the form of address is no boundary there
    return n if _np(t, i + n) else 0
