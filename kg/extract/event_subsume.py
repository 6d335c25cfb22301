"""One node per event: a shorter name of an article's event whose words all stand, in order, in one longer name of it.

An article that names "Lễ hội chọi trâu Đồ Sơn năm 2031" and also writes "Lễ hội chọi trâu 2031", "Lễ hội chọi
trâu" or "Lễ chọi trâu" tells about one festival; "Đại hội Đảng bộ thành phố" is the "Đại hội Đảng bộ thành phố Hà
Tiên" of its article, "Hội nghị lần thứ 7" its "Hội nghị Trung ương 7". A named event mention joins a longer name
of the same class when

- its head is the longer name's head, or the first words of it ("Lễ" of "Lễ hội"), and the words after its head
  (one at least) stand in the same order among the words after the longer name's head — so every ordinal, term and
  year the short name states is the longer one's ("khóa N" one word: a term is no session number) —, and the
  longer name's words before the first of them open no list ("," or "và": "Lễ dâng hương, rước kiệu và khai ấn"
  is more than its "Lễ khai ấn") and name no document (class ``document`` of ``kg/lexicon/event_words.tsv``:
  "Hội nghị học tập Nghị quyết Trung ương 5" is not the "Hội nghị Trung ương 5");
- the longer name is the one of the article's names it stands in that holds every other such name: two longer
  names that differ (two sessions, two years, two places: "Kỳ họp thứ 4 …" and "Kỳ họp thứ 5 …") keep the short
  one apart;
- the longer name names no level relative to another (class ``relative``: "cấp trên") that the short one does not
  ("Hội nghị công đoàn cấp trên trực tiếp cơ sở" is another level's than "Hội nghị công đoàn cơ sở");
- no determiner stands before it and no preposition after it (a kind of event; a name cut from another event's,
  as in :mod:`kg.extract.event_merge`).

Keys are :func:`kg.extract.event_key.event_key` (quote styles, "lần thứ N" = "N", "năm 2031" = "2031").
"""

from __future__ import annotations

from kg.extract.document import Mention
from kg.extract.event_key import event_key
from kg.extract.event_tokens import classes
from kg.extract.normalise import key

_TERMS = ("khóa", "nhiệm kỳ")  # a number after one of them is a term, not an ordinal: one unit with it


def _units(words: list[str]) -> list[str]:
    """The words, a term word and its number joined into one ("khóa 14")."""
    out: list[str] = []
    for w in words:
        if out and w.rstrip(",").isdigit() and out[-1] in _TERMS:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def _split(k: str, head: str) -> tuple[str, list[str]] | None:
    """(head, the units after it) of an event key, or None when the key does not begin with the head."""
    hw, words = head.split(), k.split()
    if words[: len(hw)] != hw:
        return None
    return head, _units(words[len(hw) :])


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the short units stand in order among the long ones, and the long ones before the first of them
    open no list and name no document (the short name is no part of "Lễ dâng hương, rước kiệu và khai ấn", no
    topic of "Hội nghị học tập Nghị quyết Trung ương 5")."""
    bare = [w.rstrip(",") for w in long]  # a comma after a word is no difference of names ("5, khóa 12" = "5 khóa 12")
    first = short[0].rstrip(",")
    if first not in bare:
        return False
    lead = " " + " ".join(long[: bare.index(first)]) + " "
    if "," in lead or " và " in lead or any(f" {d} " in lead for d in classes()["document"]):
        return False
    it = iter(bare)
    return all(any(w.rstrip(",") == x for x in it) for w in short)


def _within(a: tuple[str, list[str]], b: tuple[str, list[str]]) -> bool:
    """Whether the short name a (head, units) stands in the longer name b (see the module)."""
    (ha, ua), (hb, ub) = a, b
    if not ua or (ha, ua) == (hb, ub) or not (hb == ha or hb.startswith(ha + " ")):
        return False
    long, short = f" {' '.join(ub)} ", f" {' '.join(ua)} "
    if any(f" {r} " in long and f" {r} " not in short for r in classes()["relative"]):
        return False  # another level: "… công đoàn cấp trên trực tiếp cơ sở" is no "… công đoàn cơ sở"
    return _in_order(ua, ub)


def subsumed_targets(ms: list[Mention], text: str) -> dict[Mention, str]:
    """Named event mentions whose name stands in one longer name of their class in the article → its key."""
    named = [m for m in ms if m.kind == "event" and not m.attr("ref") and m.attr("head")]
    forms: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for m in named:
        k = event_key(m.text)
        parts = _split(k, key(m.attr("head"))) or _split(k, event_key(m.attr("head")))  # "Đại lễ": "lễ" in keys
        if parts is not None:
            forms.setdefault(m.attr("cls"), {})[k] = parts
    out: dict[Mention, str] = {}
    for m in named:
        same = forms.get(m.attr("cls"), {})
        k = event_key(m.text)
        if k not in same:
            continue
        if of_a_kind(text, m):
            continue
        longer = sorted(o for o, parts in same.items() if o != k and _within(same[k], parts))
        top = [o for o in longer if all(x == o or _within(same[x], same[o]) for x in longer)]
        if len(top) == 1:
            out[m] = top[0]
    return out


def of_a_kind(text: str, m: Mention) -> bool:
    """A determiner before the event's head or a preposition right after its name (lexicon event_words.tsv): events
    of a kind ("các hội nghị", "hội nghị về …"), not one event."""
    before = text[max(0, m.start - 12) : m.start].split()
    after = text[m.end : m.end + 12].split()
    return bool(before and key(before[-1]) in classes()["determiner"]) or bool(
        after and key(after[0]) in classes()["preposition"])
