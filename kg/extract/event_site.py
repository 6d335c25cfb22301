"""The place of a topic inside an event's name (round events47): after a topic link ("về", class ``topic-link`` in
``kg/lexicon/event_words.tsv``) read as part of the name, "tại" before the head of a place of the matter (lexicon
``topic_sites.tsv``: a village, a commune, a ward, a city, an area, a hospital, an airport, an address "số …") goes
on with the name: "cuộc họp báo công bố thông tin về sự cố chạy thận tại Bệnh viện Beta", "buổi làm việc với UBND
tỉnh Alpha về tình trạng quá tải tại sân bay Beta", "cuộc họp về tình hình sốt đất tại TP Alpha". Before, "tại" ended
the name there and cut the matter's place off. A bare capitalised place after "tại" ("Hội nghị về X | tại Alpha",
"tại Hà Nội") is where the event is held and still ends the name; so does "tại" with no topic before it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_SITE_WORDS = 3  # words of a site head at most ("khu công nghiệp")


@cache
def _sites() -> frozenset[str]:
    return lexicon.words("topic_sites")


def _site_head(t: Toks, i: int) -> int:
    """Tokens of a site head at ``i`` (its first syllable may be capitalised: "Bệnh viện"); a "TP" glued to its
    name by a point ("TP.Alpha") is one; 0 when none."""
    first = t.word(i)
    if key(first.split(".", 1)[0]) in _sites() and "." in first[1:]:
        return 1  # "TP.Alpha"
    for n in range(_SITE_WORDS, 0, -1):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalnum() for w in span) and key(" ".join(span)) in _sites():
            return n
    return 0


def site(t: Toks, i: int) -> int:
    """Tokens of "tại" and the site head at ``i`` that go on with the name (see above); 0 when none."""
    if i < 2 or t.word(i) not in ("tại", "Tại") or not t.word(i - 1)[:1].isalnum():
        return 0
    if not any(t.match(k, "topic-link") for k in range(i - 1)):
        return 0
    n = _site_head(t, i + 1)
    nxt = t.word(i + 1 + n)
    return 1 + n if n and (nxt[:1].isalnum() or n > 1 or "." in t.word(i + 1)) else 0
