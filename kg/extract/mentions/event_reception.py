"""A reception named by a bare head after a sentence that reports it by its verb (events45): "Chiều 29/5, Chủ tịch
UBND tỉnh X Lê Văn A đã tiếp Đoàn … . Trong cuộc tiếp, ông A …", "Ngày 26/5, … tiếp ngài B … . Tại buổi tiếp, …".

A bare reception head (class ``head`` of ``kg/lexicon/event_receptions.tsv``: "buổi tiếp", "cuộc tiếp") right after
a setting word and right before a comma (as :mod:`kg.extract.mentions.event_setting` reads "Tại buổi làm việc, …")
names the reception, as written, when an earlier sentence, one of the title's or of the first
:data:`~kg.extract.mentions.event_setting.LEAD` of the body, reports it: the verb (class ``verb``: "tiếp") before a
capitalised word or a word of class ``guest`` ("ngài", "đoàn", "thân mật"), in a clause that holds a day of the past
or the present ("Chiều 29/5, …", :func:`kg.extract.mentions.event_reported.holds_day`). Unlike the setting rule the
article may speak of other events (a visit's talks, its ceremonies); not after a reception of that head named whole
("buổi tiếp Đoàn X": the bare head refers back to it; one named later is another reception). A reception's name that
names its guest by a post title with no person in it ("buổi tiếp Ủy viên Bộ Chính trị Đảng X | , Chủ tịch Quốc hội …
A": more posts and the guest's name follow), or that :func:`kg.extract.mentions.event_meet_verbs.open_end` finds
open, is none: the head stays a bare reference, and the guest's posts stay posts.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_meet_verbs import open_end
from kg.extract.mentions.event_reported import holds_day
from kg.extract.mentions.event_setting import LEAD, _set
from kg.extract.normalise import key


def _reports(text: str, s: Sentence) -> int | None:
    """Where the verb of receiving that sentence ``s`` reports on a day stands, or None."""
    verbs = lexicon.classed("event_receptions", 2, "verb")
    guests = lexicon.classed("event_receptions", 2, "guest")
    for w in re.finditer(r"\S+", text[s.start : s.end]):
        if key(w.group()) not in verbs:
            continue
        after = text[s.start + w.end() : s.end].split()[:2]
        opens = bool(after) and (after[0][:1].isupper() or key(after[0]) in guests or key(" ".join(after)) in guests)
        if opens and holds_day(text[s.start : s.start + w.start()]):
            return s.start + w.start()
    return None


def _open(text: str, m: Mention, head: str, people: list[Mention]) -> bool:
    """Whether the name ``m`` names its guest by a post title alone, no person named in it (the guest's name comes
    later, after more posts: "buổi tiếp Ủy viên Bộ Chính trị Đảng X | , Chủ tịch Quốc hội X Lê Văn A", "cuộc tiếp Tổng
    thư ký Đảng Y, Chủ tịch Hội Z, Chủ tịch nước B và ngài C"), or :func:`open_end`."""
    if open_end(text, m.start, m.text):
        return True
    if any(m.start <= p.start < m.end for p in people):
        return False  # "buổi tiếp Chủ tịch Quốc hội X Lê Văn A": the guest is named
    words = [key(w) for w in text[m.start + len(head) : m.end].split()[:4]]
    titles = lexicon.by_key("posts")
    return any(" ".join(words[:n]) in titles for n in range(1, len(words) + 1))


def _closed(text: str, m: Mention, heads: frozenset[str], people: list[Mention]) -> Mention:
    """``m``, or a bare reference of its head when it is a reception's name cut before more posts (see the module)."""
    head = m.attr("head")
    if m.kind != "event" or m.attr("ref") or key(head) not in heads or not _open(text, m, head, people):
        return m
    cut = text[m.start : m.start + len(head)]
    attrs = tuple(sorted(m.attrs + (("ref", "1"),)))
    return dataclasses.replace(m, end=m.start + len(head), text=cut, key=key(cut), attrs=attrs)


def reception_events(text: str, sentences: list[Sentence], title_end: int, found: list[Mention]) -> list[Mention]:
    """``found`` with the bare reception heads an earlier sentence reports by its verb named (see the module)."""
    heads = lexicon.classed("event_receptions", 2, "head")
    people = [m for m in found if m.kind == "person"]
    found = [_closed(text, m, heads, people) for m in found]
    bare = [m for m in found if m.kind == "event" and m.attr("ref") and m.key in heads and _set(text, m)]
    if not bare:
        return found
    # where the receptions named whole ("buổi tiếp Đoàn X") start, by head: a bare head after one refers back to it
    named = [(key(m.attr("head")), m.start) for m in found if m.kind == "event" and not m.attr("ref")]
    lead = [s for s in sentences if s.end <= title_end] + [s for s in sentences if s.start >= title_end][:LEAD]
    told = [at for at in (_reports(text, s) for s in lead) if at is not None]
    if not told:
        return found
    chosen = {m for m in bare if m.start > told[0] and not any(h == m.key and at < m.start for h, at in named)}
    return [dataclasses.replace(m, attrs=tuple(kv for kv in m.attrs if kv[0] not in ("ref", "reported")))
            if m in chosen else m for m in found]
