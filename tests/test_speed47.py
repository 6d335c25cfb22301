"""Round speed47: the cheaper paths of the build give what the general ones give (made-up text throughout)."""

from kg.extract import names
from kg.extract.document import Sentence
from kg.extract.event_tokens import _lengths, classes, tokens
from kg.extract.mentions.sentence import _blocks_byline, _Sent
from kg.extract.normalise import key
from kg.extract.tokens import match_view, tokenize


def test_byline_ends_are_the_first_and_last_tokens_that_block_a_byline() -> None:
    for text in ("Ảnh: TRẦN AN (T.H) - Theo Tổng hợp, ông Lê Văn Bình, UBND xã Tân Phú, H và t nói: 12/5.",
                 "(T/h) - Theo Tổng hợp.", "Nguyễn Văn An", ""):
        s = _Sent(text, match_view(text), Sentence(0, 0, 0, len(text), text))
        blockers = [x for x, t in enumerate(s.toks) if _blocks_byline(t.text)]  # the list the build made before
        assert s.byline_ends == ((blockers[0], blockers[-1]) if blockers else None), text


def _cue_after_reference(text: str, e: int, role: str) -> bool:
    toks = tokenize(text)
    words = [key(t.text) for t in toks[e : e + 3]]
    for n in (1, 2, 3):
        if len(words) >= n and all(t.text[0].islower() for t in toks[e : e + n]) \
                and " ".join(words[:n]) in names.cue_phrases(role):
            return role != "speech" or " ".join(words[:2]) not in names.cue_phrases("not-speech")
    return False


def test_cue_after_and_before_are_the_loops_they_replaced() -> None:
    text = "Ông Nguyễn Văn An cho biết, bà Lê Thị Bình nói chung đã Đến, nhà sử học Trần Văn Cường đã nói"
    toks = tokenize(text)
    for role in ("speech", "subject", "passive", "noun", "not-speech"):
        for e in range(len(toks) + 1):
            assert names.cue_after(toks, e, role) == _cue_after_reference(text, e, role), (role, e)
            before = [key(t.text) for t in toks[max(0, e - 3) : e]]
            expected = any(len(before) >= n and " ".join(before[-n:]) in names.cue_phrases(role) for n in (1, 2, 3))
            assert names.cue_before(before, role) == expected, (role, e)


def test_match_is_the_span_by_span_loop() -> None:
    text = "Hội nghị lần thứ hai của Ban Chấp hành, tổ chức tại xã Tân Phú - huyện Đông An (tỉnh Bắc Hà) và kỳ họp"
    t = tokens(text, 0, len(text))
    for cls in sorted(classes()) + ["no-such-class"]:
        table = classes().get(cls, frozenset())
        for i in range(-len(t.words) - 2, len(t.words) + 2):
            expected = 0
            for n in _lengths(cls):
                span = t.words[i : i + n]
                if len(span) == n and all(w[:1].isalnum() for w in span) \
                        and ((" ".join(span)) if cls == "opener" else key(" ".join(span))) in table:
                    expected = n
                    break
            assert t.match(i, cls) == expected, (cls, i)
