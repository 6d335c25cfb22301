"""Host and guest of an audience: "Tại cuộc tiếp POST, POST, Chủ tịch nước A và ngài B, …" — the post phrases right
after the meeting noun, with no name of their own, are the guest's (B, named after "và" and an honorific), not the
host's (A, whose own post stands right before the name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import lexicon
from kg.extract.document import Mention

_Phrase = tuple[Mention, Mention | None, int, int]
# "Tại cuộc tiếp", "Trong buổi hội kiến với" (the meeting nouns of event_words.tsv, class audience)
_OPENER = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:các\s+)?(?:buổi|cuộc)\s+"
                     + lexicon.alternation("event_words", 2, "audience") + r"(?:\s+với)?\s+(?=\S)", re.IGNORECASE)
_AND_GUEST = re.compile(r"\s+và\s+" + lexicon.alternation("honorifics", 2, "address", "formal", "comrade") + r"\s+")


def guest_posts(text: str, phrases: Sequence[_Phrase], persons: Sequence[Mention],
                sent_start: int) -> list[tuple[Mention, _Phrase]]:
    """(guest, post) of "Tại cuộc tiếp P1, P2, Q A và ngài B": P1 and P2 follow the meeting noun one after the other
    joined by commas, Q runs into the host's name A, and the guest B follows A after "và" and an honorific."""
    opener = _OPENER.search(text, sent_start, max((ph[3] for ph in phrases), default=sent_start))
    if opener is None:
        return []
    run = sorted((ph for ph in phrases if ph[2] >= opener.end()), key=lambda x: x[2])
    cursor, objects = opener.end(), list[_Phrase]()
    for ph in run:
        if text[cursor : ph[2]].strip() != ("," if objects else ""):
            break
        objects.append(ph)
        cursor = ph[3]
    if len(objects) < 2:
        return []
    host_post = objects.pop()  # the last phrase of the run runs into the host's name
    host = min((q for q in persons if q.start >= host_post[3]), key=lambda q: q.start, default=None)
    if host is None or text[host_post[3] : host.start].strip():
        return []
    joined = _AND_GUEST.match(text, host.end)
    guest = next((q for q in persons if joined and q.start == joined.end()), None)
    if guest is None or any(opener.end() <= q.start < host_post[3] for q in persons):
        return []
    return [(guest, ph) for ph in objects]
