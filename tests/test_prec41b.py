"""Round prec41b (issue 8, precision): an article signed at its end with its authors and their agency in brackets
gives no person (kg/extract/mentions/person_signed.py). Made-up names and places."""

from kg.pipeline import process


def _persons(text: str) -> set[str]:
    res = process("t", text)
    return {e.label for e in res.links.entities.values() if e.kind == "person"}


_BODY = ("Tin xã Hòa Lạc\n\nSáng 3/4, ông Đào Văn Khiêm, Chủ tịch UBND xã Hòa Lạc, cho biết xã đã hoàn thành"
         " đường liên thôn.")


def test_single_author_with_agency_is_no_person() -> None:
    found = _persons(_BODY + " Lương Thị Mai Sen (Ban Tuyên giáo Huyện ủy)")
    assert "Lương Thị Mai Sen" not in found
    assert "Đào Văn Khiêm" in found


def test_two_authors_joined_by_dash_with_agency_are_no_persons() -> None:
    found = _persons(_BODY + " Kiều Văn Lộc - Tạ Minh Hòa (TTXVN)")
    assert not found & {"Kiều Văn Lộc", "Tạ Minh Hòa"}


def test_compiled_mark_is_a_byline() -> None:
    assert "Lương Thị Mai Sen" not in _persons(_BODY + " Lương Thị Mai Sen (t.h)")


def test_caption_bracket_keeps_the_person() -> None:
    """A photo place or an age in the bracket is a caption's: the name stays a person."""
    assert "Lương Thị Mai Sen" in _persons(_BODY + " Bà Lương Thị Mai Sen (SN 1962).")


def test_honorific_or_post_in_the_signature_keeps_the_person() -> None:
    """"Ông A (POST …)" or "A (POST …)" closing the article signs a quoted official's words: a person."""
    assert "Lương Văn Mạnh" in _persons(_BODY + " Ông Lương Văn Mạnh (Đội trưởng Đội QLTT số 9)")
    assert "Lương Văn Mạnh" in _persons(_BODY + " Lương Văn Mạnh (Phó Chủ tịch UBND xã Hòa Lạc)")
