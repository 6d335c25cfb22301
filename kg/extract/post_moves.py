"""Appointments and moves that give a name its posts: who appoints between "được" and the verb, a post given
"cho"/"với" a person, a former post "từ" which a move follows, and a semicolon between the posts of a career.
Pure functions over the text, read by :mod:`kg.extract.facts.holdings` beside the post grammar
(:mod:`kg.extract.posts`).
"""

from __future__ import annotations

import re

from kg.extract import lexicon, names, post_discussed, post_possessed, post_records, post_verb_subject
from kg.extract import posts as post_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.normalise import key


def _frame(name: str) -> str:
    """The verbs of ``personnel_verbs.tsv`` that enter the construction ``name`` (its frames column), as a group."""
    return lexicon.alternation("personnel_verbs", 3, name)


# the honorifics before a name: the forms of address and "đồng chí" (``honorifics.tsv``, classes address, comrade)
_HONORIFIC = lexicon.alternation("honorifics", 2, "address", "comrade")

# "ông A được Chủ tịch UBND tỉnh bổ nhiệm làm POST": the post phrase after "được" names who appoints (no one's post
# here), the post after the verb is A's
_AGENT_BEFORE = re.compile(r"(?<!\w)được\s+$")
_AGENT_VERB = _frame("agent") + r"(?:\s+(?:giữ chức|làm|vào chức|chức))?(?:\s+(?:vụ|danh))?\s+"
_AGENT_THEN = re.compile(r"\s+" + _AGENT_VERB)
AGENT_APPOINT = re.compile(r"(?<!\w)được\s+(?:[\w.&-]+\s+){1,10}?" + _AGENT_VERB + "$")


def appointed(before: str) -> re.Match[str] | None:
    """The appointment verb that ends the text ``before`` a post (APPOINT, or one after who appoints), unless a verb
    of saying opens a clause of its own before it (:func:`reported`) or the name signs the appointment ("bà A, Chủ
    tịch UBND tỉnh, ký quyết định bổ nhiệm làm POST": the post is another's; "ông B được Chủ tịch UBND tỉnh ký quyết
    định bổ nhiệm làm POST" is B's), or names the one appointed after an active verb ("bà A bổ nhiệm em trai mình làm
    POST")."""
    if ": " in before[-24:]:  # "kỷ luật ông A bằng hình thức: Cách chức POST": a verb capitalised after a colon
        before = _COLON_CAPITAL.sub(lambda m: m.group().lower(), before)
    verb = post_grammar.APPOINT.search(before) or AGENT_APPOINT.search(before)
    if verb is not None and not AGENT_APPOINT.search(before) and (
            _SIGNS.search(before[: verb.start()]) or _OBJECT_APPOINTED.search(before[: verb.start()])
            or _hands_decision(before[: verb.start()]) or _REGARDING.fullmatch(before[: verb.start()])):
        return None
    if verb is not None and _ROLE.match(before, verb.start()) and "," in before[: verb.start()]:
        return None  # "ông A, … trên cương vị POST": a clause after a comma may speak of another
    if verb is not None and _LED_BY.search(before, 0, verb.start()):
        return None  # "ông A tiếp đoàn … do Hội trưởng Hội X làm Trưởng đoàn": the post is the one "do" names
    if verb is not None and post_discussed.discussed(before, verb):
        return None  # "ông A đề nghị bổ sung chức danh POST": the office is discussed, not held
    if verb is not None and post_verb_subject.other_subject(before, verb.start()):
        return None  # "ông A … để vợ làm POST", "ông A cho hay có hai trường hợp … làm POST": another subject's
    return None if verb is None or reported(before[: verb.start()]) else verb


_COLON_CAPITAL = re.compile(r"(?<=:\s)[A-ZĐ](?=[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*$)")
# "đoàn do <a title, an honorific or a capitalised name> làm POST": the one "do" names holds the post, not a name before
_LED_BY = re.compile(r"(?<!\w)do\s+(?:ông|bà|đồng chí|ngài|[A-ZĐ])[^,;:()\"“”]{0,120}?\s+$")
_ROLE = re.compile(r"(?:trên|với|ở) " + post_grammar.ROLE_NOUN)  # APPOINT's "trên cương vị": no comma after the name
_SIGNS = re.compile(r"(?<!\w)ký(?:\s+(?:quyết định|văn bản|tờ trình|công văn))?"
                    r"(?:\s+" + _frame("signed") + r")?\s+$")


