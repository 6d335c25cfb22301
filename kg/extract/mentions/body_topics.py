"""Committees named by their topic: "Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ủy ban Quốc gia về người
cao tuổi". A head marked ``topic`` in ``bodies.tsv`` keeps "về" and the topic after its name when it ends a title;
the caller reads the topic's words as the rest of the name (:func:`kg.extract.mentions.bodies._body_end`)."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def topic_follows(s: _Sent, i: int, end: int, entry: lexicon.Entry, stop_at: set[int]) -> bool:
    """The body whose head opens at token ``i`` and whose name ends before token ``end`` is named by a topic that
    follows it: its head is a ``topic`` head inside or right after a title ("Trưởng ban Chỉ đạo …", "Chủ nhiệm Ủy
    ban …"; elsewhere "về" may open what is said about the body), token ``end`` is "về" right after the name, and
    a word follows that is neither a verb or function word of
    ``name_stops`` ("về dự", "về làm việc": "về" is then the verb "come") nor "việc" ("về việc": a matter), a
    person, a title or a number."""
    toks = s.toks
    if entry.extra[4:5] != ("topic",) or end + 1 >= len(toks) or key(toks[end].text) != "về":
        return False
    start = toks[i].start
    if not any(ta < start <= tb + 1 for ta, tb in s.titles):
        return False
    nxt = toks[end + 1]
    return (s.adjacent(end) and s.adjacent(end + 1) and nxt.is_word and not nxt.is_number
            and (end + 1) not in stop_at and key(nxt.text) not in lexicon.words("name_stops")
            and key(nxt.text) != "việc")
