"""The other side of an event name: where a second event or a missing second party leaves the name incomplete.

- A *sibling event* (class ``sibling`` of ``kg/lexicon/event_words.tsv``: "triển lãm", "liên hoan", "hội chợ" — an
  event of a kind this grammar has no head for) after "và" or a comma is a second event beside the first, not a part
  of its name: "Lễ hội X lần thứ 6 | và Liên hoan Y", "Lễ khai mạc Tuần văn hóa X | và triển lãm Y".
- "giữa" needs two sides: a name whose "giữa" phrase holds a single party ("Buổi làm việc giữa lãnh đạo tỉnh X" cut
  before "cùng đoàn công tác …" or ", đại diện …") is a fragment; the "giữa" phrase is dropped and the name ends
  before it ("Buổi làm việc"). Two sides are there when, after "giữa", the name joins parties ("và", "với",
  "cùng", a comma, a dash, "&": "giữa A và B", "giữa Việt Nam - Lào") or names them in the plural (a determiner, a
  numeral or a number: "giữa hai nước", "giữa các bên")."""

from __future__ import annotations

from kg.extract.event_tokens import Toks, is_number
from kg.extract.normalise import key

_JOINERS = frozenset({"và", "với", "cùng", ",", "-", "–", "&"})


def sibling(t: Toks, i: int) -> bool:
    """Whether the "," or "và" at ``i`` is followed by a sibling event (class ``sibling``): a second event."""
    return (t.word(i) == "," or key(t.word(i)) == "và") and t.match(i + 1, "sibling") > 0


def _two_sided(t: Toks, first: int, end: int) -> bool:
    """Whether the words of a "giữa" phrase from ``first`` to ``end`` (exclusive) name two parties or more."""
    for k in range(first, end):
        w = t.words[k]
        if key(w) in _JOINERS or ("-" in w and w[:1].isalpha()) or is_number(w):
            return True  # "giữa A và B", "Việt Nam-Lào", "giữa 3 bên"
        if t.match(k, "determiner") or t.match(k, "numeral"):
            return True  # "giữa các bên", "giữa hai nước"
    return False


def one_sided(t: Toks, parts: list[tuple[int, int]]) -> int:
    """Parts (first token, tokens) at the end of a name to drop when its "giữa" phrase holds a single party: the
    link and all after it; 0 when none (see the module)."""
    end = sum(parts[-1]) if parts else 0
    for k, (first, n) in enumerate(parts):
        if n == 1 and key(t.words[first]) == "giữa":
            return 0 if _two_sided(t, first + 1, end) else len(parts) - k
    return 0
