"""The folded words of a post phrase, abbreviations spelt out: the *words of a form* of :mod:`kg.corpus.postforms`
(its docstring gives the rule; an abbreviation written with spaces around its "&", "TT & TT", is one token).
Pure functions."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.corpus.post_synonyms import canonical
from kg.extract import lexicon
from kg.extract.normalise import key, strip_diacritics

Words = tuple[str, ...]  # folded words; an initial is its letter and a dot ("t.")

_VOWELS = set("aeiouy")
_FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?\.?")  # T.Ư, T.W.


def _syllable(word: str) -> bool:
    """Whether a folded word can be a Vietnamese syllable: a vowel, and only a final consonant after the vowels."""
    plain = strip_diacritics(word).lower().replace("đ", "d")
    tail = re.search(r"[^aeiouy]*$", plain)
    return bool(_VOWELS & set(plain)) and tail is not None and tail.group() in _FINALS


def _abbreviated(part: str) -> bool:
    """A part written as an abbreviation: two or more capitals that are no syllable ("TNMT", "HN", "UBTW"), or
    short capitals without diacritics ("CA")."""
    letters = [c for c in part if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters) or re.fullmatch(r"[IVXL]+", part):
        return False  # a word, or a roman number ("khóa XIV")
    return not _syllable(part) or (len(letters) <= 3 and strip_diacritics(part) == part)


Tagged = list[tuple[str, bool]]  # (folded word, written as a name: capitalised, abbreviated, a number)


_WORDS = re.compile(r"[^\W_]+")
_PIECES = re.compile(r"([-–—&/.]+)")


def folded(text: str, named: bool | None = None) -> Tagged:
    """Folded words of ``text``; each a name if ``named``, else if written with a capital or a digit."""
    out: Tagged = []
    for m in text.split():
        first = next((c for c in m if c.isalnum()), "")
        out += [(w, named if named is not None else first.isupper() or first.isdigit())
                for w in _WORDS.findall(key(m))]
    return out


def _letters(part: str) -> Tagged:
    """An abbreviation not in the lexicon: the lexicon abbreviations it holds, then one initial per letter
    ("UBTW" → u. b. trung ương). A level word's abbreviation is read as letters there ("VHTT": văn hóa, thể thao;
    TT is "thị trấn" only on its own), and so is one its letters spell ("QH" in "QHKT" may be "quy hoạch" as
    well as "Quốc hội": an initial stands for either)."""
    abbr = _letter_abbreviations()
    out: Tagged = []
    i = 0
    while i < len(part):
        found = next((j for j in range(len(part), i + 1, -1) if part[i:j] in abbr), 0)
        if found and not _spells(part[i:found], abbr[part[i:found]].vi):
            out += folded(abbr[part[i:found]].vi, True)
            i = found
            continue
        letter = strip_diacritics(part[i]).lower()
        if letter.isalnum():
            out.append((f"{letter}.", True))
        i += 1
    return out


@cache
def _letter_abbreviations() -> dict[str, lexicon.Entry]:
    """The lexicon's abbreviations that :func:`_letters` reads inside a longer one: all but a level word's."""
    return {k: e for k, e in lexicon.abbreviations().items() if tuple(w for w, _ in folded(e.vi)) not in levels()}


def _spells(abbr: str, text: str) -> bool:
    """Whether the letters of ``abbr`` are the initials of the words of ``text`` ("QH": Quốc hội; not "TW")."""
    initials = "".join(strip_diacritics(w[0]).lower() for w, _ in folded(text))
    return initials == strip_diacritics(abbr).lower()


def _part(part: str, dotted: bool = False, joined: bool = False) -> Tagged:
    """One part of a token; ``dotted``: a dot followed it ("H.Krông Pắk", "Q.Tân Phú": a capital and a dot is an
    initial); ``joined``: a dash or "&" joins it to another part, where a level word's abbreviation is read as
    letters ("TT-Huế", "Sở VH-TT", "Bộ TT-TT": no "thị trấn"), and so is one its letters spell ("QH" in "Sở
    QH-KT" may be "quy hoạch" as well as "Quốc hội": an initial stands for either)."""
    abbr = lexicon.abbreviations()
    if part in abbr and not (joined and (_is_level(abbr[part].vi) or _spells(part, abbr[part].vi))):
        return folded(abbr[part].vi, True)
    if dotted and len(part) == 1 and part.isupper():
        return [(f"{strip_diacritics(part).lower()}.", True)]
    if _abbreviated(part):
        return _letters(part)
    return folded(part)


def _token(tok: str, prev: str = "") -> Tagged:
    """The words of one token; ``prev``: the token before it, after which an abbreviation may change its sense
    (the lexicon's two-word rows: "Công ty CP" is "cổ phần", not "Chính phủ", as the extractor reads it)."""
    tok = tok.strip(",;:()[]\"'“”‘’…")
    abbr = lexicon.abbreviations()
    there = lexicon.phrase_abbreviations().get(tok.rstrip("."), {}).get(key(prev.strip(",;:()"))) if prev else None
    if there:
        return folded(there, True)
    if tok.rstrip(".") in abbr:
        return folded(abbr[tok.rstrip(".")].vi, True)
    if _DOTTED.fullmatch(tok):  # letters with dots: one abbreviation
        return _part(tok.replace(".", ""))
    pieces = _PIECES.split(tok)  # parts and the separators between them
    seps = pieces[1::2]
    return [w for k in range(0, len(pieces), 2) if pieces[k]
            for w in _part(pieces[k], k + 1 < len(pieces) and pieces[k + 1].startswith("."),
                           any(c in "-–—&" for c in "".join(seps[max(0, k // 2 - 1) : k // 2 + 1])))]


def _is_level(text: str) -> bool:
    """Whether ``text`` is an administrative level word ("thị trấn", "thành phố")."""
    return tuple(w for w, _ in folded(text)) in levels()


@cache
def _qualifiers() -> dict[tuple[str, ...], bool]:
    """Term qualifiers (lexicon ``post_qualifiers``): words → whether a term (a number) follows them."""
    return {tuple(w for w, _ in folded(r[0])): len(r) > 2 and r[2] == "term" for r in lexicon.rows("post_qualifiers")
            if r[2:3] != ["gap"]}  # "thường trực" names a post of its own ("Phó Chủ tịch Thường trực")


Marked = tuple[str, bool, bool]  # (folded word, written as a name, and the first word of a token so written)


@cache
def _qualifier_index() -> dict[str, tuple[tuple[Words, bool], ...]]:
    """:func:`_qualifiers` (each of one word or more) by their first word, in their order, with whether a term
    follows."""
    out: dict[str, list[tuple[Words, bool]]] = {}
    for q, term in _qualifiers().items():
        out.setdefault(q[0], []).append((q, term))
    return {w: tuple(v) for w, v in out.items()}


def _drop_qualifiers(ws: list[Marked]) -> list[Marked]:
    out: list[Marked] = []
    i = 0
    plain = [t[0] for t in ws]
    index = _qualifier_index()
    while i < len(ws):
        for q, term in index.get(plain[i], ()):  # only those that begin with the word can match
            if tuple(plain[i : i + len(q)]) == q:
                i += len(q)
                while term and i < len(ws) and (plain[i].isdigit() or re.fullmatch(r"[ivxlc]+", plain[i])):
                    i += 1
                break
        else:
            out.append(ws[i])
            i += 1
    return out


_BRACKETED = re.compile(r"\((?=[^)]*[A-ZĐ])[A-ZĐ&.\-–]+\)")  # "(ATVSTP)", "(VH-TT)", "(IPU)"


def _restates(abbr: Tagged, before: list[Marked]) -> bool:
    """Whether a bracketed abbreviation spells the words right before it ("… Thực phẩm (ATVSTP)"; not "… thế giới
    (IPU)", an abbreviation of another language)."""
    n = len(abbr)
    return 0 < n <= len(before) and all(match(a, b[0]) for (a, _), b in zip(abbr, before[-n:], strict=True))


# an abbreviation written with spaces around its "&" is one token ("TT & TT", "KH & CN": "TT&TT", "KH&CN")
_AMPERSAND = re.compile(r"(?<!\S)([A-ZĐ]{1,5}) & (?=[A-ZĐ]{1,5}(?![^\W_]))")


@cache
def tagged(text: str) -> tuple[Marked, ...]:
    """The words of a post phrase, each marked as written as a name and as the first word of such a token."""
    out: list[Marked] = []
    toks = _AMPERSAND.sub(r"\1&", text).split()
    for k, tok in enumerate(toks):
        ws = [t for t in _token(tok, toks[k - 1] if k else "") if t[0] != "và"]
        if _BRACKETED.fullmatch(tok.rstrip(",;:")) and _restates(ws, out):
            continue
        out += [(w, n, n and k == 0) for k, (w, n) in enumerate(ws)]
    return tuple(_drop_qualifiers(canonical(_countries(out))))


@cache
def _country_names() -> tuple[tuple[Words, Words], ...]:
    """Names of countries (lexicon ``countries``), longest first, each with the words of its country's first name
    there ("Mỹ", "Hợp chủng quốc Hoa Kỳ" → "Hoa Kỳ"; "Cu-ba" → "Cuba")."""
    first: dict[str, Words] = {}
    names = []
    for r in lexicon.rows("countries"):
        ws = tuple(w for w, _ in folded(r[0]))
        if len(r) > 1 and r[1] and ws:
            names.append((ws, first.setdefault(r[1], ws)))
    return tuple(sorted(names, key=lambda n: (-len(n[0]), n[0])))


@cache
def _country_index() -> dict[str, tuple[tuple[Words, Words], ...]]:
    """:func:`_country_names` by their first word (longest first still)."""
    out: dict[str, list[tuple[Words, Words]]] = {}
    for n, c in _country_names():
        out.setdefault(n[0], []).append((n, c))
    return {w: tuple(v) for w, v in out.items()}


def _country_at(ws: list[Marked], i: int, after_name: bool) -> tuple[Words, Words] | None:
    """The lexicon's country name at ``ws[i]`` and its first name, if written as a name on its own (beginning with a
    capital, no name word right after it, nor right before it unless ``after_name``)."""
    return next(((n, c) for n, c in _country_index().get(ws[i][0], ()) if tuple(t[0] for t in ws[i : i + len(n)]) == n
                 and ws[i][2] and (after_name or not (i and ws[i - 1][1]))
                 and not (i + len(n) < len(ws) and ws[i + len(n)][1])), None)


@cache
def _state_forms() -> tuple[Words, ...]:
    """The words of the lexicon's state forms ("Cộng hòa Nhân dân", "CHND" read as its letters), longest first."""
    forms = {tuple(w for tok in r[0].split() for w, _ in _token(tok)) for r in lexicon.rows("state_forms")}
    return tuple(sorted(forms - {()}, key=lambda f: (-len(f), f)))


@cache
def _state_index() -> dict[str, tuple[Words, ...]]:
    """:func:`_state_forms` by their first word (longest first still)."""
    out: dict[str, list[Words]] = {}
    for f in _state_forms():
        out.setdefault(f[0], []).append(f)
    return {w: tuple(v) for w, v in out.items()}


def _stated(ws: list[Marked], i: int) -> tuple[int, tuple[Words, Words]] | None:
    """A state's form at ``ws[i]`` (written with a capital, no name word right before it: not "Lâm CHLB Đức")
    followed by a country's name: its length and the country ("CHND Trung Hoa", "Cộng hòa Liên bang Myanmar"; not
    "Cộng hòa Dân chủ Congo", no country after "Cộng hòa")."""
    if not ws[i][2] or (i and ws[i - 1][1]):
        return None
    for f in (f for f in _state_index().get(ws[i][0], ()) if tuple(t[0] for t in ws[i : i + len(f)]) == f):
        hit = _country_at(ws, i + len(f), True) if i + len(f) < len(ws) else None
        if hit:
            return len(f), hit
    return None


def _countries(ws: list[Marked]) -> list[Marked]:
    """A country's name written on its own (beginning with a capital, no name word right before or after it: not
    "Mỹ Tho", "Việt Đức") becomes the words of its first name in the lexicon: one country, one way of writing it.
    So does one written after its state's form ("[nước] Cộng hòa Nhân dân Trung Hoa", "CHDCND Lào", lexicon
    ``state_forms``; "nước" is dropped there, and written "Nước" where it ends a phrase cut before its country,
    unless it ends the title "Chủ tịch nước")."""
    out: list[Marked] = []
    i = 0
    while i < len(ws):
        hit, skip = _country_at(ws, i, False), 0
        if hit is None and (stated := _stated(ws, i)):
            skip, hit = stated
            _drop_country_noun(out, False)
        if hit is None:
            out.append(ws[i])
            i += 1
            continue
        out += [(w, True, k == 0) for k, w in enumerate(hit[1])]
        i += skip + len(hit[0])
    _drop_country_noun(out, True)
    return out


def _drop_country_noun(out: list[Marked], capital: bool) -> None:
    """Drop the last word of ``out`` if it is "nước" (a country's noun; with a capital if ``capital``: not "tài
    nguyên nước") and not the end of "chủ tịch nước" or "nhà nước" (the State), nor of a name written with a
    capital before it ("Ngân hàng Nhà Nước", "huyện Khê Nước", "Công ty Cấp Nước")."""
    if len(out) > 2 and out[-1][0] == "nước" and out[-2][0] not in ("tịch", "nhà") and not out[-2][1] \
            and (out[-1][1] or not capital):
        out.pop()


def words(text: str) -> Words:
    """The folded words of a post phrase (or of a title), abbreviations spelt out (module docstring)."""
    return tuple(t[0] for t in tagged(text))




@cache
def levels() -> tuple[Words, ...]:
    """The words of the administrative level words (lexicon ``admin_levels``), longest first."""
    levels = {tuple(w for w, _ in folded(r[0])) for r in lexicon.rows("admin_levels")}
    return tuple(sorted(levels, key=len, reverse=True))



def match(a: str, b: str) -> bool:
    """Whether two folded words match: the same, or an initial ("t.") and a word that begins with its letter, or
    the same word written with and without a vowel's own mark (breve, circumflex, horn: "Păh" / "Pah", "Văn" /
    "Van"); its tone mark must be the same ("Tân" is no "Tấn"); a final "k" and "c" are one ("Lắk" / "Lắc")."""
    if a == b:
        return True
    if a.endswith(".") and not b.endswith("."):
        return strip_diacritics(b[0]).lower() == a[0]
    if b.endswith(".") and not a.endswith("."):
        return strip_diacritics(a[0]).lower() == b[0]
    return _unmarked(_final_c(a)) == _unmarked(_final_c(b))


def _final_c(word: str) -> str:
    """A word that ends with "k" (no Vietnamese syllable does: a place's name of a minority language, "Lắk") as
    the same word with "c", as it is also written ("Đắc Lắc" / "Đắk Lắk")."""
    return word[:-1] + "c" if len(word) > 1 and word.endswith("k") else word


_VOWEL_MARKS = dict.fromkeys((0x0306, 0x0302, 0x031B))  # combining breve, circumflex, horn


@cache
def _unmarked(word: str) -> str:
    """``word`` without its vowels' own marks (its tone marks stay)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).translate(_VOWEL_MARKS))
