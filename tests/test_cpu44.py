"""Round cpu44: the cheaper paths of the build give what the general ones give (made-up text throughout)."""

from kg.extract.document import Mention
from kg.extract.mentions.event_unmarked import _SUBJECTS, Subjects


def subjects_before(found: list[Mention], start: int, end: int) -> list[int]:
    """The pass over every mention that :class:`Subjects` replaced (kept here as the reference)."""
    return sorted({m.end + 1 for m in found if m.kind in _SUBJECTS and start <= m.start and m.end < end})


def _m(kind: str, start: int, end: int) -> Mention:
    return Mention(kind, start, end, "x" * (end - start), 0)


def test_subjects_by_binary_search_are_the_subjects_of_a_pass() -> None:
    found = [_m("person", 40, 55), _m("title", 30, 39), _m("body", 0, 12), _m("place", 60, 80),
             _m("person", 5, 9), _m("date", 14, 20), _m("place", 81, 90), _m("body", 12, 25)]
    index = Subjects(found)
    for start, end in ((0, 100), (0, 25), (0, 26), (5, 80), (12, 81), (41, 100), (60, 80), (90, 95), (30, 30)):
        assert index.before(start, end) == subjects_before(found, start, end), (start, end)
    assert index.before(0, 25) == [10, 13]  # a name that ends at the clause's end leaves no room for a verb


def test_byline_blockers_read_once_per_word_are_the_tokens_test() -> None:
    from kg.extract.document import Sentence
    from kg.extract.mentions.sentence import _blocks_byline, _Sent
    from kg.extract.tokens import match_view

    text = "Ảnh: TRẦN AN (T.H) - Theo Tổng hợp, ông Lê Văn Bình, UBND xã Tân Phú, H và t nói: 12/5."
    s = _Sent(text, match_view(text), Sentence(0, 0, 0, len(text), text))
    expected = [x for x, t in enumerate(s.toks) if t.text not in "()/-–.,:"
                and not (t.text.lower() in ("t", "h", "tổng", "hợp", "theo") or t.is_upper)]
    assert [x for x, t in enumerate(s.toks) if _blocks_byline(t.text)] == expected
    assert [s.toks[x].text for x in expected] == ["Ảnh", "ông", "Lê", "Văn", "Bình", "xã", "Tân", "Phú", "và", "nói",
                                                  "12/5"]


def test_tokens_of_a_span_read_in_place_are_the_tokens_of_its_slice() -> None:
    from kg.extract.tokens import _TOKEN

    text = "Ông Nguyễn Văn An-Ủy viên, TP.HCM 6/7/2017 TT&TT QP-AN Jean-Luc hành kháchTrần Thị Bình 2021-2026."
    for a in range(len(text)):  # every span, cut mid-word too: tokenize reads _TOKEN with pos and endpos
        for b in range(a, len(text) + 1):
            assert [(*m.span(), m.group()) for m in _TOKEN.finditer(text, a, b)] == [
                (m.start() + a, m.end() + a, m.group()) for m in _TOKEN.finditer(text[a:b])], (a, b)


def test_a_word_opens_a_level_as_its_key_does() -> None:
    from kg.extract.mentions.places import _level_firsts, _opens_level
    from kg.extract.normalise import key

    for word in ("tỉnh", "Tỉnh", "thành", "TP", "huyện", "xã", "Phường", "An", "Nguyễn", "ông", "và", "UBND"):
        assert _opens_level(word) == (key(word).split(" ", 1)[0] in _level_firsts()), word
    assert _opens_level("Tỉnh") and _opens_level("thành") and not _opens_level("Nguyễn")


def test_spaced_pairs_bound_the_matches_of_the_words_pattern() -> None:
    from kg.extract.mentions.name_ends import _spaced_pairs, _words_rx

    text = ("Ông Trần Văn An Đồng ý. Trần Văn An đồng ý,\nTrần Văn\tAn Đồng Tháp; Văn An-Đồng, Văn AnĐồng "
            "Văn  An Đồng.\nLê Thị Bình Minh Bình Minh Thị Bình Minh")
    words = sorted(set(text.replace(".", " ").replace(",", " ").replace(";", " ").split()))
    for a in words:
        for b in words:
            matches = len(_words_rx((a, b)).findall(text))
            assert _spaced_pairs(text, a, b, 99) >= matches, (a, b)
            assert (_spaced_pairs(text, a, b, 1) == 0) <= (matches == 0), (a, b)
    assert _spaced_pairs(text, "An", "Đồng", 99) == 3 and _spaced_pairs(text, "An", "Đồng", 2) == 2