# "ông A đã trao quyết định chỉ định POST làm POST cho ông B", "bà A công bố quyết định bổ nhiệm …": the name hands
# over or reads out a decision, which appoints someone else (not after "được": "ông A được trao quyết định …"; nor
# a ceremony's name: "ông A phát biểu tại lễ công bố quyết định … phân công ông làm POST")
_HANDS = re.compile(r"(?<!\w)(?<!lễ )(?:trao|công bố|đọc|trao lại)\s+(?:các\s+|những\s+)?quyết định(?!\w)")


# "tờ trình của Chủ tịch UBND TP A về việc miễn nhiệm chức vụ POST": a name right before "về việc" (regarding) and the
# verb authors a document about the appointment
_REGARDING = re.compile(r"\s*,?\s*về việc\s+")


def _hands_decision(before: str) -> bool:
    """The text ``before`` an appointment verb hands over or reads out a decision with no "được" before nor after."""
    m = _HANDS.search(before)
    return m is not None and not re.search(r"(?<!\w)được\s+$", before[: m.start()]) \
        and not re.search(r"(?<!\w)được(?!\w)", before[m.end() :])


# "bà A đã ký quyết định bổ nhiệm em trai mình làm POST": the name appoints someone else (the object after an active
# appointment verb) to the post; a bare pronoun object stands for the name itself ("… và sẽ phân công ông làm POST")
_OBJECT_APPOINTED = re.compile(r"(?<!\w)(?<!được )" + _frame("object") +
                               r"\s+(?!(?:giữ|làm|vào|chức)\b|" + _HONORIFIC + r"\s+$)(?:\w+\s+){1,4}$")


def reported(between: str) -> bool:
    """A verb of saying opens a clause of its own ``between`` a name and an appointment verb ("ông A cho biết, UBND
    tỉnh đã cách chức …", "ông A nói Sở đã bổ nhiệm …"): the speaker is not the one appointed (``person_cues``,
    ``speech``, then a comma, a colon or a capitalised word)."""
    words = [(key(m.group()), m.end()) for m in re.finditer(r"[^\W\d_]+", between)]
    speech, not_speech = names.cue_phrases("speech"), names.cue_phrases("not-speech")
    for i, (_, end) in enumerate(words):
        if not re.match(r"\s*[,:]|\s+[A-ZĐ]", between[end:]):
            continue
        said = (" ".join(w for w, _ in words[j : i + 1]) for j in range(max(0, i - 2), i + 1))
        if any(s in speech and s not in not_speech for s in said):
            return True
    return False


def appointer(text: str, ph: post_grammar.Phrase, limit: int) -> bool:
    """The post phrase names who appoints: "được" right before it, an appointment verb right after it."""
    return bool(_AGENT_BEFORE.search(text[max(0, ph[2] - 8) : ph[2]]) and _AGENT_THEN.match(text, ph[3], limit))


# "bổ nhiệm chức vụ POST cho ông A", "quyết định điều động POST cho bà A", "phê chuẩn chức danh POST với ông A": a
# post first, its holder after "cho"/"với"
# ("bổ nhiệm 2 Thẩm phán TAND tối cao với ông A và ông B": a number of posts, "với"; "cho thôi làm nhiệm vụ POST
# với ông A": a post that ends)
_GIVEN_BEFORE = re.compile(r"(?:" + _frame("given") + r"(?:\s+(?:giữ\s+)?chức(?:\s+(?:vụ|danh))?)?"
                           r"|thôi(?:\s+làm)?\s+nhiệm vụ|thôi(?:\s+giữ)?\s+chức(?:\s+(?:vụ|danh))?)\s+(?:\d+\s+)?$",
                           re.IGNORECASE)
_GIVEN_TO = re.compile(r"\s+(?:cho|với)\s+(?:" + _HONORIFIC + r"\s+)?")


