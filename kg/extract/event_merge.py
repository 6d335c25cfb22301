"""One node per event: a short name that is the definite reference to a longer one of the same article.

An article titled "Lễ tổng kết năm 2031" that goes on "Tại lễ tổng kết, …" reports on one ceremony: the short name
("lễ tổng kết": the head and lower-case words only — a kind or a purpose, no proper name, no number) names the
event whose whole name it begins. It joins that event only when the event is the one of that name the article
names: exactly one longer event name of the same class in the article begins with it, word for word (two "hội
nghị tổng kết …" of one article stay two events, and so does the short name), it is no plural ("những lễ hội
truyền thống …": a kind of event in general, not one event), and no preposition follows it: a name cut there may be
another event's ("Đại hội thể thao | trong nhà …" in an article on another games; "Đại hội đại biểu toàn quốc | do
…", a kind of congress).
"""

from __future__ import annotations

from kg.extract.document import Mention
from kg.extract.event_bare_purpose import purpose_targets
from kg.extract.event_head_swap import head_swap_targets
from kg.extract.event_key import event_key
from kg.extract.event_subsume import of_a_kind, subsumed_targets


def _generic(m: Mention) -> bool:
    """Whether the named event mention is its head and lower-case words only ("lễ tổng kết", "Lễ khai mạc")."""
    words = m.text.split()
    rest = words[len(m.attr("head").split()) :]
    return bool(rest) and all(w.isalpha() and w.islower() for w in rest)


def short_targets(ms: list[Mention], text: str) -> dict[Mention, str]:
    """Named event mentions that are a short definite reference → the key of the one longer event name of their
    class in the article that they begin (see the module), and those whose words stand in one longer name
    (:mod:`kg.extract.event_subsume`)."""
    named = [m for m in ms if m.kind == "event" and not m.attr("ref")]
    keys: dict[str, set[str]] = {}
    for m in named:
        keys.setdefault(m.attr("cls"), set()).add(event_key(m.text))
    out: dict[Mention, str] = {}
    for m in named:
        if not _generic(m):
            continue
        if of_a_kind(text, m):  # a determiner before the head: events of a kind, not one event
            continue
        k = event_key(m.text)
        longer = [other for other in keys[m.attr("cls")] if other.startswith(k + " ")]
        if len(longer) == 1:
            out[m] = longer[0]
    out = purpose_targets(named, text) | out  # "lễ khởi công" of "đã tổ chức khởi công cầu X" (events52)
    joined = subsumed_targets(ms, text) | out
    return joined | head_swap_targets(named, joined)
