"""The pronoun subject of a career sentence, where :mod:`kg.extract.facts.pronouns` does not see it or must not
trust it.

* After an opening time phrase written without a comma: "Năm 1975 ông là POST", "Năm 1980, trong những ngày khó
  khăn nhất của X đồng chí được cử làm POST; POST" — the lower-case pronoun ("ông", "bà", "đồng chí") right before a
  copula or a verb of office, in a sentence that opens with a year or a time adverb ("Sau đó", "Trước đó") and
  names no person and no title before it; the word right before it is no function word, kin word or plural
  ("các đồng chí", "vợ ông", "cho ông" are no subjects).
* Two persons in play: a pronoun whose antecedent is one of several persons joined by "," / "và" / ";" ("Ông A và
  ông B đến dự. Trước đó, ông là POST"; "cùng các đồng chí: A, B, C, đồng chí được phân công là POST") stands for
  none of them (a person introduced with the other pronoun's honorific is no candidate: "ông A và bà B"; a "đồng
  chí" then stands for the one person the title names, if any); a companion that "cùng" / "với" governs after a
  pronoun ("ông đã cùng Phó Chủ tịch A đi thăm …") is passed over for the person named before.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.facts.context import _Ctx
from kg.extract.normalise import key

_PRONOUN = lexicon.alternation("honorifics", 2, "address", "comrade")  # lower case: inside the sentence
_OPEN_PRONOUN = re.compile(
    r"(?<=\s)(" + _PRONOUN + r")\s+"
    r"(?=(?:" + lexicon.alternation("time_adverbs", 2, "pronoun") + r"\s+)*"
    r"(?:là|được|" + lexicon.alternation("personnel_verbs", 3, "pronoun") + r")\s)"
)
# what every match of _OPEN_PRONOUN holds, searched first (fast: a pattern that opens with a literal is scanned for
# its first letters, one that opens with a look-behind is tried at every offset)
_OPEN_CUE = re.compile(r"(?:" + _PRONOUN + r")\s+(?:" + lexicon.alternation("time_adverbs", 2, "pronoun")
                       + r"|là|được|" + lexicon.alternation("personnel_verbs", 3, "pronoun") + r")\s")
# a sentence that opens with a time: a year in it before the pronoun, or a time adverb first ("Sau đó", "Trước đó")
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
_OPENING_ADVERB = re.compile(lexicon.alternation("time_adverbs", 2, "pronoun", "post-first", capitalised=True)
                             + r"(?!\w)")
_LAST_WORD = re.compile(r"([^\W_]+)\W*$")
_OTHER = {"ông": "bà", "bà": "ông"}
_JOINED = re.compile(r"\s*(?:,|;|và)\s*(?:" + _PRONOUN + r"\s+)?", re.IGNORECASE)


def opened(ctx: _Ctx, sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, pronoun) of each lower-case pronoun subject after an opening time phrase without a comma."""
    out: list[tuple[int, int, str]] = []
    text = ctx.doc.text
    if not _OPEN_CUE.search(text, sent.start, sent.end):
        return out
    named = [m.start for m in ctx.of(sent.index, "person", "title")]
    for m in _OPEN_PRONOUN.finditer(text, sent.start, sent.end):
        lead = text[sent.start : m.start(1)]
        word = _LAST_WORD.search(lead)
        if word is None or any(x < m.start(1) for x in named) or not (
                _YEAR.search(lead) or _OPENING_ADVERB.match(lead)) or _function_word(word.group(1)):
            continue
        out.append((m.start(1), m.end(1), m.group(1).lower()))
    return out


def _function_word(word: str) -> bool:
    """A word after which a pronoun is no subject: a function word or verb (``name_stops``), a kin word
    (``kin_words``), or an honorific (a pronoun's own first word)."""
    w = key(word)
    return not word[:1].isdigit() and not word[:1].isupper() and (
        w in lexicon.words("name_stops") or w in lexicon.words("kin_words") or w in lexicon.words("honorifics"))


# a name governed by "cùng (với)" / "với": the companion of the clause's subject, who is another person
_COMPANION = re.compile(r"(?<!\w)(?:cùng|với)\s+(?:[^\s,;:.()]+\s+){0,8}$", re.IGNORECASE)
_SUBJECT = re.compile(r"(?<!\w)" + lexicon.alternation("honorifics", 2, "address", "comrade", capitalised=True)
                      + r"(?!\w)")  # a pronoun or an honorific: someone named or meant before the companion


def companion(ctx: _Ctx, p: Mention) -> bool:
    """The mention ``p`` is the companion that "cùng" / "với" governs after a pronoun or an honorific ("đồng chí
    đã cùng Phó Thủ tướng A chỉ đạo …": the subject is another, named before; not "Phóng viên trò chuyện với ông
    A", where A is the one person in play)."""
    text = ctx.doc.text
    sent = ctx.doc.sentences[p.sentence]
    m = _COMPANION.search(text, max(sent.start, p.start - 60), p.start)
    return m is not None and _SUBJECT.search(text, sent.start, m.start()) is not None


def ambiguous(ctx: _Ctx, p: Mention, pronoun: str) -> bool:
    """The antecedent mention ``p`` is joined by "," / "và" / ";" to another person's name that the pronoun may
    stand for too (not one introduced with the other pronoun's honorific)."""
    text = ctx.doc.text
    honorifics = {h.end: h.attr("vi") for h in ctx.of(p.sentence, "honorific")}
    own = ctx.ent(p)
    others = sorted((q for q in ctx.of(p.sentence, "person") if (e := ctx.ent(q)) is not None and own is not None
                     and e.id != own.id), key=lambda q: q.start)
    for q in others:
        gap = text[q.end : p.start] if q.end <= p.start else text[p.end : q.start]
        if not _JOINED.fullmatch(gap):
            continue
        before = next((v for e, v in honorifics.items() if e <= q.start and not text[e : q.start].strip()), "")
        if before != _OTHER.get(pronoun):
            return True
    return False
