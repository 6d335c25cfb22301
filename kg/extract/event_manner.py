"""The manner of an event glued after its name (round events47): the clause goes on with how the event is held, a
complement of its verb, no part of the name — a manner adjective right after a name closed by a capitalised word,
before punctuation ("đảm bảo cho du khách về dự lễ khai ấn đền Alpha | an toàn, hài lòng …"), and a verb of keeping
right after the event's opening word or a capitalised word, before a manner word that ends the phrase ("tổ chức Lễ
khánh thành | đảm bảo trang trọng và ý nghĩa"). Words in
``kg/lexicon/manner_words.tsv`` (class ``manner`` and ``keep``). A manner word inside a name goes on: "Hội nghị an
toàn giao thông", "công tác an toàn, vệ sinh lao động" (a lower-case word before it), "phương án đảm bảo an toàn
vùng …", "Cuộc họp về bảo đảm an toàn, an ninh …" (the verb is the topic's, not right after the opening)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key


@cache
def _words(cls: str) -> frozenset[str]:
    return lexicon.classed("manner_words", 2, cls)


def _two(t: Toks, i: int) -> str:
    return key(" ".join(t.words[i : i + 2])) if all(w[:1].isalpha() for w in t.words[i : i + 2]) else ""


@cache
def _firsts() -> frozenset[str]:
    """The first syllables of the lexicon's words, in lower case (a cheap test before the key of two words)."""
    return frozenset(w.split()[0] for w in lexicon.words("manner_words"))


def manner(t: Toks, i: int) -> bool:
    """Whether the manner word at ``i`` ends the name (see above)."""
    if i == 0 or t.word(i).lower() not in _firsts():
        return False
    w = _two(t, i)
    after_name = t.word(i - 1)[:1].isupper() or any(t.match(0, c) == i for c in ("purpose", "kind"))
    if w in _words("keep"):  # "Lễ khánh thành | đảm bảo trang trọng và …", not "phương án đảm bảo an toàn vùng …"
        return after_name and _two(t, i + 2) in _words("manner") and _phrase_end(t, i + 4)
    if w in _words("manner"):
        return t.word(i - 1)[:1].isupper() and _phrase_end(t, i + 2)
    return False


def _phrase_end(t: Toks, j: int) -> bool:
    """Whether punctuation, "và" or the end of the text comes at ``j``."""
    return not t.word(j)[:1].isalnum() or key(t.word(j)) == "và"
