"""Lexicon data files (``kg/lexicon/*.tsv``) loaded once, with folded keys for matching.

General Vietnamese administrative vocabulary only; see ``kg/lexicon/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.normalise import key
from kg.resources import lexicon_file


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: the Vietnamese form, its English label and kind-specific columns."""

    vi: str
    en: str
    extra: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return key(self.vi)


def rows(name: str) -> list[list[str]]:
    """The rows of ``kg/lexicon/<name>.tsv`` (comments and blank lines dropped)."""
    text = lexicon_file(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


@cache
def roles(name: str) -> dict[str, frozenset[str]]:
    """A lexicon of (phrase, role, English) rows (``person_cues``, ``phrase_openers``): the folded phrases by role."""
    out: dict[str, set[str]] = {}
    for r in rows(name):
        out.setdefault(r[1], set()).add(key(r[0]))
    return {role: frozenset(p) for role, p in out.items()}


def alternation(name: str, column: int, value: str, *more: str, capitalised: bool = False) -> str:
    """A regular expression group ``(?:…|…)`` of the forms, as written, of the rows of ``name`` whose
    comma-separated column ``column`` (0-based) holds ``value`` or one of ``more``, longest first (``personnel_verbs``
    frames, ``honorifics`` classes); with ``capitalised`` each form with its first letter upper-cased too."""
    found = forms(name, column, value, *more)
    if capitalised:
        found = sorted({*found, *(f[:1].upper() + f[1:] for f in found)}, key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f) for f in found) + ")"


def forms(name: str, column: int, value: str, *more: str) -> list[str]:
    """The forms, as written, of :func:`alternation`, longest first."""
    values = {value, *more}
    found = {r[0] for r in rows(name) if len(r) > column and values & set(r[column].split(","))}
    return sorted(found, key=lambda f: (-len(f), f))


@cache
def classed(name: str, column: int, value: str) -> frozenset[str]:
    """The folded first-column keys of the rows of ``name`` whose comma-separated column ``column`` (0-based) holds
    ``value`` (``honorifics`` classes)."""
    return frozenset(key(r[0]) for r in rows(name) if len(r) > column and value in r[column].split(","))


@cache
def entries(name: str) -> tuple[Entry, ...]:
    """Rows of a two-or-more-column file as :class:`Entry` (column 1 vi, column 2 en, the rest extra)."""
    return tuple(Entry(r[0], r[1] if len(r) > 1 else "", tuple(r[2:])) for r in rows(name))


@cache
def by_key(name: str) -> dict[str, Entry]:
    """Entries of a file indexed by their folded key."""
    return {e.key: e for e in entries(name)}


@cache
def words(name: str) -> frozenset[str]:
    """The first column of a file as a set of folded keys."""
    return frozenset(key(r[0]) for r in rows(name))


@cache
def abbreviations() -> dict[str, Entry]:
    """Abbreviation (case-sensitive, as written) → expansion entry; a people's body glued to a level's abbreviation
    ("UBNDTP" = "UBND TP") reads as the two (:func:`_glued`), a row of the file winning."""
    own = {r[0]: Entry(r[1], r[2] if len(r) > 2 else "") for r in rows("abbreviations")}
    return {**_glued(own), **own}


def _glued(own: dict[str, Entry]) -> dict[str, Entry]:
    """The abbreviations of a people's body (an expansion ending in "nhân dân": UBND, HĐND, TAND, VKSND) written with
    no space before a level's abbreviation in capitals (``admin_levels.tsv``: TP, TX, TT, Q, H, P)."""
    level_words = {key(r[0]): r[1] for r in rows("admin_levels")}
    levels = {a: Entry(e.vi, e.en) for a, e in own.items() if a.isupper() and key(e.vi) in level_words}
    levels |= {r[3]: Entry(r[0], r[1]) for r in rows("admin_levels") if len(r) > 3 and r[3].isupper()}
    return {b + lv: Entry(f"{e.vi} {le.vi}", f"{le.en} {e.en}") for b, e in own.items()
            if b.isupper() and key(e.vi).endswith(key(" nhân dân")) for lv, le in levels.items()}


def expand(text: str) -> str:
    """Expand abbreviations token by token (``UBND TP Thanh Hóa`` → ``Ủy ban nhân dân thành phố Thanh Hóa``)."""
    abbr, phrases = abbreviations(), phrase_abbreviations()
    out: list[str] = []
    toks = _join_dashed(text.replace("TP.", "TP ").split(), abbr)
    for i, tok in enumerate(toks):
        stripped = tok.strip(",.;:()")
        if stripped in phrases and i and phrases[stripped].get(key(toks[i - 1])):
            out.append(tok.replace(stripped, phrases[stripped][key(toks[i - 1])]))
        else:
            out.append(tok.replace(stripped, abbr[stripped].vi) if stripped in abbr else tok)
    return " ".join(out)


@cache
def phrase_abbreviations() -> dict[str, dict[str, str]]:
    """Abbreviations written after a word that changes their sense, from the lexicon's two-word rows ("Cty CP",
    "Công ty CP": "cổ phần", not "Chính phủ"): the abbreviation → the folded word before it → its expansion there
    (the row's expansion less that of the words before the abbreviation)."""
    abbr, out = abbreviations(), dict[str, dict[str, str]]()
    for a, e in abbr.items():
        words = a.split()
        if len(words) > 1:
            before = " ".join(words[:-1])
            skip = len((abbr[before].vi if before in abbr else before).split())
            out.setdefault(words[-1], {})[key(words[-2])] = " ".join(e.vi.split()[skip:])
    return out


def _join_dashed(toks: list[str], abbr: dict[str, Entry]) -> list[str]:
    """The tokens with an abbreviation written with a spaced dash joined into one ("TN - MT" → "TN-MT"), when the
    joined form is an abbreviation of the lexicon."""
    out: list[str] = []
    for tok in toks:
        if len(out) >= 2 and out[-1] in ("-", "–") and f"{out[-2]}-{tok.strip(',.;:()')}" in abbr:
            out[-2:] = [f"{out[-2]}-{tok}"]
        else:
            out.append(tok)
    return out


@dataclass(frozen=True, slots=True)
class Concept:
    scheme: str
    slug: str
    vi: str
    en: str
    variants: tuple[str, ...]


@cache
def concepts() -> tuple[Concept, ...]:
    """SKOS concepts of ``fields.tsv`` (fields, security areas, sectors, model statuses)."""
    out = []
    for r in rows("fields"):
        variants = tuple(v for v in r[4].split("|") if v) if len(r) > 4 else ()
        out.append(Concept(r[0], r[1], r[2], r[3], variants))
    return tuple(out)


@cache
def levels() -> dict[str, Entry]:
    """Administrative level words by folded key, plus their abbreviations ("TP", "TX", "TT")."""
    out = dict(by_key("admin_levels"))
    for a, e in abbreviations().items():
        if key(e.vi) in out:
            out[key(a)] = out[key(e.vi)]
    return out
