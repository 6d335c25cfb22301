"""A career told in the past: every post of a list that "từng" (once) or "trước đây" (formerly) opens is a former
post, not only the first ("Ông A từng giữ các chức vụ: POST, POST, POST"; "bà B đã từng là POST, POST và POST").
The cue is a ``time_adverbs`` row of class ended-is ("từng", "đã từng", "trước đây", "nguyên") before a copula
or a verb of a career (``personnel_verbs`` frames career, pronoun); the list holds no word that brings the time
forward ("hiện", "nay", "sau đó": "từng là POST, nay là POST"; "rồi", then, goes on with the past: "từng kinh qua
POST; POST rồi POST") and no other name. Pure function over the
text, read by :mod:`kg.extract.facts.post_nodes`.
"""

from __future__ import annotations

import re

from kg.extract import lexicon

_CUE = re.compile(r"(?<!\w)" + lexicon.alternation("time_adverbs", 2, "ended-is", capitalised=True)
                  + r"\s+(?:là|" + lexicon.alternation("personnel_verbs", 3, "career", "pronoun") + r")(?!\w)")
# a word that brings the time forward, or opens another clause, between the cue and the post
_FORWARD = re.compile(r"(?<!\w)(?:hiện|nay|sau đó|sau này|trước khi|khi|đến|được|và\s+là)(?!\w)|[.!?]",
                      re.IGNORECASE)


def past_career(text: str, sent_start: int, start: int, names: list[int], own: list[int]) -> bool:
    """The post phrase at ``start`` is an item of a career list in the past that opens in its sentence: no name
    (of ``names``, where the sentence's names start) between the cue and the post, and the holder (``own``: where
    the holder's names start in the sentence) not named after the cue ("A từng là thư ký cho POST B": B holds POST,
    B's is no career in the past)."""
    cues = list(_CUE.finditer(text, sent_start, start))
    return bool(cues) and _FORWARD.search(text, cues[-1].end(), start) is None and not any(
        cues[-1].end() <= n < start for n in names) and not any(n >= cues[-1].end() for n in own)
