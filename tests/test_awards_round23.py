"""Award conferrals, round 23 (issue 8): leftovers of scripts/data/awards_text_sample_103_before.tsv — the Youth
Union named in full ("Trung ương Đoàn TNCS Hồ Chí Minh") as the one who gives. Neutral made-up
examples."""

from helpers import mentions
from test_awards_posts import _confs


def test_the_youth_union_named_in_full_is_one_body():
    assert mentions("T\n\nTrung ương Đoàn TNCS Hồ Chí Minh họp tại Hà Nội.", "body") == [
        "Trung ương Đoàn TNCS Hồ Chí Minh"]
    assert mentions("T\n\nĐoàn Thanh niên Cộng sản Hồ Chí Minh họp tại Hà Nội.", "body") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


def test_the_youth_union_named_in_full_gives():
    (c,) = _confs("T\n\nTối 2/3, tại Hà Nội, Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ trao Giải thưởng Bông lúa "
                  "năm 2030.")
    assert c["giver"] == "Trung ương Đoàn TNCS Hồ Chí Minh"
    (c,) = _confs("T\n\nTrung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh trao Bằng khen cho ông Lê Văn Tám.")
    assert (c["giver"], c["recipients"]) == ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", ["Lê Văn Tám"])

