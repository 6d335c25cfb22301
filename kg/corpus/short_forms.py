"""Short forms the articles themselves define (issue 8: one post node per post of an official).

Articles write a body's name once in full with its short form and then the short form alone: "Tập đoàn X Việt Nam
(ABC)", "ABC (Tập đoàn X Việt Nam)", "Tổng công ty Y (tên viết tắt là YZ)", "Công ty Z, gọi tắt là ZC". No lexicon
can list them (they are the bodies' own, not the genre's), so the corpus build harvests them from each article's
text (:func:`harvest`, at extraction time, in the worker) and keeps only those that are unambiguous across the
whole input (:func:`table`: one short form, one full name — its words as :func:`kg.corpus.postwords.words` reads
them — and that full name defined with no other short form; not one whose letters are initials of its full name,
"NHNN", which :mod:`kg.corpus.postwords` already reads letter by letter). The table is small (under a hundred rows
on the 2017 corpus; harvesting costs about 0.25 CPU-s for the whole of it) and lives with the fold: each
article's pairs travel with it (:attr:`kg.corpus.build.Article.shorts`); the local build gathers them beside the
post lines (:class:`kg.corpus.postfold.PostLines`), the Dask build from the chunks' infos
(:attr:`kg.corpus.parts.ChunkInfo.shorts`) before the groupby; the table does not depend on the order of the
pairs, so both executors fold with the same one and write the same bytes.

When one official's post forms are folded (:func:`kg.corpus.postfold.fold`), a form whose phrase holds a short
form of the table is also read with its full name (:func:`expanded`, :attr:`kg.corpus.postforms.Form.read`: it
is compared both ways, so a definition only adds ways of being one post): "Chủ tịch HĐQT ABC" as "Chủ tịch HĐQT
Tập đoàn X Việt Nam", "Tập đoàn ABC" as the full name (the body head is the full name's own), and a bracketed
short form right after its own name ("Tập đoàn X Việt Nam (ABC)") is left out; a short form inside another name
("Xí nghiệp buýt ABC Hà Nội") is not read. The labels stay as written. Pure functions.

A full name is a body head of the lexicon that needs a name (``bodies.tsv``, column 4 = 1: "Tập đoàn", "Tổng công
ty", "Viện", "Hội"), written with a capital (not "xã hội" inside a name), and the words after it up to the bracket,
within one clause and sentence (no comma, colon, semicolon, bracket or full stop between) and at most
:data:`_MAX_NAME` tokens, a capital among them; when two heads stand there ("Hội đồng quản trị Tập đoàn X"), the
last one not inside another nor right after one ("Tổng công ty", not its "công ty"; "Tổng công ty Hạt điều X", not
the head "Hạt" that opens its name). A short form is one token of two to twelve
capitals or digits (with "&", "-" or "." inside) or a trade name written as one word with a capital, in Latin
letters without diacritics and of two syllables or more ("Abcotex": no Vietnamese syllable), no roman number,
no abbreviation of the lexicon (those are read already) and no name of a place or country of the lexicon; one
that spells only the last words of the name ("… thuế bảo vệ môi trường (BVMT)") abbreviates those words, not the
body. A short form whose full names are
forms of one name (:func:`_agree`: "Tập đoàn Dầu khí Việt Nam" / "… Quốc gia Việt Nam") stands for the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from kg.corpus.postforms import Form, form, same, within
from kg.corpus.postwords import Words, words
from kg.extract import lexicon
from kg.extract.normalise import fold, key, strip_diacritics

Pair = tuple[str, str]  # (short form as written, full name as written)
Table = dict[str, str]  # short form → full name (both as written: the full name's first definition in input order)

_MAX_NAME = 14
_SHORT = re.compile(r"[A-ZĐ0-9][A-ZĐ0-9&.\-]{0,10}[A-ZĐ0-9]")
_BRAND = re.compile(r"[A-Z][a-z]{3,15}")  # a trade name: "Abcotex" (:func:`_brand`)
_CALLED = re.compile(r"(?:sau đây\s+)?(?:(?:có\s+)?tên\s+viết\s+tắt|viết\s+tắt|gọi\s+tắt)(?:\s+là|:)?\s+(\S+)",
                     re.IGNORECASE)
_CALLED_AFTER = re.compile(r",\s*(?:sau đây\s+)?gọi\s+tắt\s+là\s+([^\s,.;()]+)", re.IGNORECASE)
_OPEN = re.compile(r"\(([^()]{2,160})\)")  # a bracket's text
_STOP = frozenset(",;:()[]\"“”")


@cache
def _heads() -> tuple[tuple[str, ...], ...]:
    """Folded words of the lexicon's body heads that need a name, longest first."""
    heads = {tuple(key(r[0]).split()) for r in lexicon.rows("bodies") if r[3:4] == ["1"]}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