# "tư cách đại biểu Quốc hội của ông A", "nhiệm vụ ĐBQH của ông A": a post a noun of office opens, its holder
# after "của"
_OFFICE_BEFORE = re.compile(r"(?<!\w)" + lexicon.alternation("office_nouns", 2, "office-of") + r"\s+$",
                            re.IGNORECASE)  # office_nouns.tsv
_OF_HOLDER = re.compile(r"\s+của\s+" + _HONORIFIC + r"\s+")
# "cách chức POST của ông A", "miễn nhiệm POST của bà A": the post an ending verb takes, its holder after "của"
_ENDED_OF = re.compile(r"(?<!\w)(?:" + _frame("ended") + "|" + _frame("resigned")
                       + r")(?:\s+chức(?:\s+(?:vụ|danh))?)?\s+$", re.IGNORECASE)


TO_HOLDER = re.compile(r"\s+(?:đối với|với|cho)\s+" + _HONORIFIC + r"\s")  # after a post: its own holder follows


def given_to(text: str, start: int, gap: str, sent_start: int) -> bool:
    """The post phrase at ``start`` is given, by an appointment verb before it, to the name after ``gap``; or is
    the office of the name after "của" that a noun of office or an ending verb opens."""
    before = text[max(sent_start, start - 30) : start]
    return bool(_GIVEN_TO.fullmatch(gap) and _GIVEN_BEFORE.search(before)
                or _OF_HOLDER.fullmatch(gap) and bool(_OFFICE_BEFORE.search(before) or _ENDED_OF.search(before)))


# "miễn nhiệm chức vụ POST do ông A đang nắm giữ": the post first, its holder after "do" and before a verb of holding
_HELD_BY = re.compile(r"\s+do\s+(?:" + _HONORIFIC + r"\s+)?")
_HOLDS = re.compile(r"\s+(?:(?:hiện|đang|hiện đang)\s+)?" + _frame("holds") + r"(?!\w)")


def held_by(text: str, gap: str, name_end: int, limit: int) -> bool:
    """``gap`` between a post and a name is "do" and a verb of holding follows the name: the name holds the post."""
    return bool(_HELD_BY.fullmatch(gap) and _HOLDS.match(text, name_end, limit))


# "kỷ luật ông A, …, bao gồm cách chức cả các chức vụ POST, POST", "ông A bị cách hết các chức vụ trong Đảng, gồm POST
# và POST": the header of the posts a disciplined name is stripped of
_STRIPPED = re.compile(r"(?<!\w)cách(?:\s+chức)?\s+(?:cả\s+|hết\s+|tất cả\s+)?(?:các|những)\s+chức vụ"
                       r"(?:\s+trong\s+Đảng)?(?:\s*,?\s*(?:bao\s+)?gồm)?\s*:?\s*")
_DISCIPLINED = re.compile(r"(?<!\w)(?:kỷ luật|đối với)\s+(?:" + _HONORIFIC + r"\s+)?$", re.IGNORECASE)


def stripped(text: str, name: tuple[int, int], sent: Sentence, later: list[int]) -> re.Match[str] | None:
    """The header of a list of the posts the name at ``name`` is stripped of, after it in the sentence: the name is
    the one disciplined ("kỷ luật" / "đối với" right before it, or "bị" between it and the header) and no other name
    follows the header (``later``: where the sentence's names start; "… cách chức các chức vụ POST đối với ông B")."""
    m = _STRIPPED.search(text, name[1], sent.end)
    if m is None or any(q >= m.start() for q in later):
        return None
    governed = _DISCIPLINED.search(text, max(sent.start, name[0] - 30), name[0])
    return m if governed or re.search(r"(?<!\w)bị\s", text[name[1] : m.start()]) else None


_MOVED_ON = re.compile(r"\s+(?:được|lên|sang|chuyển)\s")


# a career told by its years after a name: "A sinh tháng 8/1957, năm 2001 là POST, năm 2002 là POST; tháng 11/2006
# là POST", "… từ năm 2000 đến 2005 là POST và từ 2005 đến 2010 là POST"
_YEAR = r"(?:(?:năm|tháng)\s+)?(?:\d{1,2}[/.-])?\d{4}"
_WHEN = (r"(?:(?:từ|đến|cuối|đầu|giữa|sau|trước|trong)\s+)?" + _YEAR + r"(?:\s*(?:đến|tới|[-–])\s*(?:năm\s+)?"
         + _YEAR + r")?\s*,?\s+(?:là|làm|giữ chức)\s+")
