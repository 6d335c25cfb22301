"""A body's proper name run on into the next clause through people of a body: "Công ty X Lãnh đạo UBND TP Y cũng
chỉ đạo …", "Cty X Đại diện Cty Z cho biết …" — a caption or headline written without its full stop. A capitalised
group noun of two words (``person_cues.tsv``, ``group``: "lãnh đạo", "đại diện", "cán bộ") after a name word, right
before a body's head ("UBND", "Sở", "Công ty"), opens the next clause's subject; the name ends before it (not "Ban
Lãnh đạo Hiệp hội": there the group noun is the first word after the head, the name itself)."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.bodynames import _head_at
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def group_opens(s: _Sent, x: int) -> bool:
    """Tokens x, x+1 are a capitalised group noun of two words ("Lãnh đạo") and a body's head opens at x+2."""
    toks = s.toks
    if x + 2 >= len(toks) or not (s.adjacent(x + 1) and s.adjacent(x + 2)):
        return False
    first, second = toks[x], toks[x + 1]
    return first.is_cap and not first.is_upper and second.is_word and second.text[:1].islower() \
        and key(f"{first.text} {second.text}") in names.cue_phrases("group") and _head_at(s, x + 2)
