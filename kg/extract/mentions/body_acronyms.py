"""The organisation a standalone head belongs to, written as an acronym right after it ("Hội đồng quản trị XKV",
"Đoàn Chủ tịch Tổng LĐLĐVN"): read by :mod:`kg.extract.mentions.bodies` when no place or name qualifies the head."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.bodynames import lower_then_name
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


def _organ(entry: lexicon.Entry) -> bool:
    """A head that names an organ of an organisation (a party committee, a presidium, a board or council), which its
    organisation's acronym may follow; not a kind of organisation ("Doanh nghiệp FDI": a qualifier)."""
    return entry.en in ("PartyCommittee", "Body") or entry.key.startswith(key("Hội đồng"))


def acronym_end(s: _Sent, after: int, end: int, entry: lexicon.Entry, person_starts: set[int]) -> int:
    """End of a standalone head of no place scope that ends at token ``after``, ``end`` where its qualifier ends:
    when nothing qualified it, past an acronym of no lexicon entry right after an organ's head (its organisation's
    own); when the qualifier read one capitalised word, past "Tổng" and a federation's abbreviation ("Tổng LĐLĐ":
    a head with that prefix) and the country's name; ``end`` otherwise."""
    toks, abbr = s.toks, lexicon.abbreviations()
    if end not in (after, after + 1) or after >= len(toks) or entry.extra[2:3] not in ((), ("",)) \
            or after in person_starts or after in s.stops or not s.adjacent(after):
        return end
    t = toks[after]
    if end == after and t.is_upper and t.text.isalpha() and _organ(entry) and t.text not in abbr \
            and key(t.text) not in _levels() and key(t.text) not in _word_set("countries"):
        return after + 1  # "Chủ tịch Hội đồng quản trị XKV rồi …": the company's acronym
    short = abbr.get(toks[after + 1].text) if t.is_cap and after + 1 < len(toks) else None
    if short is not None and s.adjacent(after + 1) \
            and key(t.text + " " + short.vi.removesuffix(" Việt Nam")) in lexicon.by_key("bodies"):
        j = after + 2  # "Đoàn Chủ tịch Tổng LĐLĐVN", "… Tổng LĐLĐ Việt Nam"
        return j + 2 if key(" ".join(x.text for x in toks[j : j + 2])) == key("Việt Nam") else j
    return end


def abbreviation_unnamed(s: _Sent, after: int, person_starts: set[int]) -> bool:
    """A lower-case word right after an abbreviated head that needs a name ("HTX", "BV", "Cty") that is no level word
    and opens no lower-case field before a capitalised name ("HTX nông nghiệp X", "BV đa khoa tỉnh X"): the head
    stands alone, as one written out in lower case ("các HTX hoạt động yếu kém", "Chủ tịch HĐQT Cty trải lòng")."""
    t = s.toks[after] if after < len(s.toks) and s.adjacent(after) else None
    return t is not None and t.is_word and not t.is_cap and not t.is_number and key(t.text) not in _levels() \
        and not lower_then_name(s, after, person_starts)
