"""The mentions stage: every recogniser over each sentence, the overlaps between kinds resolved, the document
annotated.
"""

from __future__ import annotations

from kg.extract import names
from kg.extract.document import Document, Mention, Sentence
from kg.extract.mentions import event_reported
from kg.extract.mentions.bodies import _bodies_and_places
from kg.extract.mentions.committees import organising_committees
from kg.extract.mentions.dates import _dates
from kg.extract.mentions.event_had import had_events
from kg.extract.mentions.event_hop import hop_events
from kg.extract.mentions.event_lead_verbs import lead_meetings
from kg.extract.mentions.event_meet_verbs import meet_events
from kg.extract.mentions.event_planned import unplanned
from kg.extract.mentions.event_reception import reception_events
from kg.extract.mentions.event_rites import rite_events
from kg.extract.mentions.event_session_dated import dated_sessions
from kg.extract.mentions.event_sessions import with_sessions
from kg.extract.mentions.event_setting import setting_events
from kg.extract.mentions.event_topic import topic_events
from kg.extract.mentions.event_verbal import verbal_events
from kg.extract.mentions.event_verbal_body import body_verbal_events
from kg.extract.mentions.event_visits import visit_events
from kg.extract.mentions.events import _events
from kg.extract.mentions.lexical import _lexicon_mentions
from kg.extract.mentions.models import _models_and_movements
from kg.extract.mentions.person_bodies import body_head_run
from kg.extract.mentions.person_caps import capital_names
from kg.extract.mentions.person_caps_titled import titled_capital_names
from kg.extract.mentions.person_companies import company_tails
from kg.extract.mentions.person_compounds import title_glued
from kg.extract.mentions.person_levels import ends_with_level, level_places
from kg.extract.mentions.person_listed import listed_names
from kg.extract.mentions.person_lists import listed_after_place_word
from kg.extract.mentions.person_memorials import memorial_spans
from kg.extract.mentions.person_places import (
    _is_province,
    _level_before,
    _place_word_before,
    _starts_province,
    _street_context,
)
from kg.extract.mentions.person_repeats import doubled_syllable, vouched_bodies, vouched_repeats
from kg.extract.mentions.person_things import things_named
from kg.extract.mentions.person_title_short import title_short_names
from kg.extract.mentions.persons import _person_spans
from kg.extract.mentions.sentence import _is_name_word, _matcher, _mk, _Sent, _word_set
from kg.extract.tokens import match_view


def sentence_mentions(text: str, view: str, sent: Sentence) -> list[Mention]:
    """Every mention in one sentence (pure)."""
    s = _Sent(text, view, sent)
    # "trường tiểu học A và B": a name kept for its shape only, in a list of places after a place word, is a place;
    # so is one that ends with a level word ("… Hà Ninh Xã được …")
    persons = [(a, b, anchor) for a, b, anchor in _person_spans(s)
               if not (anchor == "name" and (listed_after_place_word(s, a, b) or ends_with_level(s, a, b)))
               and not doubled_syllable(s, a, b)]
    persons += [(a, b, "honorific") for a, b in capital_names(s)]  # "Ông NGUYỄN VĂN A, Phó Giám đốc …"
    persons += [(a, b, "title") for a, b in titled_capital_names(s)  # "Chủ tịch UBND tỉnh X NGUYỄN VĂN A"
                if not any(x < b and a < y for x, y, _ in persons)]
    persons += [(a, b, "list") for a, b in names.list_neighbours(
        s.toks, [(a, b) for a, b, anchor in persons if anchor not in ("short", "repeat")], _word_set("surnames"),
        _is_name_word,
        lambda k, e: (_place_word_before(s, k) or _level_before(s, k) or _is_province(s, k, e)
                      or _starts_province(s, k) or _street_context(s, k) or listed_after_place_word(s, k, e)
                      or body_head_run(s, k, e) or title_glued(s, e)))]  # "A, Đoàn Luật sư X": a body
    out = [
        _mk("person", s, s.toks[a].start, s.toks[b - 1].end, anchor=anchor) for a, b, anchor in persons
    ]
    for a, b in _matcher("epithets").spans(s.view, s.sent.start, s.sent.end):
        if s.text[a].isupper() and not any(m.start <= a < m.end for m in out):
            out.append(_mk("person", s, a, b, anchor="epithet"))
    held = persons + memorial_spans(s)  # "Lăng Chủ tịch X": X no person's, and no body's or place's words either
    out = organising_committees(s, out + _bodies_and_places(s, held))  # "Ban tổ chức trao …"
    out += _dates(s)
    out += _lexicon_mentions(s)
    out += _events(s, out)
    out += _models_and_movements(s)
    title_spans = [(m.start, m.end) for m in out if m.kind == "title"]
    body_starts = {m.start for m in out if m.kind == "body"}
    # "Tỉnh ủy": the level word that opens a body's head is no place of its own
    out = [m for m in out if not (m.kind == "place" and m.attr("ref") and m.start in body_starts)]
    # "Tỉnh trưởng": the level word inside a title is no place
    out = [m for m in out if not (m.kind == "place" and any(a <= m.start < b < m.end or (a <= m.start and m.end <= b)
                                                             for a, b in title_spans))]
    person_spans = [(m.start, m.end) for m in out if m.kind == "person"]
    # a title or body word inside a person's name is not a title (e.g. "Hà" in a name)
    out = [m for m in out if m.kind == "person" or not any(a <= m.start < b for a, b in person_spans)
           or m.kind in ("event", "date")]
    return out


