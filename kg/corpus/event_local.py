"""Which events of one article get an IRI of their own in corpus mode, and what keys it (round events46).

Events are shared across articles by their key (the folded name), except:

- a generic event (:func:`kg.corpus.resolve.local_event`: no capitalised word after the first) is one event per
  article, keyed by the article;
- a **verb-named** event — its name does not open with an event head of ``events.tsv`` ("hội đàm với Chủ tịch Quốc
  hội A", "chào xã giao B", "làm việc với UBND tỉnh C", "đặt vòng hoa …") and holds no capitalised head naming an
  event of its own ("Phiên khai mạc Kỳ họp thứ 5 …") — names an act and its counterpart, which every visit or
  delegation repeats: it is keyed by its date (day and month) when the article dates it, so two articles reporting
  the same day's meeting still share it, and by the article when it is undated.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.corpus.resolve import local_event
from kg.extract import lexicon
from kg.extract.facts.model import Fact, Lit
from kg.extract.link import Links
from kg.extract.normalise import key


def verb_named(label: str) -> bool:
    """Whether an event name opens with no event head and names no event of its own inside (see the module)."""
    words = label.split()
    low = [key(w) for w in words]  # as the lexicon's keys: "Toạ đàm" is the head "tọa đàm"
    heads = lexicon.words("events")  # the event heads (``events.tsv``), of one to four words
    if any(" ".join(low[:k]) in heads for k in range(1, 5)):
        return False
    return not any(words[i][:1].isupper() and " ".join(low[i:i + k]) in heads
                   for i in range(1, len(words)) for k in range(1, 5))


def _dates(facts: Iterable[Fact]) -> dict[str, str]:
    """Entity id → the day and month ("MM-DD") of its first stated date (``schema:startDate``)."""
    out: dict[str, str] = {}
    for f in facts:
        for p, v in f.props:
            if p == "schema:startDate" and isinstance(v, Lit) and f.subject not in out:
                out[f.subject] = v.value[-5:]
    return out


def local_keys(links: Links, facts: Iterable[Fact], doc_id: str) -> dict[str, str]:
    """Entity id → the id that keys its IRI, for the events of one article that are not keyed by their name alone."""
    dates: dict[str, str] | None = None
    out: dict[str, str] = {}
    for e in links.entities.values():
        if e.kind != "event":
            continue
        if local_event(e.label):
            out[e.id] = f"event:{e.key}|{doc_id}"
        elif verb_named(e.label):
            if dates is None:
                dates = _dates(facts)
            out[e.id] = f"event:{e.key}|{dates.get(e.id, doc_id)}"
    return out
