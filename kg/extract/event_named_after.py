"""A person or a place inside an event's name (issue 8, item 3, round events42c).

- *named after*: a word of naming (class ``named-after`` in ``kg/lexicon/event_words.tsv``: "mang tên") goes on with
  the name up to where a person or a place found in the text ends, with only words and dashes between
  (``NAMED_WORDS`` tokens at most): "Lễ khánh thành trường mang tên Anh hùng Lê Văn A"; a place ending there
  goes on to a person in apposition after a spaced dash and a form of address ("mang tên cố Bí thư Tỉnh ủy X -
  ông Lê Văn A"). None ends there before a comma, a bracket or the sentence's end: the name ends before the word
  of naming as before;
- *a title stack*: a comma between a person's title (``person_cues.tsv``) and a second title (or a title of the
  fallen, class ``coordinate`` group ``fallen``) that a person found in the text follows goes on to that person
  ("Lễ gắn biển tên đường Nhà báo, liệt sỹ Lê Văn A"): the name never ends between a title and its holder.

Called from ``adjunct`` of ``kg/extract/event_adjuncts.py``.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

NAMED_WORDS = 14  # tokens from the word of naming to the end of the name it gives at most
HOLDER_WORDS = 8  # tokens from a title after the comma to the end of its holder's name at most


@cache
def _titles() -> frozenset[str]:
    return lexicon.words("person_cues")


@cache
def _addresses() -> frozenset[str]:
    return lexicon.classed("honorifics", 2, "address") | lexicon.classed("honorifics", 2, "comrade")


def _title(t: Toks, i: int) -> int:
    """Tokens of a person's title at ``i`` (up to three words), or 0."""
    for n in (3, 2, 1):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalpha() for w in span) and key(" ".join(span)) in _titles():
            return n
    return 0


def _apposed(t: Toks, j: int) -> int:
    """Past the unit ending at token ``j``: tokens up to a person after a spaced dash and a form of address, or 0."""
    if t.word(j + 1) not in ("-", "–") or key(t.word(j + 2)) not in _addresses():
        return 0
    for k in range(j + 3, min(len(t.words), j + 8)):
        if not t.words[k][:1].isupper():
            return 0
        if t.ends[k] in t.units:
            return k - j
    return 0


def named_after(t: Toks, i: int) -> int:
    """Tokens at ``i`` of a word of naming and the name after it, or of a title stack up to its holder; 0 when none
    (see the module docstring)."""
    if t.word(i) == ",":
        return _stack(t, i)
    n = t.match(i, "named-after")
    if not n or i == 0 or not t.word(i - 1)[:1].isalnum():
        return 0
    for j in range(i + n, min(len(t.words), i + n + NAMED_WORDS)):
        if not (t.words[j][:1].isalnum() or t.words[j] in ("-", "–")):
            return 0
        if t.ends[j] in t.units:
            return j - i + 1 + _apposed(t, j)
    return 0


def _stack(t: Toks, i: int) -> int:
    """At a comma after a person's title: tokens of a second title and its holder found in the text, or 0."""
    if not any(i >= n and _title(t, i - n) == n for n in (1, 2, 3)):
        return 0
    m = _title(t, i + 1)
    c = t.match(i + 1, "coordinate")
    if not m and c and key(" ".join(t.words[i + 1 : i + 1 + c])) in lexicon.classed("event_words", 3, "fallen"):
        m = c
    if not m:
        return 0
    for k in range(i + 1 + m, min(len(t.words), i + 1 + m + HOLDER_WORDS)):
        if not t.words[k][:1].isupper():
            return 0
        if t.ends[k] in t.units:
            return k - i + 1
    return 0
