"""Places and things named after a person, read where an anchor would otherwise make the name a person's (issue 8:
"đường Phạm Văn Đồng, Giám đốc …", "Hiệu trưởng Trường Lê Quý Đôn", "Chủ tịch phường Nguyễn Thái Bình, quận 1").
The tests of :mod:`persons` use them."""

from __future__ import annotations

from kg.extract.mentions.person_places import _level_before, _place_word_before
from kg.extract.mentions.person_titles import _title_before
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


def _place_follows(s: _Sent, e: int) -> bool:
    """A comma after the name, then a level word and a name or a number ("…, quận 1", "…, huyện A") or an
    honorific and a capitalised word ("…, ông Trần Văn B"): the name is a place, and its head (if any) is named
    apart."""
    toks = s.toks
    if e + 1 >= len(toks) or toks[e].text != ",":
        return False
    for n in (2, 1):  # the level word then a name or a number ("quận 1"), not a clause's subject ("TP phải …")
        x = e + 1 + n
        if " ".join(key(t.text) for t in toks[e + 1 : x]) in _levels():
            return x < len(toks) and (toks[x].is_cap or toks[x].is_number)
    return key(toks[e + 1].text) in _word_set("honorifics") and e + 2 < len(toks) and toks[e + 2].is_cap


def named_after(s: _Sent, i: int, k: int, e: int, anchor: str) -> bool:
    """The name k..e (in the run from token i) names a place or a thing, though an anchor vouches for it:

    - a title after it, but a place word (no level) right before it ("tuyến đường A B C, Giám đốc …");
    - the run is one place word (no level) and the name ("Hiệu trưởng Trường A B C": the school's name);
    - a level word right before it and a higher level or an appositive person after it ("Bí thư phường A B C,
      quận 1", "Trưởng Công an phường A B C, ông D E");
    - its own first words are a place noun of two words or more (:func:`place_noun_opens`: "Cù Lao X"), unless
      a person noun stands before it.
    An honorific or a rank before the name always keeps it a person's."""
    if anchor in ("honorific", "rank"):
        return False
    if anchor != "noun" and place_noun_opens(s, k, e):  # "nhà thơ Cù Lao X": a person noun keeps a person
        return True
    if anchor == "title-after" and _place_word_before(s, k, levels=False):
        return True
    if anchor == "after-body" and k == i + 1 and key(s.toks[i].text) not in _levels() \
            and _place_word_before(s, k, levels=False):
        return True
    return e - k >= 3 and _level_before(s, k) and _place_follows(s, e)


def place_noun_opens(s: _Sent, k: int, e: int) -> bool:
    """The name's first two or three words, a family name first, are a place noun of ``place_words.tsv`` and a name
    follows them ("Cù Lao X": the islet X, "cù lao" a river islet and "Cù" a family name), or its first two words
    are two place words, the second no syllable of names ("Hồ Núi X": the lake "Núi X")."""
    if e - k < 3:
        return False
    words = [key(t.text) for t in s.toks[k : k + 3]]
    if words[0] in _word_set("place_words") and words[1] in _word_set("place_words") and words[1] not in _GIVEN:
        return True  # "Hồ Núi Cốc": the lake ("hồ", a family name too) whose name opens with another place word
    return any(" ".join(words[:n]) in _word_set("place_words") for n in (2, 3) if k + n < e)


_GIVEN = frozenset({"đình", "trường", "hồ", "chuyên"})  # place words that stand inside names ("Lê Đình A", "Lê Hồ A")


def place_then_name(s: _Sent, i: int, run_end: int) -> int:
    """Where a name starts in a run of five or six capitalised words after a title ("Tỉnh trưởng A B C D E"), when
    the run's first two or three words are a place the document writes elsewhere after a level word with no name
    after it ("tỉnh A B,", "tỉnh A B và …"), and two or three words follow it, the first no listed family name (a
    foreign official's name read in Sino-Vietnamese, "Vu Vĩ Quốc": the list's next title is not theirs); else i."""
    if not 5 <= run_end - i <= 6 or not _title_before(s, i):  # the cheap test first
        return i
    for n in (2, 3):
        if run_end - i - n in (2, 3) and key(s.toks[i + n].text) not in _word_set("surnames") \
                and _place_alone(s, " ".join(t.text for t in s.toks[i : i + n])):
            return i + n
    return i


def _place_alone(s: _Sent, place: str) -> bool:
    """The document writes ``place`` right after a level word and before no capitalised word."""
    # the matches of ``(\w+) PLACE(?!\w)`` over the text, left to right and not overlapping, found from the places
    # where " PLACE" stands (str.find), not by a regex tried at every word of the document
    text, needle, pos = s.text, " " + place, 0
    at = text.find(needle)
    while at != -1:
        end = at + len(needle)
        if at > pos and _is_w(text[at - 1]) and not (end < len(text) and _is_w(text[end])):
            first = at - 1
            while first > pos and _is_w(text[first - 1]):
                first -= 1
            after = text[end : end + 2]
            if key(text[first:at]) in _levels() and not (after[:1] == " " and after[1:].isupper()):
                return True
            pos = end
        at = text.find(needle, at + 1)
    return False


def _is_w(c: str) -> bool:
    """The character is one ``\\w`` of a regex matches (a letter, a digit or "_")."""
    return c.isalnum() or c == "_"
