"""A body's name that enumerates its fields with commas and a closing "và" ("Bộ Lao động, Thương binh và Xã hội"),
read by :mod:`kg.extract.mentions.bodies` after a head's name."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


def enumeration_end(s: _Sent, end: int, person_starts: set[int]) -> int:
    """A body's name that enumerates its fields with commas and a closing "và" goes on past the first comma ("Bộ
    Lao động, Thương binh và Xã hội", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"): items of a
    capitalised word and at most two lower-case syllables, none a body head, level, title or name, the last after
    "và" (items in lower case only when a person's name follows the list); an item may be two capitalised syllables
    ("Kinh tế, Thương Mại và Công nghiệp"), and a country's name (``countries.tsv``) may close the list; ``end``
    when the words after it are no such list."""
    toks, x, items, lowered = s.toks, end, 0, False
    heads, levels, stops = lexicon.by_key("bodies"), _levels(), _word_set("name_stops")
    while x + 1 < len(toks) and toks[x].text in (",", "và") and (toks[x].text == "," or items):
        last = toks[x].text == "và"
        y = x + 1
        first = toks[y]
        place = key(first.text) in levels and y + 1 < len(toks) and toks[y + 1].is_cap  # "xã X", not "Xã hội"
        lower = first.is_word and not first.is_cap and key(first.text) not in stops  # "Bộ Văn hóa, thể thao và
        if not (first.is_cap and first.is_word and not first.is_upper or lower) or not s.adjacent(y) \
                or y in person_starts or y in s.stops or key(first.text) in heads or place:  # du lịch Lê Văn A"
            return end
        lowered = lowered or lower
        y += 1
        if first.is_cap and _title_case(s, y, person_starts):
            y += 1  # "Thương Mại": an item's second syllable capitalised too
        while y < len(toks) and y - x <= 3 and toks[y].is_word and not toks[y].is_cap and s.adjacent(y) \
                and key(toks[y].text) not in stops and key(toks[y].text) != "và":
            y += 1
        x, items = y, items + 1
        if last:
            if lowered:  # items in lower case: only up to a name
                return x if x in person_starts else end
            return _country_end(s, x, person_starts)  # "Bộ X, Y và Z Nhật Bản": the country the ministry is of
    return end


def _title_case(s: _Sent, y: int, person_starts: set[int]) -> bool:
    """Token ``y`` is an item's second syllable written capitalised: a word in title case, no head, level, name or
    the start of a title or person, right after the first syllable, before a comma or "và"."""
    toks = s.toks
    if y + 1 >= len(toks) or toks[y + 1].text not in (",", "và") or not s.adjacent(y):
        return False
    t = toks[y]
    return t.is_word and t.is_cap and not t.is_upper and y not in person_starts and y not in s.stops \
        and key(t.text) not in lexicon.by_key("bodies") and key(t.text) not in _levels()


def _country_end(s: _Sent, x: int, person_starts: set[int]) -> int:
    """Past a country's name of one to four capitalised words at token ``x``; else ``x``."""
    countries, toks = lexicon.words("countries"), s.toks
    for n in (4, 3, 2, 1):
        span = toks[x : x + n]
        if len(span) == n and x not in person_starts and all(t.is_word and t.is_cap for t in span) \
                and all(s.adjacent(x + k) for k in range(n)) and key(" ".join(t.text for t in span)) in countries:
            return x + n
    return x
