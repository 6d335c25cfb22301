"""The verb of a matter (round events46): right after "về việc" a verb is the head of the matter that "việc"
nominalises, no clause boundary — "Cuộc họp Thường trực Chính phủ về việc xem xét phương án …", "Kỳ họp … về việc
tiếp tục tìm kiếm …", "bàn về việc tổ chức Đại hội …". Before, the name was cut at the verb and lost the link too
("Cuộc họp Thường trực Chính phủ | về việc xem xét …"). A demonstrative ("về việc này") is still a reference; a
head that takes no matter (``kg/lexicon/matterless_heads.tsv``: "lễ hội") leaves "về việc" to the clause ("Ban tổ
chức lễ hội Alpha | về việc thống nhất …", "… | về việc khắc phục …")."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key


def matter_verb(t: Toks, i: int) -> bool:
    """Whether the lower-case word at ``i`` comes right after "về việc" (and is no demonstrative)."""
    return (i >= 2 and t.word(i)[:1].islower() and key(" ".join(t.words[i - 2 : i])) == "về việc"
            and not t.match(i, "demonstrative") and not _matterless(t))


def no_matter(t: Toks, i: int) -> bool:
    """Whether "về việc" at ``i`` follows a head that takes no matter: the name ends before it."""
    return key(" ".join(t.words[i : i + 2])) == "về việc" and _matterless(t)


def _matterless(t: Toks) -> bool:
    """Whether the head right before the complement ``t`` takes no matter (``matterless_heads.tsv``)."""
    before = key(t.lead(20))
    return any(before == h or before.endswith(" " + h) for h in lexicon.words("matterless_heads"))
