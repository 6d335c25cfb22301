"""Round cpu45: the cheaper patterns of the build match what the patterns they replace match (made-up text)."""

import re

from kg.extract.mentions.sentence import PhraseMatcher, _node_pattern, _trie, _word_trie
from kg.extract.tokens import match_view

_TEXTS = (
    "Ban chỉ huy quân sự xã An Phú; chỉ huy trưởng Nguyễn Văn An, đội trưởng đội An Bình.",
    "an ninh, an toàn: ban an toàn giao thông - Ban An toàn giao thông (ban-an toàn), 2ban an",
    "Đội trưởng\nđội  trưởng, phó đội trưởng đội trưởng–an",
)
_PHRASES = ("Ban chỉ huy", "chỉ huy", "chỉ huy trưởng", "an", "an toàn", "Đội trưởng", "phó đội trưởng",
            "ban an toàn giao thông", "ban - an toàn")


def _look_behind_form(forms: set[str]) -> re.Pattern[str]:
    """The pattern before cpu45: the word-start test in front of the whole trie."""
    return re.compile(r"(?<!\w)(?:" + _node_pattern(_trie(forms)) + r")(?!\w)")


def test_word_trie_opens_with_the_first_characters_not_a_look_behind() -> None:
    forms = {match_view(p) for p in _PHRASES}
    assert not _word_trie(forms).startswith("(?<")
    assert _word_trie({" an"}).startswith(r"(?<!\w)")  # a form that opens with a space keeps the test in front


def test_word_trie_matches_what_the_look_behind_form_matches() -> None:
    forms = {match_view(p) for p in _PHRASES}
    matcher, reference = PhraseMatcher(_PHRASES), _look_behind_form(forms)
    for text in _TEXTS:
        view = match_view(text)
        for start, end in ((0, len(view)), (1, len(view)), (5, 40), (3, len(view) - 2), (33, 34)):
            expected = [m.span() for m in reference.finditer(view, start, end)]
            assert matcher.spans(view, start, end) == expected, (text, start, end)
    view = match_view(_TEXTS[0])
    assert [view[a:b] for a, b in matcher.spans(view, 0, len(view))] == [
        "ban chỉ huy", "an", "chỉ huy trưởng", "an", "đội trưởng", "an"]  # not the "an" inside "quân", "Văn"


def test_glue_candidates_open_with_the_space_and_match_as_before() -> None:
    from kg.extract.segment_glue import _candidate, _openers

    forms = sorted(_openers(), key=lambda f: (-len(f), f))
    before = re.compile(r"(?<=[^\W_]) (?:" + "|".join(map(re.escape, forms)) + r")(?= )")
    assert _candidate().pattern.startswith(" ")
    opener = forms[-1]
    text = f"Ông An về xã {opener} nói. Xã Bình  {opener} x, 5 {opener} y - {opener} z,{opener} {opener} w"
    for start in (0, 1, 12, 13):
        expected = [m.span() for m in before.finditer(text, start)]
        assert [m.span() for m in _candidate().finditer(text, start)] == expected
    assert _candidate().search(text)


_SPACED = ("Ông  Nguyễn Văn An\t- Chủ tịch", "\u00a0 xã An Phú \u3000\u2003 huyện  ", " a b\u202fc\t\td  e ",
           "x\u200by", "", " ", "  ", "\t", "a \t b")


def test_white_space_runs_leave_a_lone_space_alone_and_give_what_they_gave() -> None:
    from kg.extract.normalise import _SPACES, _WS

    before_ws = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
    assert _WS.search("Ông Nguyễn Văn An nói") is None and _SPACES.search("ông an, xã an phú") is None
    for text in _SPACED + tuple(a + b for a in _SPACED for b in _SPACED):
        assert _WS.sub(" ", text) == before_ws.sub(" ", text), repr(text)
        assert _SPACES.sub(" ", text + "\n\r\f\v a\n") == re.sub(r"\s+", " ", text + "\n\r\f\v a\n"), repr(text)


