"""Lower-case members of an event name after "và" (issue 8): the last member up to the sentence's end ("… và thuyền
độc mộc."; a compass point after a side in it, "… và miền núi phía Bắc.", events49), and a member after a place word
(lexicon ``place_words``: "khu công nghiệp", "khu phố") that a capitalised name follows right away: "hội nghị đối
thoại với công nhân các khu công nghiệp và chế xuất Quy Hòa năm 2030" — one place noun "khu công nghiệp và chế
xuất", longer than the tokeniser's words, whose name follows. The grammar (``kg/extract/events.py``) reads on after
the name as after any capitalised word."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_bounds import _ends, _proper
from kg.extract.event_lists import _member_start as member_start
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_SENTENCE_END = ("", ".", ";", "!", "?", "…")
LIST_END = ("", ",", "và", ".", ";", "!", "?", "…")
PLACE_WORDS = 4  # capitalised words of a place's name looked at
LAST_MEMBER = 4  # syllables of a last member after "và" that the sentence's end follows


def placed_member(t: Toks, j: int) -> int:
    """Tokens of a lower-case member of one or two syllables at ``j`` (after "và"; none ends the name) between a
    place word before the "và" and a capitalised name; 0 when none."""
    if not _place_word_before(t, j - 1):
        return 0
    for n in (1, 2):
        if any(not t.word(k)[:1].islower() or _ends(t, k) for k in range(j, j + n)):
            return 0
        if _proper(t, j + n):
            return n
    return 0


def named_member(t: Toks, j: int) -> int:
    """Tokens of a list member at ``j`` that names a place: a place word in lower case (``place_words``), at most
    one more lower-case word, then a capitalised name, and the list's end right after it (a comma, "và" or the
    sentence's end: "…, đường hoa Lê Văn Tám, đường đèn …"), or no name and the end of the list or of the name
    when the member before repeats the place word ("…, đường đèn, đường sách | vào dịp Tết"); 0 when none."""
    words = lexicon.by_key("place_words")
    n = next((m for m in (3, 2, 1) if key(" ".join(t.words[j : j + m])) in words), 0)
    if not n or not t.word(j)[:1].islower():
        return 0
    place = n
    if t.word(j + n)[:1].islower() and not _ends(t, j + n):
        n += 1  # "đường hoa"
    k = j + n
    while k < j + n + PLACE_WORDS and _proper(t, k) and t.word(k)[:1].isupper():
        k += 1
    if k == j + n and (t.word(k) in LIST_END or _ends(t, k)) and _repeated(t, j, place):
        return n  # a place without its name before the list's or the name's end: "…, đường sách | vào dịp Tết"
    return k - j if k > j + n and t.word(k) in LIST_END else 0


def _repeated(t: Toks, j: int, n: int) -> bool:
    """Whether the member before the comma at ``j - 1`` opens with the ``n`` words that open the member at ``j``
    (a list that repeats its place word: "…, đường đèn, đường sách")."""
    if t.word(j - 1) != ",":
        return False
    start = member_start(t, j - 1)
    return [key(w) for w in t.words[start : start + n]] == [key(w) for w in t.words[j : j + n]]


def _place_word_before(t: Toks, i: int) -> bool:
    """Whether a place word of the lexicon (``place_words``, up to three syllables) ends right before ``i``."""
    words = lexicon.by_key("place_words")
    return any(i >= n and key(" ".join(t.words[i - n : i])) in words for n in (3, 2, 1))


def to_the_end(t: Toks, j: int) -> int:
    """Tokens of lower-case words from ``j`` up to the end of the sentence (at most ``LAST_MEMBER``), none of which
    ends the name, a compass point after a side among them ("miền núi phía Bắc"); 0 when the sentence goes on."""
    for k in range(j, j + LAST_MEMBER):
        if not (t.word(k)[:1].islower() or _compass_point(t, k)) or _ends(t, k):
            return 0
        if t.word(k + 1) in _SENTENCE_END:
            return k + 1 - j
    return 0


def _compass_point(t: Toks, k: int) -> bool:
    """Whether the word at ``k`` is a capitalised compass point right after a side ("phía Bắc", "miền Trung"; lexicon
    ``compass_sides.tsv``)."""
    return k > 0 and t.word(k)[:1].isupper() and key(t.word(k)) in _compass("point") \
        and key(t.word(k - 1)) in _compass("side")


@cache
def _compass(cls: str) -> frozenset[str]:
    return lexicon.classed("compass_sides", 2, cls)
