"""Award conferrals, round 38 (h/awards38: a sample of 80 conferrals and 40 award sentences of the base corpus build,
seed 457): made-up examples."""

from test_awards_posts import _confs


def test_an_organising_committee_written_in_lower_case_gives():
    (c,) = _confs("T\n\nKết thúc hội thi, ban tổ chức đã trao giải Nhất cho đội Sông Lam.")
    assert c["names"] == ["Giải Nhất"] and c["giver"].lower() == "ban tổ chức"
    # the Party's department and a title keep their own reading
    (c,) = _confs("T\n\nTrưởng ban tổ chức Lê Văn Tám trao giải Nhì cho đội Tân Phú.")
    assert c["giver"] == "Lê Văn Tám"


def test_con_before_the_give_verb_keeps_its_subject():
    (c,) = _confs("T\n\nNgoài ra, Sở Văn hóa tỉnh Sông Lam còn trao Bằng khen cho đội Tân Phú.")
    assert c["giver"] == "Sở Văn hóa tỉnh Sông Lam"


def test_counted_prizes_joined_by_va_share_the_giver():
    confs = _confs("T\n\nNgoài ra, ban tổ chức còn trao 3 giải ba và 7 giải khuyến khích cho các tác giả.")
    assert sorted((c["names"][0], c["giver"].lower()) for c in confs) == [("Giải ba", "ban tổ chức"),
                                                                           ("Giải khuyến khích", "ban tổ chức")]
    confs = _confs("T\n\nSở Văn hóa tỉnh Sông Lam trao 2 Bằng khen và 5 Giấy khen cho các đội.")
    assert sorted((c["names"][0], c["giver"]) for c in confs) == [("Bằng khen", "Sở Văn hóa tỉnh Sông Lam"),
                                                                   ("Giấy khen", "Sở Văn hóa tỉnh Sông Lam")]


def _counts(text: str) -> dict[str, tuple[int, ...]]:
    """The vi label of each conferral → its individual counts."""
    from helpers import run

    from kg.extract.facts import Lit
    out: dict[str, tuple[int, ...]] = {}
    for f in run(text).facts:
        if f.cls == "AwardConferral":
            label = next(v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, Lit) and v.lang == "vi")
            out[label] = tuple(sorted(int(v.value) for p, v in f.props if p == "vnr:individualCount"))
    return out


def test_a_count_that_heads_the_next_passive_clause_is_that_awards():
    got = _counts("T\n\nTrong đó, 20 cá nhân hiến máu tình nguyện 40 lần được trao Kỷ niệm chương “Vì sự nghiệp "
                  "nhân đạo”, 35 cá nhân hiến máu tình nguyện 30 lần được tặng Bằng khen của Hội Chữ thập đỏ tỉnh "
                  "Bắc Lâm và 90 cá nhân hiến máu 20 lần được UBND tỉnh tặng Giấy khen.")
    assert got == {"Kỷ niệm chương “Vì sự nghiệp nhân đạo”": (20,), "Bằng khen": (35,), "Giấy khen": (90,)}
    # counts after an active verb's award stay its own
    got = _counts("T\n\nUBND tỉnh Bắc Lâm tặng Bằng khen cho 5 tập thể và 12 cá nhân; tặng Giấy khen cho 7 cá nhân.")
    assert got == {"Bằng khen": (12,), "Giấy khen": (7,)}


def test_a_place_that_opens_its_clause_gives_as_the_subject_of_a_give_verb():
    (c,) = _confs("T\n\nChiều 5/3, huyện Tây Lâm đã khen thưởng đột xuất cho Công an xã Bình Minh vì thành tích.")
    assert c["giver"] == "huyện Tây Lâm" and c["kind"] == "place"
    (c,) = _confs("T\n\nTỉnh Bắc Lâm tặng Bằng khen cho Công ty Tân Phú.")
    assert c["giver"].lower() == "tỉnh bắc lâm"
    # a place after a preposition does not give; a person before the verb still does
    (c,) = _confs("T\n\nNgày 6/3, tại xã Yên Hòa trao Giấy khen cho Công an xã Yên Hòa.")
    assert c["giver"] is None
    (c,) = _confs("T\n\nTại huyện Đông Lâm, ông Lê Văn Tám trao Giấy khen cho Trường tiểu học Yên Phú.")
    assert c["giver"] == "Lê Văn Tám"
    # a place in an address before the verb ("tại phường 12, quận 5 trao") is no subject: the person gives
    (c,) = _confs("T\n\nNgày 20-5, Bí thư Lê Văn Tám đã đến nhà riêng tại phường 12, quận 5 trao huy hiệu 70 năm tuổi "
                  "Đảng cho ông Trần Văn Phúc.")
    assert c["giver"] == "Lê Văn Tám" and c["recipients"] == ["Trần Văn Phúc"]


def test_an_organising_committee_receives_none_of_its_prizes():
    confs = _confs("T\n\nKết quả chung cuộc, Ban Tổ chức lựa chọn 20 tác phẩm được trao Giải Ba hội thi ảnh Tân Phú.")
    assert confs and all(c["recipients"] == [] for c in confs)
