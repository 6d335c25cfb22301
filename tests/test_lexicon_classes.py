"""Word classes moved from the grammars' code into lexicon files: each test adds a made-up word to a class in a
patched lexicon, rebuilds the module that reads it, and checks that a made-up sentence now reads the word so."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from types import ModuleType
from typing import Any

import pytest

from kg.corpus import postforms
from kg.extract import (
    award_passive,
    award_pronouns,
    event_bounds,
    lexicon,
    post_ends,
    post_kin,
    post_lists,
    post_moves,
    posts,
)
from kg.extract.document import Sentence
from kg.extract.facts import holding_bios, holdings, post_nodes, pronouns
from kg.extract.mentions import committees, person_caps, persons, sentence
from kg.extract.mentions.sentence import _Sent
from kg.extract.tokens import match_view

_VERB = "khâm nhậm"  # a made-up verb


# the modules that build patterns of personnel_verbs.tsv at import
_GRAMMARS = (posts, post_moves, holding_bios, holdings, pronouns)


@contextmanager
def _with_row(name: str, row: list[str], caches: tuple[Any, ...] = (), modules: tuple[ModuleType, ...] = _GRAMMARS
              ) -> Iterator[None]:
    """``name``.tsv with one made-up ``row`` more (the ``caches`` cleared, the grammars of ``modules`` that build
    patterns from it at import reloaded), as it was afterwards."""
    original = lexicon.rows

    def rows(n: str) -> list[list[str]]:
        return original(n) + ([row] if n == name else [])

    def reset() -> None:
        for f in caches:
            f.cache_clear()
        for m in modules:
            importlib.reload(m)

    lexicon.rows = rows  # type: ignore[assignment]
    try:
        reset()
        yield
    finally:
        lexicon.rows = original  # type: ignore[assignment]
        reset()


def _with_verb(frame: str) -> AbstractContextManager[None]:
    """The grammars while ``personnel_verbs.tsv`` has the made-up verb in ``frame`` too."""
    return _with_row("personnel_verbs", [_VERB, "make up", "appoint", frame])


def _given() -> bool:
    text = f"Ông Lò Văn Ất {_VERB} chức vụ Phó giám đốc Sở Xây dựng cho ông Mạc Văn Kha."
    return post_moves.given_to(text, text.index("Phó"), " cho ông ", 0)


def _held() -> bool:
    text = f"miễn nhiệm chức vụ Phó giám đốc do ông Mạc Văn Kha đang {_VERB}."
    return post_moves.held_by(text, " do ông ", text.index(" đang"), len(text))


_FRAMES: dict[str, Callable[[], bool]] = {
    "agent": lambda: bool(post_moves.AGENT_APPOINT.search(f"ông Mạc Văn Kha được Chủ tịch tỉnh {_VERB} làm ")),
    "signed": lambda: bool(post_moves._SIGNS.search(f"bà Lò Thị Út ký quyết định {_VERB} ")),
    "object": lambda: bool(post_moves._OBJECT_APPOINTED.search(f"bà Lò Thị Út đã {_VERB} em trai mình ")),
    "given": _given,
    "from": lambda: bool(post_moves._FROM.fullmatch(f" được {_VERB} từ ")),
    "holds": _held,
    "career": lambda: bool(holding_bios._BIO.match(f"từng {_VERB} các chức vụ ")),
    "placed": lambda: bool(holding_bios._BIO.match(f"{_VERB} ông vào vị trí ")),
    "opens": lambda: bool(pronouns._HOLDING_OPENS.match(f"{_VERB} cương vị ")),
    "tenure": lambda: bool(pronouns._TENURE.search(f"Trong thời gian được {_VERB} làm ")),
    "serving": lambda: bool(pronouns._TENURE.search(f"Trong thời gian còn {_VERB} ")),
    "pronoun": lambda: bool(pronouns._PRONOUN.search(f"Trước đó, ông {_VERB} Giám đốc Sở Xây dựng")),
    "item": lambda: bool(holding_bios._ITEM_GAP.fullmatch(f", {_VERB} chức vụ ")),
    "post-next": lambda: bool(posts.APPOINT.search(f"ông Mạc Văn Kha {_VERB} ")),
    "passive-post": lambda: _appoint_from(f"ông Mạc Văn Kha được {_VERB} ") == "được",
    "task": lambda: bool(posts.APPOINT.search(f"ông Mạc Văn Kha {_VERB} - ")),
    "ended": lambda: bool(posts.ENDED.search(f"ông Mạc Văn Kha {_VERB} chức vụ ")),
    "resigned": lambda: bool(posts.ENDED.search(f"ông Mạc Văn Kha {_VERB.replace(' ', '  ')} vụ ")),
}


def _appoint_from(text: str) -> str:
    """The first word of the appointment verb (``posts.APPOINT``) that ends ``text`` ("" for none)."""
    m = posts.APPOINT.search(text)
    return m.group().split()[0] if m else ""


@pytest.mark.parametrize("frame", sorted(_FRAMES))
def test_a_personnel_verb_enters_the_frames_its_lexicon_row_names(frame: str) -> None:
    assert not _FRAMES[frame]()
    with _with_verb(frame):
        assert _FRAMES[frame]()
        assert not any(check() for f, check in _FRAMES.items() if f != frame)
    assert not _FRAMES[frame]()


_HONORIFIC = "khôm"  # a made-up form of address


def _honorific(cls: str, *modules: ModuleType) -> AbstractContextManager[None]:
    """``honorifics.tsv`` with the made-up honorific in class ``cls`` (lexicon caches cleared, ``modules``
    reloaded)."""
    return _with_row("honorifics", [_HONORIFIC, "Mx", cls], (lexicon.classed, lexicon.words), modules)


def _sent(text: str) -> _Sent:
    return _Sent(text, match_view(text), Sentence(0, 0, 0, len(text), text))


def test_an_address_honorific_opens_a_name_as_ong_does() -> None:
    s = _sent(f"{_HONORIFIC.capitalize()} Lò Văn Ất phát biểu.")
    assert not person_caps.honorific_right_before(s, 1)
    with _honorific("address"):
        assert person_caps.honorific_right_before(s, 1)
    with _honorific("familiar"):
        assert not person_caps.honorific_right_before(s, 1)


def test_a_formal_honorific_opens_a_transliterated_name_as_ngai_does() -> None:
    s = _sent(f"Đón {_HONORIFIC} Khăm Xay Phu Vông Sạ tại sân bay.")
    assert not persons._transliterated(s, 2, 7)
    with _honorific("formal", persons):
        assert persons._transliterated(_sent(s.text), 2, 7)


def test_a_familiar_honorific_is_no_clause_opener_after_a_name_as_anh_is() -> None:
    assert _HONORIFIC not in event_bounds._TITLES
    with _honorific("familiar", event_bounds):
        assert _HONORIFIC in event_bounds._TITLES
    assert _HONORIFIC not in event_bounds._TITLES


_LEAD = "khẩm"  # a made-up word before a post title


def _with_lead(cls: str) -> AbstractContextManager[None]:
    """``post_leads.tsv`` with the made-up lead in class ``cls`` (caches cleared, the post grammars reloaded)."""
    caches = (lexicon.entries, lexicon.classed, postforms._leads, postforms.form)
    return _with_row("post_leads", [_LEAD, "made up", cls], caches, (posts, post_lists, post_nodes))


def _former() -> tuple[bool, bool, bool, bool]:
    return (_LEAD in posts._FORMER, bool(post_lists._FORMER.search(f"ông {_LEAD} ")),
            post_nodes._node_label(f"{_LEAD} Giám đốc Sở Xây dựng") == "Giám đốc Sở Xây dựng",
            _LEAD in post_nodes._FORMER_LEADS)


def _lead_body() -> tuple[str, ...]:
    return postforms.form("post:x", f"{_LEAD} Giám đốc Sở Xây dựng", "Giám đốc").body


def test_a_former_lead_marks_a_former_post_as_nguyen_does() -> None:
    assert _former() == (False, False, False, False)
    with _with_lead("former"):
        assert _former() == (True, True, True, True)
    with _with_lead("acting"):
        assert _former() == (False, False, False, False)


def test_a_former_lead_hyphened_to_a_name_ends_it_as_nguyen_does() -> None:
    caches = (lexicon.entries, lexicon.classed, postforms._leads, sentence._glue_words, sentence._name_word)
    word = f"Ất-{_LEAD}"
    assert sentence._name_word(word)
    with _with_row("post_leads", [_LEAD, "made up", "former"], caches, ()):
        assert not sentence._name_word(word)
    with _with_row("post_leads", [_LEAD, "made up", "acting"], caches, ()):
        assert sentence._name_word(word)


def test_a_lead_word_before_the_title_is_no_body_word_as_quyen_is() -> None:
    assert _lead_body() == ("đốc", "sở", "xây", "dựng")
    with _with_lead("acting"):
        assert _lead_body() == ("sở", "xây", "dựng")
    assert _lead_body() == ("đốc", "sở", "xây", "dựng")


_ADVERB = "khẩm khi"  # a made-up time adverb


def _with_adverb(frame: str) -> AbstractContextManager[None]:
    """``time_adverbs.tsv`` with the made-up adverb in ``frame`` (the grammars reloaded)."""
    return _with_row("time_adverbs", [_ADVERB, "made up", frame])


_TIMES: dict[str, Callable[[], bool]] = {
    "timed-is": lambda: not post_moves.comma_is(f"Lò Văn Ất, {_ADVERB} là Giám đốc", f", {_ADVERB} là ", 0, 0),
    "post-first": lambda: bool(holdings._POST_FIRST.fullmatch(f" {_ADVERB} là ông ")),
    "ended-is": lambda: bool(posts.ENDED.search(f"ông Lò Văn Ất {_ADVERB} là ")),
    "was": lambda: bool(posts.AFTER_GAP.fullmatch(f", {_ADVERB} là ")),
}


@pytest.mark.parametrize("frame", sorted(_TIMES))
def test_a_time_adverb_enters_the_frames_its_lexicon_row_names(frame: str) -> None:
    assert not _TIMES[frame]()
    with _with_adverb(frame):
        assert _TIMES[frame]()
        assert not any(check() for f, check in _TIMES.items() if f != frame)
    assert not _TIMES[frame]()


_COMMITTEE_ROWS = {"bare": "Ban khẩm hội", "after": "khẩm ủy", "before": "khẩm"}  # made-up words
_COMMITTEES: dict[str, str] = {
    "bare": "Ban khẩm hội đã trao giấy khen cho Lò Văn Ất.",
    "after": "Ban tổ chức khẩm uy đã trao giấy khen cho Lò Văn Ất.",
    "before": "Lò Văn Ất, khẩm Ban tổ chức, đã trao giấy khen.",
}


def _committees(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.attr("en")) for m in committees.organising_committees(_sent(text), [])]


@pytest.mark.parametrize("cls", sorted(_COMMITTEES))
def test_an_organising_committee_reads_its_lexicon_classes(cls: str) -> None:
    before = _committees(_COMMITTEES[cls])
    with _with_row("committees", [_COMMITTEE_ROWS[cls], "made up", cls], (lexicon.entries,), (committees,)):
        after = _committees(_COMMITTEES[cls])
    if cls == "bare":
        assert (before, after) == ([], [("Ban khẩm hội", "made up")])
    else:
        assert (before, after) == ([("Ban tổ chức", "Organising Committee")], [])


# the grammars' honorific before a holder's name (classes address and comrade, as "ông", "đồng chí"), each module
# with a made-up pattern text that holds the made-up honorific
_HOLDER_HONORIFICS: dict[str, tuple[ModuleType, Callable[[], bool]]] = {
    "post_moves": (post_moves, lambda: bool(post_moves._OF_HOLDER.fullmatch(f" của {_HONORIFIC} "))),
    "post_lists": (post_lists, lambda: bool(post_lists._GOM_CO.fullmatch(f" gồm các {_HONORIFIC} "))),
    "holdings": (holdings, lambda: bool(holdings._POST_FIRST_MORE.fullmatch(f" và {_HONORIFIC} "))),
    "posts": (posts, lambda: bool(posts._LIST_GAP.fullmatch(f", {_HONORIFIC} "))),
    "awards": (award_passive, lambda: bool(award_passive._PLURAL_GROUP.search(f"các {_HONORIFIC} được tặng"))),
    "pronouns": (pronouns, lambda: all(pronouns._PRONOUN.search(f"Sau đó, {h} là Giám đốc Sở Xây dựng")
                                       for h in (_HONORIFIC, _HONORIFIC.capitalize()))),
}


@pytest.mark.parametrize("grammar", sorted(_HOLDER_HONORIFICS))
@pytest.mark.parametrize("cls", ["address", "comrade"])
def test_a_holder_honorific_stands_before_a_holder_as_ong_and_dong_chi_do(grammar: str, cls: str) -> None:
    module, check = _HOLDER_HONORIFICS[grammar]
    assert not check()
    with _honorific(cls, module):
        assert check()
    with _honorific("familiar", module):
        assert not check()
    assert not check()


def test_a_familiar_honorific_stands_between_a_counted_title_and_its_names_as_anh_does() -> None:
    def opens() -> bool:
        return post_lists._COUNT_OPEN.fullmatch(f" gồm {_HONORIFIC} ") is not None

    assert not opens()
    with _honorific("familiar", post_lists):
        assert opens()
    assert not opens()


def test_posts_read_the_kin_honorifics_and_the_plural_header_from_their_classes() -> None:
    def read() -> tuple[bool, bool]:
        return (bool(post_kin.KIN_OF.search(f"con trai {_HONORIFIC} ")),
                bool(posts._HEADER.search(f" các {_HONORIFIC} ")))

    assert read() == (False, False)
    with _honorific("familiar", post_kin, posts):
        assert read() == (True, False)  # "con trai anh A": a relative's name follows
    with _honorific("comrade", post_kin, posts):
        assert read() == (False, True)  # "các đồng chí POST A, B": a plural header
    assert read() == (False, False)


def test_awards_read_a_lone_pronoun_from_the_honorific_classes() -> None:
    def read() -> tuple[bool, bool]:
        return (award_pronouns.ends_with_pronoun(f"Nhiều năm liền, {_HONORIFIC} "),
                award_pronouns.lone_pronoun(f"{_HONORIFIC.capitalize()} từng giữ chức Giám đốc."))

    assert read() == (False, False)
    with _honorific("young", award_pronouns):
        assert read() == (True, False)  # "…, em được tặng": a lone subject
    with _honorific("address", award_pronouns):
        assert read() == (True, True)  # "Ông từng giữ …": a form of address, capitalised too
    assert read() == (False, False)


@pytest.mark.parametrize("form", [_HONORIFIC, f"{_HONORIFIC} khà"])
def test_a_comrade_honorific_ends_before_a_name_in_capitals_as_dong_chi_does(form: str) -> None:
    s = _sent(f"{form.capitalize()} LÒ VĂN ẤT phát biểu.")
    last = len(form.split()) - 1
    assert not person_caps._honorific_ends(s, last)
    with _with_row("honorifics", [form, "Mx", "comrade"], (lexicon.classed, lexicon.words), (person_caps,)):
        assert person_caps._honorific_ends(s, last)
        assert not person_caps._honorific_ends(s, last + 1)
    assert not person_caps._honorific_ends(s, last)


def test_a_form_of_address_ends_a_bare_body_head_as_ong_does() -> None:
    def head() -> bool:
        return post_ends._BARE_HEAD.match(f" trung tâm {_HONORIFIC} Lò Văn Ất") is not None

    assert not head()
    with _honorific("address", post_ends):
        assert head()
    with _honorific("comrade", post_ends):
        assert not head()


@pytest.mark.parametrize("cls", ["former", "trainee", "acting", "new"])
def test_a_lead_word_qualifies_the_post_after_it_as_nguyen_tap_su_quyen_tan_do(cls: str) -> None:
    def qualified() -> tuple[bool, bool]:
        return (bool(posts.QUALIFIER.search(f"ông Lò Văn Ất {_LEAD} ")),
                bool(posts.QUALIFIER.search(f"ông Lò Văn Ất, {_LEAD.capitalize()} ")))

    assert qualified() == (False, False)
    with _with_lead(cls):
        assert qualified() == (True, True)
    assert qualified() == (False, False)