def test_old_tone_style_opens_with_the_first_vowels_and_moves_what_it_moved() -> None:
    from kg.extract.normalise import _OLD_NEW, _OLD_STYLE, _SECONDS, canonical_tones

    before = re.compile("(" + "|".join(f"[{f}](?<![qQ][{f}])[{c}]" for f, c in _SECONDS.items()) + r")(?!\w)")
    assert _OLD_STYLE.pattern.startswith("[")
    texts = [f"{a}{pair}{b}" for pair in sorted(_OLD_NEW) for a in ("", "h", "q", "Q", "x ", "-")
             for b in ("", "n", " x", ".")]
    texts += ["Thanh Hoá, thuỷ lợi, quý, Quỳ, hoà, khoẻ, uỷ, Uỷ ban, tuỳ ý"]
    for text in texts:
        assert canonical_tones(text) == before.sub(lambda m: _OLD_NEW[m.group()], text), text
    assert canonical_tones("Thanh Hoá, thuỷ lợi, quý, Uỷ ban") == "Thanh Hóa, thủy lợi, quý, Ủy ban"


def test_glued_title_opens_with_a_capital_and_splits_what_it_split() -> None:
    from kg.extract import lexicon
    from kg.extract.normalise import _glued_title, normalise_text
    from kg.extract.tokens import _LOWER, UPPER

    heads = sorted({w[0].upper() + w[1:] for w in (e.vi.split(" ")[0] for e in lexicon.entries("posts"))
                    if len(w) > 1}, key=lambda w: (-len(w), w))
    before = re.compile(rf"\b([{UPPER}][{_LOWER}]+)({'|'.join(map(re.escape, heads))})(?= )")
    glued = _glued_title()[0]
    assert glued.pattern.startswith(f"([{UPPER}]")
    head = heads[-1]
    texts = [f"Ông Nguyễn Văn An{head} x", f"An{head} x", f"xAn{head} x", f"(An{head} y", f"2An{head} z",
             f"Ông A, Bình{head} và An{head}", f"{head}An{head} x"]
    for text in texts:
        assert glued.sub(r"\1 \2", text) == before.sub(r"\1 \2", text), text
    assert normalise_text(f"Ông Nguyễn Văn An{head} xã An Phú") == f"Ông Nguyễn Văn An {head} xã An Phú"


def test_a_capitalised_last_word_read_from_the_end_is_what_the_search_found() -> None:
    from kg.extract.post_name_runs import _ends_capitalised

    text = "Ông An, Chủ tịch UBND xã Tân Phú\tĐội_Trưởng Phó Chủ tịch Quân ủy Bình2 x2An ĐBQH Lê"
    for start in range(len(text) + 1):
        expected = start > 0 and text[start - 1].isalpha() and bool(re.search(r"(?:^|\s)[A-ZĐ]\w*$", text[:start]))
        assert _ends_capitalised(text, start) == expected, start
    assert _ends_capitalised(text, 6) and _ends_capitalised(text, len(text)) and not _ends_capitalised(text, 16)


def test_whole_words_open_with_their_first_character_and_match_as_before() -> None:
    from kg.extract.mentions.name_ends import _words_rx

    def before(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(("" if words[0] == "" else r"(?<!\w)") + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")

    text = "Nguyễn Văn An, Nguyễn  Văn An Bình; xNguyễn Văn An\nNguyễn\tVăn An. Trần Văn An-Nguyễn Văn An.Văn An"
    for words in (("Nguyễn", "Văn", "An"), ("Văn", "An"), ("", "An"), ("", "Văn", "An"), ("An",), (".Văn",)):
        assert not _words_rx(words).pattern.startswith("(?<")
        for pos in (0, 1, 15, 16, 40):
            assert [m.span() for m in _words_rx(words).finditer(text, pos)] == \
                [m.span() for m in before(words).finditer(text, pos)], (words, pos)
            assert bool(_words_rx(words).match(text, pos)) == bool(before(words).match(text, pos))
