"""An event a visitor or a delegation is reported to perform, named by its verb (events41b): "Đoàn đại biểu X đã tới
dâng hương, tưởng niệm các anh hùng liệt sĩ tại …", "Chủ tịch A đã đến chào xã giao Tổng Bí thư B; …".

A rite (class ``rite`` in ``event_words.tsv``: "chào xã giao", "dâng hương", "đặt vòng hoa") opens the name of
the activity reported when "đã" comes right before it, or "đã" and a word of class ``approach`` ("đến", "tới",
"về": the visitor comes to perform it, no part of the name), and the clause before it has a subject: a person
found there or a delegation word (class ``delegation``: "đoàn"). A visit (class ``call``: "thăm") is named only with
its approach word ("đến thăm") and only when a comma or "và" and the purpose of a call (class ``call-purpose``:
"chúc mừng", "trao tặng") follow: "đã đến thăm, chúc mừng tập thể …"; a bare visit, or a gift, is no event.

The name is as written, up to the clause's end: a semicolon, a colon or the sentence's end; a word of class
``rite-stop`` (a locative or an occasion: "tại", "ở", "nhân dịp"); a comma before another rite or visit; or the
end of a person's name a comma follows (the posts after it are an apposition). A verb with no object, or a name
over 30 words, is none. Never a plan ("sẽ đến …": no "đã"), nor a verb inside another clause ("Sau khi đã tới …":
"khi" before it), nor where an event mention already covers the verb. A rite that opens an item of a list after a
reported activity, a semicolon before it, is reported too: "X đã hội đàm với A; chào xã giao B; …" (events41c).
"""

from __future__ import annotations

import re
from itertools import islice

from kg.extract import event_tokens
from kg.extract.document import Mention, Sentence
from kg.extract.event_site import site_word
from kg.extract.normalise import key
from kg.extract.rx_words import word_led

_DA_OR_SEMICOLON = re.compile(word_led(["đã"]) + r"\s+|;\s+")  # (?<!\w)đã\s+|;\s+ (rx_words)
_STOP = re.compile(r"[;:!?]|\.(?!\w)|\s[-–]\s")
_MOST = 30


def _opening(words: list[str]) -> tuple[int, str] | None:
    """(word count, class) of the rite or visit that opens ``words`` (folded), longest first, or None."""
    for n in (3, 2, 1):
        g = " ".join(words[:n])
        if len(words) >= n and g in event_tokens.cls("rite"):
            return n, "rite"
        if len(words) >= n and g in event_tokens.cls("call"):
            return n, "call"
    return None


def subject(text: str, start: int, at: int, people: list[Mention]) -> bool:
    """Whether the clause before ``at`` (from the last semicolon after ``start``) has a person or a delegation word,
    and no "khi" right before the verb ("Sau khi đã tới …")."""
    clause_start = max(start, text.rfind(";", start, at) + 1)
    before = [key(w.strip(",()")) for w in text[clause_start:at].split()]
    if "khi" in before[-3:]:
        return False
    return any(clause_start <= m.start < at for m in people) or any(w in event_tokens.cls("delegation") for w in before)


def name_end(text: str, a: int, limit: int, names: frozenset[int]) -> int | None:
    """The end of the name that opens at ``a``: before a clause stop or a word of class ``rite-stop``, or at the end
    of a person's name (in ``names``) a comma follows (the posts after it are an apposition, no part of the name);
    None when it runs over :data:`_MOST` words."""
    stop = _STOP.search(text, a, limit)
    end = stop.start() if stop else limit
    end = min([end] + [n for n in names if a < n < end and text.startswith(",", n)])
    cut, pos = rite_stop(text, a, end), a
    for n, w in enumerate(re.finditer(r"\S+", text[a:end])):
        if n > _MOST:
            return None
        if n and (a + w.start() >= cut or _next_rite(text, a + w.start())):
            return pos
        pos = a + w.end()
    return pos


def rite_stop(text: str, a: int, end: int, sites: bool = True) -> int:
    """``end``, or the start of the first word of class ``rite-stop`` after the first word of the name that opens at
    ``a`` ("dâng hương … | tại Khu di tích …", "gặp mặt … | nhân dịp …"); with ``sites`` not one that goes on with
    the name (a topic's or a work's place, :func:`kg.extract.event_site.site_word`)."""
    words = list(re.finditer(r"\S+", text[a:end]))
    keys = [key(w.group().strip(",")) for w in words]
    stops = event_tokens.cls("rite-stop")
    for n in range(1, len(words)):
        if any(" ".join(keys[n : n + k]) in stops for k in (3, 2, 1)) and not (
                sites and site_word(text, a, a + words[n].start())):
            return a + words[n].start()  # not a topic's or a work's place: "họp báo về … | tại xã Alpha" (event_site)
    return end


