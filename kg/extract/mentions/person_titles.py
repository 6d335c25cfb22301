"""Titles around a person's name: one right before it or a few body words before it, a mission's "tại" before
the country that opens the name's run, one after it in apposition; a pen name that opens with a body's head after
an honorific or a national title. The anchors of :mod:`persons` use them.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.person_field_lists import field_list_commas
from kg.extract.mentions.sentence import _abbrev_heads, _levels, _matcher, _opens_phrase, _phrases, _Sent, _word_set
from kg.extract.names import is_foreign
from kg.extract.normalise import key
from kg.extract.unions import union


def _title_before(s: _Sent, k: int) -> bool:
    """A post title ends right before token k, or within the few capitalised/body tokens before it."""
    start = s.toks[k].start
    lo = max(s.sent.start, start - 120)
    for _a, b in (t for t in s.titles if lo <= t[0] and t[1] <= start):
        between = _ABBREV_DOT.sub(r"\1", s.text[b:start])  # "Chủ tịch UBND TP. Hà Nội Lê Văn A": no full stop
        between = _SHORT_FORM.sub("", between)  # "Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Lê Văn A"
        between = _LIST_COMMA.sub(" ", between)  # "Bộ Lao động, Thương binh và Xã hội Lê Văn A"
        between = _OF_BODY.sub(" ", field_list_commas(between))  # "Ủy ban Tài chính, Ngân sách của Quốc hội Lê Văn A"
        between = _PLACE_COMMA.sub(" ", between)  # "Chủ tịch UBND xã X, huyện Y Lê Văn A": the unit's district
        if not re.search(r"[,;:()]|\.(?!\w)|\s(?:đã|cùng|với|cho|của|tại|trao|là)\s", " " + between + " "):
            return True
    return False


def _mission_before(s: _Sent, i: int) -> bool:
    """A title, a few words and "tại" stand right before token i ("Đại sứ Việt Nam tại | Nhật Bản Lê Văn A"), or
    before the first words of a country's name that the run at i ends ("… tại Liên bang | Nga Lê Văn A"): the run
    at i opens with the place of a mission abroad."""
    start = s.toks[i].start
    for _a, b in s.titles:
        m = _MISSION.fullmatch(s.text, b, start) if start - 60 <= b <= start else None
        if m and (not m.group(1) or any(key(m.group(1) + " ".join(t.text for t in s.toks[i : i + n]))
                                        in _word_set("countries") for n in (1, 2))):
            return True
    return False


_MISSION = re.compile(r"\s+[^,;:()]{2,40}\stại\s+((?:[^\W\d]+\s+){1,3})?")


_ABBREV_DOT = re.compile(r"\b([A-ZĐ][A-Za-zĐ]{0,2})\.(?=\s)")
# a body's short form in parentheses, or its country there or a short form of one or two words ("… Quảng Tây (Trung
# Quốc) Lê Văn A", "Hội nghị Hiệp thương chính trị (Chính hiệp) Trung Quốc Lê Văn A")
_SHORT_FORM = re.compile(r"\s\((?:[A-ZĐ][A-ZĐ&-]{1,10}|[A-ZĐ][^\W\d_]+(?:\s[^\W\d_]+)?)\)(?=\s)")
_LIST_COMMA = re.compile(r",(?=\s+[A-ZĐ][^;:()]*\svà\s+[A-ZĐ])")  # the fields a body's name enumerates
# a comma before the district or province of a local body, named to the end ("…, huyện Y" before the name)
_PLACE_COMMA = re.compile(r",(?=\s+(?:huyện|quận|tỉnh|thị xã|thành phố|TP\.?)(?:\s+[A-ZĐ][^,;:()]*)?\s*$)")
_OF_BODY = re.compile(r"\scủa(?=\s+[A-ZĐ][^,;:()]*$)")  # "Ủy ban Kinh tế của Quốc hội Lê Văn A": the body above


def _lower_words_before(s: _Sent, k: int) -> bool:
    """Between the title before token k and k, a lower-case word that is no body head or level word
    ("Hiệu trưởng trường Mầm non Đồng Thắng"), unlike "Phó bí thư Tỉnh ủy Y Mửi"; not the lower syllable of a
    capitalised word of a government body's name before a family name ("Tổng cục Du lịch Lê Văn A")."""
    start = s.toks[k].start
    ends = [b for a, b in s.titles if a >= start - 120 and b <= start]
    if not ends:
        return False
    lo = ends[-1]
    covered = [(a, b) for a, b in _matcher("bodies").spans(s.view, lo, start)]
    covered += [(a, b) for a, b in _matcher("admin_levels").spans(s.view, lo, start)]
    office = None
    for x, t in enumerate(s.toks):
        if lo <= t.start < start and t.is_word and not t.is_cap and not t.is_number:
            if not any(a <= t.start < b for a, b in covered):
                if s.toks[x - 1].is_cap and s.adjacent(x) and (
                        office := _office_named(s, lo, k) if office is None else office):
                    continue
                return True
    return False


