"""Event names only as complete names (issue 8, round events38; ``kg/extract/event_adjuncts.py``): a field phrase
"trong lĩnh vực …" and a basis phrase "theo Nghị định N" go on with the name; a bracket that holds only a month and
year or a year is the time of the event and ends the name. Made-up examples."""

from test_events_complete import events


def test_a_field_phrase_goes_on_with_the_name_also_after_a_year():
    assert events("Bộ Alpha tổ chức hội nghị sơ kết thi hành Luật Hợp tác xã năm 2031 trong lĩnh vực nông nghiệp"
                  " vùng Quy Hòa.") == ["hội nghị sơ kết thi hành Luật Hợp tác xã năm 2031 trong lĩnh vực nông"
                                        " nghiệp vùng Quy Hòa"]
    assert events("Sáng 3-4, Sở Beta tổ chức hội thảo về giải pháp đổi mới trong lĩnh vực thủy sản tại Quy Hòa.") == [
        "hội thảo về giải pháp đổi mới trong lĩnh vực thủy sản"]


def test_a_bare_trong_still_ends_the_name():
    assert events("Sở Beta tổ chức hội thảo về giải pháp đổi mới trong năm nay.") == [
        "hội thảo về giải pháp đổi mới"]


def test_a_basis_phrase_of_a_numbered_document_goes_on():
    assert events("Ông Quy nói sau hội nghị bàn về đóng mới, nâng cấp tàu cá theo Nghị định 99 tại tỉnh Alpha.") == [
        "hội nghị bàn về đóng mới, nâng cấp tàu cá theo Nghị định 99"]


def test_theo_without_a_numbered_document_ends_the_name():
    assert events("Tại hội nghị bàn về đóng mới tàu cá theo ông Quy, các đại biểu đã thống nhất.") == [
        "hội nghị bàn về đóng mới tàu cá"]


def test_a_bracketed_month_and_year_is_no_part_of_the_name():
    assert events("Phát biểu tại Hội nghị lần thứ 8, khóa V (6/2031), ông Quy khẳng định điều đó.") == [
        "Hội nghị lần thứ 8, khóa V"]
    assert events("Hai bên tổ chức tốt Hội thảo Lý luận lần thứ 12 giữa hai Đảng (12/2031); duy trì gặp gỡ.") == [
        "Hội thảo Lý luận lần thứ 12 giữa hai Đảng"]


def test_a_bracketed_anniversary_day_or_a_term_stays():
    assert events("Tỉnh Alpha tổ chức lễ kỷ niệm 70 năm ngày Thương binh liệt sĩ (27-7) tại quảng trường.") == [
        "lễ kỷ niệm 70 năm ngày Thương binh liệt sĩ (27-7)"]


def test_a_lower_case_noun_phrase_after_va_and_a_numbered_name_is_beside_the_event():
    assert events("Chúng ta mới thấm thía giá trị của Đại hội VI và những cống hiến của đồng chí Quy Hòa.") == [
        "Đại hội VI"]
    assert events("Bài viết bàn về Đại hội Đảng lần thứ XX và các mục tiêu phát triển 5 năm 2031-2035.") == [
        "Đại hội Đảng lần thứ XX"]


def test_a_unit_after_va_and_a_numbered_name_goes_on():
    assert events("Chủ tịch có buổi làm việc với UBND quận 2 và các sở, ngành liên quan về dự án.") == [
        "buổi làm việc với UBND quận 2 và các sở, ngành liên quan về dự án"]
