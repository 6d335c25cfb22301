"""A name that runs into the next clause's verb: after a proper name, a lower-case verb ends the event's name.

An event's complement is a noun phrase. After a proper name in it ("Hội nghị Alpha", "Hội nghị toàn thể Trung
ương") the lower-case words that go on with the name are links, ordinals, level words and the like
(``kg/extract/events.py``); a verb there is the next clause's ("… tham dự Hội nghị Alpha | trồng …", "… triệu tập
Hội nghị toàn thể Trung ương | xác nhận"). Without a lexicon of every verb, the verbs are those the project has:
the words that end a body or event name in lower case (``name_stops.tsv``, not its links), verbs of saying
(``person_cues.tsv`` role ``speech``), directive verbs that introduce addressees (``directives.tsv`` kind
``request``), verbs of personnel decisions (``personnel_verbs.tsv``), modal verbs (``modal_verbs.tsv``) and time
adverbs of two words or more (``time_adverbs.tsv``: "hiện nay", "lúc đó"; "mới", "nay" are adjectives too) — none
that is a purpose, kind, document, theme or whole word of the event grammar (``event_words.tsv``: "xây dựng",
"công bố" take part in names) but the purposes of ``event_clause_verbs.tsv`` ("thực hiện": "BTC lễ hội đền Alpha | thực
hiện đúng …", events49). A proper name may hold one lower-case syllable after a capital ("Trung ương").

A title-cased common noun is no proper name: after a document, a purpose, a kind, a theme or a whole word
capitalised ("Lễ trao Quyết định | bổ nhiệm …", "Hội nghị Tổng kết | …"), or after any capitalised object of a
purpose ("Lễ ký kết Chương trình | phối hợp …"), the verb is its object or its complement, and the grammar reads
on; so it does after a body's head (``bodies.tsv``: "Hội đồng thẩm định …"), whose field goes on in lower case.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks, classes
from kg.extract.normalise import key

_GRAMMAR = ("purpose", "kind", "document", "theme", "word", "determiner", "demonstrative", "link")
_COMMON = ("document", "purpose", "kind", "theme", "word")  # title-cased common nouns, no proper name
NAME_WORDS = 6  # capitalised words looked at before the verb


@cache
def _verbs() -> frozenset[str]:
    """The verbs (and time adverbs) that end a name after a proper name (see the module docstring)."""
    stops = frozenset(e.key for e in lexicon.entries("name_stops") if not e.extra)
    request = lexicon.classed("directives", 2, "request")
    speech = lexicon.roles("person_cues").get("speech", frozenset())
    times = frozenset(k for k in lexicon.words("time_adverbs") if " " in k)  # "mới", "nay", "vốn" are adjectives
    found = stops | request | speech | lexicon.words("personnel_verbs") | lexicon.words("modal_verbs") | times
    grammar = frozenset().union(*(classes().get(c, frozenset()) for c in _GRAMMAR))
    return (found - grammar) | lexicon.words("event_clause_verbs")  # "thực hiện": a purpose, a verb after a name too


def _verb(t: Toks, i: int) -> bool:
    """Whether a verb of :func:`_verbs` (up to three words) starts at ``i``, in lower case; not the first syllable of
    a noun (``name_nouns.tsv``: "dự án")."""
    if key(f"{t.word(i)} {t.word(i + 1)}") in lexicon.words("name_nouns"):
        return False
    return t.word(i)[:1].islower() and any(key(" ".join(t.words[i : i + n])) in _verbs() for n in (3, 2, 1)
                                           if len(t.words) >= i + n)


def _common(t: Toks, i: int) -> bool:
    """Whether the capitalised word at ``i`` is (the end of) a title-cased common noun of the event grammar."""
    return any(i >= k - 1 and t.match(i - k + 1, c) == k for c in _COMMON for k in (1, 2, 3))


def _syllable(t: Toks, i: int) -> bool:
    """Whether the lower-case word at ``i`` may be the second syllable of a capitalised word ("Trung ương"): a word
    of letters that is no verb, link or word of the event grammar."""
    w = t.word(i)
    return w.isalpha() and w.islower() and not _verb(t, i) and not any(t.match(i, c) for c in _GRAMMAR) \
        and not t.match(i, "boundary")


def after_name(t: Toks, i: int) -> bool:
    """Whether the lower-case word at ``i`` is a verb of the lexicon right after a proper name (see the module
    docstring): the next clause's verb, the name ends before it."""
    if i < 1 or not _verb(t, i):
        return False
    last = i - 1 if t.word(i - 1)[:1].isupper() else i - 2  # "Trung ương", "Ban Chấp hành": a syllable after one
    if last < 0 or not t.word(last)[:1].isupper() or (last < i - 1 and not _syllable(t, i - 1)):
        return False
    first = last
    while first > max(0, last - NAME_WORDS) and t.word(first - 1)[:1].isupper():
        first -= 1
    if any(_common(t, j) for j in range(first, last + 1)):
        return False
    if any(key(" ".join(t.words[j : i])) in lexicon.words("bodies") for j in (i - 1, i - 2) if j >= first):
        return False  # a body's head: its field goes on in lower case ("Hội đồng thẩm định …", "Tổ thẩm định …")
    return not any(first >= k and t.match(first - k, "purpose") == k for k in (1, 2, 3))  # its object, title-cased
