"""The unit a bare title heads, written after it in lower case where the bare walk of :mod:`kg.extract.post_ends`
takes nothing: a lower-case body's head (``bodies.tsv`` heads that need a name, ``unit_kinds.tsv`` ``lower-head``:
"xí nghiệp", "hội đồng", "đoàn", "cơ quan") or the title's own head ("Trưởng phòng"), then the unit's name —
lower-case field words, capitalised words, "của" and a body's head — closed by punctuation, a verb of saying or an
auxiliary of the holder's clause (a capitalised word, or at most six words all in lower case — after a title's own
head words only, no number) ("Giám đốc xí nghiệp cơ khí của công ty,", "Trưởng phòng quản lý chợ Tây Lô cho
biết", "Trưởng ban phụ huynh của trường cho biết"); and a title's field in lower case before "của" and a
capitalised body ("trợ lý giám đốc bán hàng của Công ty X,"). Never over a verb, a function or time word, a
person's name or another title: an open name is not taken.
Read by :mod:`kg.extract.post_tails`."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names, post_ends
from kg.extract.document import Mention
from kg.extract.normalise import key

_WORD = re.compile(r"\s+([^\W_][\w&'’-]*)")
_CLOSE = re.compile(r"\s*(?:[,;()!?\"“”]|\.(?!\w)|[-–]\s|$)")  # (not a colon: "… công ty lý giải: …")
_MOST, _LOWER_MOST = 12, 6  # words of a name; of one all in lower case
_OF = key("của")


def unit_name_end(text: str, start: int, limit: int, stops: set[int]) -> int:
    """The end of the unit's name after a bare title ending at ``start`` (see the module); 0 when there is none."""
    if _complete(text, start):
        return 0
    head = _lower_head_end(text, start, limit)
    if head or post_ends._ends_with_head(text, start):
        origin = head or start
        end = _run_end(text, origin, limit, stops)
        words = text[origin:end].split()
        capped = any(w[:1].isupper() for w in words)
        lower = len(words) <= _LOWER_MOST and (head or all(w.islower() for w in words))  # (no number: "số 5")
        return end if end > origin and (capped or lower) else 0
    return _field_of_end(text, start, limit, stops)


def _complete(text: str, end: int) -> bool:
    """The title that ends at ``end`` is a whole post with the body it implies (``posts.tsv``: "đại biểu Quốc
    hội", "Chủ tịch nước"): a unit after it is no part of it."""
    words = text[max(0, end - 48) : end].split()
    posts = lexicon.by_key("posts")
    return any((e := posts.get(key(" ".join(words[-n:])))) is not None and bool(e.extra[:1] and e.extra[0])
               for n in range(2, min(len(words), 5) + 1))


def board_unit_end(text: str, end: int, limit: int, stops: set[int]) -> int:
    """After a company's board written as its short form ("HĐQT"), the company in lower case and its name, closed
    ("Chủ tịch HĐQT công ty vận tải biển Tây Lô được …"): the name's end; 0 when not so."""
    head = _lower_head_end(text, end, limit)
    run = _run_end(text, head, limit, stops) if head else 0
    return run if run > head else 0


def is_board(body: Mention) -> bool:
    """The body mention is a company's board ("HĐQT"; ``bodies.tsv`` ``board``)."""
    entry = lexicon.by_key("bodies").get(key(body.attr("head") or ""))
    return entry is not None and entry.extra[4:5] == ("board",)


def is_firm(body: Mention) -> bool:
    """The body mention is a firm named after its head ("Công ty X", "Tập đoàn X"; ``bodies.tsv`` class
    ``Enterprise``, a head that needs a name): a bare title before a comma and it is the firm's post."""
    entry = lexicon.by_key("bodies").get(key(body.attr("head") or ""))
    return entry is not None and entry.en == "Enterprise" and entry.extra[1:2] == ("1",) and body.text[:1].isupper()


def _lower_head_end(text: str, pos: int, limit: int) -> int:
    """A lower-case body's head of one or two words at ``pos`` that needs a name; 0 when none."""
    one = _WORD.match(text, pos, limit)
    if one is None or not one.group(1).islower():
        return 0
    two = _WORD.match(text, one.end(), limit)
    if two is not None and two.group(1).islower() and key(f"{one.group(1)} {two.group(1)}") in _heads():
        return two.end()
    return one.end() if key(one.group(1)) in _heads() else 0


