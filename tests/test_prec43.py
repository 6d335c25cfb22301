"""Round prec43 (issue 8, person–post precision): an office discussed, not held — a bare "chức danh" right after a
verb of rules or staffing (``office_rules.tsv``: "bổ sung", "quy định") or after a count ("chỉ có 3 chức danh …")
gives no post to the name before it; an appointment to "chức danh …", an election "bầu bổ sung chức danh …" and
"với các chức danh …" still do. Neutral made-up examples."""
from helpers import posts


def test_a_proposal_to_add_an_office_gives_it_to_no_one():
    got = posts("T\n\nĐại biểu Nguyễn Văn Tư (đoàn Tây Lô) đề nghị cần bổ sung chức danh Chánh án Tòa án nhân dân tối"
                " cao vào danh sách.")
    assert got == {"Nguyễn Văn Tư": ["Đại biểu"]}


def test_an_office_a_rule_provides_for_is_no_holding():
    got = posts("T\n\nĐại biểu Nguyễn Văn Tư (đoàn Tây Lô) đề nghị Quốc hội xem xét quy định chức danh Chánh án Tòa án"
                " nhân dân tối cao.")
    assert got == {"Nguyễn Văn Tư": ["Đại biểu"]}


def test_a_count_of_offices_is_no_holding():
    got = posts("T\n\nÔng Trần Văn Bình, Chủ tịch UBND tỉnh Đông Mơ cho biết từ tháng tới các sở chỉ có 3 chức danh phó"
                " giám đốc.")
    assert got == {"Trần Văn Bình": ["Chủ tịch UBND tỉnh Đông Mơ"]}


def test_an_appointment_and_an_election_to_an_office_still_give_it():
    assert posts("T\n\nÔng Lê Văn Cường được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Tư pháp tỉnh Đông Mơ."
                 ) == {"Lê Văn Cường": ["Phó Giám đốc Sở Tư pháp tỉnh Đông Mơ"]}
    assert posts("T\n\nÔng Lê Văn Dũng được bổ sung chức danh Ủy viên Ban Thường vụ Tỉnh ủy Đông Mơ."
                 ) == {"Lê Văn Dũng": ["Ủy viên Ban Thường vụ Tỉnh ủy Đông Mơ"]}  # "được bổ sung": given the office
    assert posts("T\n\nHĐND tỉnh Đông Mơ bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Dũng."
                 ) == {"Lê Văn Dũng": ["Phó Chủ tịch UBND tỉnh"]}
    assert posts("T\n\nÔng Lê Văn Dũng từng là giảng viên tại Trường Đại học Tây Lô với các chức danh phó trưởng khoa."
                 ) == {"Lê Văn Dũng": ["giảng viên", "phó trưởng khoa"]}
