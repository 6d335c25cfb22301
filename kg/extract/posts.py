"""Posts that reach several people at once: a title heading a list, and coordinated appointees.

    LIST    = các [đồng chí] POST [như] A, B và C    → every member holds POST ("mấy POST": "several")
            | nhiều cán bộ POST [mấy khóa] như [các ông] A, B → every member
            | các [đồng chí] POST: A, …; B, …; C, …  → every member (up to "cùng …", another header or the end)
    APPOINT = (bầu|bổ nhiệm …) [ông] A và [ông] B giữ chức POST → A and B hold POST

Pure functions over offsets; :mod:`kg.extract.facts` turns the pairs into holdings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key

Phrase = tuple[Mention, Mention | None, int, int]  # (title, body or None, start, end)

# the honorifics before a name (``honorifics.tsv``): "ông", "bà" (address), "đồng chí" (comrade; "các đồng chí" a plural
# header too), "anh", "chị" (familiar: after a kin word)
_HONORED, _COMRADE = (lexicon.alternation("honorifics", 2, *c) for c in (("address", "comrade"), ("comrade",)))
# "các Phó Thủ tướng A, B"; "một loạt đồng chí nguyên POST như A, B"; "các đồng chí nguyên là POST như A, B"
_HEADER = re.compile(r"(?:^|[\s,;:(])" + lexicon.alternation("quantifiers", 2, "plural") + r"\s+"
                     r"(?:" + _COMRADE + r"\s+|vị\s+|cán bộ\s+)?(?:(?:nguyên|từng)\s+là\s+)?$", re.IGNORECASE)
_HONORIFIC = r"(?:" + _HONORED + r"\s+)?"
_LISTED = re.compile(r"\s*,?\s*(?:bao\s+)?gồm(?:\s+(?:các\s+)?(?:ông,?\s*bà|" + _HONORED + r"))?\s*:\s*", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|và|;)\s*" + _HONORIFIC, re.IGNORECASE)
# "các đại biểu Quốc hội như A, B"; "các cán bộ nguyên POST mấy khóa như các ông A, B" (a term, a plural honorific)
_FIRST_GAP = re.compile(r"\s*(?:(?:mấy|nhiều|các)\s+(?:khóa|khoá|nhiệm kỳ)\s+)?(?:như\s+)?(?:các\s+)?" + _HONORIFIC,
                        re.IGNORECASE)
# (or a second header: "các đồng chí Ủy viên Trung ương: A, …; các đồng chí: B, …"; not the dot of a degree: "TS.")
_COLON_END = re.compile(r"\s(?:cùng|cùng với|và các|và đại diện|cùng đại diện)\s|(?<![A-Z])\.|[!?]"
                        r"|[;,]\s*(?i:các|những)\s+(?:" + _COMRADE + r"|vị)\b")


def list_members(text: str, phrases: Sequence[Phrase], persons: Sequence[Mention], sent_start: int,
                 sent_end: int) -> list[tuple[Mention, Phrase]]:
    """(person, post phrase) for every member of a list that a plural title heads."""
    out: list[tuple[Mention, Phrase]] = []
    ordered = sorted(persons, key=lambda p: p.start)
    for ph in phrases:
        rest = text[ph[3] : sent_end]
        listed = _LISTED.match(rest)  # "5 Phó Chủ tịch UBND gồm các ông: A, B": a count heads it too
        before = text[max(sent_start, ph[2] - 30) : ph[2]]
        if not (_HEADER.search(before) or listed and re.search(r"(?:^|\s)\d+\s+$", before)):
            continue
        colon = re.match(r"\s*:\s*", rest) or listed
        if colon:
            stop = _COLON_END.search(rest, colon.end())
            hi = ph[3] + (stop.start() if stop else len(rest))
            semi = rest.find(";", colon.end())  # "các Ủy viên X: A, B; Đại sứ C": items split by commas end at a
            if 0 <= semi and ph[3] + semi < hi and sum(ph[3] < p.start < ph[3] + semi for p in ordered) >= 2 \
                    and _titled_next(ph[3] + semi, phrases, ordered):
                hi = ph[3] + semi  # semicolon (items of "A, POST; B, POST" hold one name each; "…: A, B; C, D": all)
            out += [(p, ph) for p in ordered if ph[3] < p.start < hi]
            continue
        cursor, first = ph[3], True
        for p in ordered:
            if p.start < cursor:
                continue
            gap = text[cursor : p.start]
            if not (_FIRST_GAP.fullmatch(gap) if first else _LIST_GAP.fullmatch(gap)):
                break
            out.append((p, ph))
            cursor, first = p.end, False
    return out


def _titled_next(semi: int, phrases: Sequence[Phrase], ordered: Sequence[Mention]) -> bool:
    """A post phrase opens the item after the semicolon at ``semi``, before its name ("…; Đại sứ X C")."""
    nxt = next((p.start for p in ordered if p.start > semi), None)
    return nxt is None or any(semi < q[2] < nxt for q in phrases)


_DELEGATOR = re.compile(r"(?:(?:ủy|uỷ) quyền|thừa lệnh|thay mặt|thay lời)\s+(?:của\s+|cho\s+)?$", re.IGNORECASE)


def acts_for(text: str, start: int, sent_start: int) -> bool:
    """The post phrase at ``start`` names the office a person acts for ("Thừa ủy quyền của Chủ tịch nước, Thứ
    trưởng … A trao"; "thay mặt Chủ tịch UBND tỉnh"): the post is not the acting person's."""
    return bool(_DELEGATOR.search(text[max(sent_start, start - 30) : start]))


def coordinated(text: str, p: Mention, persons: Sequence[Mention], until: int) -> bool:
    """Only other names joined by "," / "và" stand between ``p`` and offset ``until`` ("ông A và ông B giữ chức")."""
    cursor = p.end
    for q in sorted((q for q in persons if p.end <= q.start < until), key=lambda q: q.start):
        if not _LIST_GAP.fullmatch(text[cursor : q.start]):
            return False
        cursor = q.end
    return cursor != p.end


_MANY = re.compile(r"\s+(?:các|những)\s+[A-ZĐ]")


def of_many(text: str, ph: Phrase) -> bool:
    """A title without a body before "các"/"những" and a capitalised body names the officials of several bodies
    ("Thứ trưởng các Bộ: Quốc phòng, Ngoại giao"): no one named holds it (a career's "giữ chức phó bí thư các tỉnh
    X, Y" is the holder's)."""
    return ph[1] is None and bool(_MANY.match(text, ph[3]))


_WITH = re.compile(r"(?<!\w)(?:với|cùng|chất vấn|trả lời|tiếp thu ý kiến(?:\s+của)?)\s+(?:(?:các|những)\s+)?$",
                   re.IGNORECASE)  # "với (các) POST"; "Chất vấn POST", "Tiếp thu ý kiến của (các) POST"


def spoken_to(text: str, ph: Phrase, name: int, sent_start: int, name_end: int = -1) -> bool:
    """The post phrase right after "với"/"cùng" or a verb of questioning or answering names whom the subject after a
    comma meets or answers ("Báo cáo với Bí thư Thành ủy, bà A cho biết", "Thông tin với các đại biểu, ông A cho
    biết", "Chất vấn Bộ trưởng, đại biểu A nêu"): not the subject's post (``name``: where its name or honorific
    starts); but the name is the post's, in apposition, when "về" (a topic) follows it at ``name_end`` ("trao đổi
    với Chủ tịch UBND tỉnh, ông A về …")."""
    return "," in text[ph[3] : name] and bool(_WITH.search(text[max(sent_start, ph[2] - 28) : ph[2]])) \
        and not text.startswith(" về ", name_end)


def according_to(text: str, ph: Phrase, name: int, name_end: int, sent_start: int) -> bool:
    """The post phrase right after "Theo" is the source of what the clause after a comma says about the person
    named there ("Theo Chánh văn phòng huyện, ông A đã lập hồ sơ giả"): not that person's post, unless a comma
    closes the name as an apposition ("Theo Chủ tịch UBND xã, ông A, …")."""
    return "," in text[ph[3] : name] and bool(_THEO.search(text, max(sent_start, ph[2] - 40), ph[2])) \
        and not text[name_end:].lstrip().startswith(",")


# (or its report: "Theo xác nhận của POST, em A đã …"; "Theo báo cáo của POST, …")
_THEO = re.compile(r"(?<!\w)theo\s+(?:(?:(?-i:[^\W\d_A-ZĐ]+)\s+){1,3}của\s+)?$", re.IGNORECASE)
_KIEM = re.compile(r"\s+kiêm\s+|[-–]", re.IGNORECASE)  # "X kiêm Y"; "Cục trưởng-Chánh Văn phòng" (a dash, no space)


def join_concurrent(text: str, phrases: Sequence[Phrase], title_en: dict[str, str]) -> list[Phrase]:
    """"X kiêm Y" written without a comma is one post (the annotation convention: each comma-separated title is a
    post of its own): the phrases joined by a bare "kiêm" or by a dash without spaces ("Cục trưởng-Chánh Văn
    phòng X"), or a bare title stacked on the next with a space ("Bộ trưởng Chủ nhiệm Văn phòng X"), become one
    phrase whose title runs from X's title to Y's, with Y's body ("Bí thư Đảng ủy kiêm Chủ tịch UBND xã A").
    ``title_en``: English of each title's text."""
    out: list[Phrase] = []
    for ph in sorted(phrases, key=lambda x: (x[2], -x[3])):
        prev = out[-1] if out else None
        if prev is None or prev[3] > ph[2] or not (_KIEM.fullmatch(text[prev[3] : ph[2]]) or _stacked(text, prev, ph)):
            out.append(ph)
            continue
        out[-1] = join(text, prev, ph, title_en)
    return out


def _stacked(text: str, bare: Phrase, then: Phrase) -> bool:
    """A title with no body right before another title, a space between ("Bộ trưởng Chủ nhiệm Văn phòng X"); a
    spaced dash separates two posts as a comma does ("Ủy viên Bộ Chính trị - Bí thư Thành ủy X")."""
    return bare[1] is None and bare[3] == bare[0].end and text[bare[3] : then[2]] in (" ", " của ") \
        and then[0].start == then[2]  # "Đặc phái viên của Tổng thống X": the envoy of an office


def join(text: str, first: Phrase, then: Phrase, title_en: dict[str, str]) -> Phrase:
    """One post phrase of two: a title from ``first``'s title to ``then``'s, with ``then``'s body."""
    t0, t1 = first[0], then[0]
    en = " and ".join(e for e in (t0.attr("en") or title_en.get(t0.text, ""), title_en.get(t1.text, "")) if e)
    joined = Mention("title", t0.start, t1.end, text[t0.start : t1.end], t1.sentence,
                     key(text[t0.start : t1.end]), (("en", en),) if en else ())
    return (joined, then[1], first[2], then[3])


# a place in parentheses ("(huyện Y)", "(xã X, huyện Y)") or a capitalised name there, the body above the post's
# ("Cục trưởng Cục X (Bộ Y) Lê Văn A"): no part of a post, skipped before the holder's name
_ASIDE_OF_PLACE = (r"\((?:(?:xã|huyện|tỉnh|quận|phường|thị xã|thị trấn|thành phố|TP\.?)\s[^()]{1,60}"
                   r"|(?:bộ|sở|tổng cục)\s(?-i:[A-ZĐ])[^():;\"“”!?]{1,40}"  # a parent body in lower case: "(bộ X)"
                   r"|(?-i:[A-ZĐ])[^():;\"“”!?]{1,60})\)")  # capitalised also where matched ignoring case
PLACE_ASIDE = re.compile(r"\s*" + _ASIDE_OF_PLACE + r"(?=\s)")


def name_tail(gap: str) -> bool:
    """The rest of a name after a post phrase: nothing; lower-case syllables of its last word and more words
    ("sử Đảng"); or a comma and a capitalised part (", Tôn giáo và Tín ngưỡng") — at most ten words, no verb,
    function word or number."""
    words = re.findall(r"\w[\w&-]*", gap)
    if not words:
        return not gap.strip()
    if re.fullmatch(r"\s+\d+", gap):
        return True  # a unit's number: "Chính ủy Đoàn 559"
    stops = lexicon.words("name_stops")
    comma = re.match(r"\s*,", gap)  # a dash joins two parts of a name: "Bộ Giao thông - Vận tải"
    if comma and not words[0][0].isupper() or not comma and not re.match(r"\s+(?:[-–]\s+)?\w", gap):
        return False
    return len(words) <= 10 and all(w == "và" or w[0].isupper() or (key(w) not in stops and not w[0].isdigit())
                                   for w in words)


_FORMER = lexicon.classed("post_leads", 2, "former")  # "nguyên", "cựu"


def same_post_forms(held: Sequence[tuple[str, str, str, frozenset[str]]]) -> dict[tuple[str, str], str]:
    """One official's post written in several forms is one post: for (person id, post id, title key, folded words
    of the post's label), map (person, shorter form) → the fullest form of the same title whose words hold all of
    its words ("Bí thư" / "Bí thư Thành ủy" → "Bí thư Thành ủy TP Huế"; "Bí thư" → "Bí thư Trung ương Đảng", a title
    that opens the fuller one; or one that opens the fuller's key: "Trưởng Đoàn Đại biểu Quốc hội" → "Trưởng đoàn
    ĐBQH X"). Former posts stay apart, but a form naming a body joins a former post holding all its other words,
    and a former title alone joins a former post of the same title ("nguyên bộ trưởng Bộ X")."""
    out: dict[tuple[str, str], str] = {}
    for person, post, title, words in held:
        if words & _FORMER:  # a former title alone joins a former post of the same title that names its body
            fuller = [(len(w), p) for q, p, t, w in held if q == person and p != post and f"{t} ".startswith(
                f"{title} ") and words < w]
            if len(words - _FORMER) == len(title.split()) and fuller:  # ("đại biểu" → "đại biểu Quốc hội X")
                out[(person, post)] = max(fuller)[1]
            continue
        fuller = [(len(w), p) for q, p, t, w in held if q == person and p != post and (f"{t} ".startswith(
            f"{title} ") or title.startswith(f"{t} ") and p.startswith(f"post:{title} ")) and (
                words < w and not w & _FORMER
                or len(words) > len(title.split()) and bool(w & _FORMER) and words < w - _FORMER)]
        if fuller:
            out[(person, post)] = max(fuller)[1]
    for (person, post), target in list(out.items()):  # a form that joins one that joins a former post joins that
        while (person, target) in out and out[(person, target)] != post:
            target = out[(person, target)]
        out[(person, post)] = target
    return out


# "cựu" = "nguyên": former; "tân" (new), capitalised only after punctuation ("ông A, Tân Chủ tịch …": not a name's)
# ("quyền" = acting, not the second syllable of "ủy quyền": "Thừa ủy quyền Chủ tịch nước, ông A trao …", nor of
# "chính quyền", "thẩm quyền", "chủ quyền", "nhân quyền", "đặc quyền", "toàn quyền", "phân quyền": "chính quyền
# Tổng thống A" is A's government, A is no acting president)
_NOT_ACTING = "".join(f"(?<![{w[0]}{w[0].upper()}]{w[1:]} )" for w in (  # "chính quyền" (lead_compounds.tsv)
    e.vi.rsplit(" ", 1)[0] for e in lexicon.entries("lead_compounds")))
_NEW = lexicon.forms("post_leads", 2, "new")  # "tân" (post_leads.tsv)
QUALIFIER = re.compile(r"(?:" + lexicon.alternation("post_leads", 2, "former", "trainee", capitalised=True) + "|"
                       + _NOT_ACTING + lexicon.alternation("post_leads", 2, "acting", capitalised=True)
                       + r"|(?<!\w)" + lexicon.alternation("post_leads", 2, "new")
                       + r"|(?<=[,;:(] )(?:" + "|".join(re.escape(f[:1].upper() + f[1:]) for f in _NEW) + r"))\s+$")
# a congress's or assembly's term after a post phrase, part of the post as written: "khóa XII", "các khóa III, IV",
# "từ khóa II đến khóa VI" (a term of office, "nhiệm kỳ 2016-2021", is not: see MORE_GAP)
_NUMERAL = r"(?:thứ\s+)?(?:[IVXLC]+|\d+)\b"
TERM = re.compile(r"\s+(?:các\s+)?(?:từ\s+)?(?:khóa|khoá|Khóa|Khoá)\s+" + _NUMERAL
                  + r"(?:(?:\s*,\s*|\s+(?:và|đến)\s+)(?:(?:khóa|khoá)\s+)?" + _NUMERAL + ")*")
_TERM_OF_OFFICE = r"(?:\(?nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\)?|\(\d{4}\s*[-–]\s*\d{4}\)|năm\s+\d{4})"  # or years, a year
TERM_OF_OFFICE, VAGUE_TERM = _TERM_OF_OFFICE, r"(?:nhiều|mấy)\s+(?:khóa|khoá|nhiệm kỳ)"  # "nhiều khóa": no post's
# between a post and the name after it ("Bí thư Thành ủy X nhiệm kỳ 2015-2020 Nguyễn Văn A": a term of office too)
# (or a word of its time before a dash: "Tổng giám đốc cũ – ông A", "Giám đốc đương nhiệm – bà B")
_THEN_NOW = r"(?:\s+(?:cũ|mới|đương nhiệm|đương chức)(?=\s*[-–]))?"
# the district and province after a local post (", huyện Y, tỉnh Z"), which the post leaves out
_PLACES_AFTER = (r"(?:\s*,\s*(?-i:huyện|tỉnh|thành phố|quận|thị xã|TP\.?)\s*(?-i:[A-ZĐ])[\w.]*"
                 r"(?:[\s-]+(?-i:[A-ZĐ])[\w.]*){0,3}){1,2}")
# an academic degree written short before a name ("GS.TS", "PGS. TS", "ThS"), no part of a post before it
_DEGREE = r"(?-i:(?:P?GS|TSKH|TS|ThS|BS|KS)(?:\.\s*(?:P?GS|TSKH|TS|ThS|BS|KS))*\.?)"
CHAIN_GAP = re.compile(r"^" + _THEN_NOW + "(?:" + _PLACES_AFTER + r")?\s*(?:" + _TERM_OF_OFFICE + "|" + _ASIDE_OF_PLACE
                       + r")?\s*"
                       r"(?:,|-|–|\(|và|kiêm)?\s*(?:" + _HONORED + r"\s+)?(?:" + _DEGREE + r"\s+)?$", re.IGNORECASE)
# a comma and a degree between a post and the next name: "…, Giám đốc Đại học X, GS.TS Lê Văn B"
HOLDER_COMMA = re.compile(r"\s*,\s*(?:" + _DEGREE + r"\s+)?")
FORMER_AFTER = re.compile(r"\s+cũ\s*[-–]")  # "Tổng giám đốc cũ – ông A": a former post
_ASIDE_KIN = lexicon.alternation("kin_words", 2, "aside")  # "ông", "con", "vợ" … (kin_words.tsv): another's name
_AGE = r"(?:\d+\s*tuổi|SN:?\s*\d{4}|sinh năm\s*\d{4})"
AGE_ASIDE = re.compile(r"\s*\(\s*" + _AGE + r"\b")  # "bị cáo A (SN 1960) nguyên Trưởng phòng …": a person's age
# "A khi còn là Chủ tịch …", "A còn là …" (also), "không còn là" (time_adverbs.tsv, frame was)
_WAS = (r"(?:" + lexicon.alternation("time_adverbs", 2, "was")
        + r"(?:\s+(?:vẫn|đang|nguyên|từng|đã)){0,2})")  # "vẫn đang là", "cũng nguyên là", "hiện vẫn đang là"
_BORN = r"sinh (?:ngày|năm)\s+[\d/.-]+(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?"  # "sinh ngày 2 tháng 9 năm 1960"
AFTER_GAP = re.compile(r"^\s*(?:,\s*(?:" + _BORN + r"|(?:năm nay\s+)?\d+\s*tuổi)\s*|\(\s*" + _AGE + r"\s*\)\s*)?"
                        r"(?:,|-|–|\(|:)\s*(?:(?:chức vụ|chức danh|một)\s+)?$"  # "A, một đại biểu Quốc hội …"
                        # "(51 tuổi, Giám đốc …)"; "(51 tuổi, công chứng viên, Trưởng …)": a lower-case trade first
                        r"|^\s*\(\s*" + _AGE + r"\s*,\s*(?:[^\W\d_A-ZĐ]+(?:\s[^\W\d_A-ZĐ]+){0,3}\s*,\s*)?$"
                        r"|^\s*,?\s*(?:khi|lúc)\s+còn\s+$"  # "ông A, khi còn Chủ tịch UBND tỉnh, ký …"
                        r"|^\s*\(\s*(?:Đảng viên|đảng viên)\s*,\s*$"  # "A (Đảng viên, Trưởng trạm …)": a member
                        # "chị A, ngụ quận X, giám đốc …": the residence alone between commas (no relative in it)
                        r"|^\s*,\s*(?:trú|ngụ|thường trú)\s(?:(?!(?<!\w)(?-i:" + _ASIDE_KIN + r")\s)"
                        r"[^().;:]){1,80}?,\s*$"
                        # "(SN 1960, trú tại xã X, huyện Y - Nguyên Trưởng ban …)": the residence, a dash (or a comma:
                        # "(45 tuổi, trú tại X, Y, nguyên Giám đốc …)"), the post; no relative in it ("con ông B, …")
                        r"|^\s*\(\s*" + _AGE + r"\s*,\s*(?:trú|ngụ|thường trú|quê)"
                        r"(?:(?!(?<!\w)(?-i:" + _ASIDE_KIN + r")\s)[^()]){1,120}?(?:\s[-–]|,)\s*$"
                        # "Ông A (, người) từng là Giám đốc …", "A (là Trưởng …)", "A - khi đó là Phó Chủ tịch …"
                        r"|^\s*(?:,|-|–|\()?\s*(?:người\s+)?(?:" + _WAS + r"\s+)?là\s+"
                        r"(?:một trong (?:những|các|số)\s+)?$")  # "là một trong những đại biểu Quốc hội …"
# a birth record between a name and its first post: "A sinh năm 1950, tại xã X, huyện Y, POST", "A sinh ngày
# 3/4/1970, nơi sinh X, nơi đăng ký hộ khẩu thường trú: …; POST" (no relative's name in it: "con ông B, …" is B's)
_RESIDE = (r"(?:tại|ở|quê(?:\s+quán)?(?:\s+ở)?|nơi\s+(?:sinh|ở)|(?:nơi\s+)?(?:đăng\s+ký\s+)?(?:hộ\s+khẩu\s+)?"
           r"(?:thường\s+trú|cư\s+trú|trú)(?:\s+(?:tại|ở))?)")
BORN_RECORD = re.compile(r"\s*,?\s*" + _BORN + r"(?:\s*,?\s*" + _RESIDE + r"\s*:?\s+"
                         r"(?:(?!(?<!\w)(?-i:" + _ASIDE_KIN + r")\s)[^.;:()]){1,160}?)*\s*[,;]\s*"
                         r"(?:(?:" + _WAS + r"\s+)?là\s+)?")  # "…, quê quán X, hiện là POST"
# between two posts after a name: a comma, "(, và) là" ("là chi ủy viên Chi bộ X và là Chủ tịch Công đoàn Y"), or a
# time that moves on ("nguyên Giám đốc Sở X, nay là Chủ tịch UBND huyện Y", "… (hiện nay là Bí thư Quận ủy Y)",
# "… Bộ trưởng Bộ X, và sau đó là Bí thư Tỉnh ủy Y")
# ("Bí thư Quận ủy X nhiệm kỳ 2015-2020, Chủ tịch …": a term of office between two posts is skipped)
# (the places after a local post; a semicolon: see more_gap)
MORE_GAP = re.compile(r"(?:\s+(?:" + _TERM_OF_OFFICE + "|" + VAGUE_TERM + "))?"
                      r"(?:\s*,\s*|" + _PLACES_AFTER + r"\s*,\s*"
                      # "Phó Chủ tịch UBND huyện X (tỉnh Y), Trưởng ban …", "Cục trưởng Cục X (Bộ Y) - Trưởng đoàn …"
                      r"|\s*" + _ASIDE_OF_PLACE + r"\s*(?:,|\s[-–]|,?\s+rồi(?:\s+(?:là|làm|lên))?\s)\s*"
                      r"|\s+đoàn(?:\s+[A-ZĐ][\w.]*){1,4}\s*,\s*"  # "đại biểu Quốc hội đoàn Yên Bái, Ủy viên …"
                      r"|\s*,?\s+(?:(?:và|đồng thời)\s+(?:cũng\s+)?)?là\s+"
                      r"|(?:\s*[,;(]\s*(?:và\s+)?|\s+và\s+)(?:(?:nay|hiện nay|hiện|sau đó|sau này|sau)"
                      r"\s+(?:là|làm|giữ chức)|sau đó)\s+"  # "làm POST, sau đó POST"
                      r"|\s+(?:lên|sang)(?:\s+(?:chức|làm|giữ chức))?\s+"  # "từ Giám đốc X lên (chức) Giám đốc Y"
                      r"|\s*,?\s+rồi(?:\s+(?:là|làm|lên))?\s+)")  # a career: "làm POST, POST rồi POST"
# an aside in parentheses right after a name ("bà A (cháu ông B) là …", "ông A (SN 1970) làm …")
ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


def described(gap: str) -> bool:
    """", cán bộ tiền khởi nghĩa, ": a lower-case description of a person between the name and the first post —
    at most five words, none of them a verb or function word of the lexicon's ``name_stops``; or a rank after a
    copula ("Ông A là đại tá, nguyên Hiệu trưởng …")."""
    rank = re.fullmatch(r"\s+(?:" + _WAS + r"\s+)?là\s+(\w+\s+\w+)\s*,\s*", gap)
    if rank:
        return key(rank.group(1)) in lexicon.words("ranks")
    m = re.fullmatch(r"\s*,\s*([^,;:()]+?)\s*,\s*", gap)
    words = m.group(1).split() if m else []
    stops = lexicon.words("name_stops")
    return 0 < len(words) <= 5 and all(w.isalpha() and w.islower() and key(w) not in stops for w in words) and \
        not any(key(f"{a} {b}") in stops for a, b in zip(words, words[1:], strict=False))


def closes_aside(gap: str) -> bool:
    """The text between a name and a post closes a parenthesis the name stands in ("(con ông B) làm …")."""
    depth = 0
    for c in gap:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth < 0:
            return True
    return False
# "ông A rời ghế (nóng) Bộ trưởng …", "rời khỏi vị trí POST": a post the name leaves
_LEFT_SEAT = r"rời(?: khỏi)?(?: chiếc)? (?:ghế(?: nóng)?|vị trí|chức(?: vụ)?|cương vị)"
_VERBS = {f: lexicon.alternation("personnel_verbs", 3, f) for f in ("post-next", "passive-post", "task")}
ROLE_NOUN = lexicon.alternation("office_nouns", 2, "role")  # "cương vị", "chức vụ", "chức danh"
APPOINT = re.compile(  # (not after "đối với": "đề nghị quy định đối với chức danh POST" names a post, no holding)
    r"(?<![Đđ]ối với )(?:" + _VERBS["post-next"] + "|" + _LEFT_SEAT + "|"
    # "ông A có tư cách là POST"; "trên cương vị POST", "với chức vụ POST" (office_nouns.tsv, role; not "đối với …")
    r"(?<![Đđ]ối )(?:trên|với|ở) " + ROLE_NOUN + r"(?: là)?|có tư cách(?: là)?|"
    + _VERBS["task"] + r"\s*[-–:]|"  # "nhận nhiệm vụ mới - POST"
    r"được " + _VERBS["passive-post"] + r")\s+(?:chức\s+(?:vụ\s+)?)?$"
)

# a holding the sentence ends: "thôi giữ chức X", "thôi làm X", "từ chức X", "miễn nhiệm chức vụ X đối với A"
_ENDED_VERB = lexicon.alternation("personnel_verbs", 3, "ended")
_RESIGNED = lexicon.alternation("personnel_verbs", 3, "resigned").replace(r"\ ", r"\s+")
ENDED = re.compile(r"(?:" + _ENDED_VERB + r"(?:\s+chức(?:\s+(?:vụ|danh))?)?"
                   r"|" + _RESIGNED + r"(?:\s+(?:vụ|danh))?"
                   r"|" + lexicon.alternation("time_adverbs", 2, "ended-is") + r"\s+là"
                   r"|(?:khi|lúc|không)\s+còn(?:\s+(?:là|làm))?|" + _LEFT_SEAT +
                   r"|(?<=\)|\w) từ(?:\s+(?:vị trí|chức vụ|cương vị))?)\s+$",  # "bà A từ Trưởng phòng X được …"
                   re.IGNORECASE)
