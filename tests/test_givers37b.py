"""Givers of award conferrals, round givers37b (issue 8): made-up examples."""

from helpers import mentions
from test_awards_posts import _confs


def test_a_body_named_by_its_field_of_work_stays_whole_before_a_verb():
    # work_nouns: "Công tác" + its field in lower case, up to a verb of two words ("tổ chức")
    text = "T\n\nSáng nay, Ban Chỉ đạo Công tác dân vận tỉnh Lạc Sơn, Ban Chỉ đạo Công tác thanh niên tổ chức hội nghị."
    assert "Ban Chỉ đạo Công tác thanh niên" in mentions(text, "body")
    assert "Ban Chỉ đạo Công tác" not in mentions(text, "body")


def test_the_organisers_of_an_award_ceremony_are_its_givers_with_a_work_named_body():
    confs = _confs("T\n\nNgày 12/4, Sở Văn hóa tỉnh Lạc Sơn, Ban Chỉ đạo Công tác thanh niên tổ chức Lễ trao "
                   "Giải thưởng sáng tác văn học tỉnh Lạc Sơn năm 2031.")
    assert sorted(c["giver"] for c in confs) == ["Ban Chỉ đạo Công tác thanh niên", "Sở Văn hóa tỉnh Lạc Sơn"]
    assert all(c["names"] == ["Giải thưởng sáng tác văn học tỉnh Lạc Sơn năm 2031"] for c in confs)


def test_a_verb_after_a_capitalised_name_still_ends_it():
    # the rule reads only a noun of work: "Sở Y tế" keeps its cut before the clause it opens
    assert "Sở Y tế tỉnh Lạc Sơn" in mentions("T\n\nSở Y tế tỉnh Lạc Sơn tổ chức hội nghị.", "body")
    (c,) = _confs("T\n\nSở Y tế tỉnh Lạc Sơn tổ chức Lễ trao Bằng khen cho Bệnh viện Đa khoa Lạc Sơn.")
    assert c["giver"] == "Sở Y tế tỉnh Lạc Sơn"