# (or the years served at a body before: "A đã có 18 năm công tác tại Công ty X; từ năm 2000 đến 2005 là POST"; or
# no comma before a period that "từ … đến" spans: "A từ năm 2000 đến 2005 là POST")
_SERVED = r"\s+(?:đã\s+)?có\s+(?:hơn\s+|gần\s+)?\d+\s+năm\s+(?:công tác|làm việc)\s+(?:tại|ở)\s+[^,;.:()]{1,80}?\s*[;,]"
_CAREER_FIRST = re.compile(r"(?:\s+sinh\s+(?:ngày|tháng|năm)\s+[\d/.-]+(?:\s+năm\s+\d{4})?)?(?:" + _SERVED
                           + r"|\s*,|(?=\s+từ\s+(?:năm\s+)?\d{4}\s*(?:đến|tới|[-–])))\s*" + _WHEN, re.IGNORECASE)
_CAREER_NEXT = re.compile(r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)" + _WHEN, re.IGNORECASE)


def first_gap(text: str, gap: str, end: int, limit: int) -> bool:
    """``gap`` between a name and its first post (besides AFTER_GAP): a description, a birth record, "từ" before
    a former post, or a year that opens a career (after a birth date)."""
    return post_grammar.described(gap) or bool(post_grammar.BORN_RECORD.fullmatch(gap)) \
        or moved_from(text, gap, end, limit) or bool(_CAREER_FIRST.fullmatch(gap) or _DEGREE_HELD.fullmatch(gap)) \
        or post_records.record_gap(gap)  # "A, sinh năm 1960, quốc tịch X, là POST"


# "Ông A có học hàm giáo sư, học vị tiến sĩ, là POST": the person's academic title or degree, then the copula
_DEGREE_PART = r"(?:học hàm|học vị|trình độ)\s[^\W\d_]+(?:\s[^\W\d_]+){0,4}?"
_DEGREE_HELD = re.compile(r"\s+có\s+" + _DEGREE_PART + r"(?:\s*,\s*" + _DEGREE_PART + r")*\s*,\s*là\s+")


def moved_from(text: str, gap: str, end: int, limit: int) -> bool:
    """"bà A từ Trưởng phòng X được bổ nhiệm làm …", "ông B từ vị trí Giám đốc X lên …", "ông C được điều động, bổ
    nhiệm từ Phó Giám đốc X lên làm …": the post after "từ" that a move follows is the name's former post."""
    return bool(_FROM.fullmatch(gap) and _MOVED_ON.match(text, end, limit))


# "bà A từ …", "ông B được UBND tỉnh điều động, bổ nhiệm từ …": a former post's "từ", after a verb of moving
_MOVE = _frame("from")
_FROM = re.compile(r"\s+(?:(?:được\s+)?(?:[\w.&-]+\s+){0,6}?" + _MOVE + r"(?:\s*,\s*" + _MOVE + r")?\s+)?"
                   r"từ\s+(?:(?:vị trí|chức vụ|cương vị)\s+)?")


def more_gap(text: str, gap: str, start: int, person_starts: set[int], limit: int) -> bool:
    """``gap`` joins a post to the one before it after a name (MORE_GAP), or is a semicolon between the posts of a
    career ("…khóa III; Đại biểu Quốc hội …; Bộ trưởng …") when no other name follows in the part it opens (in a
    list of guests each part names its own: "…; Bí thư X, Chánh án Y Lê Văn A")."""
    if post_grammar.MORE_GAP.fullmatch(gap) or _CAREER_NEXT.fullmatch(gap):  # "…, năm 2002 là POST"
        return True
    stop = text.find(";", start, limit)
    return bool(re.fullmatch(r"\s*;\s*", gap)) and not any(start <= p < (stop if stop >= 0 else limit)
                                                             for p in person_starts)


