"""Two posts of one body joined by a spaced dash or by ", kiêm": "Phó Chủ tịch - Tổng Thư ký Ủy ban X", "Chánh Văn
phòng, kiêm người phát ngôn của UBND tỉnh X" — the first title, with no body written and none implied by
``posts.tsv``, holds its post in the body the second title names right after it (issue 8, round posts40). A bare
comma keeps them apart ("Phó Bí thư, Chủ tịch UBND huyện X": the Party post is no post of the People's Committee),
and so does a title with a body or unit words of its own ("Ủy viên T.Ư Đảng - Bí thư Tỉnh ủy X").

Pure functions over offsets; :mod:`kg.extract.facts.holdings` calls :func:`shared_bodies` on a sentence's phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.extract.document import Mention

Phrase = tuple[Mention, Mention | None, int, int]  # (title, body or None, start, end)

_JOINED = re.compile(r"\s+[-–]\s+|\s*,\s*kiêm\s+")
_OWN_GAP = re.compile(r"\s*(?:của\s+)?")


def shared_bodies(text: str, phrases: Sequence[Phrase], implied: Callable[[str], str]) -> list[Phrase]:
    """``phrases`` with each bodiless title before a spaced dash or ", kiêm" and a titled body given that body;
    ``implied``: the body a title's text implies ("" for none)."""
    out = sorted(phrases, key=lambda x: (x[2], -x[3]))
    for i in range(len(out) - 2, -1, -1):  # right to left: "A - B - C Ủy ban X" gives both A and B the body
        ph, nxt = out[i], out[i + 1]
        if ph[1] is None and ph[3] == ph[0].end and not implied(ph[0].text) and nxt[1] is not None \
                and _JOINED.fullmatch(text[ph[3] : nxt[2]]) and _owns(text, nxt):
            out[i] = (ph[0], nxt[1], ph[2], ph[3])
    return out


def _owns(text: str, ph: Phrase) -> bool:
    """The phrase's body follows its title with only a space or "của" between (not a body taken over a dash)."""
    body = ph[1]
    return body is not None and body.start >= ph[0].end and bool(_OWN_GAP.fullmatch(text[ph[0].end : body.start]))
