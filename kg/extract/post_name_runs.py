"""The rest of a body's name between a post phrase and the name after it ("Chủ tịch Hiệp hội Bất động sản TP.HCM
Lê Văn A", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn A"): the words that may run on from the post to its
holder, and where such a run ends. Pure functions over the text, read by :mod:`kg.extract.facts.holdings` beside the
post grammar (:mod:`kg.extract.posts`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key
from kg.extract.posts import PLACE_ASIDE

_RUN_WORD = re.compile(r"[\w][\w.&'’/-]*|&|[-–]")
_LIST_COMMA = re.compile(r",(?=\s+[A-ZĐ][^,;:()]*\svà\s)")  # "Bộ Văn hóa, Thể thao và Du lịch"
_OF_ABOVE = re.compile(r"\scủa(?=\s+[A-ZĐ])")
_CAPITALISED = re.compile(r"[A-ZĐ]\w*")


def name_run(gap: str, after_cap: bool = False, before: str = "") -> bool:
    """The words between a post phrase and the name after it are the rest of the body's name ("Chủ tịch Hiệp hội
    Bất động sản TP.HCM Lê Văn A", "Phó Chủ tịch UBND quận 2 Lê Văn A", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch
    Lê Văn A"): one to ten words, no punctuation but "&", dashes and the commas of an enumeration closed by "và",
    one of them capitalised or a number (or a lone lower-case syllable that ends a capitalised word, ``after_cap``:
    "Phó Chủ tịch Quân ủy Lê Văn A"), none a verb or function word (``name_stops``)."""
    aside = bool(PLACE_ASIDE.search(gap))
    gap = _LIST_COMMA.sub(" ", PLACE_ASIDE.sub(" ", gap))  # "Trưởng thôn X (xã Y, huyện Z) Lê Văn A"
    gap = _OF_ABOVE.sub(" ", gap)  # "Phó Chủ nhiệm UB Các vấn đề xã hội của QH Lê Văn A": the body above
    if not gap[:1].isspace() or re.search(r"[,;:()\[\]\"“”!?]", gap) or re.search(r"nhiệm kỳ|khóa|khoá", gap, re.I):
        return False  # a term is no part of a body's name
    words = _RUN_WORD.findall(gap)
    stops = lexicon.words("name_stops")
    if not words and aside:
        return True  # only the place aside: "Chủ tịch UBND xã X (huyện Y) Lê Văn A"
    if 0 < len(words) <= 2 and key(" ".join(words)) in lexicon.words("admin_levels"):
        return True  # "Chủ tịch quận Lê Thị A": a bare level word
    if len(words) == 1 and after_cap and words[0].isalpha() and words[0].islower() and key(words[0]) not in stops:
        return True
    # a word with a capitalised part after a hyphen counts as capitalised ("Bộ trưởng Kế hoạch-Đầu tư Lê Văn A")
    caps = [w[0].isupper() or w[0].isdigit() or bool(re.search(r"[-–][A-ZĐ]", w)) for w in words]
    return 0 < len(words) <= 10 and any(caps) and all(
        c or w in ("&", "-", "–", "và") or key(w) not in stops for w, c in zip(words, caps, strict=True)) and not (
        _two_word_stop(words, before))


def _two_word_stop(words: list[str], before: str) -> bool:
    """Two lower-case words in a row, not right after a body's head ("Ban chỉ đạo"; ``before``: the word before
    the gap), make a verb of ``name_stops`` ("Chủ tịch nước đề nghị | Ngoại trưởng A": the subject's title, a verb,
    then its object's), save a verb that is also a department's field ("tổ chức")."""
    pairs, heads, seen = _pair_stops(), lexicon.by_key("bodies"), [before, *words]
    return any(w.islower() and v.islower() and key(f"{w} {v}") in pairs and key(seen[i]) not in heads
               for i, (w, v) in enumerate(zip(words, words[1:], strict=False)))


@cache
def _pair_stops() -> frozenset[str]:
    return frozenset(key(r[0]) for r in lexicon.rows("name_stops") if " " in r[0] and r[2:3] != ["field"])


def _ends_capitalised(text: str, start: int) -> bool:
    r"""The text before ``start`` ends with a word of letters that opens with a capital: its last word (after its last
    white space, read from the end) is a capital and word characters — as a search of ``(?:^|\s)[A-ZĐ]\w*$`` over all
    the text before ``start`` finds, without trying every position of that text."""
    return start > 0 and text[start - 1].isalpha() and bool(_CAPITALISED.fullmatch(text[:start].rsplit(None, 1)[-1]))


def name_run_end(text: str, start: int, cursor: int, bodied: bool = False) -> int | None:
    """Where the rest of a body's name after a post phrase ends (:func:`name_run`) when it runs up to ``cursor``
    (the name, or an honorific and a comma before it: "Giám đốc điều hành Ban Thư ký X, Tiến sỹ Y"); None for none
    (``bodied``: the phrase names its body, whose name may go on past a short form in parentheses)."""
    gap = text[start:cursor]
    cut = re.search(r"\s*[,(–-]?\s*$", gap)
    body = gap[: cut.start()] if cut else gap
    after_cap = _ends_capitalised(text, start)
    before = text[max(0, start - 20) : start].split()[-1:]  # the post phrase's last word
    if not body or not name_run(body + " ", after_cap, "".join(before)):
        return None
    # the place in parentheses is no part of the post ("(huyện Y)"), unless a body's name goes on after it: a short
    # form in the middle ("Hội nghị Hiệp thương (Chính hiệp) Trung Quốc Lê Văn A")
    aside = PLACE_ASIDE.search(body + " ")
    through = bodied and aside is not None and bool(body[aside.end() :].strip())
    return start + (len(body[: aside.start()].rstrip()) if aside and not through else len(body))
