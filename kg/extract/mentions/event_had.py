"""A meeting named by a head the lexicon holds no head for, where the clause reports it held (events42f): "Chiều 5/3,
ông A đã có cuộc hội đàm với ông B.", "Sở X đã tổ chức buổi gặp gỡ các doanh nghiệp Y.".

A meeting noun of class ``reported-head`` of ``event_words.tsv`` ("cuộc hội đàm", "buổi gặp gỡ") is no head of
``events.tsv``: alone it is mostly a plan ("sẽ có cuộc hội đàm …"), a reference back ("Tại cuộc hội đàm, …") or a
passing mention ("kết quả của cuộc hội đàm …"). It names the meeting the article reports only right after "có"
that follows "đã"/"vừa" (class ``reported``), a determiner ("các", "một") between allowed, or right after "tổ
chức" where that verb reports (as :mod:`kg.extract.mentions.event_hop` reads it: after "đã"/"vừa" or in a dated
clause; never after a plan word, a directive or a negation). The name is the head and its complement as the name
grammar reads it, whole (it ends before a full stop, a line's end or a word of class ``rite-stop``), written as in
the text; a head with no complement the grammar reads is none. "với", a form of address and a person found in the
text ("với ông B", "với đồng chí B") is a complement of its own: the name ends with the person's name, before a
comma or a full stop, whole ("cuộc hội đàm với ông B | , Phó Chủ tịch …"). Not where an
event mention already covers the head, nor where a named event of the article holds the name.
"""

from __future__ import annotations

import re

from kg.extract import event_tokens
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_hop import meeting_name, reported
from kg.extract.mentions.event_verbal import grammar_bounds
from kg.extract.normalise import key

_DETERMINERS = frozenset({"các", "một"})


def _report(text: str, start: int, head: int) -> bool:
    """Whether the words before the head at ``head`` report the meeting held: "đã có", "vừa có các", "tổ chức"."""
    before = list(re.finditer(r"\S+", text[max(start, head - 40) : head]))
    words = [key(w.group()) for w in before]
    if words and words[-1] in _DETERMINERS:
        words, before = words[:-1], before[:-1]
    if not words:
        return False
    at = max(start, head - 40) + before[-1].start()
    if words[-1] == "có":
        return len(words) > 1 and words[-2] in event_tokens.cls("reported") \
            and reported(text, start, at)
    return len(words) > 1 and " ".join(words[-2:]) == "tổ chức" and reported(text, start, head)


def _with_person(text: str, opens: int, found: list[Mention]) -> int | None:
    """The end of "với", a form of address and a person's name at ``opens``, whole (see the module), or None."""
    if not text.startswith("với ", opens):
        return None
    address = next((m for m in found if m.kind == "honorific" and m.start == opens + 4), None)
    person = next((m for m in found if m.kind == "person" and address and m.start == address.end + 1), None)
    if person is None or not re.match(r"\s*(?:[,.;:!?]|$)", text[person.end : person.end + 2]):
        return None
    return person.end


def had_events(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The meetings a sentence reports by "đã có cuộc hội đàm …" or "tổ chức buổi gặp gỡ …" (see the module)."""
    heads = event_tokens.forms("reported-head")
    units, inner, events, headed = grammar_bounds(found)
    out: list[Mention] = []
    for s in sentences:
        for h in heads.finditer(text, s.start, s.end):
            a, opens = h.start(), h.end() + 1
            if any(m.start <= a < m.end for m in events) or opens >= s.end or text[h.end()] != " " \
                    or not _report(text, s.start, a):
                continue
            with_person = _with_person(text, opens, found)
            limit = min(s.end, a + 400)
            name = text[a:with_person] if with_person else meeting_name(text, a, opens, limit, units, inner)
            if len(name) > h.end() - a and not any(f" {key(name)} " in x for x in headed):
                out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index,
                                   key=key(name), attrs=(("cls", "Meeting"), ("en", "meeting"), ("verbal", "1"))))
    return out
