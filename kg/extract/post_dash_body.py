"""Two posts of one body joined by a spaced dash: "Phó Chủ tịch - Tổng Thư ký Ủy ban X" — the bare first title
(no body written, none implied by ``posts.tsv``) holds its post in the body the second title names right after it
(issue 8, round posts40). A comma keeps them apart ("Phó Bí thư, Chủ tịch UBND huyện X": the Party post is no post
of the People's Committee), and so does a title with a body of its own.

Pure functions over offsets; :mod:`kg.extract.facts.holdings` calls :func:`shared_bodies` on a sentence's phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.extract.document import Mention

Phrase = tuple[Mention, Mention | None, int, int]  # (title, body or None, start, end)

_DASH = re.compile(r"\s+[-–]\s+")


def shared_bodies(text: str, phrases: Sequence[Phrase], implied: Callable[[str], str]) -> list[Phrase]:
    """``phrases`` with each bare title before a spaced dash and a titled body given that body; ``implied``: the
    body a title's text implies ("" for none)."""
    out = sorted(phrases, key=lambda x: (x[2], -x[3]))
    for i in range(len(out) - 2, -1, -1):  # right to left: "A - B - C Ủy ban X" gives both A and B the body
        ph, nxt = out[i], out[i + 1]
        if ph[1] is None and ph[3] == ph[0].end and not implied(ph[0].text) and nxt[1] is not None \
                and _DASH.fullmatch(text[ph[3] : nxt[2]]) and _owns(text, nxt):
            out[i] = (ph[0], nxt[1], ph[2], ph[3])
    return out


def _owns(text: str, ph: Phrase) -> bool:
    """The phrase's body follows its title with only a space between (not a body taken over a dash itself)."""
    body = ph[1]
    return body is not None and body.start >= ph[0].end and not text[ph[0].end : body.start].strip()
