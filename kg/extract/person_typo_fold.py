"""Fold a person node whose full name is a typo of another's of the same article (:mod:`kg.extract.person_typos`)
into it, unless the article says they are two people:

- both stand in one sentence, in full or one as a short form ("Tăng Văn A (SN 1983), Tăng Văn Á (SN 1985)"; "ông
  Á dùng bằng của ông Tăng Văn A"): a list, "A và B";
- a sentence of one form also writes the other's distinct syllable ("ông Trương Văn Biên, bố của Biển");
- their titles differ (the title right before a mention or right after it, after a comma, a dash or "là");
- their honorifics differ ("ông" / "anh", "ông" / "bà").

The kept form is the one written most often in full (ties: the one written first; a form with a Telex tone letter
never, nor one written only in capitals beside one in mixed case); the variant's mentions move to it, so the variant
stays a name of the person (``skos:altLabel``) with its mention as provenance."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.document import Document, Mention
from kg.extract.normalise import key
from kg.extract.person_typos import differing, near_names, telex

if TYPE_CHECKING:
    from kg.extract.link import Entity, Links

_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_AFTER_GAP = re.compile(r"\s*(?:[,(:]|[-–]|\blà\b)?\s*")


def fold(doc: Document, links: Links) -> None:
    """Fold each typo'd person node of ``links`` into the node of its usual spelling (in place)."""
    persons = [e for e in links.entities.values() if e.kind == "person"]
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            if a.id in links.entities and b.id in links.entities and near_names(a.label, b.label) and (
                    not _two_people(doc, a, b)):
                keep, gone = _kept(a, b)
                for m in gone.mentions:
                    keep.mentions.append(m)
                    links.of[m] = keep.id
                del links.entities[gone.id]


def _kept(a: Entity, b: Entity) -> tuple[Entity, Entity]:
    """(kept, folded): the form written most often in full, ties the first written (``a``), never a Telex form nor
    one written only in capitals beside one in mixed case."""
    ta, tb = (telex(x) for x in differing(a.label, b.label))
    if ta != tb:
        return (b, a) if ta else (a, b)
    ca, cb = (all(m.text.isupper() for m in e.mentions) for e in (a, b))
    if ca != cb:  # "NGUYỄN CHI DŨNG" in a caption, "Nguyễn Chí Dũng" in the text: the caption's capitals lose a mark
        return (b, a) if ca else (a, b)
    return (b, a) if _full(b) > _full(a) else (a, b)


def _full(e: Entity) -> int:
    n = len(e.label.split())
    return sum(len(m.text.split()) == n for m in e.mentions)


def _two_people(doc: Document, a: Entity, b: Entity) -> bool:
    if {m.sentence for m in a.mentions} & {m.sentence for m in b.mentions}:
        return True  # "ông Sáng dùng bằng của ông Mai Xuân Sang": a short form beside the other full name
    if _side_by_side(doc, a, b) or _side_by_side(doc, b, a):
        return True
    ta, tb = _titles(doc, a), _titles(doc, b)
    ha, hb = _honorifics(doc.text, a), _honorifics(doc.text, b)
    return bool(ta and tb and not ta & tb) or bool(ha and hb and not ha & hb)


def _side_by_side(doc: Document, a: Entity, b: Entity) -> bool:
    """A sentence that writes ``a`` in full also writes ``b`` in full, or ``b``'s distinct syllable as a word of
    no other person's name."""
    n = len(a.label.split())
    other = re.compile(rf"(?<!\w){re.escape(differing(a.label, b.label)[1])}(?!\w)")
    for s in sorted({m.sentence for m in a.mentions if len(m.text.split()) == n}):
        sent = doc.sentences[s]
        if b.label in sent.text:
            return True
        names = sorted((m for m in doc.mentions if m.kind == "person" and m.sentence == s), key=lambda m: -m.start)
        rest = sent.text
        for m in names:  # every person's name blanked, right to left (offsets stay valid)
            rest = rest[: m.start - sent.start] + " " * (m.end - m.start) + rest[m.end - sent.start :]
        if other.search(rest):
            return True
    return False


def _titles(doc: Document, e: Entity) -> set[str]:
    """The titles written right before a mention of ``e`` (in its clause) or after it (a comma, a dash or "là",
    then every title up to the next person or semicolon)."""
    titles = [t for t in doc.mentions if t.kind == "title"]
    starts = [p.start for p in doc.mentions if p.kind == "person"]
    out: set[str] = set()
    for m in e.mentions:
        before = [t for t in titles if t.sentence == m.sentence and t.end <= m.start
                  and not re.search(r"[,;.:]", doc.text[t.end : m.start]) and m.start - t.end <= 60]
        after = [t for t in titles if t.sentence == m.sentence and t.start >= m.end
                 and ";" not in doc.text[m.end : t.start] and not any(m.end <= p < t.start for p in starts)]
        if after and not _AFTER_GAP.fullmatch(doc.text[m.end : after[0].start]):
            after = []
        out |= {key(t.text) for t in before[-1:] + after}
    return out


def _honorifics(text: str, e: Entity) -> set[str]:
    """The honorifics written right before a mention of ``e`` ("ông", "anh", "bà")."""
    words = lexicon.words("honorifics")
    return {w for w in (_before(text, m) for m in e.mentions) if w in words}


def _before(text: str, m: Mention) -> str:
    found = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    return key(found.group(1)) if found else ""