# "cách chức POST nhiệm kỳ 2015 - 2020 đối với ông A", "… POST (Tổng cục X) đối với ông A", "thôi chức POST, đối với
# ông A": a term of office, the body above in parentheses or a comma between a post named first and "đối với"
_TO_HOLDER_GAP = re.compile(r"(?:\s*" + post_grammar.TERM_OF_OFFICE + r"(?:\s+và\s+" + post_grammar.TERM_OF_OFFICE
                            + r")*|\s*\([^()]{1,60}\))?\s*,?\s+đối với\s+"
                            r"(?:" + _HONORIFIC + r"\s+)?")
# between two posts named first: "POST nhiệm kỳ … và thôi chức POST", "POST, POST", "POST và POST"
_JOINED = re.compile(r"(?:\s*" + post_grammar.TERM_OF_OFFICE + r")?\s*(?:,|và)\s+"
                     r"(?:(?:thôi|cách|miễn nhiệm)(?:\s+giữ)?\s+chức(?:\s+(?:vụ|danh))?\s+)?")
_LIST_OPENS = re.compile(r"(?<!\w)gồm\s+$")  # "cách hết các chức vụ trong Đảng, gồm POST và POST đối với ông A"


_POSSESSOR = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)


def possessor(text: str, start: int, sent_start: int) -> bool:
    """"của" stands right before the post starting at ``start``: the post names the owner or giver of a thing
    ("Bằng khen của Thủ tướng Chính phủ đối với ông A", "đề nghị của Chủ tịch UBND tỉnh đối với ông A"), and the
    name after it is not its holder."""
    return bool(_POSSESSOR.search(text[max(sent_start, start - 10) : start]))


def to_holder(gap: str) -> bool:
    """``gap`` between a post named first and a name is "đối với" (after a term, an aside, a comma): the name holds
    the post."""
    return bool(_TO_HOLDER_GAP.fullmatch(gap))


def first_group(text: str, phrases: list[post_grammar.Phrase], i: int, sent_start: int) -> list[post_grammar.Phrase]:
    """The posts named first from ``phrases[i]`` on that an ending or appointment verb (or "gồm") opens and "," or
    "và" joins ("cho thôi chức POST nhiệm kỳ … và thôi chức POST … đối với ông A"): one holder follows them all.
    Only the phrase itself when no verb opens it or none joins it."""
    group = [phrases[i]]
    for q in phrases[i + 1 :]:
        if q[2] < group[-1][3] or not _JOINED.fullmatch(text[group[-1][3] : q[2]]):
            break
        group.append(q)
    before = text[max(sent_start, phrases[i][2] - 40) : phrases[i][2]]
    opened = post_grammar.ENDED.search(before) or _GIVEN_BEFORE.search(before) or _LIST_OPENS.search(before)
    return group if opened else group[:1]


# "Trưởng Đoàn kiểm tra số 5, Phó Chủ tịch UBND tỉnh A": a unit's number after a post chained before a name
_NUMBERED = re.compile(r"\s+số\s+\d+\b")


def chain_gap(text: str, end: int, cursor: int, start: int = 0) -> bool:
    """The text between a post phrase ending at ``end`` and the name (or the next post) at ``cursor`` chains the post
    to it (CHAIN_GAP, or "đồng thời là" before the next post), past a unit's number after the post ("Trưởng Đoàn
    kiểm tra số 5, Phó Chủ tịch … A") or the dot of a short form ("Chủ tịch UBND TP. A")."""
    num = _NUMBERED.match(text, end, cursor) or _ABBREVIATION_DOT.match(text, end, cursor)
    gap = text[num.end() if num else end : cursor]
    if "đồng thời" in gap and (also := _ALSO_IS.fullmatch(gap)):  # (cheap gate: a substring test)
        return not also.group(1) or post_grammar.name_tail(also.group(1))
    return bool(post_grammar.CHAIN_GAP.match(gap)) \
        or bool(_AND_LATER.fullmatch(text, end, cursor)) \
        or "," in gap and bool(_TRADE.fullmatch(gap)) and text[max(0, start - 3) : start].rstrip(" ")[-1:] in _OPENS


# "Chủ tịch Hội X, nhà thơ A": the holder's trade between the post, opening its clause, and the name
_TRADE, _OPENS = re.compile(r"\s*,\s*" + lexicon.alternation("person_cues", 1, "trade") + r"\s+"), ("", *".,:;–-”\"(\n")
# a later post of one career before its holder: "POST và thời kỳ đầu làm POST, ông A …"
_AND_LATER = re.compile(r"\s+và\s+(?:(?:thời kỳ|thời gian|những năm)\s+(?:đầu|sau|cuối)\s+|sau đó\s+)?(?:làm|là)\s+",
                        re.IGNORECASE)

