"""Lists of names a post phrase heads that :func:`kg.extract.posts.list_members` does not read: a title followed by a
colon and names without a plural header ("nguyên Tổng Bí thư: A, B"), a counted title with "gồm có" and no colon
("8 Phó Giám đốc Sở gồm có ông A, B và bà C"), and a former title before two names joined by "và" or "," that end
the clause ("nguyên Chủ tịch Quốc hội A và B", "nguyên Chủ tịch Quốc hội A, B;"); and names before "là các" and a
title ("A, B và C là các ủy viên"); and a title a number counts before exactly as many names ("hai ĐBQH A, B", "2 đội
phó là các ông A và B", "hai công an viên của xã gồm anh A và anh B"); and a title in parentheses after a list item of
bare names joined by commas ("…; A, B, C (ủy viên HĐQT)"). Each name of the list holds the post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import lexicon, post_headline, post_moves
from kg.extract.document import Mention
from kg.extract.posts import Phrase

# the honorifics before a name: the forms of address, "đồng chí" (``honorifics.tsv``, classes address, comrade) and
# "anh", "chị" (familiar: after a count); "các đồng chí" (comrade) is a plural header
_HONORED = lexicon.alternation("honorifics", 2, "address", "comrade")
_HONORIFIC = r"(?:" + _HONORED + r"\s+)?"
# what opens the list right after the phrase: a colon ("POST: A, B") or "gồm có" ("N POST gồm có ông A, B")
_COLON = re.compile(r"\s*:\s*" + _HONORIFIC, re.IGNORECASE)
# (or "gồm các ông": "N POST, gồm các ông A, …"; a bare "gồm ông" may list anyone: "3 đại biểu gồm ông A")
_GOM_CO = re.compile(r"\s*,?\s*(?:bao\s+)?gồm\s+(?:có\s+(?:các\s+)?" + _HONORIFIC + r"|các\s+" + _HONORED + r"\s+)",
                     re.IGNORECASE)
# between two names: "," / "và" (an aside in parentheses after the name before: "A (SN 1958, trú tại …), B")
_GAP = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:,|và|,\s*và)\s*" + _HONORIFIC, re.IGNORECASE)
_COUNTED = re.compile(r"(?:^|[\s,;:(])(?:\d+|các|những)\s+$", re.IGNORECASE)  # "8 Phó Giám đốc", "các Phó Giám đốc"
_FORMER = re.compile(r"(?:^|\s)" + lexicon.alternation("post_leads", 2, "former") + r"\s+$", re.IGNORECASE)
# "A và B là các POST"; "A và B (đều là POST)", "A, B đều là POST" ("đều": each of them)
_ARE_THE = re.compile(r"(?:\s+là\s+(?:các|những)|\s*[(,]?\s*đều\s+là(?:\s+(?:các|những))?)\s+(?:"
                      + lexicon.alternation("honorifics", 2, "comrade") + r"\s+|vị\s+)?$", re.IGNORECASE)
_ITEM_START = re.compile(r"\s*" + _HONORIFIC, re.IGNORECASE)
_AND = re.compile(r".*\s+và\s+" + _HONORIFIC, re.IGNORECASE | re.DOTALL)
_AND_TITLED = re.compile(r"\s+và\s+" + _HONORIFIC, re.IGNORECASE)
# two former holders after one former title: "nguyên POST A và B", "nguyên POST A, B;" (the list then ends)
_FORMER_GAP = re.compile(r"\s+và\s+|\s*,\s*")
_LIST_END = re.compile(r"\s*(?:[;.!?]|$)")  # the name after "và" ends the list item: it holds no post of its own
# a count right before a title ("hai ĐBQH", "2 đội phó"), not a date's or a number's ("ngày 2", "số 3")
_COUNT = re.compile(r"(?:^|[\s,;:(])(?<!ngày )(?<!số )(?<!tháng )(?<!năm )(?<!lần )"
                    r"(\d+|" + lexicon.alternation("quantifiers", 2, "numeral") + r")\s+$", re.IGNORECASE)
_NUMBERS = {e.vi: int(e.extra[1]) for e in lexicon.entries("quantifiers") if "numeral" in e.extra[0].split(",")}
# between a counted title and its names: its unit in lower case ("của xã"), "là" / "gồm (có)", "các", an honorific
_COUNT_OPEN = re.compile(r"(?-i:\s+của(?:\s+[^\W\d_A-ZĐ]+){1,2})?\s*,?\s*(?:(?:là|gồm(?:\s+có)?)\s+)?(?:các\s+)?"
                         r"(?:" + lexicon.alternation("honorifics", 2, "address", "comrade", "familiar") + r"\s+)?",
                         re.IGNORECASE)


def more_members(text: str, phrases: Sequence[Phrase], persons: Sequence[Mention], honorifics: Sequence[Mention],
                 sent_start: int, sent_end: int) -> list[tuple[Mention, Phrase]]:
    """(person, post phrase) for each name of a list that the phrase heads in one of the constructions above
    (``honorifics``: degree or honorific mentions, skipped between names: "TS. A, PGS.TS B")."""
    ordered = sorted(persons, key=lambda p: p.start)
    out = _named_before(text, phrases, ordered, honorifics, sent_start) + _counted(text, phrases, ordered, honorifics,
                                                                                   sent_start) + \
        _bracketed_after(text, phrases, ordered, honorifics, sent_start)
    for ph in phrases:
        before = text[max(sent_start, ph[2] - 16) : ph[2]]
        opener = _COLON.match(text, ph[3], sent_end) or (
            _GOM_CO.match(text, ph[3], sent_end) if _COUNTED.search(before) else None)
        if opener is not None:
            got = _walk(text, ordered, honorifics, opener.end())
            if opener.re is _COLON and post_headline.statement(text, ph[2], opener.span(), got, sent_start):
                continue  # "Tổng Thư ký X: Ông A xin thôi …": a headline's statement, no list
            if opener.re is _GOM_CO:
                got += [p for p in _items(text, ordered, opener.end(), sent_end) if p not in got]
            out += [(p, ph) for p in got]
        elif _FORMER.search(text[max(sent_start, ph[0].start - 8) : ph[0].start]):  # the qualifier may open ph
            first = next((p for p in ordered if p.start >= ph[3]), None)
            if first is None or text[ph[3] : first.start].strip():
                continue
            second = next((p for p in ordered if p.start > first.start), None)
            if second is not None and _FORMER_GAP.fullmatch(text, first.end, second.start) and \
                    _LIST_END.match(text, second.end, sent_end):
                out += [(first, ph), (second, ph)]
    return out


def _named_before(text: str, phrases: Sequence[Phrase], ordered: Sequence[Mention], honorifics: Sequence[Mention],
                  sent_start: int) -> list[tuple[Mention, Phrase]]:
    """(person, phrase) for two or more names joined by "," / "và" right before "là các" (or "đều là") and the
    phrase."""
    out: list[tuple[Mention, Phrase]] = []
    for ph in phrases:
        lead = _ARE_THE.search(text[max(sent_start, ph[2] - 24) : ph[2]])
        if lead is None:
            continue
        got, _ = _names_before(text, ordered, honorifics, ph[2] - len(lead.group()), _GAP)
        if len(got) >= 2:
            out += [(p, ph) for p in reversed(got)]
    return out


# a list item of names opens after a semicolon, a colon or "gồm (có) (các ông)", or opens the sentence
_ITEM_OPEN = re.compile(r"(?:^|[;:]|\sgồm(?:\s+có)?(?:\s+các)?)\s*" + _HONORIFIC + r"$", re.IGNORECASE)
# commas only, no aside: "A (chủ tịch), B" is no list, and in "A và B (POST)" the title may be B's alone
_BARE_GAP = re.compile(r"\s*,\s*" + _HONORIFIC, re.IGNORECASE)


def _bracketed_after(text: str, phrases: Sequence[Phrase], ordered: Sequence[Mention], honorifics: Sequence[Mention],
                     sent_start: int) -> list[tuple[Mention, Phrase]]:
    """(person, phrase) for the names of a list item of bare names joined by commas right before a title in
    parentheses ("…; A, B, C (ủy viên HĐQT) đã …"): the title is each one's, not only the last name's."""
    out: list[tuple[Mention, Phrase]] = []
    for ph in phrases:
        open_ = re.search(r"\(\s*$", text[max(sent_start, ph[2] - 4) : ph[2]])
        if open_ is None or not re.match(r"\s*\)", text[ph[3] :]):
            continue
        got, cursor = _names_before(text, ordered, honorifics, ph[2] - len(open_.group()), _BARE_GAP)
        if len(got) >= 2 and _ITEM_OPEN.search(_strip(text, honorifics, sent_start, cursor)):
            out += [(p, ph) for p in reversed(got)]
    return out


def _counted(text: str, phrases: Sequence[Phrase], ordered: Sequence[Mention], honorifics: Sequence[Mention],
             sent_start: int) -> list[tuple[Mention, Phrase]]:
    """(person, phrase) for each name of a list a counted title heads, when the list holds as many names as the count
    ("hai ĐBQH A, B"); none for another count ("3 Phó Giám đốc A và B" may list only some of them)."""
    out: list[tuple[Mention, Phrase]] = []
    for ph in phrases:
        count = _COUNT.search(text[max(sent_start, ph[2] - 16) : ph[2]])
        if count is None:
            continue
        n = int(count.group(1)) if count.group(1).isdigit() else _NUMBERS[count.group(1).lower()]
        opener = _COUNT_OPEN.match(text, ph[3])
        got = _walk(text, ordered, honorifics, opener.end()) if opener else []
        if n >= 2 and len(got) == n:
            out += [(p, ph) for p in got]
    return out


def coordinated_subjects(text: str, phrases: Sequence[Phrase],
                         persons: Sequence[Mention]) -> list[tuple[Mention, Phrase]]:
    """(person, post phrase) for two names joined by "và", each after a title of its own, before an appointment verb
    and the post it gives ("Thứ trưởng A và Thứ trưởng B của Bộ X bị cách chức POST"): both names hold POST."""
    ordered = sorted(persons, key=lambda p: p.start)
    by_start = sorted(phrases, key=lambda ph: ph[2])
    out: list[tuple[Mention, Phrase]] = []
    for p, q in zip(ordered, ordered[1:], strict=False):
        titled = next((ph for ph in by_start if p.end < ph[2] and ph[3] <= q.start), None)
        given = next((ph for ph in by_start if ph[2] >= q.end), None)
        if titled is None or given is None or text[titled[3] : q.start].strip() or not _AND_TITLED.fullmatch(
                text, p.end, titled[2]) or any(q.end <= r.start < given[2] for r in ordered):
            continue
        between = text[q.end : given[2]]
        if not re.search(r"[,;:()]", between) and post_moves.appointed(between):
            out += [(p, given), (q, given)]
    return out


def _walk(text: str, ordered: Sequence[Mention], honorifics: Sequence[Mention], start: int) -> list[Mention]:
    """The names from ``start`` on joined by "," / "và", the first one right at ``start``."""
    got: list[Mention] = []
    cursor = start
    for p in ordered:
        if p.start < cursor:
            continue
        gap = _strip(text, honorifics, cursor, p.start)
        if gap.strip() if not got else not _GAP.fullmatch(gap):
            break
        got.append(p)
        cursor = p.end
    return got


def _items(text: str, ordered: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The names of a list split by semicolons, each item opening with a name that its own post may follow ("gồm các
    ông A, POST; B; C, POST (kiêm nhiệm) và ông D"); the list stops at an item that does not open with a name."""
    got: list[Mention] = []
    cursor = start
    while cursor < end:
        semi = text.find(";", cursor, end)
        stop = semi if semi >= 0 else end
        inside = [p for p in ordered if cursor <= p.start and p.end <= stop]
        if not inside or not _ITEM_START.fullmatch(text[cursor : inside[0].start]):
            break
        got.append(inside[0])
        last = inside[-1]
        if semi < 0 and last is not inside[0] and _AND.fullmatch(text[inside[-2].end : last.start]) \
                and _LIST_END.match(text, last.end, end):
            got.append(last)  # "… và ông D." closes the last item
        if semi < 0:
            break
        cursor = semi + 1
    return got if len(got) >= 2 else []


def _strip(text: str, honorifics: Sequence[Mention], a: int, b: int) -> str:
    """``text[a:b]`` without the honorific and degree mentions in it (and the dot after a degree: "TS.")."""
    parts, cursor = [], a
    for h in sorted((h for h in honorifics if a <= h.start and h.end <= b), key=lambda h: h.start):
        parts.append(text[cursor : h.start])
        cursor = h.end + (1 if text[h.end : h.end + 1] == "." else 0)
    parts.append(text[cursor:b])
    return "".join(parts)


def _names_before(text: str, ordered: Sequence[Mention], honorifics: Sequence[Mention], cursor: int,
                  gap_re: re.Pattern[str]) -> tuple[list[Mention], int]:
    """The names right before ``cursor``, last first, each joined to the next by a gap ``gap_re`` matches whole
    (honorifics stripped; nothing but space between the last name and ``cursor``), and where the first one starts."""
    got: list[Mention] = []
    for p in reversed(ordered):
        if p.end > cursor:
            continue
        gap = _strip(text, honorifics, p.end, cursor)
        if gap.strip() if not got else not gap_re.fullmatch(gap):
            break
        got.append(p)
        cursor = p.start
    return got, cursor
