"""A prize a body launches or announces: "X (đã) phát động Giải Y", "X công bố Giải thưởng Y" — the gold sets
(train, devown, awards47) keep the prize with the body as its giver and no recipient. The give-verb gate of
:mod:`kg.extract.conferrals` keeps such a sentence out; this pass, run right after it, adds one conferral of the
prize per body of the subject ("A và B tiếp tục phát động Giải Y": both). Only a named prize (a kind of
``prize_launch.tsv``, written with its capital) right after the verb, and a subject that ends right before the verb
with no more than the past or manner words between: "sẽ phát động" (a prize to come), "phát động cuộc thi" (a
contest whose rules list prizes) and "công bố kết quả Giải Y" (its winners) give nothing."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import award_names, lexicon
from kg.extract import facts as F
from kg.extract.award_grades import graded_name_end
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity
from kg.extract.normalise import key


@cache
def _verbs() -> tuple[str, ...]:
    return tuple(lexicon.forms("prize_launch", 2, "verb"))


@cache
def _prizes() -> frozenset[str]:
    return frozenset(key(f) for f in lexicon.forms("prize_launch", 2, "prize"))


@cache
def _verb_gap() -> re.Pattern[str]:
    """What stands between the subject and the prize: past or manner words, the verb (any case)."""
    return re.compile(r"\s+(?:(?:đã|vừa|mới|cũng|chính thức|tiếp tục)\s+)*" + lexicon.alternation(
        "prize_launch", 2, "verb") + r"\s+", re.IGNORECASE)


def launched_prizes(ctx: F._Ctx) -> set[int]:
    """Add the conferral of each prize a body launches or announces; the indexes of the sentences that gave one."""
    text = ctx.doc.text
    low = text.lower()
    if not any(v in low for v in _verbs()):  # a cheap necessary condition
        return set()
    used: set[int] = set()
    for sent in ctx.doc.sentences:
        if not any(v in low[sent.start : sent.end] for v in _verbs()):
            continue
        awards = ctx.of(sent.index, "award")
        for i, aw in enumerate(awards):
            if aw.key not in _prizes() or not text[aw.start].isupper():
                continue
            givers = _subjects(ctx, sent, aw.start)
            if not givers or any(f.cls == "AwardConferral" and f.spans[0][0] == aw.start for f in ctx.facts):
                continue
            nxt = awards[i + 1].start if i + 1 < len(awards) else sent.end
            _add(ctx, sent, aw, nxt, givers)
            used.add(sent.index)
    return used


def _subjects(ctx: F._Ctx, sent: Sentence, at: int) -> list[Entity]:
    """The bodies of the subject that ends right before the verb at ``at``: the last one and those listed before it
    ("A, B và C": a list closes with "và"; "Theo A, B phát động …" is none); none when a word that makes the body an
    owner or an object comes before the list."""
    text = ctx.doc.text
    bodies = sorted(ctx.of(sent.index, "body"), key=lambda m: m.start)
    last = next((b for b in bodies if b.end < at and _verb_gap().fullmatch(text, b.end, at)), None)
    if last is None:
        return []
    chain = [last]
    for b in reversed([b for b in bodies if b.end <= last.start]):
        if not re.fullmatch(r"\s*,\s*(?:và\s+)?|\s+và\s+", text[b.end : chain[-1].start]):
            break
        chain.append(b)
    if len(chain) > 1 and "và" not in text[chain[1].end : last.start].split():
        chain = [last]  # no "và" before the last: "Theo A, B phát động …" is no list, A an adverbial's
    if re.search(r"(?<!\w)(?:của|thuộc|cho|với|tặng|và)\s+$", text[sent.start : chain[-1].start], re.IGNORECASE):
        return []
    return [e for b in reversed(chain) for e in [ctx.ent(b)] if e is not None and e.kind == "body"]


def _add(ctx: F._Ctx, sent: Sentence, aw: Mention, nxt: int, givers: list[Entity]) -> None:
    from kg.extract.conferrals import _conferral  # the builder of every conferral fact

    text = ctx.doc.text
    name_end = graded_name_end(ctx, sent, aw, award_names.name_end(text, aw.start, aw.end, nxt))
    names = award_names.split_names(text[aw.start : name_end])
    for k, name in enumerate(names):
        for g in givers:
            _conferral(ctx, sent, aw, (name, k, len(names)), (name_end, nxt, sent.start), (g, 0, None))