def _next_rite(text: str, at: int) -> bool:
    """Whether a comma right before the word at ``at`` opens another rite or visit: ", thăm Khu …" ends the name."""
    if not text[:at].rstrip().endswith(","):
        return False
    return _opening([key(w.strip(",")) for w in text[at : at + 40].split()[:3]]) is not None


def _start(text: str, at: int, limit: int) -> tuple[int, int] | None:
    """(start of the name, end of its verb) after "đã" ending at ``at``, or None."""
    raw = [(m.start(), m.start() + len(m.group().rstrip(",")), key(m.group().strip(",")))
           for m in islice(re.finditer(r"\S+", text[at:limit]), 5)]  # (the first five words: no more read)
    words = [w for _, _, w in raw]
    skip = 1 if words[:1] and words[0] in event_tokens.cls("approach") else 0
    found = _opening(words[skip:])
    if found is None:
        return None
    n, cls = found
    if cls == "call":
        if not skip or not raw[skip + n - 1:skip + n] or not _purpose_after(text, at + raw[skip + n - 1][1], limit):
            return None
        return at + raw[0][0], at + raw[skip + n - 1][1]
    return at + raw[skip][0], at + raw[skip + n - 1][1]


def _purpose_after(text: str, at: int, limit: int) -> bool:
    """Whether ", " or " và " and the purpose of a call (class ``call-purpose``: "chúc mừng", "trao tặng", "trao Huy
    hiệu") follow ``at``: "thăm, chúc mừng …"; a gift is none ("thăm, trao cho mỗi hộ …")."""
    m = re.match(r"\s*(?:,|\svà)\s+(\S+(?:\s\S+){0,2})", text[at:limit])
    if not m:
        return False
    words = [key(w.strip(",")) for w in m.group(1).split()]
    return any(" ".join(words[:n]) in event_tokens.cls("call-purpose") for n in (3, 2, 1))


def _object(rest: str) -> bool:
    """Whether ``rest`` (the name after its verb) holds a word besides rites, "và" and commas: an object."""
    words = [key(w) for w in re.split(r"[\s,]+", rest) if w]
    rites = event_tokens.cls("rite") | {"và"}
    i = 0
    while i < len(words):
        n = next((n for n in (3, 2, 1) if " ".join(words[i : i + n]) in rites), 0)
        if not n:
            return True
        i += n
    return False


def _openings(text: str, s: Sentence, people: list[Mention]) -> list[tuple[int, int]]:
    """(start of the name, end of its verb) of every rite or visit a sentence reports: after "đã" whose clause has
    a subject, and a rite that opens an item of a list after it, a semicolon before it ("đã hội đàm với A; chào xã
    giao B; …": events41c; a rite only, with no approach word)."""
    out: list[tuple[int, int]] = []
    if text.find("đã", s.start, s.end) < 0:
        return out  # every rite the loop keeps follows a "đã" of the sentence (a plain search first)
    reported = False
    for d in _DA_OR_SEMICOLON.finditer(text[s.start : s.end]):
        at = s.start + d.end()
        if d.group().startswith(";"):
            span = _start(text, at, s.end) if reported else None
            listed = _opening([key(w.strip(",")) for w in text[at : at + 40].split()[:3]])
            if span is not None and span[0] == at and listed is not None and listed[1] == "rite":
                out.append(span)
            continue
        held = subject(text, s.start, s.start + d.start(), people)
        reported = reported or held
        span = _start(text, at, s.end)
        if span is not None and held:
            out.append(span)
    return out


def rite_events(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The events a sentence reports a visitor or a delegation performing (see the module)."""
    people = [m for m in found if m.kind == "person"]
    names = frozenset(m.end for m in people)
    events = [m for m in found if m.kind == "event"]
    out: list[Mention] = []
    for s in sentences:
        for span in _openings(text, s, people):
            if any(m.start <= span[0] < m.end for m in events):
                continue
            end = name_end(text, span[0], s.end, names)
            if not end or not _object(text[span[1] : end]):
                continue  # no object: "đã tới dâng hương, dâng hoa tại …"
            name = text[span[0] : end].rstrip().rstrip(",")
            out.append(Mention(kind="event", start=span[0], end=span[0] + len(name), text=name, sentence=s.index,
                               key=key(name), attrs=(("cls", "Meeting"), ("en", "event"), ("verbal", "1"))))
    return out
