"""Dates, years, terms of office ("nhiệm kỳ 2015-2020") and counts ("5 tập thể")."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.sentence import _mk, _Sent

# "[Ss]áng|[Cc]hiều|…", the first letters' class first and each word's rest tested against its letter (a look-behind
# over it): the regex engine then skips to where one of the letters stands, not tries the words at every position
_DATE_WORD = (r"[SsCcTtĐđNnHh](?:(?<=[Ss])áng|(?<=[Cc])hiều|(?<=[Tt])ối|(?<=[Tt])rưa|(?<=[Đđ])êm|(?<=[Nn])gày|"
              r"(?<=[Hh])ôm)(?:\s+(?:nay|qua|mai|hôm\s+nay))?(?:\s+ngày)?")
_DATE_PATTERNS = (
    re.compile(_DATE_WORD + r"\s*\(?\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?\)?"),
    re.compile(r"(?:[Nn]gày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?"),
    re.compile(r"(?P<d>\d(?<![\d/]\d)\d?)/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),  # (?<![\d/])\d{1,2}/…, digit first
)
_DATE_NEEDS = (("/", "-"), ("tháng",), ("/",))  # what a match of each pattern holds, whatever else
_YEAR = re.compile(r"[NnKk](?:(?<=[Nn])ăm|(?<=[Kk])hóa|(?<=[Kk])hoá)\s+(?P<y>(?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")
_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn|khóa|khoá|niên khóa)\s+(?P<a>(?:19|20)\d{2})\s*[-–]\s*(?P<b>(?:19|20)\d{2})")
_COUNT_UNITS = lexicon.alternation("count_units", 2, "count")  # "tập thể", "hộ", "lượt" … (count_units.tsv)
_DIGIT = re.compile(r"\d")
# (?<![\w.,/])(?P<n>\d{1,3}(?:\.\d{3})*|\d+) …, opening with the first digit (the look-behind over it and the
# character before)
_COUNT = re.compile(r"(?P<n>\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})*|\d*))\s+(?P<u>" + _COUNT_UNITS + r")(?!\w)")


def _dates(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    seen: list[tuple[int, int]] = []
    chunk = s.text[s.sent.start : s.sent.end]
    if not _DIGIT.search(chunk):
        return out  # every pattern below needs a digit
    for rx, needs in zip(_DATE_PATTERNS, _DATE_NEEDS, strict=True):
        if not any(n in chunk for n in needs):
            continue  # the pattern's separator is nowhere in the sentence
        for m in rx.finditer(chunk):
            a, b = s.sent.start + m.start(), s.sent.start + m.end()
            if any(x < b and a < y for x, y in seen):
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            seen.append((a, b))
            out.append(_mk("date", s, a, b, day=str(d), month=str(mo), year=m.group("y") or ""))
    for m in _YEAR.finditer(chunk) if "ăm" in chunk or "hóa" in chunk or "hoá" in chunk else ():
        a = s.sent.start + m.start()
        if not any(x <= a < y for x, y in seen):
            out.append(_mk("year", s, a, s.sent.start + m.end(), year=m.group("y")))
    for m in _TERM.finditer(chunk) if "-" in chunk or "–" in chunk else ():
        out.append(_mk("term", s, s.sent.start + m.start(), s.sent.start + m.end(), first=m.group("a"),
                       last=m.group("b")))
    for m in _COUNT.finditer(chunk):
        out.append(_mk("count", s, s.sent.start + m.start(), s.sent.start + m.end(),
                       n=m.group("n").replace(".", ""), unit=m.group("u")))
    return out
