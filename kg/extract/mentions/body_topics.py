"""Committees named by their topic: "Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ủy ban Quốc gia về người
cao tuổi". A head marked ``topic`` in ``bodies.tsv`` keeps "về" and the topic after its name when it ends a title;
the caller reads the topic's words as the rest of the name (:func:`kg.extract.mentions.bodies._body_end`)."""

from __future__ import annotations

from functools import cache

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


@cache
def _task_heads() -> frozenset[str]:
    """The heads of boards named by their task (``bodies.tsv``, ``task``: "Ban Chỉ đạo", "Hội đồng", "Tổ")."""
    return frozenset(e.key for e in lexicon.entries("bodies") if e.extra[5:6] == ("task",))


def task_verb(s: _Sent, j: int, i: int) -> bool:
    """Token j, the first word after a task board's head (``i``), opens the board's name with a verb of two words of
    ``name_stops`` and a word of its object after it ("Trưởng ban Chỉ đạo triển khai xây dựng …", "Chủ tịch Hội đồng
    xác định giá đất"): only where a title leads to the head, elsewhere the verb may be the board's doing ("Ban Chỉ
    đạo triển khai kế hoạch")."""
    toks, stops = s.toks, lexicon.words("name_stops")
    if j != i or j + 2 >= len(toks) or not all(t.is_word and not t.is_cap for t in toks[j : j + 3]):
        return False
    if key(f"{toks[j].text} {toks[j + 1].text}") not in stops or key(toks[j + 2].text) in stops:
        return False
    n = next((n for n in (3, 2, 1) if n <= j and key(" ".join(t.text for t in toks[j - n : j])) in _task_heads()), 0)
    return n > 0 and any(ta < toks[j - n].start <= tb + 1 for ta, tb in s.titles)
