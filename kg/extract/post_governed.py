"""A post phrase that a preposition governs, stacked by a comma onto the posts of a name that opens the main clause,
is another's (issue 8, round prec40b).

    Sau báo cáo của Giám đốc Sở X, Chủ tịch UBND tỉnh Lê Văn A yêu cầu …   → "Giám đốc Sở X" is not A's
    … giải trình trước Thủ tướng, Bộ trưởng Lê Văn A nhấn mạnh.           → "Thủ tướng" is not A's

The phrase right after "của", "trước" or "với" (one lower-case word may stand between: "của nữ đại biểu") closes
an introductory phrase; when the name the chain reaches is the subject of a verb of saying (person_cues.tsv
``speech``), of approving, thanking, praising or proposing (``stance``: "hoan nghênh", "cảm ơn", "kiến nghị") or of
directing (event_words.tsv ``agent``) — an aside in brackets and an auxiliary (``subject``) may
stand between — the comma ends that phrase, and the posts before it are not the subject's. Where no such verb
follows the name ("theo lời mời của Tổng Bí thư, Chủ tịch nước X A, …"; "chia sẻ của Thứ trưởng, Tổng Giám đốc
… A trong dịp …") the name closes the phrase and the stacked posts stay its own. Read by
:mod:`kg.extract.facts.holdings`.
"""

from __future__ import annotations

import re

from kg.extract import lexicon

_GOVERNED = re.compile(r"(?<!\w)(?:của|trước|với)(?:\s+(?-i:[^\W\d_A-ZĐ]+))?\s+$", re.IGNORECASE)
_VERB = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:" + lexicon.alternation("person_cues", 1, "subject") + r"\s+)?"
                   r"(?:" + lexicon.alternation("person_cues", 1, "speech", "stance") + "|"
                   + lexicon.alternation("event_words", 2, "agent") + r")(?!\w)")


def governed(text: str, ph: tuple, cursor: int, name_end: int, sent_start: int, sent_end: int) -> bool:
    """The post phrase ``ph`` (title, body, start, end), stacked across a comma onto the chain that reaches the
    name ending at ``name_end`` (the chain so far starts at ``cursor``), follows a governing preposition, and a verb
    of saying or directing follows the name."""
    if "," not in text[ph[3] : cursor]:
        return False
    if _GOVERNED.search(text, max(sent_start, ph[2] - 20), ph[2]) is None:
        return False
    return _VERB.match(text, name_end, sent_end) is not None
