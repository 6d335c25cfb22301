"""An office discussed, not held: a bare "chức danh" / "chức vụ" right after a verb of rules or staffing
(``office_rules.tsv``: "đề nghị bổ sung chức danh POST", "quy định chức danh POST") or after a count ("chỉ có 3 chức
danh POST", "hai chức vụ POST") speaks of the office itself; a name before it holds no post by it. "bầu bổ sung
chức danh POST" (an election) and a personnel verb before the office noun are no such thing.
"""

from __future__ import annotations

import re

from kg.extract import lexicon

_OFFICE = re.compile(r"chức\s+(?:danh|vụ)\s*$", re.IGNORECASE)


def _rule_words() -> str:
    forms = sorted((r[0] for r in lexicon.rows("office_rules")), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


_BEFORE = re.compile(r"(?<!\w)(?<!bầu )(?<!được )(?:" + _rule_words() + r"|\d+|"
                     + lexicon.alternation("quantifiers", 2, "numeral") + r")\s+(?:các\s+)?$", re.IGNORECASE)


def discussed(before: str, verb: re.Match[str]) -> bool:
    """The appointment ``verb`` found in ``before`` is a bare office noun that a verb of rules or a count opens."""
    return _OFFICE.fullmatch(verb.group().strip()) is not None and _BEFORE.search(
        before, 0, verb.start()) is not None
