"""Names written without a title or honorific, found by the company they keep.

    LIST = NAME (, | và | ;) NAME …   where a neighbour is already a person: a two-syllable item that opens with
                                      a family name is a person too ("…: Nguyễn Huy Tưởng, Tô Hoài, Hồ Thiện Ngôn")

Places, streets and institutions are kept out by the caller's ``blocked`` check.

    FOREIGN = a word that is no Vietnamese syllable ("Leopoldo", "Pany") or a hyphenated transliteration
              ("Pu-tin"): Vietnamese writes one syllable per word, onset + vowels + final
    INITIAL = FOREIGN X "." FOREIGN   a middle initial inside a foreign name ("Claus D. Hagenhoff"), or glued to
              the word after it, one token ("Claus D.Hagenhoff")

The cues of ``person_cues.tsv`` make a name without a title or honorific a person's:

    NAME SPEECH        "… cho biết", "… nói": the subject of a verb of saying
    NOUN NAME          "nhà sử học …", "bé …": a person noun right before the name
    FOREIGN+ SUBJECT   "… đã", "… sẽ": a foreign name as the subject of a clause
    NAME (AGE …)       "… (SN 1980)", "… (35 tuổi)", "…, 35 tuổi,": a birth year or an age after the name, in a
                       bracket or after a comma (with its number); or a photo's position ("… (bìa phải)")
    OWNER PLACE NAME   "chủ tàu …": the owner of a ship, not a ship named after someone

Pure, over tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.captions import caption_after
from kg.extract.normalise import key
from kg.extract.tokens import Token

_SEPARATORS = frozenset({",", ";", "và"})
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


@lru_cache(maxsize=65536)
def is_foreign(word: str) -> bool:
    """The word is no Vietnamese syllable (tone marks and vowel marks folded, đ as d), or is hyphenated; a word that
    glues a consonant and an apostrophe to its letters (an Ê Đê woman's "H'Kem", "K'Bồng": :func:`glued_prefix`)
    is none."""
    if "-" in word:
        return True
    if glued_prefix(word):
        return False  # "K'Bồng", "B’Krông": a Central Highlands name, no foreign one
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if unicodedata.category(c) != "Mn")
    return _SYLLABLE.fullmatch(bare) is None


_GLUED = frozenset("BCDĐGHKLMNPRSTVXY")
_APOSTROPHES = frozenset("'’")


def glued_prefix(word: str) -> bool:
    """The word opens with a capital consonant and an apostrophe glued to letters: an Ê Đê woman's "H'Hen", a K'Ho
    or Mnông man's "K'Bồng", a family name "B’Krông", "H’long" (a Central Highlands name; also a place's last word:
    "Đắk R’lấp", which its level word or head keeps a place)."""
    return len(word) > 2 and word[0] in _GLUED and word[1] in _APOSTROPHES and word[2:].isalpha()


def foreign_name(words: Sequence[str]) -> bool:
    """The words spell a foreign name: none of them a Vietnamese syllable, or the last one a hyphenated
    transliteration ("Xi Jin-ping", "Kim Jong-un")."""
    return bool(words) and (all(is_foreign(w) for w in words) or "-" in words[-1])


def part_of_name(words: Sequence[str], longer: Sequence[str]) -> bool:
    """A shorter name that names the person of a longer one of the same article: its last words ("Văn Tám" of "Vũ
    Văn Tám"); or two or more words inside a foreign name, accents aside ("Esteban Lazo" and "Lazo Hernandez" of
    "Juan Esteban Lazo Hernández") or its family name after the initial of the first ("N.Modi" of "Nam Modi"), the
    first word of neither a Vietnamese surname."""
    if key(" ".join(longer[-len(words) :])) == key(" ".join(words)):
        return True
    short, long = [_bare(w) for w in words], [_bare(w) for w in longer]
    if any(key(x[0]) in lexicon.words("surnames") for x in (words, longer)):
        return False
    initial = re.fullmatch(r"([a-z])\.\s?(\S+)", " ".join(short))  # "N.Modi", "J. Widodo" of "Joko Widodo"
    if initial:
        return len(long) > 1 and long[0][0] == initial.group(1) and long[-1] == initial.group(2)
    return len(short) > 1 and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if unicodedata.category(c) != "Mn")


def person_like(words: Sequence[str]) -> bool:
    """Latin-script words that may be a person's name: no word of an organisation's, a work's or a place's name
    (``person_cues.tsv``, ``latin-not-name``: "Group", "Island", "Air") and no capital inside a word ("VietJet")."""
    return not any(key(w) in cue_phrases("latin-not-name") or any(c.isupper() for p in w.split("-") for c in p[1:])
                   for w in words)  # "Jean-Marc": a capital after a hyphen opens a part


def list_neighbours(toks: Sequence[Token], persons: Sequence[tuple[int, int]], surnames: frozenset[str],
                    is_name_word: Callable[[Token], bool],
                    blocked: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """(first, last exclusive) token spans of two-syllable names that stand in a list next to a person."""
    starts = {a for a, _ in persons}
    ends = {b for _, b in persons}
    taken = {x for a, b in persons for x in range(a, b)}
    out: list[tuple[int, int]] = []
    # a name k..k+2 stands next to a person only right after one's end and a separator (k = end + 1) or right before
    # a separator and one's start (k = start - 3): only those tokens are tried, in order (none in most sentences)
    for k in sorted({b + 1 for b in ends} | {a - 3 for a in starts}):
        if not 0 <= k < len(toks) - 1:
            continue
        e = k + 2
        if k in taken or (k + 1) in taken or not (is_name_word(toks[k]) and is_name_word(toks[k + 1])):
            continue
        if key(toks[k].text) not in surnames or (e < len(toks) and is_name_word(toks[e])):
            continue
        if k > 0 and is_name_word(toks[k - 1]):
            continue
        before = k > 0 and toks[k - 1].text.lower() in _SEPARATORS and (k - 1) in ends
        after = e < len(toks) and toks[e].text.lower() in _SEPARATORS and (e + 1) in starts
        if (before or after) and not blocked(k, e):
            out.append((k, e))
    return out


def cue_phrases(role: str) -> frozenset[str]:
    """The phrases of one role of ``person_cues.tsv`` (folded keys)."""
    return lexicon.roles("person_cues").get(role, frozenset())


def cue_after(toks: Sequence[Token], e: int, role: str) -> bool:
    """One to three lower-case words right after token e-1 form a cue of this role ("cho biết", "đã")."""
    phrases, words = cue_phrases(role), []
    for t in toks[e : e + 3]:
        if not t.text[0].islower():
            return False  # no cue runs over a word that is not lower-case (most names end at a comma or a capital)
        words.append(key(t.text))
        if " ".join(words) in phrases:
            return role != "speech" or " ".join(key(x.text) for x in toks[e : e + 2]) not in cue_phrases("not-speech")
    return False  # ("nói chung" is no speech)


def age_after(toks: Sequence[Token], e: int) -> bool:
    """A bracket right after token e-1 opens with a birth year or an age ("(SN 1980", "(sinh năm 1980",
    "(35 tuổi"), or a pupil's school grade ("(học lớp 8"), or a comma and then a birth year or an age with its
    number (", sinh năm 1980", ", 35 tuổi"; ``person_cues.tsv``, ``age``), or a photo caption's position ("(bìa
    phải)": :mod:`kg.extract.captions`): what a report writes after a person's name."""
    if caption_after(toks, e):
        return True
    if e + 2 < len(toks) and toks[e].text == ",":
        return _age_at(toks, e + 1)
    if e + 2 >= len(toks) or toks[e].text != "(":
        return False
    words = [key(t.text) for t in toks[e + 1 : e + 4]]
    ages = cue_phrases("age")
    return (words[0] in ages and words[0] != "tuổi" and (toks[e + 2].is_number or " ".join(words[:2]) in ages)) \
        or (toks[e + 1].is_number and words[1] == "tuổi") or _grade_at(toks, e + 1)


