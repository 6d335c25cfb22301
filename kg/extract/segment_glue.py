"""Sentence boundaries without punctuation: a scraped sub-heading or caption run on into the next sentence.

"… nâng cấp chợ Cũng tại buổi làm việc, bà A cho biết …": a capitalised sentence opener right after a word, with
one space and no punctuation between, starts a sentence when what follows it opens a clause
(``kg/lexicon/sentence_leads.tsv``, the connectives of ``kg/lexicon/phrase_openers.tsv``):

- a connective phrase ("Tuy nhiên", "Trước đó", "Theo đó"), after a capitalised word (a name run: "Phạm Văn
  Đồng thời …") only with a comma a few words on;
- a time word before a date or a then/time word ("Sáng 3/7", "Chiều tối 7.6", "Sáng nay");
- a lead word ("Theo", "Về", "Cũng", …) before a lower-case word or a number with a comma a few words on
  ("Về vấn đề này, …"); after a lower-case word outside a capitalised run and not after a place word or a rank,
  a capitalised word may follow too ("… chợ Theo Sở Công thương, …"); a lead that is a given name too ("Tại",
  "Hiện") only after a lower-case word outside a capitalised run ("ông Lê Văn Tại", "Hội nghị X") and never before
  a capitalised word ("thị xã Từ Sơn", "trung tá Từ Văn …").

Never after an honorific ("ông Sáng") or a bare body head that needs a name ("Ủy ban Về các vấn đề xã hội"; a
date may follow one), never where the opener continues a name ("Trường Sau đại học"). Each
candidate is found by one regular expression without backtracking and checked on a bounded window: linear time.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

_WINDOW = 16  # words after the opener within which a lead's comma must come
_STOP = re.compile(r"[.;:!?…](?:\s|$)")


@cache
def _leads() -> dict[str, str]:
    return {key(r[0]): r[1] for r in lexicon.rows("sentence_leads")}


@cache
def _openers() -> frozenset[str]:
    """The capitalised first words of the openers (leads and connectives)."""
    firsts = {k.split(" ", 1)[0] for k, kind in _leads().items() if kind != "name"}
    firsts |= {k.split(" ", 1)[0] for k in lexicon.roles("phrase_openers").get("connective", frozenset())}
    return frozenset(f[:1].upper() + f[1:] for f in firsts)


@cache
def _candidate() -> re.Pattern[str]:
    forms = sorted(_openers(), key=lambda f: (-len(f), f))
    # the letter or digit before the space tested after it (a look-behind over both): the pattern opens with the space,
    # which the regex engine finds fast, not with a look-behind tried at every position
    return re.compile(r" (?<=[^\W_] )(?:" + "|".join(map(re.escape, forms)) + r")(?= )")


@cache
def _heads() -> frozenset[str]:
    """The body heads that need a name after them (``bodies``: "Ủy ban", "Trường", "Ban Chỉ đạo")."""
    return frozenset(key(r[0]) for r in lexicon.rows("bodies") if len(r) > 3 and r[3] == "1")


def _head_before(before: list[str]) -> bool:
    """Whether the words ``before`` end in a bare body head that opens a capitalised run, whose name the opener
    begins ("Ủy viên Thường trực Ủy ban Về các vấn đề xã hội"; not "phố Bùi Viện Theo bà A, …")."""
    for n in (1, 2, 3):
        tail = before[-n:]
        if len(before) > n and tail[0][:1].isupper() and not before[-n - 1][:1].isupper() and \
                key(" ".join(tail)) in _heads():
            return True
    return False


def _names_next(before: list[str]) -> bool:
    """Whether the words ``before`` end in a place word or level after which a capitalised word is a name
    ("thị xã Từ Sơn", ``place_words``)."""
    names = lexicon.words("place_words") | lexicon.words("ranks")
    return key(before[-1]) in names or (len(before) > 1 and key(" ".join(before[-2:])) in names)


def _words(s: str) -> list[str]:
    return s.split(" ")


def _opens_clause(text: str, at: int, end: int, lower_run: bool, capital: bool, named: bool) -> bool:
    """Whether the capitalised word at ``at`` (to ``end`` of the paragraph) opens a clause."""
    after = text[at : min(end, at + 160)]
    words = _words(after)
    if len(words) < 2:
        return False
    two, three = key(" ".join(words[:2])), key(" ".join(words[:3]))
    leads, openers = _leads(), lexicon.roles("phrase_openers")
    if leads.get(two) == "name" or leads.get(three) == "name":
        return False
    if words[1][:1].islower() and (two in openers.get("connective", ()) or three in openers.get("connective", ())):
        return not capital or _comma_soon(after)
    size = 2 if leads.get(two) else 1
    kind, nxt = leads.get(two) or leads.get(key(words[0])), words[size] if len(words) > size else ""
    if kind in ("lead", "given") and words[size - 1].endswith(","):
        return kind == "lead" or lower_run  # "Đặc biệt, …": the adverbial set off by its comma
    if kind == "time":
        then = openers.get("then", frozenset()) | openers.get("time", frozenset())
        return (nxt[:1].isdigit() or key(nxt) in then) and _comma_soon(after)
    if kind not in ("lead", "given") or (kind == "given" and not lower_run):
        return False
    clause = nxt[:1].islower() or nxt[:1].isdigit() or (kind == "lead" and lower_run and not named)
    return clause and _comma_soon(after)


def _dated(text: str, at: int, end: int) -> bool:
    """Whether the word at ``at`` is a time word before a number ("Ngày 8/2")."""
    words = _words(text[at : min(end, at + 24)])
    return len(words) > 1 and _leads().get(key(words[0])) == "time" and words[1][:1].isdigit()


def _comma_soon(after: str) -> bool:
    """Whether a comma comes within :data:`_WINDOW` words of ``after`` and before any sentence punctuation."""
    stop = _STOP.search(after)
    head = after[: stop.start()] if stop else after
    comma = head.find(",")
    return comma > 0 and len(_words(head[:comma])) <= _WINDOW


def glue_cuts(text: str, start: int, end: int) -> list[int]:
    """The offsets in ``text[start:end]`` (one sentence) where a glued sentence starts."""
    cuts = []
    honorifics = lexicon.words("honorifics")
    for m in _candidate().finditer(text, start, end):
        before = _words(text[max(start, m.start() - 40) : m.start()])
        prev = before[-1]
        if key(prev) in honorifics or (len(before) > 1 and key(" ".join(before[-2:])) in honorifics):
            continue
        if _head_before(before) and not _dated(text, m.start() + 1, end):
            continue
        lower_run = (prev[:1].islower() or prev[:1].isdigit()) and not (len(before) > 1 and before[-2][:1].isupper())
        if _opens_clause(text, m.start() + 1, end, lower_run, prev[:1].isupper(), _names_next(before)):
            cuts.append(m.start() + 1)
    return cuts


def opens_after_abbreviation(text: str, at: int, end: int) -> bool:
    """Whether the word at ``at``, after a dot that closes an abbreviation ("… của UBND TP. Về vấn đề này, …"),
    opens a clause as a glued opener after a capitalised word does: a sentence starts there."""
    word = text[at : min(end, at + 16)].split(" ", 1)[0]
    return word in _openers() and _opens_clause(text, at, end, False, True, True)


def split_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences of one paragraph) each cut where a glued sentence starts, unless the piece before the
    cut is all capitalised words."""
    out = []
    for s, e in spans:
        for cut in glue_cuts(text, s, e):
            if _all_capitalised(text[s:cut]):
                continue
            out.append((s, s + len(text[s:cut].rstrip())))
            s = cut
        out.append((s, e))
    return out


def _all_capitalised(piece: str) -> bool:
    """Whether every word of ``piece`` that starts with a letter is capitalised and no colon stands in it: a caption
    such as "ĐBQH Lò Văn A", which would stand alone as a title-case heading whose names are not read, stays with
    the next sentence; a photo credit ("Ảnh: Lò Văn B") does not."""
    return ":" not in piece and all(w[:1].isupper() for w in piece.split() if w[:1].isalpha())
