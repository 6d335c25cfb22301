"""The second test of a person's name (:func:`kg.extract.mentions.persons._accepts`): the candidate names a thing
instead — a lunar year, a listed street, a clan, an institution, a place, a firm's branch — and the word sets it
reads (the function words that end a name, the first words that never start one). Read by
:mod:`kg.extract.mentions.persons`.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.person_bodies import body_head_run
from kg.extract.mentions.person_body_short import own_short_form
from kg.extract.mentions.person_khmer import khmer_pair
from kg.extract.mentions.person_memorials import memorial_named
from kg.extract.mentions.person_named import named_after
from kg.extract.mentions.person_numbered import numbered_place
from kg.extract.mentions.person_place_lists import plural_level_list
from kg.extract.mentions.person_places import (
    _clan_name,
    _continues_places,
    _country_before,
    _country_branch,
    _dash_chain,
    _house_number_before,
    _is_province,
    _level_before,
    _lunar_year,
    _place_opens,
    _place_word_before,
    _street_context,
)
from kg.extract.mentions.person_run_in import run_in_honorific
from kg.extract.mentions.person_short_holder import short_form_holder
from kg.extract.mentions.person_streets import names_a_street
from kg.extract.mentions.person_titles import (
    _lower_words_before,
    _pen_name,
    _title_right_before,
    foreign_office,
)
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key


def _foreign_after_title(s: _Sent, k: int, e: int) -> bool:
    """Two or three Latin words that may be a person's name right after a title's field or a body's short form
    ("Bộ trưởng Ngoại giao X Y", "Tổng Thư ký LHQ X Y"): the name is the title's holder, not part of its body."""
    words = [t.text for t in s.toks[k:e]]
    if not (2 <= e - k <= 3 and names.foreign_name(words) and names.person_like(words) and not _opens_phrase(s, k, e)):
        return False
    start = s.toks[k].start
    ends = [b for _a, b in s.titles if start - 60 <= b <= start]
    gap = s.text[max(ends) : start].split() if ends else []
    # the field or short form: no number, no body's head ("Hiệu trưởng Trường … Krông Ana", "quản lý 2 chiếc xe …")
    return not gap or not any(c.isdigit() for w in gap for c in w) and (
        gap[0].isupper() or key(gap[0]) not in _not_name_starts() or foreign_office(gap)
        or key(" ".join(gap)) in lexicon.words("ministry_fields")  # "Ngoại giao": a field, though "Ngoại trưởng"
        or own_short_form(gap))  # "Chủ tịch Hội đồng ABCD X Y": the body closed by its own short form


