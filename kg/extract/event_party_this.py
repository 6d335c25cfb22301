"""A demonstrative that closes a party named inside an event's name (round events49): "buổi làm việc với chủ cơ sở
mầm non này", "cuộc họp với lãnh đạo các hộ dân này". After a link that opens a party (class ``party`` of
``kg/lexicon/party_demonstratives.tsv``: "với", "giữa") read as a part of the name, with no other link after it, a
demonstrative of class ``closes`` ("này") refers back to that party, not to the event: the name goes on through it
and ends there. The party is written in lower case (a capitalised one would join the
events of two articles by a name that refers back) and holds two words or more ("với tỉnh này": the place referred
back to, no name). Elsewhere a demonstrative is still a reference back to the event and the mention has no name ("Lễ
hội này", "cuộc họp với Sở Alpha về vấn đề này": after a topic link)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_PARTY_WORDS = 2  # a party of one word is a place or a body referred back to ("với tỉnh này"), no name


@cache
def _words(cls: str) -> frozenset[str]:
    return lexicon.classed("party_demonstratives", 2, cls)


def closes_party(t: Toks, i: int, parts: list[tuple[int, int]]) -> bool:
    """Whether the demonstrative at ``i`` closes a party the name names (see the module): the last link among
    ``parts`` (first token, tokens) opens a party of two lower-case words or more, and the demonstrative is one word
    of ``closes``."""
    if key(t.words[i]) not in _words("closes") or t.match(i, "demonstrative") != 1:
        return False
    links = [p for p in parts if t.match(p[0], "link") == p[1]]
    if not links or key(" ".join(t.words[links[-1][0] : sum(links[-1])])) not in _words("party"):
        return False
    party = t.words[sum(links[-1]) : i]
    return len(party) >= _PARTY_WORDS and all(w[:1].islower() or w[:1].isdigit() for w in party)
