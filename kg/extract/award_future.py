"""An award still to come is no conferral: a word of the future ("sẽ", ``award_future_words.tsv`` class ``future``)
before the award in its sentence, in the award's own clause (:func:`_governs`), with no word of a report after it
("Các đơn vị sẽ trao Bằng khen cho …", "… sẽ diễn ra nhiều sự kiện: …; trao giải Cuộc thi X"), or right after the
award, before any comma, with a verb of a ceremony taking place ("Lễ trao Giải X sẽ diễn ra vào …", "Vòng loại Giải X
sẽ được tổ chức …"). A prize the article names again elsewhere keeps the mention: it joins that prize's node (its
fullest name among them), no node of its own."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.award_names import name_end
from kg.extract.awards import GIVE, RECEIVE


@cache
def _words(cls: str) -> tuple[str, ...]:
    return tuple(sorted((e.vi for e in lexicon.entries("award_future_words") if e.extra[:1] == (cls,)),
                        key=len, reverse=True))


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alt(cls: str) -> str:
        return "|".join(re.escape(w) for w in _words(cls))
    future = re.compile(r"(?<!\w)(?:" + alt("future") + r")(?!\w)", re.IGNORECASE)
    past = re.compile(r"(?<!\w)(?:" + alt("past") + r")(?!\w)", re.IGNORECASE)
    happen = re.compile(r"^[^,;:.]{0,80}?(?<!\w)(?:" + alt("future") + r")\s+(?:" + alt("happen") + r")(?!\w)",
                        re.IGNORECASE)
    return future, past, happen


def still_to_come(before: str, after: str) -> bool:
    """``before`` (the sentence up to the award) holds a word of the future with no word of a report after it, or
    ``after`` (the sentence after the award) opens with that word and a verb of taking place before any comma."""
    low = before.lower() + " " + after[:90].lower()
    if not any(w in low for w in _words("future")):  # a cheap necessary condition
        return False
    future, past, happen = _rx()
    ends = [m.end() for m in future.finditer(before)]
    if ends and not past.search(before, ends[-1]) and _governs(before, ends[-1]):
        return True
    return bool(happen.match(after))


def _governs(before: str, at: int) -> bool:
    """The word of the future ending at ``at`` is the award's own clause's: no semicolon between it and the give or
    receive verb nearest before the award ("A sẽ trao 1 giải Nhất, 2 giải Nhì", "… sẽ được chọn …, đồng
    thời được nhận giải thưởng X"; not "sẽ tiếp tục phấn đấu; dịp này, UBND tỉnh trao Bằng khen …"), unless a verb
    of taking place follows it, whose list of planned events the award closes ("sẽ diễn ra Hội thi X; triển lãm và
    trao giải Y"); no such verb: it governs. (A comma does not part the clauses: "sẽ …, đồng thời được nhận …" goes
    on with the same subject.)"""
    verbs = [m.start() for rx in (GIVE, RECEIVE) for m in rx.finditer(before, at)]
    if not verbs or ";" not in before[at : max(verbs)]:
        return True
    return bool(_happen_next().match(before, at))


@cache
def _happen_next() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in _words("happen")) + r")(?!\w)", re.IGNORECASE)


def only_to_come(text: str, span: tuple[int, int], award: tuple[int, int]) -> bool:
    """The award at ``award`` (its kind's start and end) of the sentence at ``span`` is still to come
    (:func:`still_to_come`) and its name, without its edition and year, is written nowhere else in ``text`` as a
    whole name (not as the start of a longer one)."""
    (lo, hi), (start, end) = span, award
    if not still_to_come(text[lo:start], text[end:hi]):
        return False
    name = re.sub(r"\s+(?:lần\s+thứ|năm\s+\d{4})(?!\w).*$", "", text[start : name_end(text, start, end, hi)])
    # the prize without its edition and year, as a whole name ("Giải A" is not inside "Giải Alpha"): named
    # elsewhere, it joins that node
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)) < 2
