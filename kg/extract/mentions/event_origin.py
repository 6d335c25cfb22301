"""A meeting named as the origin of a document is cited, not reported (events42b): "thực hiện Nghị quyết Đại hội
Đảng bộ tỉnh lần thứ X", "Văn kiện Đại hội XII" name a resolution or a document of the congress, not a congress the
article reports on. The document nouns that take such an origin are the ``document`` words of
``kg/lexicon/event_words.tsv`` marked ``origin`` in their fourth column ("nghị quyết", "văn kiện"; not "báo cáo" or
"kết luận", which are verbs too: "phát biểu kết luận Hội nghị" reports the conference). The head right after one,
or after one and "của", opens no event mention; nor does a named meeting joined by "và" to the name of one so cited
("Nghị quyết Đại hội A và Đại hội B": two origins of one document noun; not after a comma, where a reported meeting
may open the clause: "Thực hiện Nghị quyết Đại hội A, Hội nghị B đã …"). A mention of the same meeting elsewhere
in the article still names it.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.events import complement_end
from kg.extract.normalise import key


@cache
def origin_nouns() -> frozenset[str]:
    """Folded document nouns marked ``origin`` (class ``document``, fourth column)."""
    return frozenset(e.key for e in lexicon.entries("event_words")
                     if e.extra[:1] == ("document",) and "origin" in e.extra[1:])


def cited_origin(text: str, start: int, sent_start: int) -> bool:
    """Whether the event head at ``start`` follows an origin document noun, right before it or with "của" between:
    "Nghị quyết Hội nghị Trung ương 4", "Văn kiện của Đại hội …"."""
    words = text[max(sent_start, start - 30) : start].split()
    if not words or text[start - 1 : start] != " ":
        return False
    if key(words[-1]) == "của":
        words.pop()
    nouns = origin_nouns()
    return any(len(words) >= n and key(" ".join(words[-n:])) in nouns for n in (2, 1))


def cited(text: str, sent: tuple[int, int], head: tuple[int, int], ends: list[int],
          units: frozenset[int], inner: frozenset[int]) -> bool:
    """Whether the event head at ``head`` (start, end) in the sentence ``sent`` (start, end) is cited: right after
    an origin noun (:func:`cited_origin`), or named and joined by "và" to the name of a head cited before it in the
    sentence. ``ends``: where the names of the heads cited so far end (a cited head's end is added); ``units``,
    ``inner``: as for :func:`kg.extract.events.complement_end`."""
    a, b = head
    first = cited_origin(text, a, sent[0])
    if not first and not (ends and key(text[ends[-1] : a].strip()) == "và"):
        return False
    end = complement_end(text, b, min(sent[1], b + 400), units, inner)
    if not first and (end is None or not text[b:end].strip()):
        return False  # a bare head after "và" ("… và Hội nghị đã …") is no named origin
    ends.append(b if end is None else end)
    return True
