"""Where the fallen fell, inside an event's name: "hy sinh" (class ``fell`` in ``kg/lexicon/event_words.tsv``) right
after a noun of the fallen (class ``fallen``: "liệt sĩ", "chiến sĩ", "bộ đội"), or after such a noun and the
capitalised name of their country, opens a relative clause on that noun that says whom the rite is for, not what
the clause reports: "hy sinh", a locative preposition (class ``fell-at``: "tại", "ở") and a place go on with the
name — "Lễ an táng 30 hài cốt liệt sĩ hy sinh tại Alpha", "lễ truy điệu các chiến sĩ hy sinh ở sân bay Beta". The
place is one or two lower-case place nouns at most ("sân bay", "nước bạn") and one to four capitalised words; it must
end the clause (punctuation, "và", a boundary or time word, a year after "năm"). Elsewhere "hy sinh" ends the name
("… liệt sĩ | hy sinh khi …", "… | hy sinh vì …")."""

from __future__ import annotations

from kg.extract.event_bounds import _ends
from kg.extract.event_tokens import Toks, is_year
from kg.extract.normalise import key

_NAME_WORDS = 4  # capitalised words of the country after the noun, or of the place, at most
_PLACE_NOUNS = 2  # lower-case place nouns before the place's name, at most


def _fallen_before(t: Toks, i: int) -> bool:
    """Whether a noun of the fallen, or one and its country's capitalised name, ends right before ``i``."""
    j = i
    while j > 0 and i - j < _NAME_WORDS and t.word(j - 1)[:1].isupper():
        j -= 1
    return any(j >= n and t.match(j - n, "fallen") == n for n in (3, 2, 1))


def fallen(t: Toks, i: int) -> int:
    """Tokens at ``i`` of "hy sinh", a locative preposition and a place that go on with the name (see above); 0 when
    none."""
    n = t.match(i, "fell")
    if not n or not _fallen_before(t, i):
        return 0
    m = t.match(i + n, "fell-at")
    if not m:
        return 0
    j = i + n + m
    low = 0
    while low < _PLACE_NOUNS and t.word(j + low)[:1].islower() and t.word(j + low)[:1].isalpha() \
            and not _ends(t, j + low):
        low += 1
    caps = 0
    while caps < _NAME_WORDS and t.word(j + low + caps)[:1].isupper() and t.word(j + low + caps)[:1].isalpha() \
            and not t.match(j + low + caps, "opener"):
        caps += 1
    if not caps:
        return 0
    k = j + low + caps
    nxt = t.word(k)
    if key(nxt) == "năm" and is_year(t.word(k + 1)):
        return k - i  # "… tại sân bay Beta | năm 1968": the year goes on as an ordinal
    return k - i if not nxt[:1].isalnum() or key(nxt) == "và" or _ends(t, k) else 0
