"""Names written in capitals after a title, a rank, a person noun or any honorific: a quote box or a photo caption
writes the name all in capitals ("Chủ tịch UBND tỉnh X NGUYỄN VĂN A", "ĐBQH LÒ VĂN A: …", "Kỹ sư LÊ VĂN A, …",
"Chị NGUYỄN THỊ A, xã …"), and a headline in capitals writes the honorific so too ("ÔNG NGUYỄN VĂN A: …").

    CAPS-NAME = SURNAME WORD{1,3}   all capitals, Vietnamese syllables, no abbreviation, no capitals word after it,
                                    the last word no middle name, no two words a province or country
                                    ("HÀ NỘI"; "ĐỨC" alone is a given name)
    ANCHOR    = TITLE [BODY-WORDS]  a title mention, then up to ten words of its body and no punctuation but a
                                    body's glue ("UBND TP Đà Nẵng", "Sở Tài nguyên và Môi trường", "KH&ĐT")
              | HONORIFIC | RANK | PERSON-NOUN   right before the name, in any case

A name in capitals with nothing before it (an article's closing line, "Ảnh: NGUYỄN VĂN A") is a byline or a credit,
never proposed. :func:`kg.extract.mentions.person_caps.capital_names` keeps the caption after "ông"/"bà"."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union

_BODY_GLUE = frozenset({"và", "&", "-", "–", "."})  # "Sở Tài nguyên và Môi trường", "TP.HCM", "Đảng - Chính quyền"


def _caps_word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


@cache
def _anchors() -> frozenset[str]:
    """Honorifics of every class, ranks and person nouns (``person_cues.tsv`` ``noun``), folded."""
    return lexicon.words("honorifics") | _word_set("ranks") | names.cue_phrases("noun")


def titled_capital_names(s: _Sent) -> list[tuple[int, int]]:
    """(first token, last token exclusive) of the names in capitals of the sentence that an anchor vouches for."""
    toks, out, i = s.toks, [], 0
    while i < len(toks):
        if not toks[i].text.isupper() or not (_caps_word(toks[i].text) and (
                i == 0 or not _caps_word(toks[i - 1].text) or not s.adjacent(i))):  # (isupper: the cheap test first)
            i += 1
            continue
        j = i + 1
        while j < len(toks) and s.adjacent(j) and _caps_word(toks[j].text):
            j += 1
        k = next((k for k in range(max(i, j - 4), j - 1) if _is_name(s, k, j) and _anchored(s, i, k)), None)
        if k is not None:  # the longest name: "ÔNG TRẦN VĂN A" is "ông" and a name, "BỘ TRƯỞNG PHÙNG VĂN A" too
            out.append((k, j))
        i = j
    return out


def _is_name(s: _Sent, k: int, j: int) -> bool:
    words = [key(t.text) for t in s.toks[k:j]]
    places = union(_word_set("provinces"), _word_set("countries"))
    return 2 <= j - k <= 4 and words[0] in _word_set("surnames") and words[-1] not in _word_set("middle_names") \
        and not any(t.text in lexicon.abbreviations() for t in s.toks[k:j]) \
        and not any(" ".join(words[a:b]) in places for a in range(len(words)) for b in range(a + 2, len(words) + 1)) \
        and not any(names.is_foreign(t.text) for t in s.toks[k:j])


def _anchored(s: _Sent, i: int, k: int) -> bool:
    """Something right before token k (inside the capitals run from token i, or before it) vouches for a name."""
    before = [key(t.text) for t in s.toks[max(0, k - 4) : k]]
    if k > i:  # inside the run: a title, honorific or rank in capitals, and nothing else before the name
        return any(b <= s.toks[k].start and s.text[b : s.toks[k].start].strip() == "" and a <= s.toks[i].start
                   for a, b in s.titles) or " ".join(before[-(k - i):]) in _anchors() or (
            all(t.text in lexicon.abbreviations() for t in s.toks[i:k]) and _title_then_body(s, k))  # "KH&ĐT"
    if k > 0 and s.adjacent(k) and any(" ".join(before[-n:]) in _anchors() for n in (1, 2, 3)):
        return not _credit_before(s, k - 1)
    return _title_then_body(s, k)


def _title_then_body(s: _Sent, k: int) -> bool:
    """A title mention ends before token k with only its body's capitalised words (or none) between."""
    start = s.toks[k].start
    for a, b in s.titles:
        if b > start or start - b > 80:
            continue
        x = s.index_from(b)
        if k - x <= 10 and all(_body_word(s.toks[y].text) for y in range(x, k)) \
                and not _credit_before(s, s.index_from(a) - 1):  # "Phó Giám đốc Sở Tài nguyên và Môi trường"
            return True
    return False


def _body_word(text: str) -> bool:
    """A word of a body's name, an abbreviation with its full stops or ampersand ("TP.HCM", "KH&ĐT") or a glue."""
    return text.replace(".", "").replace("&", "").isalpha() or text in _BODY_GLUE


@cache
def _credits() -> frozenset[str]:
    return frozenset(w for w, v in lexicon.by_key("stopnames").items() if v.en == "credit")


def _credit_before(s: _Sent, x: int) -> bool:
    """A credit word ("Ảnh", "Theo") and maybe a colon right before token x+1."""
    credits = _credits()
    while x >= 0 and s.toks[x].text in (":", "/"):
        x -= 1
    return x >= 0 and key(s.toks[x].text) in credits
