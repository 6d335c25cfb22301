"""Two-word names the sentence alone does not vouch for, read with the rest of the document.

- A name written twice in one run ("Dương An Dương An bị …"): a heading that names the paragraph's person, glued to
  its first sentence, which opens with the same name as its subject (:func:`doubled_half`); a family name opens it
  and it names no province or country.
- A bare two-word name that opens a run and a clause ("Dương An đã …": an auxiliary right after it, ``person_cues``
  ``subject``), kept as ``repeat`` (:func:`bare_repeat`) and then only when the same document names the same words
  as a person somewhere else (:func:`vouched_repeats`): streets, companies and ideologies named after someone
  ("đường Lê An đã …") are never vouched as a person's, and a place word or a level before the run ends no name.
"""

from __future__ import annotations

from kg.extract import names
from kg.extract.document import Mention
from kg.extract.mentions.person_places import _is_province, _level_before, _place_word_before
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


def doubled_half(s: _Sent, i: int, run_end: int) -> int:
    """Where the second copy starts when the run i..run_end is a name of two or three words written twice, or a
    full name whose family name is typed twice ("Bùi Bùi Văn A": the name is "Bùi Văn A"; 0 for none)."""
    n = run_end - i
    if n in (4, 5) and s.toks[i].text == s.toks[i + 1].text and (mid := _doubled_family(s, i, run_end)):
        return mid
    if n not in (4, 6):
        return 0  # the cheap gate: an even run of four or six words
    mid = i + n // 2
    toks = s.toks
    words = [key(t.text) for t in toks[i:run_end]]
    if words[: n // 2] != words[n // 2 :] or words[0] not in _word_set("surnames") or _is_province(s, i, mid) \
            or " ".join(words[: n // 2]) in _word_set("countries"):
        return 0
    if i > 0 and s.adjacent(i) and (toks[i - 1].is_cap or toks[i - 1].is_upper):
        return 0  # "Công ty A B A B": inside a longer capitalised name
    return 0 if _level_before(s, i) or _place_word_before(s, i) else mid


def _doubled_family(s: _Sent, i: int, run_end: int) -> int:
    """The run's first word, a family name, is typed twice before a name of three or four words that names no
    place ("Bùi Bùi Văn A"): where the name starts (0 for none)."""
    toks = s.toks
    if key(toks[i].text) not in _word_set("surnames") or not s.adjacent(i + 1) or _is_province(s, i + 1, run_end) \
            or _is_province(s, i + 1, i + 3):
        return 0
    if i > 0 and s.adjacent(i) and (toks[i - 1].is_cap or toks[i - 1].is_upper) \
            and key(toks[i - 1].text) not in _word_set("honorifics"):
        return 0  # inside a longer capitalised name ("Ông Bùi Bùi …" is not)
    return 0 if _level_before(s, i) or _place_word_before(s, i) else i + 1


_CLAUSE_BEFORE = frozenset({"của", "và", "là", "với", "cùng", "nhưng", "thì", "khi", "rằng"})


def bare_repeat(s: _Sent, i: int, k: int, e: int) -> bool:
    """The candidate k..e is a family name and one syllable that makes the whole run, an auxiliary after it, only
    punctuation or a function word before it: a clause's subject, if the document names that person elsewhere."""
    if e - k != 2 or k != i or key(s.toks[k].text) not in _word_set("surnames"):
        return False  # the cheap gate: a two-word run that opens with a family name
    if not (names.cue_after(s.toks, e, "subject") or _foreign_family_verb(s, k, e)):
        return False
    if k > 0 and s.toks[k - 1].is_word and key(s.toks[k - 1].text) not in _CLAUSE_BEFORE:
        return False  # "người dân A B đã …", "xí nghiệp A B đã …": a noun before it makes A B a place's or a firm's
    return not (_level_before(s, k) or _place_word_before(s, k) or _is_province(s, k, e))


def _foreign_family_verb(s: _Sent, k: int, e: int) -> bool:
    """The family name at k is no Vietnamese syllable ("Ksor", "Kpă": a Jarai family name, never a word), the given
    name is one, and a lower-case word follows: the clause's subject whatever its verb ("Ksor A đi …")."""
    toks = s.toks
    return names.is_foreign(toks[k].text) and not names.is_foreign(toks[k + 1].text) and e < len(toks) \
        and toks[e].is_word and toks[e].text[:1].islower() and s.adjacent(e)


def vouched_repeats(found: list[Mention]) -> list[Mention]:
    """The mentions without the bare repeats whose words the document names as no person elsewhere."""
    if not any(m.kind == "person" and m.attr("anchor") == "repeat" for m in found):
        return found
    vouched = {m.text for m in found if m.kind == "person" and m.attr("anchor") not in ("repeat", "short")}
    return [m for m in found if not (m.kind == "person" and m.attr("anchor") == "repeat" and m.text not in vouched)]


def doubled_syllable(s: _Sent, a: int, b: int) -> bool:
    """The name a..b is one word written twice right after a capitalised word of the same run ("huyện Tam Nông
    Nông cho biết"): a place's or a body's last syllable doubled by a typo, no person."""
    toks = s.toks
    return b - a == 2 and toks[a].text == toks[a + 1].text and a > 0 and s.adjacent(a) \
        and toks[a - 1].is_cap and toks[a - 1].is_word


_PERSONAL = frozenset({"honorific", "rank", "noun", "age"})  # anchors that make a name a person's wherever it stands


def vouched_bodies(found: list[Mention]) -> list[Mention]:
    """A body's mention whose words are exactly a name the document writes as a person's after an honorific, a rank,
    a person noun or an age ("đồng chí A B" where "A" is also a body's head, "Trường": a school) is that person
    ("A B được bầu làm …"): a person's mention in its place, the mentions inside its span dropped."""
    bodies = {m.text for m in found if m.kind == "body"}
    named = {m.text: m.key for m in found if m.kind == "person" and m.text in bodies and m.attr("anchor") in _PERSONAL}
    if not named:  # (the cheap gate: no body written as a vouched person's name)
        return found
    read = [m for m in found if m.kind == "body" and m.text in named]
    out = [m for m in found if not any(b.start <= m.start and m.end <= b.end for b in read)]
    return out + [Mention(kind="person", start=b.start, end=b.end, text=b.text, sentence=b.sentence,
                          key=named[b.text], attrs=(("anchor", "vouched"),)) for b in read]
