"""Events: a lexicon head ("hội nghị") with its descriptor ("tổng kết công tác năm 2020"), or a reference back."""

from __future__ import annotations

import re

from kg.extract import event_tokens, lexicon
from kg.extract import events as event_grammar
from kg.extract.document import Mention
from kg.extract.event_quoted import quoted_end
from kg.extract.mentions.event_origin import cited
from kg.extract.mentions.event_reported import reported_end
from kg.extract.mentions.sentence import _matcher, _mk, _Sent
from kg.extract.normalise import key


def _after_title(s: _Sent, start: int) -> bool:
    """Whether a post title ends right before ``start`` ("Phó Chủ tịch Hội nghị Hiệp thương …": a body in a post)."""
    words = s.text[max(s.sent.start, start - 40) : start].split()
    titles = lexicon.by_key("posts")
    return any(key(" ".join(words[-n:])) in titles for n in range(1, min(4, len(words)) + 1))


def _predicate(s: _Sent, start: int, desc: str) -> bool:
    """Whether a head at ``start`` follows a copula (class ``copula``), with "một", "những" or "các" between: a
    predicate description ("Đây là một lễ hội truyền thống …", "trở thành lễ hội …"), not a name. A capitalised
    head only with a descriptor all in lower-case words ("… là Lễ hội truyền thống", not "là Lễ hội Hoa Sen")."""
    if not s.text[start : start + 1].islower() and not all(w.isalpha() and w.islower() for w in desc.split()):
        return False
    words = s.text[max(s.sent.start, start - 30) : start].split()
    if words and key(words[-1]) in ("một", "những", "các"):
        words.pop()
    copulas = event_tokens.cls("copula")
    return any(len(words) >= n and key(" ".join(words[-n:])) in copulas for n in (2, 1))


def _verb(s: _Sent, start: int, end: int, found: list[Mention]) -> bool:
    """Whether a bare head that is also a purpose word (class ``purpose``: "gặp mặt", no "buổi" or "cuộc") is the
    verb of its clause: right after a person, its subject ("Bộ trưởng Lê Văn A gặp mặt …"), or after "khi" ("Sau
    khi gặp mặt …")."""
    if key(s.text[start:end]) not in event_tokens.cls("purpose"):
        return False
    before = s.text[max(s.sent.start, start - 12) : start]
    if before.split()[-1:] and key(before.split()[-1]) == "khi":
        return True
    gap = len(before) - len(before.rstrip())
    return gap > 0 and any(m.kind == "person" and m.end == start - gap for m in found)


def _plural(s: _Sent, start: int) -> bool:
    """Whether a plural word or a count (``quantifiers.tsv`` class plural: "các", "những", "nhiều"; or a number) comes
    right before the head at ``start``: "qua các cuộc tiếp xúc cử tri …", "2.073 cuộc tiếp xúc …" name a class of
    events, no one event (events39b); so does a word of a large count ("90 nghìn cuộc …", class magnitude:
    events39c)."""
    words = s.text[max(s.sent.start, start - 20) : start].split()
    plural = lexicon.classed("quantifiers", 2, "plural") | lexicon.classed("quantifiers", 2, "magnitude") \
        | lexicon.classed("quantifiers", 2, "distributive")
    if words and re.fullmatch(r"\d+(?:[.,]\d+)*", words[-1]) and words[-1] != "1":
        ordinals = event_tokens.cls("ordinal") | event_tokens.cls("time")
        return len(words) < 2 or key(words[-2]) not in ordinals  # "tuần thứ 2 Lễ hội …": an ordinal, no count
    return any(len(words) >= n and key(" ".join(words[-n:])) in plural for n in (2, 1))


def _purposed(desc: str) -> bool:
    """Whether ``desc`` opens with a purpose or kind word (classes ``purpose``, ``kind``: "công bố …", "giao ban")."""
    words, cls = [key(w) for w in desc.split()[:3]], event_tokens.classes()
    opening = cls.get("purpose", frozenset()) | cls.get("kind", frozenset())
    return any(" ".join(words[:n]) in opening for n in (3, 2, 1))


def _aimless(head: str, desc: str) -> bool:
    """Whether ``desc`` opens with a meeting's aim (class ``aim``: "để nghe …") after a head that is no meeting head
    (class ``aim-head``, ``meeting_aims.tsv``): "tổ chức lễ hội | để thống nhất …" is a purpose clause, no name."""
    words = [key(w) for w in desc.split()[:3]]
    aims = event_tokens.cls("aim")
    return key(head) not in event_tokens.cls("aim-head") and any(" ".join(words[:n]) in aims for n in (3, 2))


def _events(s: _Sent, found: list[Mention]) -> list[Mention]:
    """Event mentions of a sentence; ``found``: the mentions found before (where named units end)."""
    table = lexicon.by_key("events")
    known = [m for m in found if m.kind in ("place", "person") and not m.attr("ref")]
    units = frozenset(m.end for m in known)
    inner = frozenset(i for m in known for i in range(m.start + 1, m.end))
    out: list[Mention] = []
    cited_ends: list[int] = []  # where the names of heads cited as a document's origin end (event_origin)
    for a, b in _matcher("events").spans(s.view, s.sent.start, s.sent.end):
        if event_tokens.not_event(s.text, a, s.sent.end) or _after_title(s, a) or a in inner or _verb(s, a, b, found):
            continue  # "Đại Hội đồng …" a body, "tuần lễ" a week, "Chủ tịch Hội nghị …" a post, "thôn Lễ Pháp" a
            #           place, "Bộ trưởng X gặp mặt …" a verb
        if cited(s.text, (s.sent.start, s.sent.end), (a, b), cited_ends, units, inner):
            continue  # "Nghị quyết Đại hội …": a document's origin, cited, not reported (event_origin)
        entry = table[key(s.text[a:b])]
        end = event_grammar.complement_end(s.text, b, min(s.sent.end, b + 400), units, inner)
        end = b if end is None else quoted_end(s.text, a, end, s.sent.end)  # "“Lễ X, Y và Z”" (event_quoted.py)
        desc = s.text[b:end].strip()
        named = bool(desc) and not re.match(r"^(?:này|trên|đó|nói trên|lần này)\b", desc) \
            and not _predicate(s, a, desc) and not _plural(s, a) and not _aimless(s.text[a:b], desc)
        if named and len(desc.split()) < 2 and not event_grammar.one_word_name(desc, end in units):
            named = False  # "Lễ cúng", "Cuộc họp báo": a head and a word is a kind, not a name
        if "named-only" in entry.extra[1:] and not (named and _purposed(desc)):
            continue  # "buổi sáng", "buổi Tổng Bí thư …": "buổi" is a head only before a purpose ("buổi công bố …")
        told = None if named or len(desc.split()) > 1 else reported_end(s.text, s.sent.start, a, end)
        out.append(_mk("event", s, a, end if named else b, cls=entry.en, reported=str(told or ""),
                       head=entry.vi, en=entry.extra[0] if entry.extra else "", ref="" if named else "1"))
    return out