def _grade_at(toks: Sequence[Token], x: int) -> bool:
    """Tokens from x give a pupil's school grade with its number ("học lớp 11A2", "học sinh lớp 8";
    ``person_cues.tsv``, ``grade``): what a report writes in a bracket after a pupil's name."""
    words = [key(t.text) for t in toks[x : x + 4]]
    n = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in cue_phrases("grade")), 0)
    return bool(n) and toks[x].text[:1].islower() and toks[x + n].text[:1].isdigit()


def _age_at(toks: Sequence[Token], x: int) -> bool:
    """Tokens from x give an age or a birth year with its number ("35 tuổi", "sinh năm 1980", "SN 1980")."""
    words = [key(t.text) for t in toks[x : x + 3]]
    if toks[x].is_number:
        return words[1:2] == ["tuổi"]
    n = 2 if " ".join(words[:2]) in cue_phrases("age") else 1
    return words[0] in cue_phrases("age") and words[0] != "tuổi" and x + n < len(toks) and toks[x + n].is_number


def cue_before(before: Sequence[str], role: str) -> bool:
    """The last one to three of these keys (the words before a name) form a cue of this role ("nhà sử học")."""
    phrases, n = cue_phrases(role), len(before)
    return (n >= 1 and before[-1] in phrases) or (n >= 2 and " ".join(before[-2:]) in phrases) \
        or (n >= 3 and " ".join(before[-3:]) in phrases)  # (unrolled: no generator at every name)


