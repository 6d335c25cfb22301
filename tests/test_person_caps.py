"""Names in capitals after an honorific (a boxed quote's caption) and four-syllable names after a sentence-opening
"Ông"/"Bà": persons the grammar never proposed (issue 8, blind spots). Made-up examples."""

from __future__ import annotations

from kg.pipeline import process


def _persons_and_pairs(text: str) -> tuple[list[str], list[str]]:
    r = process("t", "Tin\n\n" + text)
    persons = sorted(e.label for e in r.links.entities.values() if e.kind == "person")
    pairs = sorted(str(v.value) for f in r.facts if f.cls.endswith("PostHolding")
                   for p, v in f.props if p == "rdfs:label" and hasattr(v, "value"))
    return persons, pairs


def test_capitals_name_after_honorific_in_a_caption() -> None:
    persons, pairs = _persons_and_pairs("Chúng tôi sẽ xử lý dứt điểm. Ông TRẦN VĂN HÙNG, Phó Giám đốc Sở Xây dựng "
                                        "tỉnh Quảng Nam")
    assert persons == ["Trần Văn Hùng"]
    assert pairs == ["Trần Văn Hùng — Phó Giám đốc Sở Xây dựng tỉnh Quảng Nam"]


def test_capitals_name_links_with_the_same_name_in_lower_case() -> None:
    persons, _ = _persons_and_pairs("Ông Lê Thu Bình cho biết sẽ kiểm tra. Bà LÊ THU BÌNH, Phó Cục trưởng Cục Thú y")
    assert persons == ["Lê Thu Bình"]


def test_no_capitals_name_in_a_headline_withheld_name_or_abbreviation() -> None:
    assert _persons_and_pairs("ÔNG TRẦN VĂN HÙNG NÓI VỀ DỰ ÁN")[0] == []
    assert _persons_and_pairs("Ông TRẦN VĂN H. đã bị tạm giữ.")[0] == []
    assert _persons_and_pairs("Theo ông UBND xã, việc này đúng.")[0] == []


def test_four_syllable_name_after_a_sentence_opening_honorific() -> None:
    persons, pairs = _persons_and_pairs("Ông Lê Huỳnh Minh Khoa, Phó Chủ tịch UBND quận 5, nhấn mạnh điều này.")
    assert persons == ["Lê Huỳnh Minh Khoa"]
    assert pairs == ["Lê Huỳnh Minh Khoa — Phó Chủ tịch UBND quận 5"]


def test_run_on_subheading_ends_the_place_of_a_caption_post() -> None:
    _, pairs = _persons_and_pairs("Bà NGUYỄN THỊ HOA, Phó phòng TN&MT huyện Long Điền Chú ý khu dân cư nông thôn "
                                  "Dự thảo có nhiều điểm mới.")
    assert pairs == ["Nguyễn Thị Hoa — Phó phòng TN&MT huyện Long Điền"]
    _, pairs = _persons_and_pairs("Ông Trần Văn Nam, Trưởng phòng TN&MT huyện Long Điền Quy định mới với đất ở rất "
                                  "chặt.")
    assert pairs == ["Trần Văn Nam — Trưởng phòng TN&MT huyện Long Điền"]


def test_company_suffix_after_a_company_name_is_no_person() -> None:
    assert _persons_and_pairs("Ông Nam, giám đốc Công ty Green Sun Pte Ltd (Singapore), cho biết.") == ([], [])


def test_family_name_that_opens_a_title_too() -> None:
    # "Thẩm" is a family name as well as the first word of "Thẩm phán"
    assert _persons_and_pairs("Bà Thẩm Thu Hà, trú tại phường 3, cho biết nhà bị nứt.")[0] == ["Thẩm Thu Hà"]
    assert _persons_and_pairs("Thẩm phán Nguyễn Văn Ba chủ tọa phiên tòa.")[0] == ["Nguyễn Văn Ba"]


def test_one_letter_syllable_with_a_tone_mark_is_no_withheld_initial() -> None:
    persons, pairs = _persons_and_pairs("Bà Lê Thị Như Ý, Phó chủ tịch Liên đoàn lao động tỉnh, phát biểu.")
    assert persons == ["Lê Thị Như Ý"]
    assert pairs == ["Lê Thị Như Ý — Phó chủ tịch Liên đoàn lao động tỉnh"]
    assert _persons_and_pairs("Ông Nguyễn Văn T. (SN 1970) bị tạm giữ.")[0] == []


def test_function_word_before_a_colon_ends_a_speakers_name() -> None:
    # "Các" capitalised would open the next clause, but no clause opens with a colon: the speaker of an answer
    persons, _ = _persons_and_pairs("Ông Trần Văn Các, Vụ trưởng Vụ Kế hoạch, trả lời. + Ông Trần Văn Các: Tiêu "
                                    "biểu là quy hoạch gạo.")
    assert persons == ["Trần Văn Các"]
    assert _persons_and_pairs("+ Ông Trần Văn Các: Tiêu biểu là quy hoạch gạo.")[0] == ["Trần Văn Các"]