# "POST đồng thời là POST, ông A": two posts of A (the first body's name may go on in lower case: "Ngày hội hoa X")
_ALSO_IS = re.compile(r"(.{0,60}?)\s*,?\s+đồng thời\s+(?:cũng\s+)?là\s+")


def chain_stops(text: str, ph: tuple, cursor: int, sent_start: int, chained: bool) -> bool:
    """The chain of posts before a name ends before the phrase ``ph``: "và" joins it to the next post, or, past the
    name's own post, a plural header or a count opens it ("ý kiến của 4 đồng chí Phó Chủ tịch X, Chủ tịch X Lê Văn
    A": the posts of several others)."""
    if ph[3] != cursor and text[ph[3] : cursor].strip() in ("và",):
        return True
    before = text[max(sent_start, ph[2] - 30) : ph[2]]
    return chained and bool(post_grammar._HEADER.search(before) or _COUNTED.search(before)
                            or post_possessed.possessed(text, ph, cursor, sent_start))  # "của đại biểu, POST A"


_COUNTED = re.compile(r"(?:^|\s)\d+\s+(?:đồng chí\s+|vị\s+)?$", re.IGNORECASE)
_ABBREVIATION_DOT = re.compile(r"(?<=TP)\.(?=\s)")  # "Chủ tịch UBND TP. Lê Văn A": the dot of a short form


# ", nguyên là POST" after a bare name: a time word before "là" says a person held it (a body's name ending in a
# person's, "Trường X Lê Văn A, là …", is not read so), when no capitalised word runs into the name from before
_TIMED_IS = re.compile(r"\s*,\s*" + lexicon.alternation("time_adverbs", 2, "timed-is") + r"\s+là\s+")


def comma_is(text: str, gap: str, name_start: int, sent_start: int) -> bool:
    """The gap after a name with no honorific is ", (…) là " — save ", nguyên là " (a time word and "là") when the
    name does not end a capitalised phrase."""
    if not re.fullmatch(r"\s*,.*\slà\s+", gap) or post_records.record_gap(gap):  # a body has no birth record
        return False
    before = text[sent_start:name_start].split()
    return not _TIMED_IS.fullmatch(gap) or bool(before and before[-1][0].isupper())


_AND_NAME = re.compile(r"\s+và\s+(?:" + _HONORIFIC + r"\s+)?")
_AND_TITLE = re.compile(r"\s+và\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")


def held_apart(text: str, p: Mention, persons: list[Mention], ph: post_grammar.Phrase) -> bool:
    """The post after an appointment verb is not the name's: its own holder follows it (:data:`TO_HOLDER`), or
    "A và B được … làm POST và POST" — the second post is the second name's (read respectively), so the first is
    not B's: B is joined by "và" to the name before it and "và" and a title of the lexicon follow the post."""
    if TO_HOLDER.match(text, ph[3]):
        return True
    if not any(q.end <= p.start and _AND_NAME.fullmatch(text, q.end, p.start) for q in persons):
        return False
    m = _AND_TITLE.match(text, ph[3])
    words = [w for w in (m.groups() if m else ()) if w]
    return any(key(" ".join(words[:n])) in lexicon.by_key("posts") for n in range(1, len(words) + 1))


def through_aside(text: str, end: int, name: int) -> bool:
    """A body's name after a post phrase ending at ``end`` goes on past a short form in parentheses right up to the
    name at ``name`` ("…, Chủ tịch Hội nghị Hiệp thương (Chính hiệp) Trung Quốc Lê Văn B": the post is B's)."""
    gap = text[end:name]
    aside = post_grammar.PLACE_ASIDE.match(gap) if "(" in gap else None
    rest = re.fullmatch(r"((?:\s+[A-ZĐ][\w.&-]*){1,4})\s+", gap[aside.end() :]) if aside else None
    return rest is not None and not any(key(w) in lexicon.words("name_stops") for w in rest.group(1).split())