def _office_named(s: _Sent, lo: int, k: int) -> bool:
    """A government body's name opens at offset lo and a family name at token k ("Bộ Tài chính Lê Văn A"; not a
    firm's, which may be named after someone: "Công ty Địa ốc Hoàng Quân")."""
    head = _matcher("bodies").first(s.view, lo, s.toks[k].start)
    if head is None or s.text[lo : head[0]].strip() or key(s.toks[k].text) not in _word_set("surnames"):
        return False
    entry = lexicon.by_key("bodies").get(key(s.text[head[0] : head[1]]))
    return entry is not None and entry.en in _GOVERNMENT


def _title_right_before(s: _Sent, k: int) -> bool:
    """A title ends just before token k ("Tỉnh trưởng Vu Vĩ Quốc"), with no body or place between."""
    start = s.toks[k].start
    return any(b <= start and s.text[b:start].strip() == "" for _a, b in s.titles)


def office_named(s: _Sent, k: int) -> bool:
    """A title right before token k follows "chức" / "chức vụ" ("rời chức Bí thư X", "thôi chức Ủy viên X"): the
    sentence names the office, so the run at k is its place or body, not its holder ("nhậm chức" + a title + a name
    is the holder's inauguration: "lễ nhậm chức Tổng thống X"); so in a list of offices, where a body's words may
    part title and place, if the run is no longer than a place's two words ("các chức Tỉnh trưởng, Bí thư X")."""
    start = s.toks[k].start
    return any(b <= start and (not s.text[b:start].strip() and _OFFICE.search(s.text, max(s.sent.start, a - 12), a)
                               or _BODY_WORDS.fullmatch(s.text, b, start) is not None and _short_run(s, k)
                               and _in_office_list(s, a))
               for a, b in s.titles)


def _short_run(s: _Sent, k: int) -> bool:
    """At most two capitalised words from token k ("Bí thư X Y"): a place's name, not a person's full name."""
    n = 0
    while k + n < len(s.toks) and s.toks[k + n].is_cap and (n == 0 or s.adjacent(k + n)):
        n += 1
    return n <= 2


_BODY_WORDS = re.compile(r"(?:\s+\w+){0,3}\s+")  # "Bí thư tỉnh ủy X": the body's words between title and place


_OFFICE = re.compile(r"(?<!\w)(?<!nhậm )(?<!Nhậm )chức(?:\s+vụ)?\s+$")
# a list of offices: "các chức (vụ)", a couple of lower-case words, then "như" / "gồm" / a colon at most
_OFFICES = re.compile(r"(?<!\w)các\s+chức(?:\s+vụ)?((?:\s+\w+){0,2}?)\s*[,:]?\s*(?:như|gồm)?\s*:?\s*$")


