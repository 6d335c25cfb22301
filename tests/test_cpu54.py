"""Stop 54's cheaper paths give what the slower forms gave (made-up text; the whole corpus's N-Quads were checked
byte-identical besides)."""

from __future__ import annotations

import re

from kg.extract.mentions.sentence import PhraseMatcher
from kg.extract.rx_words import word_led
from kg.extract.tokens import match_view

_TEXTS = ["Đã họp; đãi khách, vừa đã  họp", "xđã vừavừa (đã) họp-đã", "đã", "", "Ông A đã\nđã họp"]


def test_word_led_matches_the_look_behind_form() -> None:
    forms = ["đã", "vừa", "họp"]
    led, plain = re.compile(word_led(forms) + r"(?!\w)\s*"), re.compile(r"(?<!\w)(?:đã|vừa|họp)(?!\w)\s*")
    for text in _TEXTS:
        for pos in range(len(text) + 1):  # the look-behind reads the character before pos, in both forms
            assert [m.span() for m in led.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
    assert [m.group() for m in led.finditer("đã họp, vừa đãi")] == ["đã ", "họp", "vừa "]


def test_phrase_matcher_first_is_the_first_of_spans() -> None:
    matcher = PhraseMatcher(["Ủy ban nhân dân", "Ủy ban", "nhân dân"])
    view = match_view("UBND và Ủy ban nhân dân tỉnh, ủy ban xã; nhân dân")
    spans = matcher.spans(view, 0, len(view))
    assert [view[a:b] for a, b in spans] == ["ủy ban nhân dân", "ủy ban", "nhân dân"]
    assert matcher.first(view, 0, len(view)) == spans[0]
    assert matcher.first(view, spans[0][1], len(view)) == spans[1]  # a search on from a phrase's end: the next one
    assert matcher.first(view, spans[0][0] + 1, len(view)) == (view.index("nhân dân"), view.index(" tỉnh"))
    assert matcher.first(view, spans[-1][1], len(view)) is None
