"""Person–post misses left in the development sets, round devrest36: one neutral made-up example per construction."""

from helpers import held


def test_a_staff_function_after_can_bo_is_a_post_with_its_body():
    got = held("T\n\nNăm 1990, bà Lò Thị Mai làm cán bộ nghiệp vụ Phòng Tổng hợp Công ty Bình An. Sau đó, bà giữ chức "
               "Trưởng phòng Tổng hợp.")
    assert got == {"Lò Thị Mai": ["cán bộ nghiệp vụ Phòng Tổng hợp Công ty Bình An", "Trưởng phòng Tổng hợp"]}


def test_a_teaching_post_in_a_career_list():
    got = held("T\n\nÔng Vi Văn Ba từng kinh qua nhiều vị trí như cán bộ giảng dạy Trường Đại học Bản Mạ; Phó hiệu "
               "trưởng Trường Đại học Bản Mạ.")
    assert got == {"Vi Văn Ba": ["cán bộ giảng dạy Trường Đại học Bản Mạ", "Phó hiệu trưởng Trường Đại học Bản Mạ"]}


def test_a_staff_function_after_nhan_vien_is_a_post():
    got = held("T\n\nTháng 9/2016, Lò Thị Mai được nhận làm nhân viên y tế của cơ sở mầm non Hoa Mai.")
    assert list(got) == ["Lò Thị Mai"] and got["Lò Thị Mai"][0].startswith("nhân viên y tế")


def test_staff_in_the_plural_give_no_post():
    assert held("T\n\nCác cán bộ kỹ thuật của Công ty Bình An đã có mặt.") == {}
    assert held("T\n\nÔng Vi Văn Ba cùng các cán bộ nghiệp vụ Phòng Tổng hợp đã kiểm tra.") == {}


def test_a_member_of_a_company_council_is_a_post():
    got = held("T\n\nÔng Lò Văn Khải được bổ nhiệm chức vụ thành viên Hội đồng thành viên của Tổng công ty Bản Mạ từ "
               "ngày 8/4/2016.")
    assert got == {"Lò Văn Khải": ["thành viên Hội đồng thành viên của Tổng công ty Bản Mạ"]}
    got = held("T\n\nBà Lò Thị Mai, Thành viên Hội đồng quản trị Công ty Bình An, cho biết.")
    assert got == {"Lò Thị Mai": ["Thành viên Hội đồng quản trị Công ty Bình An"]}
    assert held("T\n\nCác thành viên Hội đồng quản trị Công ty Bình An đã họp.") == {}


def test_a_clerical_officer_is_a_post_with_its_school():
    got = held("T\n\nHội đồng kỷ luật đã quyết định xử lý kỷ luật ông Vi Văn Ba, viên chức văn thư Trường THPT Bản Mạ "
               "bằng hình thức khiển trách.")
    assert got == {"Vi Văn Ba": ["viên chức văn thư Trường THPT Bản Mạ"]}


def test_a_research_programme_lead_keeps_the_whole_title():
    got = held("T\n\nGiáo sư Vi Văn Ba, chủ nhiệm chương trình báo cáo kết quả thực hiện chương trình.")
    assert got == {"Vi Văn Ba": ["chủ nhiệm chương trình"]}
    assert held("T\n\nTiến sĩ Lò Thị Mai, chủ nhiệm đề tài cho biết kết quả rất khả quan.") == {
        "Lò Thị Mai": ["chủ nhiệm đề tài"]}