def _in_office_list(s: _Sent, a: int) -> bool:
    """The title at ``a`` is an item of a list of offices ("giữ các chức Tỉnh trưởng, Bí thư X, Bí thư Y", "các chức
    vụ như Bí thư X, Bí thư Y"): the list opens after plural "các chức (vụ)", its items (a title and the place or
    body after it) part by commas; the names in it are the offices' places, not their holders."""
    for _ in range(8):
        m = _OFFICES.search(s.text, max(s.sent.start, a - 40), a)
        if m and m.group(1) == m.group(1).lower():  # "các chức vụ trước đó, gồm …", not "các chức vụ Bí thư X"
            return True
        m = re.search(r"[,;]\s*$", s.text[max(s.sent.start, a - 4) : a])
        if not m:
            return False
        comma = max(s.sent.start, a - 4) + m.start()
        prev = [a2 for a2, b2 in s.titles if b2 <= comma and comma - a2 <= 80
                and not re.search(r"[,;.:()\"“”]", s.text[a2:comma])]
        if not prev:
            return False
        a = max(prev)
    return False


def _title_after(s: _Sent, e: int) -> bool:
    """``NAME, TITLE`` / ``NAME - TITLE`` / ``NAME (TITLE``."""
    if e >= len(s.toks):
        return False
    end = s.toks[e - 1].end
    m = re.match(r"\s*(?:,|-|–|\()\s*(?:nguyên\s+)?", s.view[end : s.sent.end])
    if not m:
        return False
    pos = end + m.end()
    for a, _b in s.titles:
        if pos <= a < pos + 60:
            return a == pos
    return False


def _pen_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """Two capitalised words opening with a one-word body head ("Trường", "Khoa") are a person's name, not the
    body's, after a personal honorific ("ông Trường Khê") or after a title that implies a body of its own, which
    takes no school or institute ("Tổng Bí thư Trường Khê", "Thủ tướng Khoa Lâm"); or three such words right after
    a title (:func:`_sino_name`)."""
    toks = s.toks
    if anchor == "title" and _sino_name(s, k, e):
        return True
    if e - k != 2 or not all(t.is_cap and t.is_word and not t.is_upper for t in toks[k:e]) \
            or key(toks[k].text) not in _one_word_heads():
        return False
    if key(s.text[toks[k].start : toks[e - 1].end]) in union(_word_set("countries"), _word_set("provinces")):
        return False  # "Thủ tướng Đài Loan": a country
    if anchor == "honorific":
        return True
    return anchor == "title" and _implies_body(s, k)


def _implies_body(s: _Sent, k: int) -> bool:
    """The title that ends right before token k implies a body of its own (``posts.tsv``: "Thủ tướng", "Chủ tịch
    nước"), so the words after it are no body's name."""
    start = s.toks[k].start
    title = next((s.text[a:b] for a, b in s.titles if b <= start and not s.text[b:start].strip()), "")
    entry = lexicon.by_key("posts").get(key(title))
    return entry is not None and bool(entry.extra) and bool(entry.extra[0])


def _sino_name(s: _Sent, k: int, e: int) -> bool:
    """Three capitalised Vietnamese syllables right after a title that implies its own body (:func:`_implies_body`),
    the first a body's head word but the run opening no body, title or place of the lexicon: a foreign leader's name
    read in Sino-Vietnamese, whose family name is no Vietnamese one ("Chủ tịch nước Tập Khánh Lâm"; not "Chủ tịch
    nước Tập Đoàn X"; nor after a title that needs a body: "Giám đốc Đại Nguyên Dương", a company)."""
    toks = s.toks
    if e - k != 3 or not _implies_body(s, k) or _opens_phrase(s, k, e):
        return False
    words = [key(t.text) for t in toks[k:e]]
    if " ".join(words[:2]) in _phrase_pairs():
        return False  # "Chủ tịch Mặt Trận Tổ Quốc": a body's first two words, miscapitalised and cut
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return all(t.is_cap and t.is_word and not t.is_upper and not is_foreign(t.text) for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e)) \
        and not any(" ".join(words[a:b]) in places for a in range(3) for b in range(a + 1, 4))


