"""The two helpers of round speed47b: a regex compiled outside ``re``'s cache matches as ``re.compile``'s does and
leaves the cache as it was; a union of lexicon sets is the same object for the same sets, a new one for new sets."""

import re

from kg.extract.rx_uncached import compile_uncached
from kg.extract.unions import union


def test_an_uncached_regex_matches_as_re_compile_and_leaves_the_cache_alone():
    pattern = r"(?<!\w)(?:Nguyễn Văn An|Trần Thị Bình)(?!\w)"
    re.purge()
    rx = compile_uncached(pattern)
    text = "Ông Nguyễn Văn An và bà Trần Thị Bình; Nguyễn Văn Anh thì không."
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.compile(pattern).finditer(text)]
    assert [m.group() for m in rx.finditer(text)] == ["Nguyễn Văn An", "Trần Thị Bình"]
    re.purge()
    compile_uncached(pattern + "x")
    assert re._cache == {}  # type: ignore[attr-defined]


def test_a_union_is_built_once_for_the_same_sets_and_again_for_new_ones():
    a, b = frozenset({"xã", "phường"}), frozenset({"huyện"})
    first = union(a, b)
    assert first == {"xã", "phường", "huyện"}
    assert union(a, b) is first
    c = frozenset({"huyện", "quận"})
    assert union(a, c) == {"xã", "phường", "huyện", "quận"}
    assert union(a, c) is not first
