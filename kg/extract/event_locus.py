"""A place phrase inside an event's name: a locative preposition (class ``locus-link`` in
``kg/lexicon/event_words.tsv``: "trên", "trong") before a noun of a locality (class ``locus``: "địa bàn", "đảo",
"sân bay", "cát") goes on with the name ("buổi gặp mặt doanh nghiệp trên địa bàn thành phố", "Lễ hội Chân trần
trên cát", "cuộc họp về vấn đề sân golf trong sân bay Alpha"), though the preposition alone ends a name before an
adverbial of the clause ("… trong năm nay", "… theo đó"). Only right after a word of the name, and only when a
name or a level word follows the locality noun, or the end of a name that opens with a capital (a bare "trên địa
bàn." after a lower-case name is the clause's adverbial)."""

from __future__ import annotations

from kg.extract.event_tokens import Toks, level

LOCUS_WORDS = 19  # words of the name before the phrase at most: a longer one with it runs past ``MAX_WORDS``


def locus(t: Toks, i: int, closed: bool = False) -> int:
    """Tokens of a locative preposition and its locality noun at ``i`` that go on with the name; 0 when none, and
    when the name is closed by an ordinal, a year or a known place or person ("Lễ hội đền Alpha | trên địa bàn
    huyện": the phrase places what the name names) or already holds more than ``LOCUS_WORDS`` words."""
    n = t.match(i, "locus-link")
    if not n or i == 0 or closed or not t.word(i - 1)[:1].isalnum():
        return 0
    if sum(w[:1].isalnum() for w in t.words[:i]) > LOCUS_WORDS:
        return 0
    m = t.match(i + n, "locus")
    if not m:
        return 0
    nxt = t.word(i + n + m)
    bare = not nxt[:1].isalnum() and t.words[0][:1].isupper()  # "Lễ hội Chân trần trên cát", not "… trên địa bàn."
    return n + m if nxt[:1].isupper() or bare or level(t, i + n + m) else 0
