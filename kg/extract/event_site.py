"""The place of a topic or of a work inside an event's name (rounds events47, events48): after a topic link ("về",
class ``topic-link`` in ``kg/lexicon/event_words.tsv``) read as part of the name, "tại" or "ở" before the head of a
place of the matter (lexicon ``topic_sites.tsv``: a village, a commune, a ward, a city, an area, a hospital, an
airport, a bay, an address "số …") goes on with the name: "cuộc họp báo công bố thông tin về sự cố chạy
thận tại Bệnh viện Beta", "buổi làm việc với UBND tỉnh Alpha về tình trạng quá tải tại sân bay Beta", "họp báo về
tình hình cá chết ở vịnh Alpha". So it does after a purpose whose object is a work built or opened (lexicon
``site_purposes.tsv``: "khởi công", "khánh thành", "xây dựng") and a word of that object, before the head of a
point of a road where a work stands (class ``site``: "nút giao", "cửa ngõ"): "lễ khởi công xây dựng hai cầu vượt
tại nút giao Alpha"; a unit there ("lễ khánh thành … | tại xã Alpha, huyện Beta") is the ceremony's venue.
Before, "tại" ended the name there and cut the place off. A bare capitalised place after "tại" ("Hội nghị về X |
tại Alpha", "tại Hà Nội") is where the event is held and still ends the name; so does "tại" with no topic or work
before it. :func:`site_word` reads the same on plain text, for the names cut before
a word of class ``rite-stop`` (``kg/extract/mentions/event_rites.py``: "họp báo về … tại xã Alpha")."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_SITE_WORDS = 3  # words of a site head at most ("khu công nghiệp")
_AT = frozenset({"tại", "Tại", "ở", "Ở"})
_WORD = re.compile(r"[^\s,.;:!?()“”\"]+")


@cache
def _sites() -> frozenset[str]:
    return lexicon.words("topic_sites")


@cache
def _works(cls: str) -> frozenset[str]:
    return lexicon.classed("site_purposes", 2, cls)


def _site_head(t: Toks, i: int, sites: frozenset[str]) -> int:
    """Tokens of a head of ``sites`` at ``i`` (its first syllable may be capitalised: "Bệnh viện"); a "TP" glued
    to its name by a point ("TP.Alpha") is one; 0 when none."""
    first = t.word(i)
    if key(first.split(".", 1)[0]) in sites and "." in first[1:]:
        return 1  # "TP.Alpha"
    for n in range(_SITE_WORDS, 0, -1):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalnum() for w in span) and key(" ".join(span)) in sites:
            return n
    return 0


def _work(t: Toks, i: int) -> bool:
    """Whether a purpose of ``site_purposes.tsv`` and a word of its object stand before ``i``."""
    works = _works("purpose")
    return any(key(" ".join(t.words[k : k + n])) in works and k + n < i for k in range(i - 1) for n in (1, 2))


def _name_end(t: Toks, j: int) -> int:
    """The token after the capitalised name at ``j`` ("Alpha - Beta"); ``j`` when none."""
    while j < len(t.words) and (t.words[j][:1].isupper() or t.words[j] in ("-", "–", ".")):
        j += 1
    return j


def _glossed(t: Toks, j: int) -> bool:
    """Whether the point's name at ``j`` is followed by a bracket that opens in lower case ("nút giao Alpha (hướng
    vào …, Q.Beta) và nút giao Gamma"): the bracket ends the name, and a second point after it would be lost — the
    name is left before "tại", as before."""
    j = _name_end(t, j)
    return t.word(j) == "(" and t.word(j + 1)[:1].islower()


def _second(t: Toks, i: int) -> int:
    """Tokens of "và" and a second point of a road at ``i`` after a first one read ("tại nút giao Alpha và nút giao
    Beta": two works, two points); 0 when none."""
    n = _site_head(t, i + 1, _works("site"))
    if not n or not t.word(i + 1 + n)[:1].isupper():
        return 0
    return 1 + n if any(t.words[k] in _AT and _site_head(t, k + 1, _works("site")) for k in range(i - 1)) else 0


def site(t: Toks, i: int) -> int:
    """Tokens of "tại"/"ở" and the site head at ``i`` that go on with the name (see above); 0 when none."""
    if t.word(i) == "và":
        return _second(t, i) if i > 2 and (t.word(i - 1)[:1].isalnum() or t.word(i - 1) == ")") else 0
    if i < 2 or t.word(i) not in _AT or not t.word(i - 1)[:1].isalnum():
        return 0
    if any(t.match(k, "topic-link") for k in range(i - 1)):
        n = _site_head(t, i + 1, _sites())
    else:  # the head first, the purpose before it only then
        n = _site_head(t, i + 1, _works("site"))
        n = n if n and _work(t, i) and not _glossed(t, i + 1 + n) else 0
    nxt = t.word(i + 1 + n)
    if not n or t.match(_name_end(t, i + 1 + n), "demonstrative"):
        return 0  # "… về tình hình giáo dục | ở thành phố (Alpha) này": a reference back, the clause's adverbial
    return 1 + n if nxt[:1].isalnum() or n > 1 or "." in t.word(i + 1) else 0


def site_word(text: str, a: int, at: int) -> bool:
    """Whether the word at ``at`` of the name that opens at ``a`` is a "tại"/"ở" that goes on with it (see above)."""
    word = _WORD.match(text, at)
    if word is None or word.group() not in _AT:
        return False
    before = _WORD.findall(text, a, at)
    after = _WORD.findall(text, at, min(len(text), at + 60))
    if len(before) < 2 or not text[a:at].rstrip()[-1:].isalnum():
        return False
    words = before + after
    t = Toks(text=" ".join(words), words=words, ends=[0] * len(words), units=frozenset())
    return site(t, len(before)) > 0