@cache
def _phrase_pairs() -> frozenset[str]:
    """The first two words of the lexicon's bodies, titles, events, awards, levels and ranks."""
    return frozenset(" ".join(p.split(" ")[:2]) for p in _phrases() if " " in p)


@cache
def _one_word_heads() -> frozenset[str]:
    """One-word body heads that need a name ("Trường", "Khoa"), none of them a title's, rank's, event's, award's
    or level's first word."""
    heads = {e.key for e in lexicon.entries("bodies") if " " not in e.key and e.extra[1:2] == ("1",)}
    others = set()
    for name in ("posts", "events", "awards", "admin_levels", "ranks"):
        others |= {key(x.vi).split(" ")[0] for x in lexicon.entries(name)}
    return frozenset(heads - others)


# body classes of a government (``bodies.tsv``): a Latin name after one is an official's, as after no company or
# school, whose own names may be Latin
_GOVERNMENT = frozenset({"StateAgency", "PartyCommittee", "MilitaryForce", "PoliceForce", "PeoplesCouncil",
                         "PeoplesCommittee"})


_BRACKETED_ACRONYM = re.compile(r"\([A-ZĐ][A-ZĐ&]+\)")


def foreign_office(words: list[str]) -> bool:
    """The words between a title and a Latin name open with a national government body's head ("Bộ trưởng Bộ Quốc
    phòng X Y") or hold a foreign country's name ("Chủ tịch Đảng Hành động nhân dân Singapore (PAP) X Y"): the name is
    the title's holder, not the rest of the body's name; not after a dash, which may open the body's own short
    name ("Liên đoàn … Nhật Bản – Keidanren X Y") or join the name's first part ("Ủy ban châu Âu Jean-Claude X"),
    nor after a bare acronym; but after the body's short form in brackets, which closes its name ("Chủ tịch Liên minh
    Nghị sĩ Quốc tế (LNQ) X Y")."""
    if words and _BRACKETED_ACRONYM.fullmatch(words[-1]) and len(words) >= 3:
        return True
    if words and (words[-1][-1:] in ("-", "–") or words[-1].isupper()):
        return False  # after an acronym its Latin name may go on ("… của CCI Paris Ile-de-France, bà X")
    keys = [key(w.strip("()")) for w in words]
    heads = lexicon.by_key("bodies")
    head = next((heads[k] for n in range(len(keys), 0, -1) if (k := " ".join(keys[:n])) in heads), None)
    countries = _word_set("countries") - {"việt nam"}
    # a national body only: a local one names its place next, which may look Latin ("Huyện ủy Đăk X", "xã Ea X")
    national = head is not None and head.extra[2:3] == ("national",) and head.en in _GOVERNMENT
    return national or any(
        " ".join(keys[a:b]) in countries for a in range(len(keys)) for b in range(a + 1, min(a + 4, len(keys) + 1)))


