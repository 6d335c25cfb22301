"""Word lists moved from the grammars' code into lexicon files (a pure move: the same words, the same output): each
test adds a made-up word to the table, rebuilds the module that reads it, and checks that a made-up sentence now
reads the word so."""

from __future__ import annotations

from contextlib import AbstractContextManager
from types import ModuleType

from test_lexicon_classes import _sent
from test_lexicon_classes import _with_row as with_row

from kg.extract import lexicon, post_kin, post_lists, post_moves, post_subjects, posts
from kg.extract.facts import holding_bios, pronouns
from kg.extract.mentions import dates, person_places


def _with_row(name: str, row: list[str], *modules: ModuleType) -> AbstractContextManager[None]:
    """``name``.tsv with one made-up ``row`` more (every lexicon cache cleared, ``modules`` reloaded), as it was
    afterwards (test_lexicon_classes' helper)."""
    caches = (lexicon.classed, lexicon.words, lexicon.roles, lexicon.entries, lexicon.by_key)
    return with_row(name, row, caches, modules)


def _counts(text: str) -> list[tuple[str, str]]:
    return [(m.attr("n"), m.attr("unit")) for m in dates._dates(_sent(text)) if m.kind == "count"]


def test_a_count_unit_of_the_table_makes_a_count() -> None:
    text = "Xã Khâm Lạc có 12 hộ và 7 khẩm trại tham gia."
    assert _counts(text) == [("12", "hộ")]
    with _with_row("count_units", ["khẩm trại", "made-up unit", "count"], dates):
        assert _counts(text) == [("12", "hộ"), ("7", "khẩm trại")]


def test_kin_words_and_modifiers_of_the_table_make_a_relatives_name() -> None:
    def read() -> tuple[bool, bool, bool]:
        return (bool(post_kin.KIN_OF.search("ông Lò Văn Ất, khẩm trai ông ")),
                bool(post_kin.KIN_OF.search("ông Lò Văn Ất, con khẩm ông ")),
                bool(post_kin.KIN.match(", con khẩm ")))

    assert read() == (False, False, False)
    with _with_row("kin_words", ["khẩm", "made-up kin", "kin"], post_kin):
        assert read() == (True, True, False)  # "khẩm ông B" too: a kin word and an honorific
    with _with_row("kin_words", ["khẩm", "made-up modifier", "modifier"], post_kin):
        assert read() == (False, True, False)  # "con khẩm ông B": with an honorific only
    with _with_row("kin_words", ["khẩm", "made-up modifier", "modifier,close"], post_kin):
        assert read() == (False, True, True)
    assert read() == (False, False, False)


def test_an_aside_word_of_the_table_opens_another_persons_name_in_a_residence() -> None:
    def read() -> bool:
        return posts.AFTER_GAP.match(", trú xã Khâm Lạc, khẩm Lò Văn Ất, ") is not None

    assert read()
    with _with_row("kin_words", ["khẩm", "made-up kin", "aside"], posts):
        assert not read()  # the post after it is the other person's
    assert read()


def test_a_plural_word_of_the_table_heads_a_list_of_holders() -> None:
    def read() -> bool:
        return posts._HEADER.search("Dự họp có khẩm ") is not None  # "khẩm Phó Giám đốc A, B"

    assert not read()
    with _with_row("quantifiers", ["khẩm", "made-up plural", "plural"], posts):
        assert read()
    assert not read()


def test_a_numeral_of_the_table_counts_a_title_with_its_value() -> None:
    def read() -> int | None:
        m = post_lists._COUNT.search("Đoàn có Khẩm ")  # "Khẩm ĐBQH A, B, …"
        return post_lists._NUMBERS[m.group(1).lower()] if m else None

    assert read() is None
    with _with_row("quantifiers", ["khẩm", "made-up eleven", "numeral", "11"], post_lists):
        assert read() == 11
    assert read() is None


def test_an_adverb_of_the_pronoun_frame_stands_between_a_pronoun_and_its_copula() -> None:
    def read() -> bool:
        return pronouns._PRONOUN.search("Trước đó, ông khẩm là Giám đốc Sở Khâm Lạc.") is not None

    assert not read()
    with _with_row("time_adverbs", ["khẩm", "made-up adverb", "pronoun"], pronouns):
        assert read()
    with _with_row("time_adverbs", ["khẩm", "made-up adverb", "was"], pronouns):
        assert not read()
    assert not read()


def test_a_compound_of_the_table_ending_with_quyen_leads_no_acting_post() -> None:
    def read() -> bool:
        return posts.QUALIFIER.search("phối hợp với khẩm quyền ") is not None  # "… khẩm quyền Chủ tịch UBND"

    assert read()
    with _with_row("lead_compounds", ["khẩm quyền", "made-up compound"], posts):
        assert not read()
    assert read()


def test_office_nouns_of_the_table_open_a_post_by_construction() -> None:
    def read() -> tuple[bool, bool, bool]:
        return (post_moves._OFFICE_BEFORE.search("thôi khẩm ") is not None,  # "khẩm ĐBQH của ông A"
                holding_bios._BIO.search("Ông Lò Văn Ất từng giữ các khẩm Giám đốc Sở") is not None,
                holding_bios._BIO.search("Bà đã qua các khẩm công tác như: ") is not None)

    assert read() == (False, False, False)
    with _with_row("office_nouns", ["khẩm", "made-up office", "office-of"], post_moves, holding_bios):
        assert read() == (True, False, False)
    with _with_row("office_nouns", ["khẩm", "made-up office", "career"], post_moves, holding_bios):
        assert read() == (False, True, False)
    with _with_row("office_nouns", ["khẩm", "made-up office", "listed"], post_moves, holding_bios):
        assert read() == (False, False, True)
    assert read() == (False, False, False)


def test_a_street_word_of_the_table_makes_the_names_after_it_places() -> None:
    def read() -> tuple[bool, bool]:
        return (person_places._STREET.search("Dọn vệ sinh khẩm Lò Văn Ất, ") is not None,
                person_places._STREET.search("Khẩm Lò Văn Ất, ") is not None)

    assert read() == (False, False)
    with _with_row("street_words", ["khẩm", "made-up street", "street"], person_places):
        assert read() == (True, False)
    with _with_row("street_words", ["khẩm", "made-up street", "street,capitalised"], person_places):
        assert read() == (True, True)
    assert read() == (False, False)


def test_a_modal_verb_of_the_table_makes_a_title_after_theo_a_reported_subject() -> None:
    text = "Theo ông Lò Văn Ất, Chủ tịch UBND xã khẩm kiểm tra."
    title = text.index("Chủ tịch")
    phrase = (None, None, title, title + len("Chủ tịch UBND xã"))

    def read() -> bool:
        return post_subjects.reported_subject(text, phrase, text.index("Lò"), 0)  # type: ignore[arg-type]

    assert not read()
    with _with_row("modal_verbs", ["khẩm", "made-up modal", "modal"], post_subjects):
        assert read()
    assert not read()
