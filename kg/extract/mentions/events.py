"""Events: a lexicon head ("hội nghị") with its descriptor ("tổng kết công tác năm 2020"), or a reference back."""

from __future__ import annotations

import re

from kg.extract import events as event_grammar
from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.sentence import _matcher, _mk, _Sent
from kg.extract.normalise import key


def _events(s: _Sent) -> list[Mention]:
    table = lexicon.by_key("events")
    out: list[Mention] = []
    for a, b in _matcher("events").finditer(s.view, s.sent.start, s.sent.end):
        if event_grammar.not_event(s.text, a, s.sent.end):
            continue  # "Đại Hội đồng …" is a body, "lễ tân" a reception desk
        entry = table[key(s.text[a:b])]
        end = event_grammar.complement_end(s.text, b, min(s.sent.end, b + 400))
        end = b if end is None else end
        desc = s.text[b:end].strip()
        named = bool(desc) and not re.match(r"^(?:này|trên|đó|nói trên|lần này)\b", desc)
        if named and len(desc.split()) < 2:
            named = False
        out.append(_mk("event", s, a, end if named else b, cls=entry.en,
                       head=entry.vi, en=entry.extra[0] if entry.extra else "", ref="" if named else "1"))
    return out
