"""Lexicon phrases: titles, ranks, honorifics, awards, directives and concepts."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import award_names, lexicon
from kg.extract.award_goes_to import goes_to
from kg.extract.award_results import listed_grade
from kg.extract.document import Mention
from kg.extract.mentions.award_address import named_by_kind
from kg.extract.mentions.award_amount import without_sum
from kg.extract.mentions.honorific_places import ends_place_name
from kg.extract.mentions.sentence import PhraseMatcher, _matcher, _mk, _Sent, opens_province
from kg.extract.normalise import key


@cache
def _concept_matcher() -> tuple[PhraseMatcher, dict[str, lexicon.Concept]]:
    index: dict[str, lexicon.Concept] = {}
    for c in lexicon.concepts():
        for v in (c.vi, *c.variants):
            index.setdefault(key(v), c)
    return PhraseMatcher(index), index


def _lexicon_mentions(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    for a, b in s.titles:
        former = s.view[max(s.sent.start, a - 7) : a].strip().endswith("nguyên")
        out.append(_mk("title", s, a, b, former="1" if former else ""))
    for name, kind in (("ranks", "rank"), ("honorifics", "honorific"), ("awards", "award"),
                       ("directives", "directive")):
        table = lexicon.by_key(name)
        spans = s.ranks if name == "ranks" else _matcher(name).spans(s.view, s.sent.start, s.sent.end)
        for a, b in spans:  # (the ranks: found once for the sentence, by _Sent)
            entry = table[key(s.text[a:b])]
            if kind == "honorific" and (not _followed_by_cap(s, b) or opens_province(s, a) or ends_place_name(s, a)):
                continue  # (not "Bà" in "Tỉnh ủy Bà Rịa - Vũng Tàu": a province's name; nor "Anh" of "huyện Đông Anh")
            if kind == "award" and award_names.not_prize(entry.key, s.text[max(s.sent.start, a - 8) : a],
                                                            s.text[b : s.sent.end]):
                continue  # "giải quyết", "giải trình": no prize
            if kind == "award" and without_sum(entry.key, s.text[max(s.sent.start, a - 8) : a], s.text[b : s.sent.end]):
                continue  # "khen thưởng", "thưởng Tết": no cash reward told
            if kind == "award" and named_by_kind(entry.key, s.text[max(s.sent.start, a - 30) : a]):
                continue  # "danh hiệu Bà mẹ Việt Nam Anh hùng": the open name of "danh hiệu"
            if kind == "award" and entry.extra[:1] == ("cap",) and not (
                (s.text[a].isupper() and (_followed_by_cap(s, b) or re.search(
                    r"(?:trao|tặng|nhận|đoạt|đạt|giành|công bố|phát động)\s+(?:\w+\s+){0,2}$",
                    s.view[max(0, a - 30) : a])))
                or award_names.lower_case_ok(s.view[max(0, a - 30) : a], s.text[b : s.sent.end])
                or listed_grade(s.text[max(s.sent.start, a - 160) : a])  # "trao 1 giải nhất, 2 giải nhì", "… 7 giải A"
                or goes_to(s.text[b : s.sent.end])  # "hai giải Nhất thuộc về loạt bài …"
            ):
                continue
            if kind == "rank" and not s.text[a].isupper() and not _followed_by_cap(s, b):
                continue  # "trung tá Huy nói" is a rank; "đại úy" in running text without a name is not
            out.append(_mk(kind, s, a, b, entry.key, en=entry.en, vi=entry.vi, **_extra(kind, entry)))
    matcher, index = _concept_matcher()
    for a, b in matcher.spans(s.view, s.sent.start, s.sent.end):
        c = index[key(s.text[a:b])]
        out.append(_mk("concept", s, a, b, f"{c.scheme}/{c.slug}", scheme=c.scheme, slug=c.slug))
    return out


def _extra(kind: str, entry: lexicon.Entry) -> dict[str, str]:
    if kind == "directive" and entry.extra:
        return {"role": entry.extra[0]}
    return {}


def _followed_by_cap(s: _Sent, offset: int) -> bool:
    rest = s.text[offset : s.sent.end]
    return bool(re.match(r"\s+\w", rest)) and rest.lstrip()[:1].isupper()
