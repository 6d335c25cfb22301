"""Biography lists after a name: the header that opens them ("… lần lượt giữ các chức vụ: …", "từng đảm nhiệm
nhiều vị trí như …", "kỷ luật ông A, … cách chức cả các chức vụ …") and the post phrases that follow one another in
them, joined by ",", ";" or "và"; each item is a post of the name. Read by :mod:`kg.extract.facts.holdings`.
"""

from __future__ import annotations

import re

from kg.extract import lexicon, post_moves
from kg.extract import posts as post_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.facts.context import _Ctx

# a post phrase: (title, body or None, start, end)
_Phrase = tuple[Mention, Mention | None, int, int]

_CAREER, _PLACED = (lexicon.alternation("personnel_verbs", 3, f) for f in ("career", "placed"))
_BIO = re.compile(  # the nouns of an office (office_nouns.tsv: "chức vụ", "vị trí" …) before a colon or after a verb
    lexicon.alternation("office_nouns", 2, "listed") + r"(?: công tác| quan trọng| lãnh đạo)?(?: khác)?(?: như| gồm)?"
    r"\s*:\s*|(?:(?:từng|đã từng)\s+" + _CAREER + r"(?:\s+(?:các|nhiều|những))?"
    r"|" + _CAREER + r"\s+(?:các|nhiều|những))"
    r"\s+(?:" + lexicon.alternation("office_nouns", 2, "career")  # "giữ các chức POST": a plural word right before
    + r"|(?:(?<=các )|(?<=nhiều )|(?<=những ))" + lexicon.alternation("office_nouns", 2, "career-plural")
    + r")(?:,\s*(?:chức vụ|chức danh))?"
    r"(?: công tác| quan trọng| lãnh đạo(?:,? quản lý)?| quản lý(?:,? lãnh đạo)?)?(?: khác)?"
    r"(?:\s+(?:tại|ở)\s+[^,;:()]{1,40}?(?=\s+(?:như|gồm)\s))?"  # "… vị trí công tác tại tỉnh như: …"
    r"(?:\s*,\s*(?:tiêu biểu|cụ thể|điển hình|trong đó)(?:\s+(?:là|có|như))?|\s+(?:như|gồm|là))?\s*:?\s*"
    r"|,\s*ở\s+(?:các\s+)?vị trí\s+"  # "Khi ông A còn làm lãnh đạo tỉnh, ở vị trí POST, POST, POST"
    r"|(?<!\w)" + _PLACED + r"(?:\s+[^\W\d_]+){0,3}?\s+vào\s+(?:các\s+)?vị trí(?:\s+mới)?\s+"
)


_CAREER_CUE = re.compile(_CAREER)


def _may_open_bio(text: str, start: int, end: int) -> bool:
    """What every match of _BIO holds in ``text[start:end]``: a colon, "vị trí" or a career verb (cheap tests first:
    _BIO opens with look-arounds and alternatives, tried at every offset)."""
    return text.find(":", start, end) >= 0 or text.find("vị trí", start, end) >= 0 or bool(
        _CAREER_CUE.search(text, start, end))


def _bio_after(ctx: _Ctx, sent: Sentence, p: Mention, skip: int, phrases: list[_Phrase],
               persons: list[Mention]) -> list[_Phrase]:
    """The items of a biography list after the name, past an aside of the name's own that ends at ``skip`` ("bà A
    (vợ ông B) lần lượt giữ các chức vụ: …" is A's list); none for a name inside an aside that closes before the
    list (B's), nor when another name stands between."""
    text = ctx.doc.text
    bio = _BIO.search(text, p.end, sent.end) if _may_open_bio(text, p.end, sent.end) else None
    bio = bio or post_moves.stripped(  # "kỷ luật ông A, … cách chức cả các chức vụ …"
        text, (p.start, p.end), sent, [q.start for q in persons])
    if bio and not any(skip < q.start < bio.start() for q in persons) and not post_grammar.closes_aside(
            text[p.end : bio.start()]):
        return _bio_items(ctx, sent, bio.end(), phrases)
    return []


_ITEM_GAP = re.compile(r"(?:\s+" + post_grammar.VAGUE_TERM + r")?\s*(?:\([^()]{1,40}\)\s*)?"  # "nhiều khóa" skipped
                       r"(?:,|;|và|rồi|,\s*(?:và|rồi)|(?<=\s)[-–])\s*(?:sau\s+(?:đó\s+)?là\s+|"  # spaced dash; "rồi"
                       + lexicon.alternation("personnel_verbs", 3, "item")
                       + r"\s+(?:chức\s+(?:vụ\s+|danh\s+)?)?)?$")
_LEAD = re.compile(r"(?:(?:[^,;.()]|\.(?=\w)){1,50}[,;]\s*)*")  # items that name no post first ("giảng viên, ")


def _bio_items(ctx: _Ctx, sent: Sentence, start: int, phrases: list) -> list:
    """Posts of a biography list "…vị trí công tác như: A, B; C", "từng giữ các chức vụ A, B và C": the post
    phrases that follow one another joined by ",", ";" or "và" (a short form in parentheses between them); the
    rest of a name after a phrase continues it ("Trưởng khoa Lịch sử Đảng", "Trưởng khoa Dân tộc, Tôn giáo")."""
    text = ctx.doc.text
    items: list[_Phrase] = []
    cursor = start
    ranks = ctx.of(sent.index, "rank")
    for ph in sorted((ph for ph in phrases if ph[2] >= start), key=lambda x: x[2]):
        gap = text[cursor : ph[2]]
        if not items:
            if not _LEAD.fullmatch(gap):
                break
        else:
            sep = _ITEM_GAP.search(gap)
            tail = gap[: sep.start()] if sep else gap
            # "…; Thiếu tướng Quân đội nhân dân Việt Nam, Tư lệnh …": an item that is a rank holds no post
            rank = next((r for r in ranks if cursor < r.start < ph[2]), None)
            if rank is not None and sep:
                lead = re.search(r"\s*[,;]\s*$", text[cursor : rank.start])
                tail = text[cursor : cursor + lead.start()] if lead else tail
            if (sep is None and gap.strip()) or not post_grammar.name_tail(tail):  # none: "Bí thư Đảng ủy Giám đốc …"
                break
            if tail.strip():
                t0, b0, a0, _ = items[-1]
                items[-1] = (t0, b0, a0, cursor + len(tail.rstrip()))
            elif not gap.strip():  # "Bí thư Đảng ủy Giám đốc Học viện X": no comma, one item (as "kiêm")
                items[-1] = post_grammar.join(text, items[-1], ph, {})
                cursor = ph[3]
                continue
        items.append(ph)
        cursor = ph[3]
    if items:  # the last item's name runs to the end of the list
        last = re.match(r"[^,;.()]*", text[cursor : sent.end])
        if last and last.group().strip() and post_grammar.name_tail(last.group()):
            t0, b0, a0, _ = items[-1]
            items[-1] = (t0, b0, a0, cursor + len(last.group().rstrip()))
    return items
