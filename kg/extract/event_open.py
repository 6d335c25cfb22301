"""An open end of an event name: the complement stopped before a word, but the noun phrase it ended in goes on past
the stop, so the name read up to there is a fragment. Precision first: the end is completed only by a fixed
post-modifier of the genre, else the mention names no event (it stays a head-only reference).

- a *relative clause* on the last noun: after the object of a link ("với", "giữa", "của", "về") or of a purpose that
  needs one ("công bố", "lấy ý kiến"), a verb that opens a relative clause (class ``rel-verb`` in
  ``kg/lexicon/event_words.tsv``: "có", "bị", "xảy ra") after a lower-case word describes that noun, not the
  event ("Cuộc họp với các chủ tàu | bị …", "Buổi làm việc với 40 phụ huynh | có con …"); a fixed post-modifier
  (class ``modifier``: "có liên quan", "có trách nhiệm") goes on with the name ("… với các đơn vị có liên quan"),
  and "có" before a word of presence (class ``presence``: "có sự", "có mặt") is the event's own clause;
- an *open list*: after such an object, "và" before a form of address ("và ông …"), or after a lower-case word
  before a lower-case noun (no verb, adverb, time word, determiner, generic word or event head; after a capital
  "và" opens a clause as often: "Nghị quyết Đại hội X của Đảng | và bổ sung …"), adds a member the grammar could not
  close ("Phiên họp với tiểu thương | và doanh nghiệp …", "Lễ khai trương dịch vụ X | và hệ thống …");
- an *open list at a comma* (events39c): after such an object, a comma before a lower-case noun that a second comma
  or "và" closes within a few words, none of them a word that ends a name, a determiner, a form of address, a
  number or an event head, adds a member the grammar could not close ("Lễ cầu mưa thuận | , gió hòa, …",
  "Buổi làm việc về quy hoạch | , quản lý đầu tư, …"; kg/extract/event_comma.py);
- the *month of a topic*: after a topic link ("về"), "tháng N" at the end of the clause is the month the topic is
  of, not a time adverbial ("Phiên họp về tình hình kinh tế - xã hội tháng 5"): it goes on with the name.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_bounds import _ends
from kg.extract.event_comma import comma_list, va_party
from kg.extract.event_tokens import Toks, is_number
from kg.extract.normalise import key


@cache
def _addresses() -> frozenset[str]:
    """Forms of address (``honorifics.tsv``): after "và" they open a person as a second party."""
    return frozenset(lexicon.words("honorifics"))


@cache
def _heads() -> frozenset[str]:
    """Event heads in lower case (``events.tsv``), of one to four words."""
    return frozenset(e.key for e in lexicon.entries("events"))


def _object_before(t: Toks, i: int) -> bool:
    """Whether a link or a purpose that needs an object is among the words before ``i``."""
    return any(t.match(k, "link") or t.match(k, "object") for k in range(i))


def _relative(t: Toks, i: int) -> int | None:
    """At a verb of class ``rel-verb`` at ``i``: tokens of a post-modifier to add, 0 when the name ends, None when a
    relative clause goes on past the stop."""
    if t.match(i, "presence"):
        return 0
    if not t.word(i - 1)[:1].islower():
        return 0  # "Đại hội XII của Đảng | có …", "tàu Alpha | bị …": a name identifies its noun, the clause goes on
    return t.match(i, "modifier") or None


def _open_list(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` adds a lower-case noun or a person the name could not close."""
    j = i + 1
    w = t.word(j)
    if key(w) in _addresses():
        return True
    if not t.word(i - 1)[:1].islower() or not w[:1].islower() or not w[:1].isalpha() or _ends(t, j):
        return False
    if t.match(j, "determiner") or t.match(j, "generic") or t.match(j, "numeral"):
        return False
    return not any(key(" ".join(t.words[j : j + n])) in _heads() for n in (1, 2, 3, 4))


def open_end(t: Toks, i: int) -> int | None:
    """At ``i``, the first token past the complement read: tokens of a fixed post-modifier that go on with the name,
    0 when the name ends there, None when it is open (see the module docstring)."""
    prev = t.word(i - 1) if i > 0 else ""
    if not prev[:1].isalpha() or not _object_before(t, i):
        return 0
    if key(t.word(i)) == "tháng" and is_number(t.word(i + 1)) and not t.word(i + 2)[:1].isalnum():
        return 2 if any(t.match(k, "topic-link") for k in range(i)) else 0
    if t.match(i, "rel-verb"):
        return _relative(t, i)
    if key(t.word(i)) == "và" and (_open_list(t, i) or va_party(t, i)):
        return None
    if t.word(i) == "," and comma_list(t, i):
        return None
    return 0
