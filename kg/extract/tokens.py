"""Word tokens with offsets, and a lowercase tone-folded view of the text for lexicon matching.

Tokens keep joined forms together: ``TP.HCM``, ``QP-AN``, ``TT&TT``, ``11-12``, ``6/7/2017``, ``2021-2026``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.normalise import canonical_tones

_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha()}))
# every upper-case letter of Latin script with Vietnamese letters (A … Ỹ), for character classes of the regexes
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()}))
# "Nguyễn Hồng Lĩnh-Ủy viên": a hyphen between a lower-case letter and a capital splits (a name, then a title);
# "QP-AN", "TT&TT", "11-12" stay one token
_TOKEN = re.compile(r"\d+(?:[/.,\-]\d+)*|\w+(?:(?:[.&'’]|(?<![" + _LOWER + r"])-|-(?![" + UPPER + r"]))\w+)*&?"
                    r"|[^\w\s]", re.UNICODE)


@dataclass(slots=True, unsafe_hash=True)  # treated as immutable; not frozen, whose __init__ costs twice as much
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter (Vietnamese capitals included)."""
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        """An all-capitals word of two or more letters (an abbreviation: UBND, HĐND, QPAN)."""
        if not self.text.isupper():  # a lower-case letter, or no cased letter at all: never an abbreviation
            return False
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    # pos and endpos, not a slice: no lookaround of _TOKEN reaches before a match's first character, and endpos
    # ends the text as the slice would
    toks = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]  # (no span tuple)
    if _GLUE.search(text, start, stop):  # "hành kháchTrần Thị B": a word glued to a family name
        from kg.extract.token_glue import split_glued_surnames  # reads Token: imported here

        toks = split_glued_surnames(toks)
    return _split_lead_hyphens(text, _join_latin_hyphens(text, toks)) if "-" in text[start:stop] else toks


_LATIN = re.compile(r"[A-Z][a-z]+")
_GLUE = re.compile(f"[{_LOWER}][{UPPER}]")  # a lower-case letter glued to a capital (kg.extract.token_glue)


def _join_latin_hyphens(text: str, toks: list[Token]) -> list[Token]:
    """A hyphen glued between two capitalised Latin-script words, the first no Vietnamese syllable, stays inside
    one token: a Western double given or family name ("Jean-Luc", "Kohl-Richter"), unlike a Vietnamese name before
    a title ("Lĩnh-Ủy viên") or two places ("Việt Nam-Cuba")."""
    from kg.extract.names import is_foreign  # names reads tokens: imported here, once the module is loaded

    out: list[Token] = []
    for t in toks:
        if len(out) >= 2 and out[-1].text == "-" and out[-2].end == out[-1].start and out[-1].end == t.start \
                and _LATIN.fullmatch(t.text) and _LATIN.fullmatch(out[-2].text.rsplit("-", 1)[-1]) \
                and is_foreign(out[-2].text.rsplit("-", 1)[-1]):
            first = out[-2]
            out[-2:] = [Token(first.start, t.end, text[first.start : t.end])]
        else:
            out.append(t)
    return out


@cache
def _lead_words() -> frozenset[str]:
    """The post leads of the former or acting class (``post_leads.tsv``: "nguyên", "cựu", "quyền")."""
    from kg.extract import lexicon  # imported here, as in _join_latin_hyphens

    return lexicon.classed("post_leads", 2, "former") | lexicon.classed("post_leads", 2, "acting")


def _split_lead_hyphens(text: str, toks: list[Token]) -> list[Token]:
    """A hyphen glued between a capitalised word and a lower-case post lead of the former or acting class
    (``post_leads.tsv``: "nguyên", "cựu", "quyền") splits: a name, then its title ("Lò Văn Khải-nguyên Trưởng
    phòng"), as the tokenizer already splits "Khải-Trưởng phòng"; "Lê-nin" stays one token."""
    out: list[Token] = []
    for t in toks:
        head, sep, rest = t.text.partition("-")
        if sep and head[:1].isupper() and head[1:].islower() and canonical_tones(rest) in _lead_words():
            mid = t.start + len(head)
            out += [Token(t.start, mid, head), Token(mid, mid + 1, "-"), Token(mid + 1, t.end, rest)]
        else:
            out.append(t)
    return out


def match_view(text: str) -> str:
    """Lower-case, canonical-tone copy of ``text`` with identical length (offsets carry over)."""
    view = canonical_tones(text).lower()
    if len(view) != len(text):  # a character whose lower case is longer: fall back per character
        view = "".join(c.lower() if len(c.lower()) == 1 else c for c in canonical_tones(text))
    return view
