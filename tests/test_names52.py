"""Round names52 (issue 8, item 4): names without a title or honorific, by construction. A pageant's or modelling's
title before a name ("hoa hậu", "á hậu", "người mẫu") is a stage noun: the name after it may have no family name,
as after "ca sĩ"; a pageant's own name after the title stays no person. After a person noun, two or three unmarked
Latin words whose last is no Vietnamese syllable are a foreign name ("tỷ phú Liu Zhongtian"). Made-up names and
places only."""

from helpers import run


def persons(text: str) -> list[str]:
    """Labels of the person nodes of a made-up report."""
    res = run("Tiêu đề\n\n" + text)
    return sorted(e.label for e in res.links.entities.values() if e.kind == "person")


def test_a_pageant_title_before_a_name_without_a_family_name():
    assert persons("Hoa hậu Ngọc Lan đã tới dự buổi lễ tại nhà văn hóa.") == ["Ngọc Lan"]
    assert persons("Sau đó, á hậu Diệu Hà mở đầu chương trình.") == ["Diệu Hà"]
    assert persons("Nữ người mẫu Kim Thoa từng chia sẻ với báo chí.") == ["Kim Thoa"]


def test_a_pageant_title_before_a_full_name():
    assert persons("Hoa hậu Trần Ngọc Lan dành nhiều tình cảm cho thí sinh.") == ["Trần Ngọc Lan"]


def test_a_pageant_named_after_its_title_is_no_person():
    assert persons("Cuộc thi Hoa hậu Việt Nam 2030 sẽ diễn ra tại Hà Nội.") == []
    assert persons("Họ phản đối ý tưởng tổ chức thi Hoa hậu Hòa Bình quốc tế tại hang động.") == []


def test_a_person_noun_before_an_unmarked_latin_name_whose_last_word_is_foreign():
    assert persons("Công ty thuộc quyền của tỷ phú Chen Marwick (có tài sản lớn).") == ["Chen Marwick"]
    assert persons("Tác giả Tom Hartley cũng cho rằng kế hoạch là đúng.") == ["Tom Hartley"]


def test_an_unmarked_latin_run_after_a_noun_that_ends_in_a_syllable_stays_no_person():
    assert persons("Du khách Tay Ninh tới tham quan khu di tích.") == []


def test_a_caption_run_on_after_a_stage_name_glues_no_function_word_to_it():
    assert "Diệu Hà Vừa" not in persons("Nhà văn Diệu Hà Vừa ra mắt cuốn sách mới, Diệu Hà cho biết.")
    assert "Ngọc Lan Vừa" not in persons("Hoa hậu Ngọc Lan Vừa đăng quang cuộc thi năm nay, cô nhận lời.")
