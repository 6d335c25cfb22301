"""A bare title after a name that opens the main clause, not the name's post: a title with a body of its own after
a name a preposition governs ("Đối với trường hợp của ông A, Tổng Bí thư nhấn mạnh …"), a post after a short name a
preposition governs ("Theo ông A, Bí thư Tỉnh ủy X nói …"), or a post after "Theo A," before a modal verb; the posts
after the name end where the first such title starts (:func:`main_clause`). Pure functions over the text, read by
:mod:`kg.extract.clauses`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names
from kg.extract import posts as post_grammar
from kg.extract.document import Sentence
from kg.extract.normalise import key
from kg.extract.post_verbs import NEXT_WORDS, verbs

# the honorifics before a name: the forms of address and "đồng chí" (``honorifics.tsv``, classes address, comrade;
# as :mod:`kg.extract.post_moves`)
_HONORIFIC = lexicon.alternation("honorifics", 2, "address", "comrade")


# "Đối với trường hợp của ông A, Tổng Bí thư nhấn mạnh …": a name a preposition governs, then a title that opens the
# main clause
_GOVERNED = re.compile(r"(?<!\w)(?:của|đối với|với)\s+(?:" + _HONORIFIC + r"\s+)?$", re.IGNORECASE)


def new_subject(text: str, ph: post_grammar.Phrase, name_start: int, sent_start: int) -> bool:
    """A bare title with a body of its own ("Tổng Bí thư", "Thủ tướng": ``posts.tsv``'s implied body) right before a
    lower-case verb (``name_stops`` that close nothing, ``directives``), after a name that "của" / "đối với" / "với"
    governs, is the subject of the main clause, not the name's post."""
    entry = lexicon.by_key("posts").get(key(ph[0].text))
    nxt = NEXT_WORDS.match(text, ph[3])
    if entry is None or not (entry.extra[:1] and entry.extra[0]) or ph[1] is not None or ph[3] != ph[0].end \
            or nxt is None or not nxt.group(1).islower() or not _GOVERNED.search(text, sent_start, name_start):
        return False
    words = [key(nxt.group(1)), key(nxt.group(0))]
    return any(w in verbs() for w in words)


# "Theo ông A, …", "Đồng quan điểm với ông A, …": a preposition, an honorific and a given name alone, then a comma
_GOVERNED_SHORT = re.compile(r"(?<!\w)(?:theo|của|đối với|với)\s+" + _HONORIFIC + r"\s+$", re.IGNORECASE)
_SHORT_NAME = re.compile(r"[A-ZĐ]\w*\s*,\s*")


def short_subject(text: str, ph: post_grammar.Phrase, name_start: int, sent_start: int) -> bool:
    """A post phrase right after a name called short (an honorific and the given name alone) that a preposition
    governs, and right before a lower-case verb, is the subject of the main clause ("Theo ông A, Bí thư Tỉnh ủy X
    nói …", "với ông A, Tổng thư ký cho biết …"), not the name's post — the full name carries that."""
    nxt = NEXT_WORDS.match(text, ph[3])
    if nxt is None or not nxt.group(1).islower() or not _SHORT_NAME.fullmatch(text, name_start, ph[2]) \
            or not _GOVERNED_SHORT.search(text, sent_start, name_start):
        return False
    return any(w in verbs() for w in (key(nxt.group(1)), key(nxt.group(0))))


# "Theo ông A, …", "Theo đại biểu A, …": "theo" and up to three words (an honorific, a degree), no comma, then the name
_ACCORDING = re.compile(r"(?<!\w)theo\s+(?:[^\s,.;:]+\s+){0,3}$", re.IGNORECASE)
_MODAL = re.compile(r" " + lexicon.alternation("modal_verbs", 2, "modal") + r"(?!\w)")  # modal_verbs.tsv


def reported_subject(text: str, ph: post_grammar.Phrase, name_start: int, sent_start: int) -> bool:
    """A post phrase right after "Theo A," (the source of what follows) and right before a modal verb or a negation
    ("Theo ông A, đại biểu không chỉ …", "Theo bà A, Chủ tịch UBND xã phải …") is the subject of the clause A is
    reported to say, not A's post (a verb of saying after it keeps it A's: "Theo ông A, Giám đốc Sở X cho biết")."""
    return bool(_MODAL.match(text, _rest_end(text, ph[3]))) and bool(_ACCORDING.search(text, sent_start, name_start))


_WORD = re.compile(r" ([^\W_][^\s,.;:()]*)")


@cache
def _clause_words() -> frozenset[str]:
    """Words that end a phrase: verbs and function words (``name_stops``), verbs of saying, connectives and time
    words (``phrase_openers``), modal verbs (``modal_verbs``)."""
    return lexicon.words("name_stops") | names.cue_phrases("speech") | lexicon.words("phrase_openers") \
        | lexicon.words("modal_verbs")


def _rest_end(text: str, end: int, most: int = 5) -> int:
    """Where the words that go on after a post phrase's end without punctuation stop, up to ``most`` words, none of
    them a verb, a function word or a verb of saying ("chủ cơ sở mầm non | tư thục Hoa Sen | đã …": the rest of the
    phrase's name)."""
    stops = _clause_words()
    for _ in range(most):
        m = _WORD.match(text, end)
        if m is None or key(m.group(1)) in stops:
            break
        end = m.end()
    return end


def main_clause(text: str, phrases: list[post_grammar.Phrase], lo: int, name_start: int, sent: Sentence) -> int:
    """Where the first title after ``lo`` that opens the main clause (:func:`new_subject`, :func:`short_subject`,
    :func:`reported_subject`) starts: the posts after the name end there (the sentence's end for none)."""
    return min((ph[2] for ph in phrases if ph[2] >= lo and (new_subject(text, ph, name_start, sent.start)
                                                             or short_subject(text, ph, name_start, sent.start)
                                                             or reported_subject(text, ph, name_start, sent.start))),
               default=sent.end)