_LETTERS = frozenset("ABCDĐEFGHIJKLMNOPQRSTUVWXYZ")  # a withheld name's initial ("Ý", "Á" are syllables: "Như Ý")
# a withheld name's initial of two letters: a consonant digraph that opens a syllable and is none ("Th", "Ng"; not
# "Gi", a syllable)
_DIGRAPHS = frozenset({"Ch", "Gh", "Kh", "Ng", "Nh", "Ph", "Qu", "Th", "Tr"})


def withheld_initial(word: str, last: bool) -> bool:
    """The word is a withheld given name's initial: one capital letter ("Nguyễn Thị L.") or, as the name's ``last``
    word, a capitalised consonant digraph with no vowel ("Lê Văn Th.", "Trần Công Tr."; not the family name of
    "Singapore Ng Eng Hen", "Trung Quốc Qu X")."""
    return word in _LETTERS or (last and word in _DIGRAPHS)


def is_initial(toks: Sequence[Token], x: int) -> bool:
    """Token x is a middle initial of a foreign name: one capital letter, a full stop, and foreign words around it
    ("Claus D. Hagenhoff"), unlike the withheld given name of "Nguyễn Thị L."."""
    t = toks[x]
    return (len(t.text) == 1 and t.text.isupper() and 0 < x and x + 2 < len(toks) and toks[x + 1].text == "."
            and toks[x + 1].start == t.end and len(toks[x - 1].text) > 1 and is_foreign(toks[x - 1].text)
            and len(toks[x + 2].text) > 1 and toks[x + 2].text[0].isupper() and is_foreign(toks[x + 2].text))


def is_glued_initial(toks: Sequence[Token], x: int) -> bool:
    """Token x is a middle initial glued to a foreign family name ("D.Hagenhoff" in "Claus D.Hagenhoff"): one
    capital letter, a full stop and a capitalised foreign word, after a foreign word; unlike an abbreviated level
    before a Vietnamese name ("Q.Ba Đình", "P.Tân Định")."""
    head, dot, rest = toks[x].text.partition(".")
    return (bool(dot) and len(head) == 1 and head.isupper() and len(rest) > 1 and rest[0].isupper()
            and rest.isalpha() and is_foreign(rest) and 0 < x and len(toks[x - 1].text) > 1
            and toks[x - 1].text.isalpha() and is_foreign(toks[x - 1].text))
