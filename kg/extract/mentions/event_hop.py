"""A meeting named by the verb "họp" and the word that opens its name (events42d): "Chiều 5/3, Sở X đã tổ chức họp báo
giới thiệu Lễ hội Y.", "Ngày 6/2, UBND tỉnh Z tổ chức họp tổng kết công tác A.", "Sở X đã họp với các đơn vị …".

The verb "họp" (``kg/lexicon/meeting_verbs.tsv``, where its object opens "next": the word after it) names the
meeting an article reports when it follows "đã"/"vừa" (class ``reported`` of ``event_words.tsv``) or "tổ chức"
(class ``organise``) and the word after it, in lower case, opens a name of the event grammar — a kind ("báo": a
press conference), a purpose ("tổng kết", "công bố") or a link ("với"), or a word of class ``meeting-object``
("dân", "khẩn", "kín", "kỳ", "mặt") alone or before such a word ("họp khẩn bàn về …", "họp kỳ thứ 15"): the name is
"họp" and the complement the grammar reads from that word (:func:`kg.extract.events.complement_end`), cut before a
word of class ``rite-stop`` ("tại", "để"). The name must be whole: it ends before a full stop, a line's end or that
word, or it is "họp" and one word before a comma ("họp báo, thông tin …"); where the grammar stops elsewhere it
stopped inside what names the meeting ("họp báo thông báo kết quả xử lý cán bộ | , công chức …"), no name. None when
cut before a demonstrative ("họp báo về sự việc | trên") or a post's holder. "tổ chức" is a report only after
"đã"/"vừa" or in a clause with a day ("chiều 5/3", "ngày 6-2", "sáng nay"); never after a word of class ``plan``
("sẽ", "dự kiến") or a body noun ("Ban tổ chức"), nor where the clause before holds a directive of kind ``request``
(``directives.tsv``: "yêu cầu", "giao") or a word of class ``unreported`` ("không", "phải"): a task, no report. What
the grammar reads no name from ("họp phân tích vụ việc …") stays unnamed. Not where an event mention already covers
the verb, nor where a named event of the article holds the name. "họp" right after its subject's name in a dated
clause, with no "đã" or "tổ chức", reports the meeting too when the name runs to the clause's end
(:mod:`kg.extract.mentions.event_unmarked`, events43a: "Sáng 30/6, HĐND tỉnh X họp báo về …").
"""

from __future__ import annotations

import re

from kg.extract import event_tokens, lexicon
from kg.extract import events as event_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_meet_verbs import open_end
from kg.extract.mentions.event_reported import holds_day
from kg.extract.mentions.event_rites import rite_stop
from kg.extract.mentions.event_unmarked import CLAUSE_END, Subjects, tasked, unmarked, whole
from kg.extract.mentions.event_verbal import grammar_bounds, planned
from kg.extract.normalise import key
from kg.extract.rx_words import word_led

_VERB = re.compile(word_led(["họp"]) + r"\s+(?=\w)")  # (?<!\w)họp: opening with its "h" (rx_words)


def reported(text: str, start: int, at: int) -> bool:
    """Whether "họp" at ``at``, after "đã"/"vừa" or "tổ chức", reports a meeting held (see the module)."""
    clause_start = max(start, text.rfind(";", start, at) + 1, text.rfind(":", start, at) + 1)
    raw = [w.strip("()").strip(",") for w in text[clause_start:at].split()]
    words = [key(w) for w in raw]
    if words and words[-1] in event_tokens.cls("reported"):
        return not tasked(raw[-4:-1])
    if len(words) < 2 or " ".join(words[-2:]) not in event_tokens.cls("organise"):
        return False
    organise = text.rfind(text[clause_start:at].split()[-2], clause_start, at)
    if planned(text, start, organise) or tasked(raw[:-2]):
        return False
    return (len(words) > 2 and words[-3] in event_tokens.cls("reported")) or holds_day(" ".join(raw[:-2]))


def meeting_name(text: str, a: int, opens: int, limit: int, units: frozenset[int], inner: frozenset[int]) -> str:
    """The name "họp" at ``a`` opens with the word at ``opens``, as written, or "" (none the grammar reads)."""
    if not text[opens].islower():
        return ""
    after = _object_end(text, opens)
    end = event_grammar.complement_end(text, after, limit, units, inner) if after < limit else None
    if end is None and after > opens:
        end = opens + len(text[opens:after].rstrip())  # "họp dân", "họp khẩn": the object alone
    elif end is None or (after > opens and not text[after].islower()):
        return ""
    for sites in (True, False):  # a topic's place goes on only where the name is whole after it ("… tại xã A (…)")
        name = text[a : rite_stop(text, a, end, sites)].rstrip(" ,")
        if _closed(text, a, a + len(name), len(name.split()) == 2, sites) and not open_end(text, a, name):
            return name
    return ""


def _object_end(text: str, opens: int) -> int:
    """Where the name goes on after a word of class ``meeting-object`` at ``opens`` ("họp dân", "họp khẩn bàn …",
    "họp kỳ thứ 15"), or ``opens`` (none there)."""
    objects = event_tokens.cls("meeting-object")
    words = list(re.finditer(r"[^\s,.;:!?]+\s*", text[opens : opens + 30]))[:2]
    for n in (2, 1):
        if len(words) >= n and key(" ".join(w.group().strip() for w in words[:n])) in objects:
            return opens + words[n - 1].end()
    return opens


def _closed(text: str, a: int, at: int, bare: bool, sites: bool = True) -> bool:
    """Whether the name of "họp" at ``a`` is whole where it ends at ``at``: before a full stop or a line's end,
    before a word of class ``rite-stop`` ("để …"), or before a comma after "họp" and one word only ("họp báo,
    thông tin …"); elsewhere the grammar stopped inside what names the meeting ("họp báo thông báo kết quả xử lý
    cán bộ | , công chức …", "họp báo | thông tin cho …")."""
    if CLAUSE_END.match(text, at) or (bare and text.startswith(",", at)):
        return True
    nxt = re.compile(r"\s*").match(text, at)
    return nxt is not None and rite_stop(text, a, min(len(text), at + 40), sites) == nxt.end()


def hop_events(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The meetings a sentence reports by "tổ chức họp …", "đã họp …" or "họp …" right after its subject's name in a
    dated clause (see the module and :mod:`kg.extract.mentions.event_unmarked`)."""
    if "họp" not in lexicon.by_key("meeting_verbs"):
        return []
    units, inner, events, headed = grammar_bounds(found)
    subjects = Subjects(found)
    out: list[Mention] = []
    for s in sentences:
        after_subject = subjects.before(s.start, s.end)
        for v in _VERB.finditer(text, s.start, s.end):
            a = v.start()
            said = reported(text, s.start, a)
            if any(m.start <= a < m.end or m.start == v.end() for m in events) or not (
                    said or (a in after_subject and unmarked(text, s.start, a))):
                continue
            name = meeting_name(text, a, v.end(), min(s.end, a + 400), units, inner)
            if not said and not whole(text, a, name, events):
                continue
            if len(name.split()) > 1 and not any(f" {key(name)} " in h for h in headed):
                out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index,
                                   key=key(name), attrs=(("cls", "Meeting"), ("en", "meeting"), ("verbal", "1"))))
    return out
