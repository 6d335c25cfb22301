"""A national office's bare title after a name and a comma that opens the main clause, where the name sits in a
fronted phrase: the name a role word after "của" / "đối với" / "với" governs ("Về ý kiến của đại biểu A, Phó Thủ
tướng nêu rõ …"), or a name with its own post written right before it ("Vui mừng gặp lại Bí thư Khu ủy X A, Thủ
tướng nhấn mạnh …"). The title, right before a verb, is the subject of the main clause, not the name's post (as
:func:`kg.extract.post_subjects.new_subject` for an honorific after the preposition); the posts after the name end
before it. Read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re

from kg.extract import lexicon, post_subjects, post_verbs
from kg.extract import posts as post_grammar
from kg.extract.document import Sentence
from kg.extract.normalise import key

# "của đại biểu A", "với cử tri A": a preposition and one or two lower-case role words right before the name
_GOVERNED_ROLE = re.compile(r"(?<!\w)(?:của|đối với|với)\s+(?:(?-i:[^\W\d_A-ZĐ])\w*\s+){1,2}$", re.IGNORECASE)
# between a post phrase and its holder's name: the rest of the body's name, no punctuation, at most eight words
_RUN = re.compile(r"(?:\s+[^\s,;:()]+){0,8}\s+")
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def main_clause(text: str, phrases: list[post_grammar.Phrase], lo: int, name_start: int, sent: Sentence) -> int:
    """:func:`kg.extract.post_subjects.main_clause`, or the start of a national office's bare title after a fronted
    name (:func:`fronted_subject`) when that comes first."""
    first = post_subjects.main_clause(text, phrases, lo, name_start, sent)
    fronted = (ph[2] for ph in phrases if lo <= ph[2] < first and fronted_subject(text, ph, phrases, name_start,
                                                                                   lo, sent.start))
    return min(fronted, default=first)


def fronted_subject(text: str, ph: post_grammar.Phrase, phrases: list[post_grammar.Phrase], name_start: int,
                    name_end: int, sent_start: int) -> bool:
    """``ph`` is a bare title with a body of its own (``posts.tsv``'s implied body: "Thủ tướng", "Phó Thủ tướng")
    right after the name and a comma and right before a lower-case verb, and the name is governed by a role word
    after a preposition or has a post phrase right before it (its body's name may run on to the name)."""
    entry = lexicon.by_key("posts").get(key(ph[0].text))
    comma = _COMMA.match(text, name_end)
    if entry is None or not (entry.extra[:1] and entry.extra[0]) or ph[1] is not None or ph[3] != ph[0].end \
            or comma is None or comma.end() != ph[2]:
        return False
    nxt = post_verbs.NEXT_WORDS.match(text, ph[3])
    if nxt is None or not nxt.group(1).islower() or not {key(nxt.group(1)), key(nxt.group(0))} & post_verbs.verbs():
        return False
    return bool(_GOVERNED_ROLE.search(text, sent_start, name_start)) or any(
        q[3] <= name_start and _RUN.fullmatch(text, q[3], name_start) for q in phrases)
