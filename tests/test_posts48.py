"""Round posts48 (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import held


def test_a_communes_staff_title_by_its_field_after_a_name_is_a_post():
    # posts.tsv: the commune's or ward's civil servants named by their field ("cán bộ kinh tế", "công chức văn phòng
    # - thống kê", "công chức giao thông thủy lợi", "cán bộ quản lý đô thị"), kept like "cán bộ địa chính"
    text = ("T\n\nÔng Lò Văn Tám, cán bộ kinh tế phường Sông Mây, cho biết như vậy. Ông Hà Văn Mười, công chức văn "
            "phòng - thống kê xã Bình Lư, nói thêm. Bà Đinh Thị Hoa, công chức giao thông thủy lợi xã Tân Lập, và ông "
            "Vi Văn Sáu, cán bộ quản lý đô thị phường Hòa Bình, cũng có mặt.")
    assert held(text) == {"Lò Văn Tám": ["cán bộ kinh tế phường Sông Mây"],
                          "Hà Văn Mười": ["công chức văn phòng - thống kê xã Bình Lư"],
                          "Đinh Thị Hoa": ["công chức giao thông thủy lợi xã Tân Lập"],
                          "Vi Văn Sáu": ["cán bộ quản lý đô thị phường Hòa Bình"]}


def test_a_communes_staff_title_of_two_fields_joined_by_a_dash_is_one_post():
    # posts.tsv: "… tài chính - kế toán", "… văn hóa - xã hội" (the other fields of a commune's civil servants)
    text = ("T\n\nÔng Lò Văn Tám - công chức tài chính - kế toán xã Sông Mây - cho biết như vậy. Bà Hà Thị Mai, cán bộ "
            "văn hóa - xã hội phường Bình Lư, nói thêm.")
    assert held(text) == {"Lò Văn Tám": ["công chức tài chính - kế toán xã Sông Mây"],
                          "Hà Thị Mai": ["cán bộ văn hóa - xã hội phường Bình Lư"]}
