"""Award conferrals: the award's full name (kind + name + grade), its giver and its named recipients.

A small grammar over the lexicon (``award_parts.tsv`` cue words); AWARD is the award's name
(:mod:`kg.extract.award_names`):

    GIVER     = AWARD của X | AWARD do X trao | X (đã) trao/tặng AWARD | được X trao/tặng AWARD
                | thừa ủy quyền của X / thay mặt X (X is then the conferring authority)
    RECIPIENT = … AWARD cho/tặng A, B và C | A … được (X) trao/tặng/nhận AWARD

X may be a person, a body, or a post phrase without a named holder ("Chủ tịch nước tặng …"): the office
itself is then the giver. Pure functions over the document text; :mod:`kg.extract.facts` builds the facts.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.award_names import alt as _alt
from kg.extract.award_names import parts
from kg.extract.award_works import past_work_title

# "…; được X tặng", ", đồng thời cũng được X tặng": a passive clause that shares the subject of the one before
SUBJECTLESS_PASSIVE = re.compile(r"[;,]\s*(?:(?:đồng thời|và|rồi|sau đó)\s+)?(?:(?:cũng|còn|đã|vinh dự|nhiều lần)\s+)*"
                                 r"được(?!\w)", re.IGNORECASE)

# ---------------------------------------------------------------- the clause around an award

# what may count the object of a give verb: "trao hai giải Nhì", "tặng các Bằng khen", "trao 24 giải Khuyến khích"
# (plural words and number words of ``quantifiers.tsv``, digits), optional in a pattern
QUANTITY = r"(?:(?:" + lexicon.alternation("quantifiers", 2, "plural", "numeral") + r"|\d+)\s+)?"


GIVE = re.compile(r"(?<!\w)(?:trao tặng|tặng thưởng|trao|tặng|khen thưởng|phong tặng|công nhận"
                  r"|gửi(?=\s+thư khen)|gắn(?=\s+(?:huân|huy|danh hiệu)))(?!\w)", re.IGNORECASE)
RECEIVE = re.compile(r"(?<!\w)(?:được|nhận|đón nhận|vinh dự|đạt|giành|đoạt|giữ vững)(?!\w)", re.IGNORECASE)


@cache
def _holder() -> re.Pattern[str]:
    """An honorific after "AWARD của" that names the award's holder (``award_parts`` role ``holder``)."""
    return re.compile(r"(?:" + _alt("holder") + r")\s", re.IGNORECASE)


def giver_after(text: str, end: int, limit: int) -> int | None:
    """Offset of X in "AWARD của X" / "AWARD do X trao" (None when the award is not followed so, or by "của" and an
    honorific that names its holder: "huy chương của ông A")."""
    m = re.match(r"\s*(?:" + _alt("giver") + r")\s+", text[end:limit], re.IGNORECASE)
    if m and m.group().strip().lower() == "của" and _holder().match(text, end + m.end(), limit):
        return None
    if m is None:  # "Bằng khen mà Bộ X (đã) trao tặng": the relative clause names who gives it
        m = _RELATIVE.match(text, end, limit)
        return m.start("x") if m else None
    return end + m.end()


# "AWARD mà X (đã) trao tặng": X short, within the clause, right before a give verb
_RELATIVE = re.compile(r"\s+mà\s+(?P<x>[^,;:.()]{2,80}?)\s+(?:(?:đã|vừa|từng)\s+)?(?:trao tặng|tặng thưởng|truy tặng"
                       r"|phong tặng|khen tặng|trao|tặng)(?!\w)", re.IGNORECASE)


def welcomed_in_ceremony(text: str, lo: int, award_start: int) -> bool:
    """"(dự) lễ đón nhận AWARD", "lễ kỷ niệm … và đón nhận AWARD": the award is welcomed in a ceremony's name, so
    "của X" after it tells whose ceremony it is (the one who receives), not who gives it."""
    return bool(re.search(r"(?<!\w)lễ(?!\w)[^,;:.]{0,80}?(?<!\w)đón nhận\s+$", text[lo:award_start], re.IGNORECASE))


