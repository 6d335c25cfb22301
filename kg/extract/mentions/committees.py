"""An organising committee named bare: "Ban tổ chức đã trao …", "Ban Tổ chức chọn 10 tác phẩm …". The words are
also the start of a Party department ("Ban Tổ chức Trung ương", "Ban Tổ chức Tỉnh ủy") and of a title ("Trưởng ban
tổ chức"), so no lexicon head can carry them: a committee is read only where no name, level or capitalised word
follows and no title word comes before (the words: ``kg/lexicon/committees.tsv``)."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.sentence import _mk, _Sent
from kg.extract.rx_words import word_led

_LEXICON = "committees"  # kg/lexicon/committees.tsv: the committee's forms (bare), the words after and before it


def _forms(cls: str) -> str:
    """The alternation of the forms of class ``cls`` (longest first); a Party level's "ủy" written "uy" too."""
    return lexicon.alternation(_LEXICON, 2, cls).replace("ủy", "[uủ]y") if cls == "after" else \
        lexicon.alternation(_LEXICON, 2, cls)


_BARE = re.compile(word_led(lexicon.forms(_LEXICON, 2, "bare")) + r"(?!\w)")  # (?<!\w)(?:…): rx_words
# what makes it the Party's department or a title: a capitalised word or abbreviation after it, a lower-case
# Party level ("ban tổ chức tỉnh ủy", "… trung ương", "… cấp ủy"), or a title word before it ("Trưởng ban tổ chức")
_NAMED_AFTER = re.compile(r"\s+" + _forms("after") + r"(?!\w)", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?<!\w)" + _forms("before") + r"\s+$", re.IGNORECASE)
_EN = {e.vi: e.en for e in lexicon.entries(_LEXICON)}  # the English label of each form


def organising_committees(s: _Sent, found: list[Mention]) -> list[Mention]:
    """``found`` (the sentence's mentions so far) with a body "Ban tổ chức" at each bare organising committee; a
    body read on from it into lower-case words ("Ban Tổ chức chọn 10 doanh nhân") is cut back to the committee."""
    out = list(found)
    text = s.text
    for m in _BARE.finditer(text, s.sent.start, s.sent.end):
        a, b = m.start(), m.end()
        rest = text[b : s.sent.end]
        nxt = re.match(r"\s+(\S)", rest)
        if _TITLE_BEFORE.search(text[max(s.sent.start, a - 16) : a]) or _NAMED_AFTER.match(rest) or (
                nxt is not None and nxt.group(1).isupper()):
            continue
        if any(x.kind in ("title", "person") and x.start <= a < x.end for x in out):
            continue
        over = [x for x in out if x.kind == "body" and x.start == a]
        out = [x for x in out if x not in over]
        out.append(_mk("body", s, a, b, head=m.group().split()[0], cls="Body", en=_EN[m.group()]))
    return out


def is_committee(label: str) -> bool:
    """The label is a bare organising committee ("Ban tổ chức"): it runs a contest and receives none of its prizes."""
    return _BARE.fullmatch(label.strip()) is not None