def find_mentions(doc: Document) -> list[Mention]:
    """All mentions of the document, sorted by position (pure)."""
    view = match_view(doc.text)
    found: list[Mention] = []
    for sent in doc.sentences:
        found.extend(sentence_mentions(doc.text, view, sent))
    named = things_named(doc.text, view, doc.sentences, found)  # "Công ty … X" once: a bare "X" is no person
    found = [m for m in found if not (m.kind == "person" and m.attr("anchor") == "name" and m.text in named)]
    companies = company_tails(doc.text, found)  # "Giám đốc Công ty TNHH … X" and "Công ty X": X is the company
    places = level_places(doc.text, found)  # "Chủ tịch UBND phường X" and "tại phường X, quận Y": X a place
    found = [m for m in found if not (m.kind == "person" and (m.start, m.end) in companies | places)]
    found = vouched_repeats(found)  # "A B đã …" where the document names no person "A B" elsewhere: no one
    found = vouched_bodies(found)  # "đồng chí A B" elsewhere: "A B được bầu …" is the person, not a body "A B"
    found += title_short_names(doc.text, found)  # "Chủ tịch Tám nói": the short name of the one "… Tám"
    found += listed_names(doc.text, found)  # "A B C, D E F, Vân X…": a two-word item of a list of persons
    found = meet_events(doc.text, doc.sentences, found)  # "Chiều 5/3, đoàn X đã làm việc với …": a meeting
    found += lead_meetings(doc.text, doc.sentences, found)  # "Làm việc với tỉnh X, Bí thư A …": a meeting
    found = topic_events(doc.text, found)  # "họp báo về kỳ họp thứ 4": a press conference about an event
    found += hop_events(doc.text, doc.sentences, found)  # "Sở X đã tổ chức họp báo …": a meeting by "họp"
    found += had_events(doc.text, doc.sentences, found)  # "A đã có cuộc hội đàm với B": a head reported held
    found = event_reported.promote(doc.text, found)  # "Tại cuộc họp sáng 30-5, …": the meeting reported on
    found = with_sessions(doc.text, found)  # "phiên khai mạc Kỳ họp thứ 5 …": the session of a meeting
    found += dated_sessions(doc.text, doc.sentences, found)  # "Tại phiên chất vấn chiều 15/6, …"
    found += verbal_events(doc.text, doc.title_end, doc.sentences, found)  # lead: "X tổ chức kỷ niệm …"
    found += body_verbal_events(doc.text, doc.title_end, doc.sentences, found)  # past the lead: "lễ khởi công"
    found += rite_events(doc.text, doc.sentences, found)  # "Đoàn X đã tới dâng hương …": a rite reported
    found += visit_events(doc.text, doc.sentences, found)  # "X đã hội đàm với A; hội kiến B; …": a visit's meetings
    found = setting_events(doc.text, doc.sentences, doc.title_end, found)  # "Tại buổi làm việc, ông A …"
    found = reception_events(doc.text, doc.sentences, doc.title_end, found)  # "đã tiếp Đoàn X. Trong cuộc tiếp, …"
    found = unplanned(doc.text, found)  # "Sở X sẽ tổ chức hội nghị …": a plan, no meeting reported
    for m in found:
        doc.span(m.start, m.end, expected=m.text)
    return sorted(set(found), key=lambda m: (m.start, -m.end, m.kind, m.key))


def annotate(doc: Document) -> Document:
    """Stage entry point: set ``doc.mentions``."""
    doc.mentions = find_mentions(doc)
    return doc