def state_award(name: str) -> bool:
    """The award is one the State alone confers: an order, a hero's title, an honour of the State (``award_parts``
    role ``state``)."""
    return bool(re.search(r"(?<!\w)(?:" + _alt("state") + r")(?!\w)", name, re.IGNORECASE))


def state_giver(head: str) -> bool:
    """A body of this head confers the State's awards ("Nhà nước", "Nhà nước Lào"; role ``state-giver``)."""
    return head.lower() in {p.lower() for p in parts("state-giver")}


def gives_after(text: str, pos: int, limit: int) -> bool:
    """A give verb right after ``pos``: "của Chủ tịch nước phong tặng X" (the one before it gives)."""
    return bool(re.match(r"\s*(?:(?:đã|vừa)\s+)?(?:trao tặng|truy tặng|phong tặng|tặng thưởng|trao|tặng)(?!\w)",
                         text[pos:limit], re.IGNORECASE))


def giver_list_span(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The listed authorities of "AWARD của các bộ, ngành như: A; B" (up to the next verb or the clause's end)."""
    m = re.match(r"\s*(?:" + _alt("giver") + r")\s+(?:các|nhiều)\s[^;:.]{0,40}?(?:\s(?:như|gồm)\s*:?|:)\s*",
                 text[end:limit], re.IGNORECASE)
    if not m:
        return None
    lo = end + m.end()
    stop = re.search(r"\.(?!\S)|" + GIVE.pattern + "|" + RECEIVE.pattern, text[lo:limit], re.IGNORECASE)
    return lo, lo + stop.start() if stop else limit


def revoked(clause: str) -> bool:
    """"hủy bỏ Quyết định khen thưởng AWARD", "thu hồi AWARD": the award is taken back, not conferred."""
    return bool(re.search(r"(?<!\w)(?:" + _alt("revoke") + r")(?!\w)", clause, re.IGNORECASE))


def conditional(clause: str) -> bool:
    """"nếu được X tặng AWARD thì …": the award is a condition (``award_parts`` role ``condition``), not conferred;
    not the contrast "nếu như năm 2015 A đạt AWARD thì …" (a time told: the award was given), nor the proposal the
    award was given on ("Theo đề xuất của X, Chủ tịch tỉnh tặng AWARD", with or without its comma)."""
    m = re.search(r"(?<!\w)(?<!theo )(?:" + _alt("condition") + r")(?!\w)(?! như)[^,;:.\d]{0,80}$", clause,
                  re.IGNORECASE)
    return m is not None and not re.search(r"(?<!\w)(?:năm|tháng|ngày|trước đây|lần)(?!\w)", m.group(), re.IGNORECASE)


# "được X ủy quyền, A trao …": X authorised the one who hands the award over
_AUTHORISED = re.compile(r"(?<!\w)được\s+(?=\S)([^,;:.]{2,80}?)\s+(?:ủy|uỷ)\s+quyền\s*,", re.IGNORECASE)


def delegate_of(sentence: str) -> int | None:
    """Offset (in the sentence) of X in "thừa ủy quyền của X" / "thay mặt X" / "được X ủy quyền," — None when a
    passive "được" comes between the delegation and the award (the sentence ends at the award): "thay mặt X, A chúc
    mừng những người đã được trao AWARD" acts for X in another verb."""
    m = re.search(r"(?:" + _alt("delegate") + r")\s+", sentence, re.IGNORECASE)
    authorised = _AUTHORISED.search(sentence)
    if m is None and authorised is not None:  # "Được Chủ tịch nước ủy quyền, ông A trao …"
        return None if re.search(r"(?<!\w)được(?!\w)", sentence[authorised.end():], re.IGNORECASE) \
            else authorised.start(1)
    if m and re.search(r"(?<!\w)được(?!\w)(?! sự)", sentence[m.end():], re.IGNORECASE):
        return None
    return m.end() if m else None


def decided_by(text: str, lo: int, hi: int) -> int | None:
    """Offset of X in "theo (các) Quyết định (số …, ngày …) của X" between ``lo`` and ``hi`` (the authority whose
    decision confers the award: "Theo Quyết định số 12 của X, ông A được tặng AWARD")."""
    m = re.search(r"(?<!\w)theo\s+(?:các\s+)?(?:" + _alt("decision") + r")(?!\w)(?:[^;:.“”\"]|\.(?=\S)){0,80}?"
                  r"\s(?:" + _alt("giver") + r")\s+", text[lo:hi], re.IGNORECASE)
    return lo + m.end() if m else None


# "X tổ chức họp mặt kỷ niệm 92 năm Ngày A và tổng kết trao AWARD": the ceremony's own phrase (no punctuation) and
# "và" with at most two lower-case words (no named person: "và ông B trao …" is B's) before the give verb
_CEREMONY_AND = r"(?:\s+[^\s,;.:“”\"()]+){1,16}?\s+và(?:\s+(?-i:[^\W\d_A-ZĐ]+)){0,2}?"


def active_giver_end(text: str, lo: int, award_start: int) -> int | None:
    """End offset of the subject X in "X (đã/cũng) trao/tặng AWARD" (the verb right before the award), also when X
    organises the ceremony: "X tổ chức (lễ | tổng kết) (và) trao AWARD", "X tổ chức khen thưởng, tặng AWARD", or
    decides it: "X (ký) quyết định tặng AWARD"; a list of subjects may end in others left unnamed: "A, B… cùng nhiều
    đơn vị khác đã trao AWARD"."""
    m = re.search(r"(?:\s*(?:…|\.{3}))?(?:\s*,?\s+(?:cùng với|cùng|và)\s+(?:nhiều|các|những)\s+"
                  r"(?:(?-i:[^\W\d_A-ZĐ]+)\s+){1,3}?khác)?"
                  r"\s+(?:(?:đã|cũng|còn|vừa|sẽ|đã trực tiếp|trân trọng)\s+)*"
                  r"(?:(?:ký|ban hành|có)\s+)?(?:quyết định\s+)?"
                  # not "Ban Tổ chức": a body
                  r"(?:(?<!ban )tổ chức(?:(?:\s+[^\W\d]+){0,3}?(?:\s+và|,)?|" + _CEREMONY_AND + r")\s+)?"
                  r"(?:trao tặng|truy tặng|phong tặng|trao|tặng|tặng thưởng|gửi|gắn)\s+(?:giải\s+)?"
                  + QUANTITY + "$", text[lo:award_start], re.IGNORECASE)
    return lo + m.start() if m else None


def chained_give(stretch: str) -> bool:
    """The stretch before an award ends in a give verb that opens a clause of its own with no subject, after "," or
    ";": "X đã ra quyết định công nhận …, tặng AWARD", "được X tặng A cho 9 tập thể, tặng AWARD" (the verb shares the
    subject of the clause before)."""
    return bool(re.search(r"[,;]\s*(?:(?:và|đồng thời|rồi|sau đó)\s+)?(?:(?:đã|cũng|còn|vừa|sẽ)\s+)*"
                          r"(?:trao tặng|tặng thưởng|trao|tặng)\s+" + QUANTITY + "$", stretch,
                          re.IGNORECASE))


def cash_subject_end(text: str, lo: int, award_start: int) -> int | None:
    """End offset of the subject X of a cash reward whose kind is its own verb: "X (đã, đến) thưởng nóng …", also
    after a verb the same subject did beside it: "X đã tặng hoa và thưởng nóng …", "X đến động viên, thưởng nóng …"."""
    m = re.search(r"(?:\s+(?:đã|cũng|vừa|sẽ|trực tiếp|đến|quyết định|tổ chức|khen))*"
                  r"(?:\s+(?:" + _alt("beside") + r")(?:\s+(?-i:[^\W\d_A-ZĐ]+)){0,2}?(?:\s*,|\s+và))*\s+$",
                  text[lo:award_start], re.IGNORECASE)
    return lo + m.start() if m and m.start() > 0 else None


def ceremony_before(stretch: str) -> bool:
    """"Tại buổi (thăm và) thưởng nóng …", "lễ thưởng nóng": the verb names a ceremony, no reward is told here."""
    return bool(re.search(r"(?<!\w)(?:buổi|lễ)(?:\s+[^\W\d]+){0,2}?(?:\s+và)?\s+$", stretch, re.IGNORECASE))


def organiser_gives(text: str, lo: int, award_start: int) -> bool:
    """The verb before the award is told of one who organises the ceremony: "X tổ chức lễ trao AWARD", "X tổ chức
    khen thưởng, tặng AWARD", "X tổ chức lễ trao A, B, AWARD" (X is the conferring authority only until the text
    names another); not when the clause names whom the giver acts for ("thừa ủy quyền của Y"), nor when X judges the
    award itself ("X tổ chức xét tặng AWARD": the conferring authority)."""
    stretch = text[lo:award_start]
    return bool(re.search(r"(?<!\w)(?<!ban )tổ chức(?!\w)(?!\s+xét\s)[^;.]{0,40}?"
                          r"(?:trao tặng|truy tặng|phong tặng|tặng thưởng|trao|tặng|gắn)\s+[^;.:]{0,60}$",
                          stretch, re.IGNORECASE)) and delegate_of(stretch) is None


def passive_giver(text: str, lo: int, award_start: int) -> int | None:
    """Offset of X in "được X trao/tặng AWARD"."""
    span = passive_giver_span(text, lo, award_start)
    return span[0] if span else None


def passive_giver_span(text: str, lo: int, award_start: int) -> tuple[int, int] | None:
    """(start, end) of X in "được X trao/tặng AWARD" (the "được" nearest the verb: "đạt được …. Được X tặng")."""
    m = re.search(r"(?<!\w)(?i:được)\s+(?=\S)((?:(?!(?i:được)\s).){2,240}?)\s+"
                  r"(?:trao tặng|tặng thưởng|tặng|trao|khen thưởng|công nhận|phong tặng)\s+"
                  + QUANTITY + _general_object() + "$", text[lo:award_start])
    if m is None or _AUTHORISED.search(text, lo + m.start(), lo + m.end(1) + 1):  # "được X ủy quyền, A trao"
        return None
    return lo + m.start(1), lo + m.end(1)


@cache
def _general_object() -> str:
    """"(được X tặng thưởng) nhiều phần thưởng cao quý: AWARD, …": awards in general as the object, the awards named
    after a colon (optional in a pattern)."""
    return (r"(?:(?:các|nhiều|những)\s+(?:" + _alt("general") + r")(?:\s+[^\W\d_A-ZĐ]+){0,3}?"
            r"(?:\s+(?:như|gồm))?\s*:\s*)?")


def recipients_span(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The list after "cho" / "tặng" that follows an award, up to the clause's end; items of a list parted by
    ";" ("cho ông A; bà B, nguyên …") run on while no verb opens another clause."""
    m = re.match(r"(?:[^;.]|\.(?=\S)){0,200}?\s(?:" + _alt("recipient") + r")\s+", text[end:limit])
    if not m:
        return None
    lo = end + m.end()
    stop = re.compile(r";|\.(?!\S)|[”»]|\"\s*[,.]|\s(?:vì|có thành tích|nhờ|do|ghi nhận)\s"  # "TP.HCM" goes on
                      r"|\s[Vv]ới (?:thành tích|chiến công)\s"  # "cho A với thành tích …": the reason follows
                      r"|\s(?:[Cc]ùng|[Tt]ham)\s+dự(?:\s+(?:lễ|buổi lễ))?\s+(?:còn\s+)?có\s"  # "cho A Cùng dự có B":
                      r"|\s[Dd]ự\s+(?:lễ|buổi lễ)\s+(?:còn\s+)?có\s"  # B attends, receives nothing
                      r"|\s\d[\d.,]*\s*(?:triệu|tỉ|tỷ|nghìn|ngàn)?\s*đồng(?!\w)")  # "cho A 50 triệu đồng, …"
    hi = past_work_title(text, lo, limit)  # "cho tác phẩm “X” của tác giả A": the title ends no list
    while True:
        s = stop.search(text, hi, limit)
        if s is None:
            return lo, limit
        if text[s.start()] != ";":
            return lo, s.start()
        item = re.match(r";(?:[^;.]|\.(?=\S))*", text[s.start() : limit])  # "TP.Hà Nội" ends no item
        assert item is not None  # the pattern matches the ";" at least
        if GIVE.search(item.group()) or RECEIVE.search(item.group()) or not item.group()[1:].strip():
            return lo, s.start()
        hi = s.start() + 1


def lead_in(text: str, pos: int, limit: int) -> int:
    """Where the agent starts after common words that lead into it: "lãnh đạo Đảng, Nhà nước" (``pos`` if none)."""
    m = re.match(r"(?:(?:" + _alt("lead") + r")\s*,?\s+(?:và\s+)?)+", text[pos:limit], re.IGNORECASE)
    return pos + m.end() if m else pos


def object_before(stretch: str) -> bool:
    """A name right after "đối với" / "cho" / "tặng" / "với" (and an honorific), or after a verb of praise that
    shares the award's object ("tuyên dương em A"), is an object, never the giver."""
    return bool(re.search(r"(?<!\w)(?:đối với|cho|tặng|với|tới|" + _alt("praise") + r")\s+(?:\w+\s+){0,2}$",
                          stretch, re.IGNORECASE))


def ditransitive_span(text: str, lo: int, award_start: int) -> tuple[int, int] | None:
    """"(X) tặng ông A Huân chương …": the receiver between the give verb and the award (no verb in between)."""
    m = re.search(r"(?<!\w)(?:trao tặng|tặng thưởng|truy tặng|trao|tặng)\s+(?:cho\s+)?(?=\S)([^;:.]{3,100}?)\s*$",
                  text[lo:award_start], re.IGNORECASE)
    if not m or GIVE.search(m.group(1)) or RECEIVE.search(m.group(1)) or m.group(1).rstrip().endswith(","):
        return None  # "tặng quà ông A, …, Huy hiệu …": the award describes A (an apposition), A got gifts
    return lo + m.start(1), lo + m.end(1)


def unnamed_receivers(stretch: str) -> bool:
    """The receivers after "cho" are a number or a plural of common nouns: "5 tập thể", "các cá nhân", "nhiều hộ"."""
    return bool(re.match(r"\s*(?:\d+|các|những|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+[^\W\d_A-ZĐ]",
                         stretch))


def side_by_side(stretch: str) -> bool:
    """An award's name and then only "," or "và" before the next award, or one or two short items of the same list
    between them: "Bằng khen, giấy khen", "danh hiệu A, B, chiến sĩ thi đua" (one verb, one receiver)."""
    return bool(re.fullmatch(r"[^,;.:]{1,80}?(?:,|\svà)\s*(?:[^,;.:]{1,60}?(?:,|\svà)\s*){0,2}", stretch)) and not \
        re.search(r"(?<!\w)(?:cho|tặng|trao|tới|đến)(?!\w)", stretch, re.IGNORECASE) and not RECEIVE.search(stretch)


def coordinated(gap: str) -> bool:
    """Two awards joined as objects of one verb: "và" / "," ends what stands between them ("… HCM, Huân chương …",
    "… cho ông A, Bằng khen …"), or ";" before the next award with its own recipients ("trao A cho ông B; C cho
    ông D"); what stands between them is short and holds no verb and no sentence boundary."""
    inner, plural = gap.rstrip(), lexicon.alternation("quantifiers", 2, "plural")
    if inner.endswith(";"):
        return len(gap) <= 120 and not re.search(r"[;:]|\.\s", inner[:-1]) and not (
            GIVE.search(gap) or RECEIVE.search(gap))
    # "… và nhiều bằng khen", "5 giải ba và 12 giải khuyến khích": a plural word (quantifiers.tsv) or a count
    return len(gap) <= 60 and bool(re.fullmatch(r"[^;.:]*(?:,|\svà|\scùng)(?:\s+(?:" + plural + r"|\d+))?\s*",
                                                " " + gap)) and not (GIVE.search(gap) or RECEIVE.search(gap))


def not_the_giver(between: str) -> bool:
    """What stands between a person and a give verb shows the person is not its subject: a report of speech
    ("A cho rằng, việc … trao"), a quotation, a colon, or a file's noun ("hồ sơ đề nghị tặng", "xét tặng")."""
    return bool(re.search(r"(?<!\w)(?:rằng|việc|cho biết|nói)(?!\w)|[:“”\"]|(?<!\w)(?:xét|đề nghị)\s+$", between,
                          re.IGNORECASE))


def appositive_gap(gap: str) -> bool:
    """Between a person's name and an award only comma-separated descriptions, no verb: "ông A, lão thành cách
    mạng, thương binh, Huy hiệu 60 năm tuổi Đảng"."""
    return bool(re.fullmatch(r"(?:\s*,[^,;:.()“”\"]{1,60}?)*\s*,\s*", gap)) and not (
        GIVE.search(gap) or RECEIVE.search(gap) or re.search(r"(?<!\w)(?:cho|của|và|với)(?!\w)", gap))


def lone_given_names(stretch: str) -> list[str]:
    """The items of a list ("A và B, hai sinh viên") that are one capitalised word each."""
    items = [i.strip() for i in re.split(r",|\svà\s", stretch)]
    return [i for i in items if re.fullmatch(r"[^\W\d_]+", i) and i[0].isupper()]


_FOLLOW_UP = re.compile(r"(?<!\w)được\s+(?:khen thưởng|tặng thưởng|trao tặng|truy tặng|tặng|trao|nhận)(?!\w)"
                        r"[^.;:]{0,30}?\s(?:gồm|là)\s*:?\s*", re.IGNORECASE)
# what every match of _FOLLOW_UP holds, searched first (a literal-led pattern is scanned fast; most sentences have none)
_FOLLOW_UP_CUE = re.compile(r"được\s+(?:khen thưởng|tặng thưởng|trao tặng|truy tặng|tặng|trao|nhận)(?!\w)",
                            re.IGNORECASE)


def follow_up_recipients(sentence: str) -> int | None:
    """Where the names start in a sentence that names the receivers of the award just told: "(Theo đó,) các cá nhân
    được khen thưởng gồm: A, B", "Những người được trao tặng là A và B"."""
    m = _FOLLOW_UP.search(sentence) if _FOLLOW_UP_CUE.search(sentence) else None
    return m.end() if m and not re.search(r"[.;]", sentence[: m.start()]) else None


def leading_pronoun(stretch: str, alone: bool = False) -> str | None:
    """The pronoun that opens a receiver stretch when no name follows it: "tặng đồng chí nhiều phần thưởng như …",
    "trao cho ông các phần thưởng" ("đồng chí", "ông", "bà" … standing for the person named before); with ``alone``
    the pronoun is all the stretch holds ("trao AWARD cho đồng chí.")."""
    rest = r"\s*$" if alone else r"(?=\s+[^\W\d_A-ZĐ]|\s*$)"
    m = re.match(r"\s*(?:cho\s+)?((?i:đồng chí|ông|bà|em|anh|chị))" + rest, stretch)
    return m.group(1).lower() if m else None


def venue_before(stretch: str) -> bool:
    """"tại X", "ở X", "tại trụ sở X": the body after it is where the ceremony is held, not who receives."""
    return bool(re.search(r"(?<!\w)(?:tại|ở)(?:\s+(?-i:[^\W\d_A-ZĐ]+)){0,2}\s+$", stretch, re.IGNORECASE))


def member_before(stretch: str) -> bool:
    """The stretch ends in a noun of a body's member (``award_parts`` role ``member``: "Phóng viên Báo X đoạt giải",
    "cho học sinh Trường Y"): an unnamed member receives, the body after the noun is only whose member it is; so is
    the body after its unit and a comma ("Phóng viên Ban A, Báo X")."""
    return bool(re.search(r"(?<!\w)(?:" + _alt("member") + r")\s+(?:của\s+)?(?:[^\W\d_][^,;:.()]{0,40},\s*)?$", stretch,
                          re.IGNORECASE))


def after_lead(stretch: str) -> bool:
    """The stretch ends in words that lead into a body ("cho các nguyên lãnh đạo Đảng, "): the body after it names
    whose people receive, it is no receiver itself."""
    return bool(re.search(r"(?<!\w)(?:(?:" + _alt("lead") + r")\s*,?\s+(?:và\s+)?)+$", stretch))