@cache
def _not_short() -> frozenset[str]:
    """Folded names that are no body's short form: the lexicon's places and countries."""
    names = {key(r[0]) for r in lexicon.rows("provinces")} | {key(r[0]) for r in lexicon.rows("countries")}
    return frozenset(names)


def is_short(tok: str) -> bool:
    """Whether a token can be a body's short form (module docstring)."""
    letters = [c for c in tok if c.isalpha()]
    return ((bool(_SHORT.fullmatch(tok)) and len(letters) >= 2 and len(tok) <= 12 or _brand(tok))
            and not re.fullmatch(r"[IVXLC]+", tok) and tok not in lexicon.abbreviations()
            and key(tok) not in _not_short())


def _brand(tok: str) -> bool:
    """Whether a token is a trade name written as one word with a capital ("Abcotex"): Latin letters without
    diacritics, lower case after the first, and two groups of vowels or more (no Vietnamese syllable has two:
    "Hòa", "Vinh", "Nguyen" are one word of one syllable)."""
    return bool(_BRAND.fullmatch(tok)) and len(re.findall(r"[aeiouy]+", tok.lower())) >= 2


def _name_before(text: str) -> str | None:
    """The full name that ends ``text`` (the words right before a bracket): from the last body head not inside
    another, within one clause; None if there is none."""
    toks = text.split()[-_MAX_NAME - 3 :]
    cut = max((i for i, t in enumerate(toks) if any(c in _STOP for c in t) or _ends_sentence(t)), default=-1)
    toks = toks[cut + 1 :]
    return _name_at(toks)


def _ends_sentence(tok: str) -> bool:
    """Whether a token ends a sentence: a full stop, "?" or "!" after a word (not an abbreviation's dot, "TP.")."""
    return tok[-1:] in "?!" or (tok.endswith(".") and not tok[:-1].replace(".", "").isupper())


def _name_at(toks: Sequence[str]) -> str | None:
    """The name that begins at the last body head of ``toks`` not inside another nor right after one (the first
    word of its name: "Tổng công ty Hạt điều X", not "Hạt"), up to their end."""
    folded = [key(t) for t in toks]
    spans = [(i, i + len(h)) for i in range(len(toks)) if toks[i][:1].isupper()
             for h in _heads() if tuple(folded[i : i + len(h)]) == h]
    spans = [s for s in spans if not any(o[0] < s[0] <= o[1] or (o[0] == s[0] and o[1] > s[1]) for o in spans)]
    if not spans:
        return None
    start, end = max(spans)
    rest = toks[end:]
    if not rest or len(toks) - start > _MAX_NAME or not any(t[:1].isupper() for t in rest):
        return None
    return " ".join(toks[start:])


def _name_inside(text: str) -> str | None:
    """A full name that is the whole of a bracket's text ("ABC (Tập đoàn X Việt Nam)")."""
    toks = text.split()
    if not toks or any(any(c in _STOP for c in t) for t in toks) or len(toks) > _MAX_NAME:
        return None
    name = _name_at(toks)
    return name if name is not None and name.split()[0] == toks[0] else None


def harvest(text: str) -> tuple[Pair, ...]:
    """The short forms one article defines, each with its full name, in order of the text (module docstring)."""
    out: list[Pair] = []
    for m in _OPEN.finditer(text):
        inner, ahead = m.group(1).strip(), text[max(0, m.start() - 220) : m.start()]
        called = _CALLED.fullmatch(inner)
        short = called.group(1) if called else inner
        before = ahead.rsplit(maxsplit=1)[-1] if ahead.strip() else ""  # the token right before the bracket
        name = _name_before(ahead) if is_short(short) else None
        if name is not None and not _spells_tail(short, name):
            out.append((short, name))
        elif is_short(before) and (name := _name_inside(inner)) is not None:
            out.append((before, name))
    for m in _CALLED_AFTER.finditer(text):
        name = _name_before(text[max(0, m.start() - 220) : m.start()]) if is_short(m.group(1)) else None
        if name is not None:
            out.append((m.group(1), name))
    return tuple(dict.fromkeys(out))


def _agree(fulls: Iterable[str]) -> str | None:
    """The one full name that ``fulls`` (one short form's, each defined somewhere) write: the longest, when every
    other is a form of it (the same words, initials, level words, or words left out: "Tập đoàn Dầu khí Việt Nam" /
    "Tập đoàn Dầu khí Quốc gia Việt Nam"); None when two are different bodies."""
    by = {f: form("", f, "") for f in sorted(set(fulls))}
    longest = min(by, key=lambda f: (-len(by[f].body), f))
    top = by[longest]
    return longest if all(same(g, top) or within(g, top) for g in by.values()) else None


