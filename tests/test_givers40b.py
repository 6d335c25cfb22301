"""Award recipients, round givers40b (issue 8, item 2): a prize given to a work with a quoted title goes to the
author or body named after it ("cho tác phẩm “X” của tác giả A"). Made-up examples."""

from test_awards_posts import _confs


def _recipients(text: str) -> list[list[str]]:
    return [c["recipients"] for c in _confs("T\n\n" + text)]


def test_the_author_of_an_awarded_work_receives_its_prize():
    assert _recipients("Ban tổ chức đã trao giải Nhất cho tác phẩm “Dòng sông quê hương” của tác giả Trần Văn Mơ, "
                       "Báo Sông Lam.") == [["Trần Văn Mơ"]]


def test_the_body_that_made_an_awarded_product_receives_its_prize():
    assert _recipients("Ban tổ chức trao giải Ba cho sản phẩm “Cánh đồng xanh” của Bệnh viện Đa khoa tỉnh "
                       "Sông Lam.") == [["Bệnh viện Đa khoa tỉnh Sông Lam"]]


def test_a_quoted_title_without_an_owner_still_ends_the_list():
    assert _recipients("Ban tổ chức trao giải Ba cho tác phẩm “Cánh đồng xanh” và tuyên dương Trường Tân Phú.") \
        == [[]]
