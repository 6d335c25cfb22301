"""Word lists moved from the grammars' code into lexicon files (a pure move: the same words, the same output): each
test adds a made-up word to the table, rebuilds the module that reads it, and checks that a made-up sentence now
reads the word so."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from kg.extract import lexicon
from kg.extract.document import Sentence
from kg.extract.mentions import dates
from kg.extract.mentions.sentence import _Sent
from kg.extract.tokens import match_view


@contextmanager
def _with_row(name: str, row: list[str], *modules: ModuleType) -> Iterator[None]:
    """``name``.tsv with one made-up ``row`` more (the lexicon caches cleared, ``modules`` reloaded), as it was
    afterwards."""
    original = lexicon.rows

    def rows(n: str) -> list[list[str]]:
        return original(n) + ([row] if n == name else [])

    def reset() -> None:
        for f in (lexicon.classed, lexicon.words, lexicon.roles):
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


def _sent(text: str) -> _Sent:
    return _Sent(text, match_view(text), Sentence(0, 0, 0, len(text), text))


def _counts(text: str) -> list[tuple[str, str]]:
    return [(m.attr("n"), m.attr("unit")) for m in dates._dates(_sent(text)) if m.kind == "count"]


def test_a_count_unit_of_the_table_makes_a_count() -> None:
    text = "Xã Khâm Lạc có 12 hộ và 7 khẩm trại tham gia."
    assert _counts(text) == [("12", "hộ")]
    with _with_row("count_units", ["khẩm trại", "made-up unit", "count"], dates):
        assert _counts(text) == [("12", "hộ"), ("7", "khẩm trại")]
