"""Round rec38 (issue 8, person–post recall on unseen text, seen from the person side): one neutral made-up
example per construction, none from the corpus or the reference report."""

from helpers import posts, run

from kg.extract.facts.model import Lit


def test_commune_civil_servant_titles_are_posts():
    got = posts("T\n\nÔng Mạc Văn Kha (cán bộ địa chính xã Tân Lạc) và bà Lò Thị Mai (cán bộ tư pháp hộ tịch xã "
                "Tân Lạc) bị phê bình.")
    assert got == {"Mạc Văn Kha": ["cán bộ địa chính xã Tân Lạc"], "Lò Thị Mai": ["cán bộ tư pháp hộ tịch xã Tân Lạc"]}
    # the dashed form of the title, written with an en dash and capitals, keeps its whole field and its commune
    got = posts("T\n\nBị cáo Mạc Văn Kha (SN 1980) nguyên cán bộ Địa chính – Xây dựng xã Tân Lạc lĩnh 2 năm tù.")
    assert got == {"Mạc Văn Kha": ["cán bộ Địa chính – Xây dựng xã Tân Lạc"]}
    got = posts("T\n\nChị Lò Thị Mai, cán bộ địa chính - môi trường xã Tân Lạc kể lại.")
    assert got == {"Lò Thị Mai": ["cán bộ địa chính - môi trường xã Tân Lạc"]}


def test_a_plural_civil_servant_title_names_nobody():
    assert posts("T\n\nÔng Mạc Văn Kha gặp các cán bộ địa chính xã để bàn việc.") == {}


def test_senator_and_member_of_parliament_are_posts():
    got = posts("T\n\nNgài Piet Holmberg, Thượng nghị sĩ, Phó Chủ tịch Thường trực Đảng Xanh Aland dẫn đầu đoàn.")
    assert sorted(got["Piet Holmberg"]) == ["Phó Chủ tịch Thường trực Đảng Xanh Aland", "Thượng nghị sĩ"]
    # a bare "Nghị sĩ" stays inside a body's name ("Liên minh Nghị sĩ …"): no title of its own
    got = posts("T\n\nChủ tịch Liên minh Nghị sĩ hữu nghị Pháp - Việt Jean Morvan phát biểu.")
    assert got == {"Jean Morvan": ["Chủ tịch Liên minh Nghị sĩ hữu nghị Pháp - Việt"]}


def test_dam_nhiem_chuc_trach_opens_a_post():
    got = posts("T\n\nTheo đó, ông Mạc Văn Kha – Phó giám đốc Sở Tài chính đảm nhiệm chức trách tổ trưởng tổ công "
                "tác liên ngành.")
    assert sorted(got["Mạc Văn Kha"]) == ["Phó giám đốc Sở Tài chính", "tổ trưởng tổ công tác liên ngành"]


def test_a_bare_level_word_ends_the_former_post_before_len_lam():
    res = run("T\n\nTrước đó, ông Mạc Văn Kha được UBND tỉnh điều động, bổ nhiệm từ Phó Giám đốc Trung tâm Kiểm "
              "nghiệm tỉnh lên làm Chi cục trưởng Chi cục Thú y.")
    got = {res.links.entities[dict(f.props)["vnr:post"].id].label:
           ("vnr:former", Lit("true", "xsd:boolean")) in f.props for f in res.facts if f.cls == "PostHolding"}
    assert got == {"Phó Giám đốc Trung tâm Kiểm nghiệm tỉnh": True, "Chi cục trưởng Chi cục Thú y": False}
    # "lên làm việc" is a visit, no move: the level word is not kept on that account
    assert posts("T\n\nÔng Mạc Văn Kha, Phó Giám đốc Sở Tài chính tỉnh lên làm việc với huyện.") == {
        "Mạc Văn Kha": ["Phó Giám đốc Sở Tài chính"]}
