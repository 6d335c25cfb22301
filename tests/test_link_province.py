"""Round posts52 (issue 8): a body that exists only at the province level ("Sở", "Tỉnh ủy"), written bare, is never
placed in the district, ward or commune a report opens with (kg/extract/link_province.py). Made-up sentences."""

from helpers import run


def _units(text: str) -> dict[str, str]:
    res = run(text)
    return {e.label: (res.links.entities[e.part_of].label if e.part_of else "")
            for e in res.links.entities.values() if e.kind == "body"}


def test_a_department_is_placed_in_the_one_province_the_report_names_not_in_its_commune():
    units = _units("T\n\nPhó Chủ tịch UBND xã Tân Lộc bị hành hung khi kiểm tra bãi cát ở xã Tân Lộc, huyện Bắc Minh. "
                   "Sở Tài nguyên và Môi trường tỉnh Cao Bằng đã báo cáo. Lãnh đạo tỉnh yêu cầu Sở Tài nguyên và Môi "
                   "trường làm rõ.")
    assert units["Sở Tài nguyên và Môi trường tỉnh Cao Bằng"] == "tỉnh Cao Bằng"
    assert "Sở Tài nguyên và Môi trường" not in units  # the bare mention is the named department
    assert not any(u.startswith("xã") for label, u in units.items() if label.startswith("Sở"))


def test_a_department_with_no_province_to_go_to_stays_in_the_report_not_in_the_district():
    # two provinces named only in addresses: neither is the department's
    res = run("T\n\nVụ việc xảy ra tại quận Đông Hòa. Hai người trú tại tỉnh Cao Bằng và tỉnh Bắc Kạn đã bị bắt. "
              "Ông Trần Văn Bình, Giám đốc Sở Y tế cho biết như vậy.")
    dept = next(e for e in res.links.entities.values() if e.kind == "body" and e.label == "Sở Y tế")
    assert dept.part_of is None
    posts = [e.label for e in res.links.entities.values() if e.kind == "post"]
    assert posts == ["Giám đốc Sở Y tế"]


def test_a_department_goes_to_the_province_of_the_title_and_a_district_body_stays_in_the_district():
    units = _units("Huyện Bắc Minh, tỉnh Cao Bằng: mùa màng bội thu\n\nÔng Lê Văn An, Phó Giám đốc Sở Nông nghiệp cho "
                   "biết như vậy. Công an huyện vào cuộc.")
    assert units["Sở Nông nghiệp"] == "tỉnh Cao Bằng"


def test_a_district_title_with_no_province_leaves_a_provincial_party_committee_unplaced():
    res = run("Huyện Bắc Minh tổng kết năm\n\nÔng Lê Văn An, Tỉnh ủy viên, Bí thư Huyện ủy Bắc Minh phát biểu. "
              "Tỉnh ủy đã chỉ đạo.")
    units = {e.label: (res.links.entities[e.part_of].label if e.part_of else "")
             for e in res.links.entities.values() if e.kind == "body"}
    assert [u for label, u in units.items() if label.startswith("Tỉnh ủy")] == [""]


def test_a_lower_case_party_committee_with_no_province_is_this_reports_own_and_a_foreign_province_keeps_its_own():
    res = run("T\n\nVụ việc ở xã Tân An gây xôn xao. Hai người trú tại tỉnh Cao Bằng và tỉnh Bắc Kạn bị bắt. "
              "Ông Lê Văn An, Bí thư tỉnh ủy đã chỉ đạo.")
    committee = next(e for e in res.links.entities.values() if e.kind == "body" and e.label.casefold() == "tỉnh ủy")
    assert committee.part_of is None and res.doc.doc_id in committee.key  # not one "tỉnh ủy" of every report
    units = _units("T\n\nĐoàn công tác thăm tỉnh Phúc Kiến. Ông Lý Minh, Bí thư Tỉnh ủy tiếp đoàn.")
    assert units["Tỉnh ủy"] == "tỉnh Phúc Kiến"  # a province of another country is a province
