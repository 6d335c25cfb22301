"""Post constructions from the unattached-title sample of seed 443 (round rec37; issue 8, recall on unseen text):
one neutral made-up example per construction, none from the corpus."""

from helpers import held


def test_voi_chuc_vu_gives_the_post_to_the_subject():
    got = held("T\n\nThường vụ Huyện ủy đã điều động ông Hà Văn Lĩnh về nhận công tác tại Ban Dân vận Huyện ủy với "
               "chức vụ Phó Trưởng ban.")
    assert got == {"Hà Văn Lĩnh": ["Phó Trưởng ban"]}
    got = held("T\n\nBà Mạc Thị Yên đã nhận nhiệm vụ mới với chức danh Phó Giám đốc Sở Nội vụ tỉnh Hòa An.")
    assert got == {"Mạc Thị Yên": ["Phó Giám đốc Sở Nội vụ tỉnh Hòa An"]}


def test_precision_doi_voi_chuc_danh_is_no_holding():
    got = held("T\n\nĐại biểu Hà Văn Lĩnh đề nghị bổ sung quy định đối với chức danh Phó Giám đốc Sở Nội vụ.")
    assert "Phó Giám đốc Sở Nội vụ" not in got.get("Hà Văn Lĩnh", [])


def test_giu_cac_chuc_opens_a_list_of_posts():
    got = held("T\n\nÔng Hà Văn Lĩnh đã nhận hối lộ trong thời gian giữ các chức Giám đốc Sở Xây dựng, Bí thư Huyện "
               "ủy Tân Phong.")
    assert got == {"Hà Văn Lĩnh": ["Giám đốc Sở Xây dựng", "Bí thư Huyện ủy Tân Phong"]}

