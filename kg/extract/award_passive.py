"""The receivers named before a passive verb of a conferral ("các đồng chí A, B được tặng …", "Ông A vinh dự
nhận …"): where the subject of the passive verb starts, past a plural header and a listed group. Pure functions
over the text, read by :mod:`kg.extract.conferral_recipients`.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.award_names import alt as _alt
from kg.extract.awards import GIVE, RECEIVE, object_before

# "(đã) được", "nhận" (not "công nhận", "ghi nhận", "xác nhận", "tiếp nhận"), "đạt", "giành" …
_PASSIVE_VERB = re.compile(r"(?<!\w)(?<![cC]ông )(?<![gG]hi )(?<![xX]ác )(?<![tT]iếp )(?:đã\s+|cũng\s+|vinh dự\s+)*"
                           r"(?:được|nhận|đón nhận|đạt|giành|đoạt)(?!\w)")


def passive_subject_span(text: str, lo: int, award_start: int) -> tuple[int, int] | None:
    """"A, B … (đã) được (X) trao/tặng AWARD", "A nhận/đạt AWARD": the stretch before the last such verb holds the
    recipients ("Với thành tích đạt được, ông A được tặng …": the clause's own verb is the one nearest the award;
    "Lễ đón nhận AWARD", "A dự lễ khánh thành … và đón nhận AWARD" name a ceremony: no verb with a subject)."""
    m = next((v for v in reversed([*_PASSIVE_VERB.finditer(text[lo:award_start])])
              if not re.search(r"(?<!\w)lễ(?:\s+đón)?\s+$|(?<!\w)(?:tại|dự)\s+(?:buổi\s+)?lễ(?!\w)[^,;:.]{0,80}$",
                               text[lo : lo + v.start()], re.IGNORECASE)), None)
    if not m:
        return None
    clause = max(text.rfind(";", lo, lo + m.start()), text.rfind(":", lo, lo + m.start()))
    start = clause + 1 if clause >= 0 else lo
    group = _listed_group(text, lo, start, lo + m.start())
    if group is not None:  # "các đồng chí: A, nguyên …; B, nguyên … được tặng": the list runs over ":" and ";"
        start = group
    return start + _passive_subject_start(text[start : lo + m.start()]), lo + m.start()


_HONORED = lexicon.alternation("honorifics", 2, "address", "comrade")  # "ông", "bà", "đồng chí" (honorifics.tsv)
_PLURAL_GROUP = re.compile(r"(?<!\w)(?<!và )(?:các|những)\s+(?:" + _HONORED + r"|đảng viên|cá nhân)(?!\w)",
                           re.IGNORECASE)


def _listed_group(text: str, lo: int, start: int, verb: int) -> int | None:
    """Where the clause that holds a plural group starts ("các đồng chí"), when the group stands before ``start`` (a
    ":" or ";" after it) and what runs from it to the passive verb is a list of names and posts (no verb, no
    sentence end)."""
    groups = list(_PLURAL_GROUP.finditer(text, lo, start))
    if not groups or start == lo:
        return None
    g = groups[-1].start()
    run = text[g:verb]
    if GIVE.search(run) or RECEIVE.search(run) or re.search(r"\.\s", run) \
            or object_before(text[max(lo, g - 30) : g]):  # "trao AWARD cho các đồng chí A; ông B được tặng …"
        return None
    clause = max(text.rfind(";", lo, g), text.rfind(":", lo, g))
    return clause + 1 if clause >= 0 else lo


def _passive_subject_start(stretch: str) -> int:
    """Where the subject of a passive verb starts in the stretch before it: after the last verb of speech or
    congratulation ("ông A chúc mừng | cho biết, …"), at the last plural or counted group ("các đồng chí B, C được
    tặng", "74 cá nhân … được trao"; not after "và": "ông A và các đồng chí B, C"); the persons and bodies before it
    speak or act, they do not receive."""
    at = 0
    for m in re.finditer(r"(?<!\w)(?:" + _alt("greet") + "|" + _alt("praise") + r")(?!\w)", stretch, re.IGNORECASE):
        at = max(at, m.end())
    for m in re.finditer(r"(?<!\w)(?<!và )(?:các|những|\d+)\s+(?:" + _HONORED + r"|đảng viên|cá nhân|tập thể)(?!\w)",
                         stretch, re.IGNORECASE):
        at = max(at, m.start())
    return at