def table(pairs: Iterable[Pair]) -> Table:
    """The unambiguous short forms of the whole input (module docstring), whatever the order of ``pairs``; a full
    name may have one in capitals and one trade name ("ABC" and "Abcotex"), not two of one kind."""
    fulls: dict[str, set[str]] = {}
    for short, full in pairs:
        fulls.setdefault(short, set()).add(full)
    agreed = {s: _agree(f) for s, f in sorted(fulls.items())}
    shorts: dict[tuple[tuple[str, ...], bool], set[str]] = {}  # (full name, a trade name) → its short forms
    for s, f in fulls.items():
        for full in f:
            shorts.setdefault((words(full), _brand(s)), set()).add(s)
    return {s: full for s, full in agreed.items() if full is not None and not _initials(s, full)
            and all(len(shorts[(words(g), _brand(s))]) == 1 for g in fulls[s])}


def _initials(short: str, full: str) -> bool:
    """Whether the letters of ``short`` are initials of words of ``full`` in order ("VHTT": Sở Văn hóa thông tin;
    "NHNN": Ngân hàng Nhà nước): such a short form reads itself (:func:`kg.corpus.postwords.words` spells it out
    letter by letter) and needs no definition — one that does not ("PVN": Tập đoàn Dầu khí …) does."""
    letters = iter(fold("".join(w[0] for w in full.split() if w[:1].isalpha())))
    return all(c in letters for c in fold("".join(c for c in short if c.isalpha())))


def _spells_tail(short: str, name: str) -> bool:
    """Whether ``short`` spells the last words of ``name``, in lower case, but not all the words after its head: it
    abbreviates a phrase that ends the name ("… thuế bảo vệ môi trường (BVMT)"), not the body ("Công ty cổ phần
    Gốm Sông Mây (GSM)" is the body's)."""
    letters = "".join(c for c in strip_diacritics(short).lower() if c.isalpha())
    tail = [w for w in name.split()[1:] if w[:1].isalpha()]
    n = len(letters)
    return (0 < n < len(tail) and "".join(strip_diacritics(w[0]).lower() for w in tail[-n:]) == letters
            and not any(w[:1].isupper() for w in tail[-n:]))


def _strip(tok: str) -> str:
    return tok.strip(",;:()")


@cache
def _openers() -> tuple[Words, ...]:
    """The words of a company's board nouns (``bodies.tsv`` column ``board``: "Hội đồng quản trị", "HĐQT"), after
    which a short form is the company's."""
    return tuple(sorted(words(r[0]) for r in lexicon.rows("bodies") if r[6:7] == ["board"]))


def _read(phrase: str, title: str, shorts: Table) -> str:
    """``phrase`` with each short form of ``shorts`` read as its full name (module docstring) where it stands for a
    body: right after the title or a company's board, or after the full name's own head ("Tập đoàn ABC"); a
    bracketed one right after its name goes; one inside another name ("Xí nghiệp buýt nhanh ABC Hà Nội") stays."""
    out: list[str] = []
    head = words(title)
    for tok in phrase.split():
        full = shorts.get(_strip(tok))
        if full is None:
            out.append(tok)
            continue
        names = full.split()
        if tok.startswith("(") and out and key(out[-1]) == key(names[-1]):
            continue  # "Tập đoàn X Việt Nam (ABC)": the short form restates the name before it
        n = next((n for n in range(min(len(names) - 1, len(out)), 0, -1)
                  if [key(t) for t in out[-n:]] == [key(t) for t in names[:n]]), 0)  # "Tập đoàn ABC": its own head
        before = words(" ".join(out))
        if n or (head and before[-len(head):] == head) or any(before[-len(b):] == b for b in _openers()):
            out[len(out) - n :] = names
        else:
            out.append(tok)
    return " ".join(out)


def expanded(forms: Sequence[Form], shorts: Table) -> list[Form]:
    """``forms`` with each one whose phrase holds a short form of ``shorts`` also read with its full name
    (:attr:`kg.corpus.postforms.Form.read`: compared as written and so read, so a short form only ever adds to
    the ways two forms are one post)."""
    if not shorts:
        return list(forms)
    out = []
    for f in forms:
        read = _read(f.phrase, f.title, shorts) if any(_strip(t) in shorts for t in f.phrase.split()) else f.phrase
        out.append(replace(f, read=(form(f.post, read, f.title, f.bare),)) if read != f.phrase else f)
    return out
