"""Award conferrals, round 22 (issue 8): leftovers of scripts/data/awards_text_sample_101_after.tsv — a prize's name
that goes on over "về" and its topic after a word of scope ("Giải thưởng toàn quốc về …"), a bare body named by no
unit ("Cty") as recipient. Neutral made-up examples."""

from test_awards_posts import _confs


def test_a_prize_name_goes_on_over_its_topic():
    (c,) = _confs("T\n\nSáng 3/5, Ban Tổ chức trao Giải thưởng toàn quốc về phòng chống thiên tai năm 2030 cho ông Lê "
                  "Văn Tám.")
    assert (c["names"][0], c["recipients"]) == ("Giải thưởng toàn quốc về phòng chống thiên tai năm 2030",
                                                ["Lê Văn Tám"])
    (c,) = _confs("T\n\nNhà báo Lê Văn Tám đạt giải báo chí viết về công tác phòng cháy.")
    assert c["names"][0] == "Giải báo chí viết về công tác phòng cháy"
    (c,) = _confs("T\n\n69 tác phẩm đạt Giải thưởng toàn quốc về thông tin khoa học năm 2030.")
    assert c["names"][0] == "Giải thưởng toàn quốc về thông tin khoa học năm 2030"  # a stop word opens the topic
    (c,) = _confs("T\n\nBan tổ chức trao Giải thưởng toàn quốc về, cho ông Lê Văn Tám.")
    assert c["names"][0] == "Giải thưởng toàn quốc"  # no topic: no "về"


def test_a_proper_prize_name_stays_whole_before_its_topic():
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Giải thưởng Nhà nước về khoa học công nghệ.")
    assert c["names"][0] == "Giải thưởng Nhà nước"


def test_a_bare_company_is_the_one_named_in_the_article_or_none():
    text = ("Không phụ lòng tin, Cty đã hoàn thành công trình và Cty đã được UBND tỉnh Hòa Bình tặng cờ thi đua xuất "
            "sắc.")
    (c,) = _confs("T\n\n" + text)
    assert (c["giver"], c["recipients"]) == ("UBND tỉnh Hòa Bình", [])
    (c,) = _confs("T\n\nCông ty Sông Đà được thành lập năm 1990. " + text)
    assert c["recipients"] == ["Công ty Sông Đà"]


def test_a_prize_named_again_without_its_year_is_the_same_node():
    confs = _confs("T\n\nBan tổ chức trao Giải thưởng toàn quốc về thông tin khoa học năm 2030 cho 60 tác phẩm. Đây là "
                   "lần đầu tiên xét tặng Giải thưởng toàn quốc về thông tin khoa học, nhưng sách không có giải.")
    assert [c["names"][0] for c in confs] == ["Giải thưởng toàn quốc về thông tin khoa học năm 2030"]
    confs = _confs("T\n\nÔng Lê Văn Tám nhận Bằng khen năm 2029. Năm sau, ông Lê Văn Tám nhận Bằng khen năm 2030.")
    assert len(confs) == 2  # two years, two awards
