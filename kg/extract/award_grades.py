"""A grade prize written right before the prize it grades is one award: "giải nhất giải thưởng X năm 2016", "giải Nhất
Giải báo chí X", "giải Nhì của Giải thưởng X" name a graded prize of X (its full name and grade), not a bare
"giải Nhất" beside a prize X of its own. The prize's mention then names no conferral by itself."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import award_names
from kg.extract import facts as F
from kg.extract.document import Mention, Sentence


@cache
def _bare_grade() -> re.Pattern[str]:
    """"giải Nhất", "giải khuyến khích", "giải A": the kind "giải" and a grade, nothing more."""
    grade = r"(?:" + award_names.alt("grade-value") + "|" + award_names.alt("prize-grade") + r"|(?-i:[ABC]))"
    return re.compile(r"giải\s+" + grade, re.IGNORECASE)


def _prize_kind(m: Mention) -> bool:
    """A prize of an open name ("Giải thưởng", "Giải"): a kind of ``awards.tsv`` that opens with "giải"."""
    kind = award_names.kinds().get(m.key)
    return kind is not None and kind.open_name and m.key.split(" ")[0] == "giải"


def _graded_end(text: str, grade: Mention, prize: Mention, limit: int) -> int | None:
    """End of the name of ``prize`` when ``grade`` is a bare grade prize right before it (nothing or "của" between)
    and the prize has a name of its own that is no grade."""
    grade_end = award_names.name_end(text, grade.start, grade.end, prize.start)
    gap = text[grade_end : prize.start]
    if not _bare_grade().fullmatch(text[grade.start : grade_end]) or not _prize_kind(prize) or not (
            re.fullmatch(r"\s+(?:của\s+)?", gap)):
        return None
    end = award_names.name_end(text, prize.start, prize.end, limit)
    if end <= prize.end or _bare_grade().fullmatch(text[prize.start : end]):
        return None
    return end


def grades_the_prize(ctx: F._Ctx, sent: Sentence, i: int) -> bool:
    """The ``i``-th award mention of the sentence is the prize that the bare grade before it grades."""
    found = ctx.of(sent.index, "award")
    limit = found[i + 1].start if i + 1 < len(found) else sent.end
    return i > 0 and _graded_end(ctx.doc.text, found[i - 1], found[i], limit) is not None


def graded_name_end(ctx: F._Ctx, sent: Sentence, aw: Mention, name_end: int) -> int:
    """``name_end``, or the end of the prize's name when the award at ``aw`` grades the prize right after it."""
    found = ctx.of(sent.index, "award")
    at = next((k for k, m in enumerate(found) if m.start == aw.start), None)
    if at is None or at + 1 >= len(found):
        return name_end
    limit = found[at + 2].start if at + 2 < len(found) else sent.end
    return _graded_end(ctx.doc.text, aw, found[at + 1], limit) or name_end


def with_kind(text: str, aw: Mention, name: str) -> str:
    """A further name of a list that is a bare grade takes the kind of the award it follows: "các giải Nhất, Nhì, Ba
    và Khuyến khích" → "giải Nhì", "giải Ba", "giải Khuyến khích"."""
    grade = r"(?:" + award_names.alt("grade-value") + "|" + award_names.alt("prize-grade") + r")"
    return f"{text[aw.start : aw.end]} {name}" if re.fullmatch(grade, name, re.IGNORECASE) else name
