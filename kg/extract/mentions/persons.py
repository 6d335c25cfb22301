"""Persons: names in a sentence, their anchors, and the tests that tell a name from a place, street or institution."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.name_ends import last_syllable, name_end
from kg.extract.mentions.person_aged import aged_home, aged_name
from kg.extract.mentions.person_bylines import authors_line, byline_cut
from kg.extract.mentions.person_caps import foreign_led_name, honorific_right_before, stage_name, titled_initial_name
from kg.extract.mentions.person_cases import case_before
from kg.extract.mentions.person_compounds import committee_before, glued_prefix
from kg.extract.mentions.person_court_ranks import court_rank_end
from kg.extract.mentions.person_double_family import double_family_name
from kg.extract.mentions.person_given_middle import given_middle_name
from kg.extract.mentions.person_glued import lone_glued_name
from kg.extract.mentions.person_heads import department_after_profession
from kg.extract.mentions.person_honoured import honoured_family_name, honoured_last_syllable
from kg.extract.mentions.person_institutions import institution_head_before
from kg.extract.mentions.person_khmer_bare import khmer_bare
from kg.extract.mentions.person_latin import foreign_words, noun_latin_name
from kg.extract.mentions.person_lone import lone_academic_name, lone_family_name
from kg.extract.mentions.person_named import place_then_name
from kg.extract.mentions.person_noun_country import noun_before_country
from kg.extract.mentions.person_photo import photo_subject
from kg.extract.mentions.person_places import (
    _after_lower_body_word,
    _is_province,
    _level_before,
    _place_word_before,
    _starts_province,
)
from kg.extract.mentions.person_ranks import bare_rank_before, bare_rank_opens
from kg.extract.mentions.person_rare import rare_name, rare_start, rare_tail
from kg.extract.mentions.person_repeats import bare_repeat, doubled_half
from kg.extract.mentions.person_short import opens_head
from kg.extract.mentions.person_signed import signed_line
from kg.extract.mentions.person_sino import sino_name, sino_start
from kg.extract.mentions.person_thing_tests import (
    _COMPASS,
    _foreign_after_title,
    _name_enders,
    _names_a_thing,
    _not_name_starts,
)
from kg.extract.mentions.person_titles import (
    _mission_before,
    _pen_name,
    _title_after,
    _title_before,
    _title_right_before,
    appositive_title,
    office_named,
)
from kg.extract.mentions.person_units import units_field
from kg.extract.mentions.person_whole_run import whole_after_address
from kg.extract.mentions.sentence import _address, _is_name_word, _levels, _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


def _person_spans(s: _Sent) -> list[tuple[int, int, str]]:
    """(first token, last token exclusive, anchor) of person names in the sentence: each run of capitalised
    words yields at most one candidate name (:func:`_name_in_run`), kept when something anchors it as a person's
    (:func:`_accepts`); a lone given name after "ông"/"bà" is kept as "short"."""
    honorifics = _word_set("honorifics")
    toks = s.toks
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if "." in toks[i].text and titled_initial_name(s, i):
            out.append((i, i + 1, "title"))  # "Tổng thống Liên bang Nga V.Pu-tin"
        if not toks[i].text[0].isupper():
            i += 1  # no name word (:func:`_is_name_word`'s cheap test, inline: most words are lower-case)
            continue
        if not _is_name_word(toks[i]) or key(toks[i].text) in honorifics or _credit_opens(s, i) \
                or bare_rank_opens(s, i):  # "và Tướng X Y": the rank anchors the name after it
            i += 1
            continue
        if rank_end := court_rank_end(s, i):
            i = rank_end  # "bà Cửu giai Tài nhân": a consort's court rank, no name
            continue
        run_end = byline_cut(s, i, name_end(s, i, _name_run_end(s, i)))  # "… Vi Văn A Lò B - Tố C": an authors' line
        if any(names.withheld_initial(toks[x].text, x == run_end - 1) and not names.is_initial(toks, x)
               and not _middle_a(s, x, run_end) for x in range(i + 1, run_end)):
            i = run_end  # an initial after the first syllable ("Nguyễn Thị L.", "Lê Văn Th."): a withheld name
            continue
        if mid := doubled_half(s, i, run_end):  # "A B A B bị …": a heading's name glued to its sentence
            out.append((mid, run_end, "name"))
            i = run_end
            continue
        best = _name_in_run(s, i, run_end)
        if best is None and lone_glued_name(s, i, run_end):
            out.append((i, run_end, "honorific"))  # "anh K'Bồng": a Central Highlands name, whole in one word
        elif best is None and _short_name(s, i, run_end):
            out.append((i, run_end, "short"))  # "ông Dũng": kept only if the document names a full "… Dũng"
        elif best is None and lone_family_name(s, i, run_end):
            out.append((run_end - 1, run_end, "title"))  # "Tổng thống Widodo": a foreign leader's family name
        elif best is None and lone_academic_name(s, i, run_end):
            out.append((i, run_end, "honorific"))  # "TS Grushvitsky": a foreign scholar's family name
        elif best is not None:
            k, e = best
            anchor = _anchor(s, i, k, e)
            prev = out[-1] if out else None  # "ông A, Giám đốc công ty X Hoàng B": no second person
            if _accepts(s, i, k, e, anchor) and not appositive_title(s, prev, k, anchor) and not office_named(s, k):
                out.append((k, e, anchor or "name"))
            elif not anchor and bare_repeat(s, i, k, e) and not _names_a_thing(s, i, k, e, anchor, True):
                out.append((k, e, "repeat"))  # "A B đã …": kept where the document names "A B" as a person
        i = run_end
    return out


def _middle_a(s: _Sent, x: int, run_end: int) -> bool:
    """Token x is the "A" inside a Hmong or Dao name ("Mùa A Sính", "Hầu A Lềnh"): a name word follows it, no full
    stop (the withheld name of "Nguyễn Thị A." ends the run)."""
    return s.toks[x].text == "A" and x + 1 < run_end and s.adjacent(x + 1)


def _credit_opens(s: _Sent, i: int) -> bool:
    """Token i is a capitalised credit word or clause opener before a name word, itself no family name ("Từ")."""
    t = key(s.toks[i].text)  # a credit ("Theo"), or a clause's opener that opens no award ("Việc", not "Giải")
    return (t in _credit_words() or t in _name_enders() and t not in _not_name_starts()) and t not in \
        _word_set("surnames") and i + 1 < len(s.toks) and _is_name_word(s.toks[i + 1]) and s.adjacent(i + 1) \
        and not honoured_family_name(s, i)  # "ông Và Bá A": a Hmong family name


def _name_run_end(s: _Sent, i: int) -> int:
    """End (exclusive) of the run of name words from token i: a starting title or rank, or a clause opener, ends it."""
    toks, j = s.toks, i
    while j + 1 < len(toks):
        if names.is_initial(toks, j):
            j += 1  # "Claus D. Hagenhoff": over the initial's full stop
        elif names.is_glued_initial(toks, j + 1) and s.adjacent(j + 1):
            j += 1  # "Claus D.Hagenhoff": the initial and the family name, one token
        elif _is_name_word(toks[j + 1]) and s.adjacent(j + 1) and (j + 1) not in s.stops \
                and (key(toks[j + 1].text) not in _name_enders() or last_syllable(s, i, j + 1)  # "A Tại hội nghị"
                     or honoured_last_syllable(s, i, j + 1)):
            j += 1
        else:
            break
    return j + 1


def _name_in_run(s: _Sent, i: int, run_end: int) -> tuple[int, int] | None:
    """The candidate name in a run of capitalised words: the whole run when it is a four-syllable name, else the
    tail that opens with a listed surname (three syllables preferred, then four, then two), else a run of two to
    four words (which then needs an anchor)."""
    surnames = _word_set("surnames")
    toks = s.toks
    whole = run_end - i == 4 and key(toks[i].text) in surnames and not _is_province(s, i, i + 2) and (
        not (i > 0 and (toks[i - 1].is_cap or toks[i - 1].is_upper) and s.adjacent(i))
        or _title_right_before(s, i) or honorific_right_before(s, i)) and (  # "ĐB Lê Nguyễn Minh Quang"
        not _title_before(s, i) or _title_right_before(s, i) or _after_lower_body_word(s, i))  # "Bộ Tài chính Đỗ X Y Z"
    # "tác giả Nguyễn Đặng Hạnh Phúc": a four-syllable name, not "Nguyễn" + "Đặng Hạnh Phúc"; "ông Lee Kwon Jae"
    if whole or _transliterated(s, i, run_end) or foreign_led_name(s, i, run_end) \
            or whole_after_address(s, i, run_end) or double_family_name(s, i, run_end):
        return (i, run_end)
    i = _after_country(s, i, run_end)  # "Đại sứ Việt Nam tại Lào": a country after a title is the post's, not a
    if " ".join(key(t.text) for t in toks[i:run_end]) in _countries_regions():  # name, nor
        return None  # one written twice ("… Tổ quốc Việt Nam Việt Nam") nor a region ("Tư lệnh Nam Bộ")
    tail = run_end
    while tail > i and names.is_foreign(toks[tail - 1].text):
        tail -= 1
    if run_end - tail >= 2:  # "Chủ tịch Quốc hội Lào Pany Yothotou": a foreign name after a country's
        # "tỉnh Ulyanovsk Sergei Morozov": after a level word, the first foreign word names the unit
        return (tail + 1, run_end) if tail == i and run_end - i in (3, 4) and _level_before(s, i) else (tail, run_end)
    if (at := rare_start(s, i, run_end)) is not None:
        return (at, run_end)  # "… Văn Thị X Y": a rarer family name, then a middle name
    for pref in (3, 4, 2):
        for k in range(i, run_end):
            if run_end - k == pref and key(toks[k].text) in surnames and not (pref == 4 and _is_province(s, k, k + 2)):
                return (k, run_end)  # "… Hà Nội Lê Văn A": a province's name, then the name
    if (at := sino_start(s, i, run_end)) is not None or (at := rare_tail(s, i, run_end)) is not None:
        return (at, run_end)  # "… Quảng Tây Bành X Y": a Chinese family name (anchored below)
    if run_end - i in (2, 3, 4):
        return (i, run_end)  # names without a listed surname need an anchor (below)
    return None


@cache
def _countries_regions() -> frozenset[str]:
    """The keys of ``countries.tsv`` and ``regions.tsv``, joined once (not at every run of capitalised words)."""
    return _word_set("countries") | _word_set("regions")


def _transliterated(s: _Sent, i: int, run_end: int) -> bool:
    """The run is a foreign name transliterated syllable by syllable ("ông Xổm Phi La Vông Khăm"): five to eight
    words right after "ông", "bà" or "ngài", the first no family name (a Vietnamese name with a place after it is
    not one) nor the first word of a body, title or level, and no province's or country's name inside."""
    toks = s.toks
    if not 5 <= run_end - i <= 8 or i == 0 or not s.adjacent(i) or key(toks[i - 1].text) not in _FOREIGN_HONOURED:
        return False
    words = [key(t.text) for t in toks[i:run_end]]
    places = union(_word_set("provinces"), _word_set("countries"))
    return words[0] not in union(_word_set("surnames"), _not_name_starts()) and not any(
        " ".join(words[a:b]) in places for a in range(len(words)) for b in range(a + 1, min(a + 4, len(words) + 1))
    ) and not _starts_province(s, i - 1)


_FOREIGN_HONOURED = _address() | lexicon.classed("honorifics", 2, "formal")


def _after_country(s: _Sent, i: int, run_end: int) -> int:
    """Where the name starts in a run that opens with a country's name (``countries.tsv``): after it, when a
    foreign name or a family name follows ("Nhật Bản Shinzo …", "Trung Quốc Lý …"; not "Đức Anh Tuấn"), or one
    foreign word right after a title and its country ("Tổng thống X Widodo": the country is the post's)."""
    toks = s.toks
    for n in (3, 2, 1):
        k = i + n
        if run_end - k >= 1 and " ".join(key(t.text) for t in toks[i:k]) in _word_set("countries") and (
                run_end - k >= 2 and (names.is_foreign(toks[k].text) or key(toks[k].text) in _word_set("surnames")
                                      or _titled_country(s, i, k, run_end) or noun_before_country(s, i, k, run_end))
                or names.is_foreign(toks[k].text) and _title_before(s, i)):
            return k
    return place_then_name(s, i, run_end)  # "Tỉnh trưởng A B Vu Vĩ Quốc": a foreign place, then the name


def _titled_country(s: _Sent, i: int, k: int, run_end: int) -> bool:
    """The country i..k stands right after a title or a mission's "tại", and two or three words follow it that open
    no body, title or place: a foreign name written syllable by syllable, whatever its family name ("Chủ tịch
    Trung Quốc Tập Cận Bình", "Đại sứ X tại Việt Nam Hồng Tiểu Dũng")."""
    return run_end - k in (2, 3) and (_title_before(s, i) or _mission_before(s, i)) \
        and not _opens_phrase(s, k, run_end) and not _is_province(s, k, run_end)


def _short_name(s: _Sent, i: int, run_end: int) -> bool:
    """A lone name word after "ông", "bà", "đồng chí" (not "Tạp chí"), opening no place ("ông Dũng", not "Bà Rịa")."""
    before = " ".join(key(t.text) for t in s.toks[max(0, i - 2) : i]).split()
    return run_end - i == 1 and ((bool(before) and before[-1] in _address()) or before == ["đồng", "chí"]) \
        and s.adjacent(i) and not opens_head(s, i) \
        and not _level_before(s, i - 1) and not _starts_province(s, i - 1) and not _honorific_in_place(s, i, i + 1)


def _words_before(s: _Sent, k: int) -> list[str]:
    """The keys of the (up to) three tokens before token k."""
    return [key(s.toks[x].text) for x in range(max(0, k - 3), k)]


def _honorific_in_place(s: _Sent, k: int, e: int) -> bool:
    """A capitalised "Bà"/"Ông" inside a place's name before a one-word name ("quận Hai Bà Trưng", "tỉnh Bà Rịa"):
    right after a capitalised word or a level word, it is no honorific."""
    h = k - 1
    if e - k != 1 or h < 1 or not s.toks[h].is_cap or not s.adjacent(h):
        return False
    prev = s.toks[h - 1]
    return (prev.is_cap and prev.is_word) or key(prev.text) in _levels()


def _anchor(s: _Sent, i: int, k: int, e: int) -> str:
    """What marks the candidate name k..e (in the run from token i) as a person's: an honorific or rank before it,
    a title before or after it, or capitalised words of a post's body before it in the run ("" for nothing)."""
    before = _words_before(s, k)
    two_before = " ".join(before[-2:])
    honorifics = _word_set("honorifics")
    ranks = _word_set("ranks")
    if before and (before[-1] in honorifics or two_before in honorifics) and not _honorific_in_place(s, k, e):
        return "honorific"
    if before and (before[-1] in ranks or two_before in ranks) or bare_rank_before(s, k):
        return "rank"
    if names.cue_before(before, "noun"):
        return "noun"  # "nhà sử học …", "bé …": a person noun (person_cues.tsv)
    if k > i and _title_right_before(s, k):
        return "title"  # "nguyên Bí thư Trung ương Đảng Nguyễn Văn A": the title ends inside the run
    if k > i and _after_country(s, i, e) == k and noun_before_country(s, i, k, e):
        return "noun"  # "tỷ phú Trung Quốc Wang …": a person noun, the person's country, the name
    if k > i and _after_country(s, i, e) == k and _cue_after(s, k, e):
        return _cue_after(s, k, e)  # "Tổng thống Mỹ Donald Trump đã …": a country before the subject's name
    if k > i:
        return "after-body"  # a capitalised run before the name: a post's body ends there
    if _title_before(s, k):
        return "title"
    if _title_after(s, e):
        return "title-after"
    return _cue_after(s, k, e)


def _cue_after(s: _Sent, k: int, e: int) -> str:
    """A verb of saying after the name ("… cho biết"), or an auxiliary after a foreign name ("… đã"): the name is
    a clause's subject (``person_cues.tsv``; "" for neither)."""
    if names.cue_after(s.toks, e, "speech"):
        return "speech"
    if names.cue_after(s.toks, e, "subject") and names.foreign_name([t.text for t in s.toks[k:e]]):
        return "subject"
    if names.cue_after(s.toks, e, "passive") and "-" in s.toks[e - 1].text and e - k >= 2 \
            and all(names.is_foreign(t.text) or "-" in t.text or t.text.isascii() for t in s.toks[k:e]):
        return "subject"  # "X Y-in được …": a passive auxiliary after a hyphenated transliteration
    if names.age_after(s.toks, e):
        return "age"  # "… là Ksor Hơn (SN 1990)": a birth year or an age after the name
    return ""


def _accepts(s: _Sent, i: int, k: int, e: int, anchor: str) -> bool:
    """The candidate name k..e is a person's: its anchor (or a surname and three syllables) makes it one, and it
    names no lunar year, street, institution or place."""
    # a foreign name stands where a family name would, once something close anchors it (not a title before a
    # body and its place: "Phó Bí thư Huyện ủy Đăk Glei")
    close = anchor in ("honorific", "rank", "title-after", "after-body", "noun", "speech", "subject", "age") or (
        anchor == "title" and (_title_right_before(s, k) or _foreign_after_title(s, k, e)))
    surname_ok = key(s.toks[k].text) in _word_set("surnames") or (
        close and foreign_words(w := [t.text for t in s.toks[k:e]]) and names.person_like(w)
        and key(s.toks[k].text) not in _not_name_starts()) or (  # "Giám đốc Cty Hanoi Redtours": a company
        k > i and _after_country(s, i, e) == k and _titled_country(s, i, k, e)) or (
        anchor in ("noun", "honorific") and stage_name(s, k, e)) or sino_name(s, k, e, anchor) \
        or rare_name(s, k, e, anchor) or aged_name(s, k, e, anchor) \
        or (anchor == "noun" and foreign_led_name(s, k, e)) \
        or (anchor == "noun" and noun_latin_name(w := [t.text for t in s.toks[k:e]]) and names.person_like(w)) \
        or (anchor == "noun" and k > i and noun_before_country(s, i, k, e)) or khmer_bare(s, k, e)
    # "ca sĩ Hồng Nhung", "doanh nhân Teddy Trương Thưởng"; "tỷ phú <country> Lu Zhenhao"
    if key(s.toks[e - 1].text) in _word_set("middle_names") and not _transliterated(s, k, e) \
            and not aged_name(s, k, e, "age") and not given_middle_name(s, k, e, anchor):
        # "Đỗ Khải Văn (34 tuổi)": the bracket vouches for the whole name; "ông Dương Thành Thị, …": a given name
        return False  # "chị Lý Thị L.H": a middle name never ends a Vietnamese name (the rest is withheld)
    if institution_head_before(s, k):
        return False  # "báo Nông Thôn Ngày Nay", "trường Lê Quý Đôn": an institution's name
    return _anchored(s, i, k, e, anchor, surname_ok) and not _names_a_thing(s, i, k, e, anchor, surname_ok)


@cache
def _credit_words() -> frozenset[str]:
    """``stopnames.tsv`` rows of role ``credit`` or ``account``: a word that introduces a photo or source credit
    ("Ảnh", "Theo") or an account's name ("Facebook")."""
    return frozenset(k for k, e in lexicon.by_key("stopnames").items() if e.en in ("credit", "account"))


def _anchored(s: _Sent, i: int, k: int, e: int, anchor: str, surname_ok: bool) -> bool:
    """The first test of :func:`_accepts`: no credit or byline, and an anchor (or a surname) that vouches for it."""
    toks = s.toks
    before = _words_before(s, k)
    credits = _credit_words()
    # "Ảnh: Nguyễn Văn A", "(Ảnh Như Ý)", "Theo Trí Thức Trẻ": a credit word right before the name;
    # "Theo ông Võ Trọng Nam, Phó giám đốc …" is a person quoted, not a credit
    credit = ((bool(before) and before[-1] in credits) or (k > 1 and toks[k - 1].text == ":"
                                                          and key(toks[k - 2].text) in credits)) \
        and not photo_subject(s, k)  # "Trong ảnh: Nguyễn Văn A": who the photo shows
    # "Theo Nguyễn Văn A, dự án …": a full name then a comma and the clause is a person quoted, not a source
    quoted = before[-1:] == ["theo"] and e - k >= 3 and e < len(toks) and toks[e].text == "," and surname_ok
    if (credit and not quoted) or _is_byline(s, k, e):
        return False
    if anchor in ("honorific", "rank", "title", "title-after"):
        head = department_after_profession(s, k, e, anchor)  # "bác sĩ Khoa Nhi": a department, no person
        return surname_ok or anchor in ("honorific", "rank") and not head or (
            anchor == "title" and _title_right_before(s, k) and (
            key(toks[k].text) not in _not_name_starts() and not units_field(s, k) or _pen_name(s, k, e, anchor)))
    if anchor == "after-body" and e - k == 2 and key(toks[k - 1].text) in _COMPASS and _after_country(s, i, e) != k:
        return False  # "quận Nam Từ Liêm": a place whose name opens with a compass word (a country's last word
        # is none: "… Việt Nam Lương Văn A")
    if anchor == "after-body" and case_before(s, k, e):
        return surname_ok  # "Vụ Nguyễn Văn A: …" opening a sentence: the case of A, no department
    if anchor == "after-body":
        # "Bí thư Thành ủy Hà Nội Hoàng Trung Hải" (without a title before the run, the capitalised words
        # before the name are more often a place or institution named after someone: "Viện Phan Châu Trinh")
        return surname_ok and (_title_before(s, i) or _after_country(s, i, e) == k and _mission_before(s, i)) \
            and e - k >= 2 and not glued_prefix(s, i, k, e)  # "báo Đại Đoàn Kết": one name
    place = bool(before) and (before[-1] in _levels() or before[-1] in lexicon.by_key("bodies")
                              and not case_before(s, k, e)) or \
        committee_before(s, k)  # "Huyện ủy A B C": a level's committee, then its unit's name; "vụ A B C": a case
    place = place or _place_word_before(s, k) or _is_province(s, k, k + 2)  # "Thái Bình Dương": opens with a province
    if anchor in ("noun", "speech", "subject", "age"):  # "nhà văn Tô Hoài", "Angela Merkel cho biết"
        country = " ".join(key(t.text) for t in toks[k:e]) in _word_set("countries")  # "… tại Thái Lan cho biết"
        home = aged_home(s, k, e, anchor)  # "tại nhà X Y Z (SN 1992": the person's home, no place's name
        return surname_ok and e - k >= 2 and not country and (anchor == "noun" or not place or home) and not (
            anchor != "noun" and names.foreign_name([t.text for t in toks[k:e]])
            and not names.person_like([t.text for t in toks[k:e]]))
    return surname_ok and (e - k >= 3 or khmer_bare(s, k, e)) and not place  # "Chau A đã …": a Khmer name


def _is_byline(s: _Sent, k: int, e: int) -> bool:
    """The name is all the sentence holds (a byline or a caption credit), maybe with (T/h) or a dash."""
    # "(T/h)", "(TTXVN)", "/VOV-TPHCM": what may follow a byline's name; every other token is within the name
    # (computed once per sentence: the check was linear per candidate, quadratic in a long sentence)
    blockers = s.byline_ends  # (the first and the last of the tokens that block a byline)
    return not blockers or (blockers[0] >= k and blockers[1] < e) or authors_line(s) or signed_line(s)
