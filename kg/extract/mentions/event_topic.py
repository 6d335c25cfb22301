"""A press conference named by the event it is about (events45): "HĐND tỉnh X họp báo về kỳ họp thứ 4 (…)", "tại
buổi họp báo trước kỳ họp HĐND tỉnh X, …".

The name grammar stops a meeting's name before another event head ("buổi họp báo | trước kỳ họp …"), so the event
the press conference is about was named and the press conference itself, the meeting reported, was not. A meeting
word of class ``press`` (``kg/lexicon/event_topics.tsv``: "họp báo", "buổi họp báo", "cuộc họp báo") right before a
named event mention, or before a topic link (class ``link``: "về", "trước", "giới thiệu") and it, names the press
conference: its name runs from the meeting word through the event's name. Not when an event mention already starts
there and reaches as far (the grammar read the whole name: "cuộc họp báo giới thiệu Lễ hội X"), nor when a word of
class ``joined`` ("và", "kết hợp") follows the event's name, after a comma or not, or a comma and a capitalised word:
the topic goes on to more events and the name's end is not found. The event named inside stays a mention of its
own, as in a name the grammar reads whole; the bare head the grammar left at the meeting word is replaced.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key


@cache
def _before() -> re.Pattern[str]:
    """A press meeting word and an optional topic link, ending where the event's name starts."""
    press = lexicon.alternation("event_topics", 2, "press", capitalised=True)
    link = lexicon.alternation("event_topics", 2, "link")
    return re.compile(r"(?<!\w)(?P<press>" + press + r")\s+(?:" + link + r"\s+)?$")


def _joined(text: str, end: int) -> bool:
    """Whether a word of class ``joined`` follows ``end`` (a comma between allowed), or a comma and a capitalised
    word (a list of events goes on: "về Lễ hội X, Liên hoan Y và …")."""
    after = text[end : end + 24]
    words = after.lstrip(" ,").split()
    joined = lexicon.classed("event_topics", 2, "joined")
    listed = after.lstrip().startswith(",") and bool(words) and words[0][:1].isupper()
    return bool(words) and (listed or key(words[0]) in joined or " ".join(key(w) for w in words[:2]) in joined)


def topic_events(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a press conference named through the event it is about (see the module)."""
    events = [m for m in found if m.kind == "event"]
    added: list[Mention] = []
    for m in (m for m in events if not m.attr("ref")):
        press = _before().search(text, max(0, m.start - 40), m.start)
        if press is None or _joined(text, m.end):
            continue
        a = press.start()
        if any(e.start == a and e.end >= m.end for e in events + added):
            continue
        name = text[a : m.end]
        attrs = (("cls", "Meeting"), ("en", "press conference"), ("head", press.group("press")))
        added.append(Mention(kind="event", start=a, end=m.end, text=name, sentence=m.sentence, key=key(name),
                             attrs=attrs))
    if not added:
        return found
    starts = {m.start for m in added}
    bare = [m for m in events if m.start in starts and m.attr("ref")]
    return [m for m in found if m not in bare] + added
