"""Word classes moved from the grammars' code into lexicon files: each test adds a made-up word to a class in a
patched lexicon, rebuilds the module that reads it, and checks that a made-up sentence now reads the word so."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import pytest

from kg.extract import lexicon, post_moves

_VERB = "khâm nhậm"  # a made-up verb


@contextmanager
def _with_row(module: ModuleType, name: str, row: list[str]) -> Iterator[ModuleType]:
    """``module`` reloaded while ``kg/lexicon/<name>.tsv`` has ``row`` too; reloaded as it was afterwards."""
    original = lexicon.rows

    def rows(n: str) -> list[list[str]]:
        return original(n) + ([row] if n == name else [])

    lexicon.rows = rows  # type: ignore[assignment]
    try:
        yield importlib.reload(module)
    finally:
        lexicon.rows = original  # type: ignore[assignment]
        importlib.reload(module)


def _given(m: ModuleType) -> bool:
    text = f"Ông Lò Văn Ất {_VERB} chức vụ Phó giám đốc Sở Xây dựng cho ông Mạc Văn Kha."
    return m.given_to(text, text.index("Phó"), " cho ông ", 0)


def _held(m: ModuleType) -> bool:
    text = f"miễn nhiệm chức vụ Phó giám đốc do ông Mạc Văn Kha đang {_VERB}."
    return m.held_by(text, " do ông ", text.index(" đang"), len(text))


_FRAMES = {
    "agent": lambda m: bool(m.AGENT_APPOINT.search(f"ông Mạc Văn Kha được Chủ tịch tỉnh {_VERB} làm ")),
    "signed": lambda m: bool(m._SIGNS.search(f"bà Lò Thị Út ký quyết định {_VERB} ")),
    "object": lambda m: bool(m._OBJECT_APPOINTED.search(f"bà Lò Thị Út đã {_VERB} em trai mình ")),
    "given": _given,
    "from": lambda m: bool(m._FROM.fullmatch(f" được {_VERB} từ ")),
    "holds": _held,
}


@pytest.mark.parametrize("frame", sorted(_FRAMES))
def test_a_personnel_verb_enters_the_frames_its_lexicon_row_names(frame: str) -> None:
    assert not _FRAMES[frame](post_moves)
    with _with_row(post_moves, "personnel_verbs", [_VERB, "make up", "appoint", frame]) as patched:
        assert _FRAMES[frame](patched)
        others = [f for f in _FRAMES if f != frame]
        assert not any(_FRAMES[f](patched) for f in others)

