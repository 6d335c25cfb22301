"""Award givers, round awards41 (issue 8, item 2): two bodies joined by "và" where the second opens with a head of
one word ("Sở X và Sở Y tỉnh Z") are two givers, not one name; a national office in a list of givers takes no
sibling's place ("Bộ Công an và UBND tỉnh X"). Made-up examples."""

from test_awards_posts import _confs, run


def _givers(text: str) -> list[str | None]:
    return sorted(c["giver"] for c in _confs("T\n\n" + text))


def _bodies(text: str) -> list[str]:
    return sorted(e.label for e in run("T\n\n" + text).links.entities.values() if e.kind == "body")


def test_a_one_word_head_after_va_opens_a_second_giver():
    assert _givers("Bộ Tư pháp và Sở Tư pháp tỉnh Sông Lam đã tặng Bằng khen cho ông Trần Văn Mạnh.") == [
        "Bộ Tư pháp", "Sở Tư pháp tỉnh Sông Lam"]
    assert _givers("Hội Nông dân và Hội Cựu chiến binh huyện Tân Phú trao Giấy khen cho ông Trần Văn Mạnh.") == [
        "Hội Cựu chiến binh huyện Tân Phú", "Hội Nông dân huyện Tân Phú"]
    assert all(c["recipients"] == ["Trần Văn Mạnh"]
               for c in _confs("T\n\nSở Y tế và Sở Giáo dục tỉnh Sông Lam tặng Giấy khen cho ông Trần Văn Mạnh."))


def test_the_fields_of_one_name_after_va_stay_in_it():
    assert _bodies("Bộ Kế hoạch và Đầu tư, Bộ Lao động - Thương binh và Xã hội, Sở Khoa học và Công nghệ tỉnh Sông "
                   "Lam họp.") == ["Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội",
                                   "Sở Khoa học và Công nghệ tỉnh Sông Lam"]
    assert _bodies("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Sông Lam họp.") == [
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Sông Lam"]


def test_a_national_office_takes_no_place_of_the_next_giver():
    assert _givers("Bộ Công an và UBND tỉnh Sông Lam đã tặng Bằng khen cho Công an huyện Tân Phú.") == [
        "Bộ Công an", "UBND tỉnh Sông Lam"]
    assert _bodies("Chính phủ, UBND tỉnh Sông Lam quan tâm.") == ["Chính phủ", "UBND tỉnh Sông Lam"]


def test_a_mass_organisation_and_local_heads_still_share_the_place():
    assert _bodies("Đoàn TNCS Hồ Chí Minh, Hội Nông dân xã Tân An tổ chức.") == [
        "Hội Nông dân xã Tân An", "Đoàn TNCS Hồ Chí Minh xã Tân An"]
    assert _bodies("Thành ủy, HĐND, UBND TP Tân Phú tổ chức.") == [
        "HĐND TP Tân Phú", "Thành ủy TP Tân Phú", "UBND TP Tân Phú"]


def test_the_owner_after_cua_is_no_receiver_of_the_award_listed_next():
    confs = _confs("T\n\nTrường Tân Phú vinh dự đón nhận Cờ thi đua của UBND tỉnh Sông Lam và Bằng khen của Bộ Giáo "
                   "dục và Đào tạo.")
    assert sorted((c["giver"], tuple(c["recipients"])) for c in confs) == [
        ("Bộ Giáo dục và Đào tạo", ("Trường Tân Phú",)), ("UBND tỉnh Sông Lam", ("Trường Tân Phú",))]


def test_a_receiver_named_for_the_next_award_keeps_it():
    confs = _confs("T\n\nTrường Tân Phú nhận Cờ thi đua của UBND tỉnh Sông Lam và Trường Tân An nhận Bằng khen của "
                   "Bộ Giáo dục và Đào tạo.")
    assert sorted(tuple(c["recipients"]) for c in confs) == [("Trường Tân An",), ("Trường Tân Phú",)]
