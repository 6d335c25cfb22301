"""Award conferrals, round 16 (issue 8): the giver — a bare organising committee — and bodies that do not receive
(scripts/data/awards_sample_79_before.tsv, train's giver misses). Neutral made-up examples."""

from test_awards_posts import _confs, _posts


def test_a_bare_organising_committee_gives_in_lower_case():
    (c,) = _confs("T\n\nBan tổ chức đã trao giải nhất cho Trường Tiểu học Hòa Bình.")
    assert (c["giver"], c["recipients"]) == ("Ban tổ chức", ["Trường Tiểu học Hòa Bình"])


def test_an_organising_committee_that_selects_gives_in_a_clause_of_purpose():
    for committee in ("Ban tổ chức", "Ban Tổ chức"):
        (c,) = _confs(f"T\n\n{committee} chọn 10 doanh nhân để trao Cup Doanh nhân trẻ xuất sắc 2016.")
        assert c["giver"] == committee


def test_the_party_department_and_the_title_stay_as_they_were():
    posts = _posts("T\n\nÔng Lê Văn Minh, Trưởng Ban Tổ chức Tỉnh ủy Yên Bái trao Bằng khen cho 5 tập thể.")
    assert posts == {"Lê Văn Minh": {"Trưởng Ban Tổ chức Tỉnh ủy Yên Bái"}}
    # the organising committee's head holds the whole post (its field "tổ chức" after the head: name_stops.tsv)
    assert _posts("T\n\nÔng Lê Văn Minh, Trưởng ban tổ chức cho biết.") == {"Lê Văn Minh": {"Trưởng ban tổ chức"}}


def test_the_body_the_news_comes_from_does_not_receive():
    (c,) = _confs("T\n\nTheo Sở Nội vụ, Công ty Hòa Bình được tặng Bằng khen.")
    assert c["recipients"] == ["Công ty Hòa Bình"]
    (c,) = _confs("T\n\nTheo Ban tổ chức, 20 doanh nghiệp được tặng danh hiệu “Doanh nghiệp tiêu biểu”.")
    assert c["recipients"] == []
    (c,) = _confs("T\n\nTheo Sở Nội vụ, 20 doanh nghiệp được tặng Bằng khen.")
    assert c["recipients"] == []


def test_verbs_joined_by_dong_thoi_share_the_subject_of_a_clause_of_purpose():
    confs = _confs("T\n\nSở Văn hóa đã chọn 12 tác phẩm để trao Giấy khen, đồng thời chọn 3 tác giả để trao Bằng khen.")
    assert [c["giver"] for c in confs] == ["Sở Văn hóa", "Sở Văn hóa"]
    (c,) = _confs("T\n\nQua ba vòng, Sở Văn hóa đã chọn 12 tác phẩm để trao danh hiệu, đồng thời chọn 3 tác giả "
                  "để trao Cup Tác giả trẻ 2016.")
    assert c["giver"] == "Sở Văn hóa"


def test_a_place_that_is_the_whole_subject_of_the_passive_receives():
    (c,) = _confs("T\n\nTỉnh Yên Bái đã được Nhà nước tặng Huân chương Độc lập hạng Ba.")
    assert c["recipients"] == ["Tỉnh Yên Bái"]
    (c,) = _confs("T\n\nNăm 2010, huyện Lục Yên được Nhà nước tặng Huân chương Lao động hạng Ba.")
    assert c["recipients"] == ["huyện Lục Yên"]
    (c,) = _confs("T\n\nTại huyện Lục Yên, 20 tập thể được UBND tỉnh tặng Bằng khen.")
    assert c["recipients"] == []


def test_a_verb_of_winning_ends_the_name_of_the_body_that_wins():
    (c,) = _confs("T\n\nTrường Tiểu học Hòa Bình đoạt Giải nhất.")
    assert c["recipients"] == ["Trường Tiểu học Hòa Bình"]
    confs = _confs("T\n\nTrường Tiểu học Hòa Bình giành Giải nhất cùng bằng khen của Sở Giáo dục.")
    assert (confs[0]["recipients"], confs[1]["giver"]) == (["Trường Tiểu học Hòa Bình"], "Sở Giáo dục")
