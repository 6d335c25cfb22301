"""Names written in capitals after an honorific: the caption of a quoted official in a box ("Ông NGUYỄN VĂN A,
Phó Giám đốc Sở …") writes the name all in capitals, which the person grammar (capitalised words only) never
proposes."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.honorific_after_caps import caps_before_honorific
from kg.extract.mentions.person_titles import _title_right_before
from kg.extract.mentions.sentence import _address, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


def _capital_word(text: str) -> bool:
    """An all-capitals word of two or more letters only (no initial, no digit)."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _honorific_ends(s: _Sent, i: int) -> bool:
    """Token i ends a lower-case or capitalised (not all-capitals) "ông", "bà" (class address) or "đồng chí"
    (comrade)."""
    t = s.toks[i].text
    if t.isupper() and len(t) > 1:
        return False  # "ÔNG NGUYỄN VĂN A": a headline in capitals, not a caption's name
    k = key(t)
    if k in _address():
        return True
    return k in _comrade_ends() and any(i + 1 >= len(w) and w[-1] == k and all(
        key(s.toks[i - j].text) == w[-1 - j] for j in range(1, len(w))) for w in _comrade())


@cache
def _comrade_ends() -> frozenset[str]:
    return frozenset(w[-1] for w in _comrade())


@cache
def _comrade() -> tuple[tuple[str, ...], ...]:
    """The folded words of each honorific of ``honorifics.tsv``'s class comrade ("đồng chí")."""
    return tuple(tuple(f.split()) for f in sorted(lexicon.classed("honorifics", 2, "comrade")))


def capital_names(s: _Sent) -> list[tuple[int, int]]:
    """(first token, last token exclusive) of two to four all-capitals words right after an honorific, the first
    a listed surname, none an abbreviation, and no other capitals word right after them."""
    toks, surnames, abbrevs = s.toks, _word_set("surnames"), lexicon.abbreviations()
    out = []
    for i in range(len(toks) - 2):
        if not toks[i + 1].text.isupper() or not _capital_word(toks[i + 1].text) or not _honorific_ends(s, i):
            continue
        j = i + 1
        while j < len(toks) and s.adjacent(j) and toks[j].text.isupper() and toks[j].text.isalpha():
            j += 1
        words = [t.text for t in toks[i + 1 : j]]
        if 2 <= len(words) <= 4 and all(_capital_word(w) and w not in abbrevs for w in words) \
                and key(words[0]) in surnames:
            out.append((i + 1, j))
    return out


def honorific_right_before(s: _Sent, i: int) -> bool:
    """A capitalised "Ông" or "Bà" right before token i that opens a sentence or follows no capitalised word
    ("Ông Lê Nguyễn Văn A, …"): an honorific, not a place's "Bà" ("Hai Bà Trưng")."""
    if i < 1 or not s.adjacent(i) or key(s.toks[i - 1].text) not in _address():
        return False
    return i < 2 or not (s.toks[i - 2].is_cap and s.toks[i - 2].is_word and s.adjacent(i - 1)) \
        or caps_before_honorific(s, i)  # "Ảnh: HOÀNG AN Ông …": a credit's name in capitals ends before it


def foreign_led_name(s: _Sent, i: int, run_end: int) -> bool:
    """The run i..run_end of three or four words right after "ông" or "bà" is one person's name that opens with a
    foreign word: Latin words only, two of them no Vietnamese syllable ("ông Lee Kwang June", where "Lee" looks
    like one), or a foreign given name before a Vietnamese family name and syllables ("ông Teddy Trương Thưởng");
    after a person noun too ("doanh nhân Teddy Trương Thưởng"), where a Vietnamese name may also follow the foreign
    given name in its Western order, the family name last ("doanh nhân Teddy Thưởng Trương")."""
    if not 3 <= run_end - i <= 4:
        return False  # the cheap test first: most runs are shorter
    noun = i > 0 and s.adjacent(i) and names.cue_before([key(t.text) for t in s.toks[max(0, i - 3) : i]], "noun")
    if not (honorific_right_before(s, i) or noun):
        return False
    words = [t.text for t in s.toks[i:run_end]]
    if all(w.isascii() and w.isalpha() for w in words):
        return sum(names.is_foreign(w) for w in words) >= 2 and names.person_like(words)
    surnames = _word_set("surnames")
    return names.is_foreign(words[0]) and names.person_like(words[:1]) and not any(
        names.is_foreign(w) for w in words[1:]) and (key(words[1]) in surnames or noun and key(words[-1]) in surnames) \
        and not (noun and _place_inside(words[1:]))


def _place_inside(words: list[str]) -> bool:
    """Two or three of the words name a province or a country ("… Hà Nội Mới": a place, no family name)."""
    places = union(_word_set("provinces"), _word_set("countries"))
    keys = [key(w) for w in words]
    return any(" ".join(keys[a : a + n]) in places for n in (2, 3) for a in range(len(keys) - n + 1))


def stage_name(s: _Sent, k: int, e: int) -> bool:
    """Two or three Vietnamese syllables right after a noun of the stage, of sport or of letters (``person_cues.tsv``,
    ``stage-noun``): an artist's, a player's or a writer's name, which may have no family name ("ca sĩ Hồng Nhung",
    "cầu thủ Quang Hải", "nhà văn Nguyên Ngọc": a pen name), unless the noun is a body's ("Hội Nhà văn Hà Tĩnh");
    not a body's name that opens with a head ("diễn viên Nhà hát …"); nor three words whose last is a function word or
    verb of ``name_stops.tsv``, capitalised where a caption runs on into its sentence ("hoa hậu X Y Vừa đăng quang …":
    the name is "X Y"; names52)."""
    words = [t.text for t in s.toks[k:e]]
    before = [key(t.text) for t in s.toks[max(0, k - 4) : k]]
    heads = lexicon.by_key("bodies")
    cue = next((n for n in (1, 2, 3) if " ".join(before[-n:]) in names.cue_phrases("stage-noun")), 0)
    in_body = len(before) > cue and before[-cue - 1] in heads  # "Hội Nhà văn Quế Lâm": the cue names a body
    j = k - cue - 1  # "Ảnh: Nhà văn X": a photo credit, no person in the text
    in_body = in_body or j >= 1 and s.toks[j].text == ":" and key(s.toks[j - 1].text) in {
        w for w, v in lexicon.by_key("stopnames").items() if v.en == "credit"}
    return 2 <= e - k <= 3 and s.adjacent(k) and cue > 0 and not in_body \
        and not (e - k == 3 and key(words[-1]) in lexicon.words("name_stops")) \
        and not any(names.is_foreign(w) for w in words) and not any(key(" ".join(words[:n])) in heads for n in (1, 2))


def titled_initial_name(s: _Sent, i: int) -> bool:
    """Token i is a foreign name written as one initial glued to the family name ("V.Pu-tin", "N.Modi") right after
    a title, or after a title and its country ("Tổng thống Liên bang Nga V.Pu-tin"): the title's holder, not the last
    word of the title's body; unlike an abbreviated level before a Vietnamese place ("Q.Ba Đình", "H.Đức Hòa")."""
    head, dot, rest = s.toks[i].text.partition(".")
    if not (dot and len(head) == 1 and head.isupper() and len(rest) > 1 and rest[0].isupper()
            and rest.replace("-", "").isalpha() and names.is_foreign(rest)):
        return False
    words = [key(t.text) for t in s.toks[max(0, i - 3) : i]]
    country = next((n for n in (3, 2, 1) if n <= len(words) and " ".join(words[-n:]) in _word_set("countries")), 0)
    return _title_right_before(s, i - country)