def _names_a_thing(s: _Sent, i: int, k: int, e: int, anchor: str, surname_ok: bool) -> bool:
    """The second test of :func:`_accepts`: the name is a lunar year, a listed street, an institution, a place."""
    toks = s.toks
    street_ok = anchor in ("", "honorific") and not (anchor == "honorific" and run_in_honorific(s, k, e))
    if _lunar_year(s, k, e) or (street_ok and _street_context(s, k)) \
            or named_after(s, i, k, e, anchor) or memorial_named(s, k):
        return True  # "tết Đinh Dậu"; "các tuyến đường gồm: Nguyễn Huệ, Lê Lợi"; "đường A B C, Giám đốc"; "Lăng …"
    if (street_ok or anchor == "title" and not _title_right_before(s, k)) and names_a_street(s, k):
        return True  # "nút A", "góc đường A – B", "các tuyến đường ra vào cảng X gồm A, B", "số nhà 12, A"
    if _clan_name(s, k, e) and anchor not in ("honorific", "rank"):
        return True  # "dòng tộc Lê Phước Tộc", "con cháu Lê Phước tộc": a clan's name
    if anchor == "" and _dash_chain(s, k, e):
        return True  # "tuyến buýt qua A Bình - Nguyễn Văn Tám - Hòa Vang": streets of a route
    if e - k >= 3 and key(toks[k].text) in _name_enders() and _place_opens(s, k + 1, e):
        return True  # "Từ Hải Phòng đi …", "Từ Làng Sen, …": a function word before a province's or a place's name
    if e - k >= 3 and anchor in ("", "after-body") and key(toks[k].text) in _not_name_starts() and (
            _is_province(s, k + 1, e) or key(s.text[toks[k + 1].start : toks[e - 1].end]) in _word_set("countries")):
        return True  # "Đoàn Việt Nam do … dẫn đầu": a body's head word (a family name too) before a place's name
    if anchor in ("", "speech", "subject") and _house_number_before(s, k, e):
        return True  # "25 Lê Lợi", "số 60B Trần Phú": a house number before a street's name
    if body_head_run(s, k, e):
        return True  # "Bí thư Đoàn Thanh niên X", "… Đoàn Trường Đại học X": a body's head, not a name
    if e + 1 < len(toks) and s.adjacent(e) and toks[e].is_word and not toks[e].is_cap and not surname_ok \
            and anchor not in ("honorific", "rank") and key(toks[k].text) in _word_set("place_words") \
            and key(toks[e].text) not in _word_set("name_stops") and toks[e + 1].is_cap and s.adjacent(e + 1):
        return True  # "Ban giám đốc Làng Thiếu niên X": a place word (no surname), a syllable, then a name goes on
    if e - k == 2 and anchor not in ("honorific", "rank") and k > 0 and toks[k - 1].is_cap and s.adjacent(k) \
            and key(toks[k - 1].text) in _COMPASS and not _country_before(s, k):
        return True  # "Bí thư Đoàn CAQ Nam Từ Liêm": a place whose name opens with a compass word
    if short_form_holder(s, k, e, anchor):
        return False  # "Giám đốc Xí nghiệp ABC Nguyễn Thủy": the holder after the body's own short form
    if anchor == "title" and not _title_right_before(s, k) and _place_word_before(s, k, levels=False):
        return True  # "Trưởng ban tổ chức lễ hội đền Trần Văn A": a place named after someone, not a level's name
    if e - k == 2 and anchor not in ("honorific", "rank") and (
            _place_word_before(s, k) or (k > 0 and toks[k - 1].is_upper and s.adjacent(k)
                                         and not _title_right_before(s, k) and not _foreign_after_title(s, k, e))
            or (anchor == "title" and _lower_words_before(s, k) and not _foreign_after_title(s, k, e))):
        return True  # "trường THCS Đồng Thắng", "trường Mầm non Đồng Thắng": an institution's name
    if (_level_before(s, k) or anchor not in ("honorific", "rank", "noun") and _continues_places(s, k)) and e - k == 2:
        return True  # "tỉnh Lâm Đồng", "xã Đồng Cương", "Tỉnh ủy Vĩnh An, Hà Đồng": a place
    if anchor == "" and numbered_place(s, e):
        return True  # "các xã Alpha 1, Gamma Delta 2": a numbered village, commune or school
    if anchor == "" and plural_level_list(s, k):
        return True  # "các phường Trần Hưng Đạo, Lê Hồng Phong": an item of a list of places of one level
    if _country_branch(s, k, e):
        return True  # "Phó tổng giám đốc Samsung Việt Nam": a firm's branch in a country
    if e - k == 3 and anchor not in ("honorific", "rank") and _is_province(s, k, k + 2) \
            and not _title_right_before(s, k):
        return True  # "Công ty Luật Hà Nội Xanh": a name that opens with a province's goes on a body's name
    if _is_province(s, k, e):  # "Hồ Chí Minh": a place, unless a title stands right before a three-word name
        return not (surname_ok and e - k >= 3 and anchor == "title" and _title_right_before(s, k))
    # "Bộ Chính (trị)": a body or title word; "ông Văn Công A": a middle name is a family name too ("Văn phòng")
    return not surname_ok and key(toks[k].text) in _not_name_starts() and not _pen_name(s, k, e, anchor) \
        and not (anchor == "honorific" and e - k == 3 and key(toks[k].text) in _word_set("middle_names")) \
        and not khmer_pair(s, k, e, anchor)  # "ông Danh A": a Khmer family name, not "Danh hiệu"


_COMPASS = frozenset({"nam", "bắc", "đông", "tây", "thượng", "hạ", "trung"})


@cache
def _name_enders() -> frozenset[str]:
    """Function words that, capitalised after a name, open the next clause (a caption run on without punctuation):
    ``stopnames.tsv`` rows of role ``ends-name`` or ``credit`` (none of them a given name, unlike "Nên" or "Năm")."""
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en in ("ends-name", "credit"))


@cache
def _not_name_starts() -> frozenset[str]:
    """First words of body heads, titles, events and awards: such a word never starts a bare name."""
    out = set()
    for name in ("bodies", "posts", "events", "awards", "admin_levels", "ranks"):
        out |= {key(e.vi).split(" ")[0] for e in lexicon.entries(name)}
    out |= {key(a) for a in lexicon.abbreviations()}  # "Cty Thép Bắc Hà": an abbreviated head is no name
    return frozenset(out)