def appositive_title(s: _Sent, prev: tuple[int, int, str] | None, k: int, anchor: str | None) -> bool:
    """The title before token k describes the person named just before it, after a comma or a spaced dash ("ông A,
    Giám đốc công ty … Hoàng Gia Phát", "A - Phó thị trưởng Vận Thành"), with no comma, parenthesis or "và" between
    the title and k: the run at k ends the post's body and names no second person. ``prev``: the sentence's last
    person span; a name that a title anchors itself is no such person ("Thủ tướng A - Tổng thống B"). ``anchor``: what
    anchors the run at k, a title or a body's name after one ("Cty TNHH X Nguyễn Y")."""
    if anchor not in ("title", "after-body") or prev is None or prev[2] in ("title", "after-body"):
        return False
    end, start = s.toks[prev[1] - 1].end, s.toks[k].start
    m = re.match(r"\s*,\s*|\s+[-–]\s+", s.text[end:start])
    pos = end + m.end() if m else -1
    # one title only, at the comma or dash (a second one before k opens a caption run on: "…, Chủ tịch UBND tỉnh
    # X Thứ trưởng B")
    titles = [(a, b) for a, b in s.titles if pos <= a < start]
    if [a for a, _b in titles] != [pos] or re.search(r"[,;:()]|\s(?:và|cùng|với)\s", s.text[pos:start]):
        return False
    # the run right after the title, with no family name ("Phó thị trưởng Vận Thành"), or after a body's lower-case
    # name ("công ty TNHH xuất nhập khẩu Hoàng Gia Phát"); a full name after a body's capitalised name is a new
    # clause's subject ("Chúc mừng ông A, Bí thư Thành ủy X Lê Văn B nói")
    bare = not s.text[titles[0][1] : start].strip() and key(s.toks[k].text) not in _word_set("surnames")
    named = _lower_words_before(s, k) or _type_abbreviation_before(s, titles[0][1], k)
    return bare or _level_ends(s, titles[0][1], k) or named and _body_name_only(s, titles[0][1], start)


def _level_ends(s: _Sent, lo: int, k: int) -> bool:
    """Offsets lo..token k end with a level word and hold no verb or function word of ``name_stops`` ("bà A,
    Chủ tịch UBND | phường | Lê Văn B"): the person named before the title holds it, so the run at k is the level's
    place, named after someone, not a second person."""
    toks = s.toks
    level = any(k - n >= 0 and toks[k - n].start >= lo and " ".join(key(t.text) for t in toks[k - n : k]) in _levels()
                for n in (1, 2))
    words = [key(w) for w in s.text[lo : toks[k].start].split()]
    stops = lexicon.words("name_stops")
    return level and not any(w in stops for w in words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


def _type_abbreviation_before(s: _Sent, lo: int, k: int) -> bool:
    """Offsets lo..token k hold an institution's head of ``place_words`` ("Công ty", "Cty"), its type's abbreviation
    ("TNHH", "CP") and capitalised words with no family name: the run at k goes on with the institution's own name
    ("Giám đốc Cty TNHH Đại Nguyễn Dương"), which follows its type."""
    toks = [t for t in s.toks[:k] if t.start >= lo]
    first = next((i for i, t in enumerate(toks) if t.is_upper), None)
    if not first or not toks[first - 1].is_word or toks[first - 1].is_upper:
        return False
    last = max(i for i, t in enumerate(toks) if t.is_upper)
    rest = toks[last + 1 :]
    if not _is_place_head(s.text[lo : toks[first].start]) or not rest or last - first > 1:
        return False
    return all(t.is_word and t.is_cap and not t.is_upper and key(t.text) not in _word_set("surnames") for t in rest)


def _is_place_head(body: str) -> bool:
    words = key(body).split()
    return bool(words) and " ".join(words) in _word_set("place_words")


def _body_name_only(s: _Sent, lo: int, hi: int) -> bool:
    """Offsets lo..hi hold a body's head and its name only: a body of the lexicon opens them and no verb or function
    word of ``name_stops`` follows ("Giám đốc | công ty TNHH xuất nhập khẩu |", not "Giám đốc | Sở X tặng bằng khen
    vinh danh |")."""
    first = _matcher("bodies").first(s.view, lo, hi)
    words = [key(w) for w in s.text[lo:hi].split()]
    opens = first is not None and not s.text[lo : first[0]].strip()
    if not opens and not (words and s.text[lo:hi].split()[0] in _abbrev_heads()):  # or its abbreviation ("Cty")
        return False
    stops = lexicon.words("name_stops")
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return not any(w in stops for w in words + pairs)
