"""A verb of meeting right after its subject, with no "đã" (events43a): "Sáng 30/6, HĐND tỉnh X họp báo về kỳ họp thứ
4.", "Ngày 7/2, ông A, Bí thư Tỉnh ủy X làm việc với Huyện ủy Y về …".

News leads report a meeting by its verb alone as often as with "đã": the clause is dated and the verb follows the
name of its subject. A verb of meeting (``kg/lexicon/meeting_verbs.tsv``; a word of class ``approach`` before it
skipped, "về làm việc với …") is reported here when it follows, one space between, the end of the name of a person,
a body or a place found in the text (its subject, or the place its subject went to: "đoàn công tác … vào tỉnh X làm
việc với …"), and the clause before it (from the sentence's start or its last semicolon) holds a day of the past or
the present (:func:`kg.extract.mentions.event_reported.holds_day`: "sáng 30/6", "chiều nay"; never "ngày 5/7 tới").
Not when the clause holds a word of class ``plan`` ("sẽ", "dự kiến"), "khi" ("Sau khi ông A làm việc với …": a time
clause), a verb of saying ("ông A cho biết, UBND X họp …": what a speaker says) or a directive, a modal or a negation
in lower case (:func:`tasked`: "yêu cầu UBND X họp …", a task). The name is read as after "đã"
(:mod:`kg.extract.mentions.event_meet_verbs`, :mod:`kg.extract.mentions.event_hop`); it must run to the clause's end
and hold no event the text names but after a link (:func:`whole`): leads list what follows the verb at length, and a
name cut before a comma is mostly a fragment.
"""

from __future__ import annotations

import bisect
import re

from kg.extract import event_tokens, lexicon
from kg.extract.document import Mention
from kg.extract.mentions.event_reported import clause_before, holds_day
from kg.extract.normalise import key
from kg.extract.unions import union

_SUBJECTS = ("person", "body", "place")
CLAUSE_END = re.compile(r"[ \t]*(?:[.;!?…]|\n|$)")  # a name's clause ends here (event_hop too)


class Subjects:
    """Where a verb may stand right after a person's, a body's or a place's name in a span: one past the name's end
    (the space after it). The document's names are sorted once by start: each sentence's subjects by binary search
    instead of a pass over every mention of the document."""

    def __init__(self, found: list[Mention]) -> None:
        self._spans = sorted((m.start, m.end) for m in found if m.kind in _SUBJECTS)
        self._starts = [a for a, _ in self._spans]

    def before(self, start: int, end: int) -> list[int]:
        """The subjects of the names inside ``[start, end)``: a name that ends before ``end`` starts before it."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return sorted({b + 1 for _, b in self._spans[lo:hi] if b < end})


def tasked(raw: list[str]) -> bool:
    """Whether the clause words ``raw`` (as written) hold a directive, a modal or a negation in lower case before the
    verb: no report (a capitalised syllable is part of a name: "Cần Thơ")."""
    words = [key(w) if w[:1].islower() else "" for w in raw]
    grams = set(words) | {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool(grams & union(lexicon.classed("directives", 2, "request"), event_tokens.cls("unreported")))


def unmarked(text: str, start: int, at: int) -> bool:
    """Whether the verb at ``at`` (right after its subject's name, no "đã") reports a meeting held on a dated day (see
    the module)."""
    if text[at - 1 : at] != " ":
        return False
    clause, raw, grams = clause_before(text, start, at)
    if "khi" in grams or grams & union(lexicon.classed("person_cues", 1, "speech"), event_tokens.cls("plan")):
        return False
    return not tasked(raw) and holds_day(clause)


def whole(text: str, a: int, name: str, events: list[Mention]) -> bool:
    """Whether the name at ``a`` runs to its clause's end (a full stop, a semicolon, a line's end: a name the grammar
    stops before a comma or a word may be cut, "tiếp xúc cử tri hai quận A | , B …") and holds no event named in the
    text but after a link ("họp báo về kỳ họp thứ 4"; not "họp trực tuyến phiên họp thường kỳ …", where the verb
    restates the name of the event the article names)."""
    end = a + len(name)
    if not CLAUSE_END.match(text, end):
        return False
    links = event_tokens.cls("link")
    inside = [m for m in events if not m.attr("ref") and a < m.start < end]
    return all(key((text[a : m.start].split() or [""])[-1]) in links for m in inside)