def _run_end(text: str, pos: int, limit: int, stops: set[int]) -> int:
    """Past the words of a unit's name from ``pos`` when a closer follows them (see the module); else ``pos``."""
    start, n = pos, 0
    while n < _MOST and (m := _WORD.match(text, pos, limit)) and m.start(1) not in stops:
        word = key(m.group(1))
        if word == _OF and (h := _lower_head_end(text, m.end(), limit) or _cap_head_end(text, m.end(), limit)):
            pos, n = h, n + 2  # "… của công ty", "… của Công ty X"
            continue
        if _stop(text, m, limit):
            break
        pos, n = m.end(), n + 1
    return pos if pos > start and _closed(text, pos, limit) else start


def _field_of_end(text: str, start: int, limit: int, stops: set[int]) -> int:
    """A title's field of one to three lower-case words, then "của" and a capitalised body's head and its name,
    closed ("giám đốc bán hàng của Công ty X,"); 0 when not so."""
    pos, n = start, 0
    while n < 3 and (m := _WORD.match(text, pos, limit)) and m.start(1) not in stops and m.group(1).islower() \
            and key(m.group(1)) != _OF and not _stop(text, m, limit):
        pos, n = m.end(), n + 1
    of = re.match(r"\s+của(?=\s)", text[pos:limit])
    if not n or of is None or not (head := _cap_head_end(text, pos + of.end(), limit)):
        return 0
    end = post_ends.bare_body_end(text, head, limit, stops)
    return end if end > head and _closed(text, end, limit) else 0


def _cap_head_end(text: str, pos: int, limit: int) -> int:
    """A capitalised body's head of one or two words at ``pos`` ("Công ty", "Sở"); 0 when none."""
    one = _WORD.match(text, pos, limit)
    if one is None or not one.group(1)[:1].isupper() or one.group(1).isupper():
        return 0
    two = _WORD.match(text, one.end(), limit)
    if two is not None and key(f"{one.group(1)} {two.group(1)}") in _heads():
        return two.end()
    return one.end() if key(one.group(1)) in _heads() else 0


def _stop(text: str, m: re.Match[str], limit: int) -> bool:
    """The word ``m`` ends a name: a verb, function or time word (alone or with the next word), a form of address,
    the start of a title, or an auxiliary."""
    nxt = _WORD.match(text, m.end(), limit)
    one = key(m.group(1))
    two = f"{one} {key(nxt.group(1))}" if nxt is not None else ""
    if two in lexicon.words("name_nouns") or post_ends._ends_noun(text, m):
        return False  # "chợ đầu mối": a noun of two syllables whose first alone is a function word
    words = _stop_words()
    return one in words or two in words or one in _aux() or one in lexicon.by_key("honorifics") \
        or one in lexicon.by_key("posts") or two in lexicon.by_key("posts")


def _closed(text: str, pos: int, limit: int) -> bool:
    """Punctuation, the sentence's end, a verb of saying or an auxiliary of the holder's clause follows ``pos``."""
    if _CLOSE.match(text, pos, limit) or post_ends._says(text, pos, limit):
        return True
    m = _WORD.match(text, pos, limit)
    return m is not None and m.group(1).islower() and key(m.group(1)) in _aux()


@cache
def _aux() -> frozenset[str]:
    """Auxiliaries that open the holder's predicate: a subject's (``person_cues`` ``subject``) and the passive's."""
    return names.cue_phrases("subject") | {key("được"), key("bị")}


@cache
def _stop_words() -> frozenset[str]:
    return lexicon.words("name_stops") | names.cue_phrases("speech") | lexicon.words("phrase_openers")


@cache
def _heads() -> frozenset[str]:
    """Heads of bodies that need a name (``bodies.tsv``) and the lower-case unit nouns of ``unit_kinds.tsv``."""
    return needs_name() | lexicon.roles("unit_kinds").get("lower-head", frozenset())


@cache
def needs_name() -> frozenset[str]:
    """Heads of ``bodies.tsv`` that need a name after them ("Cục", "Ban", "Phòng")."""
    return frozenset(k for k, e in lexicon.by_key("bodies").items() if e.extra[1:2] == ("1",))
