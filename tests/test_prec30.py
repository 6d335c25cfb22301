"""Person–post precision in substance, round prec30 (sample seed 433): one neutral made-up example per
construction, each failing on 7da2cfd."""

from helpers import held


def test_a_national_office_after_a_fronted_name_is_the_main_clauses_subject():
    got = held("T\n\nVui mừng gặp lại Bí thư Khu ủy Khu tự trị Lâm Đông Hà Văn Lũy, Thủ tướng nhấn mạnh, cuộc gặp "
               "diễn ra tốt đẹp.")
    assert got == {"Hà Văn Lũy": ["Bí thư Khu ủy Khu tự trị Lâm Đông"]}
    got = held("T\n\nVề ý kiến của đại biểu Hà Văn Lũy, Phó Thủ tướng nêu rõ, tháng trước đã có chủ trương.")
    assert "Phó Thủ tướng" not in got.get("Hà Văn Lũy", [])


def test_a_national_office_after_an_honoured_name_stays_its_post():
    got = held("T\n\nÔng Hà Văn Lũy, Phó Thủ tướng nhấn mạnh việc này.")
    assert got == {"Hà Văn Lũy": ["Phó Thủ tướng"]}
