"""Award conferrals, round awards51 (the giver of a contest's grades): made-up examples."""

from test_awards_posts import _confs


def _grade(confs: list[dict], grade: str) -> dict:
    return next(c for c in confs if c["names"][0].lower().startswith("giải " + grade))


def test_the_committee_that_gives_one_grade_gives_the_others():
    confs = _confs("Tác phẩm Mùa gặt đoạt giải Nhất cuộc thi ảnh Làng Xanh\n\n"
                   "Tối qua, cuộc thi ảnh Làng Xanh đã khép lại. Hai giải Nhất thuộc về tác phẩm “Mùa gặt” và "
                   "“Bến sông”. Ngoài ra, Ban Tổ chức cũng đã trao 10 giải Khuyến khích cho các tác giả trẻ.")
    assert _grade(confs, "khuyến khích")["giver"] == "Ban Tổ chức"
    firsts = [c for c in confs if c["names"][0].lower().startswith("giải nhất")]
    assert firsts and all(c["giver"] == "Ban Tổ chức" for c in firsts)  # the headline's and the body's


def test_a_grade_given_by_another_body_keeps_the_committee_out():
    confs = _confs("T\n\nHai giải Nhất thuộc về tác phẩm “Mùa gặt” và “Bến sông”. Ban Tổ chức cũng đã trao 10 giải "
                   "Khuyến khích. Sở Văn hóa tỉnh Alpha trao 3 giải Ba cho các tác giả trẻ.")
    assert _grade(confs, "nhất")["giver"] is None


def test_no_committee_no_giver():
    confs = _confs("T\n\nHai giải Nhất thuộc về tác phẩm “Mùa gặt” và “Bến sông”. Các tác giả cũng đã nhận "
                   "10 giải Khuyến khích.")
    assert all(c["giver"] is None for c in confs)
