"""Names the document writes as a thing's name: a name kept only for its shape (a family name and three syllables,
no title, honorific or cue: anchor ``name``) that stands elsewhere in the same document after a level word, a
house number, in a street list, right after a company's or a school's head or at the end of a body's name that
opens with such a head ("Công ty TNHH Thương mại X", "phường X", "tuyến đường gồm: X, …", "Ban quản lý X") names
that thing there, and so everywhere in the document ("Sau đó X phải trả"), unless a title, an honorific or a cue
makes X a person somewhere in it ("Nhà báo X", "đường X").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.document import Mention, Sentence
from kg.extract.mentions.person_lakes import lakes_named
from kg.extract.mentions.person_named_after import named_after
from kg.extract.mentions.person_places import (
    _house_number_before,
    _level_before,
    _street_context,
)
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


def things_named(text: str, view: str, sentences: Iterable[Sentence], found: list[Mention]) -> set[str]:
    """The texts of the shape-only person mentions (anchor ``name``) that the document writes, somewhere, as the
    name of a place, a street, an institution or a company."""
    # "Nhà báo X" or "ông X" once in the document: X is a person there, whatever is named after X ("đường X")
    vouched = {m.text for m in found if m.kind == "person" and m.attr("anchor") not in ("name", "list", "short")}
    cands = sorted({m.text for m in found if m.kind == "person" and m.attr("anchor") == "name"} - vouched)
    if not cands:
        return set()
    heads = [m for m in found if m.kind == "body" and _named_place_head(m.text)]
    body_ends = sorted({m.end for m in heads})
    # "Ban quản lý X" or "Công ty TNHH X" read as one body: X ends the name of the place, the site or the firm
    out = {name for name in cands for m in heads if m.text.endswith(" " + name)}
    out |= lakes_named(text, cands)  # "đập chính Hồ Núi Cốc" beside "hồ Núi Cốc": a lake
    for sent in sentences:
        s: _Sent | None = None
        for name in cands:
            if name in out or name not in text[sent.start : sent.end]:
                continue
            for q in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[sent.start : sent.end]):
                a, b = sent.start + q.start(), sent.start + q.end()
                s = s or _Sent(text, view, sent)
                k, e = s.at_start.get(a), s.at_end.get(b)
                if k is None or e is None or any(a - 60 <= t <= a for _t, t in s.titles):
                    continue  # "Phó Chủ tịch UBND TP X", "Chủ tịch xã X": a title's holder, the place's name left out
                # no place word in general: "nhà X" is X's house, "giáo viên mầm non X" a teacher; no date
                # for a house number ("sáng 16.6 X")
                house = _house_number_before(s, k, e + 1) and re.fullmatch(r"\d+[A-Za-z]?", s.toks[k - 1].text)
                if _level_before(s, k) or _street_context(s, k) or house or any(0 < a - x <= 1 for x in body_ends) \
                        or named_after(s, k):  # "viện mang tên X": a thing named after X
                    out.add(name)
                    break
    return out


def _named_place_head(body: str) -> bool:
    """The body's name opens with a word of ``place_words.tsv`` ("Công ty …", "Trường …"): a name right after it
    is the company's or the school's own, not its head's ("Thanh tra Chính phủ X" is the inspector-general X)."""
    words = key(body).split()
    return any(" ".join(words[:n]) in _word_set("place_words") for n in (1, 2, 3))
