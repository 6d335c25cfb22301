"""A year that is what an event's name is about (the year it reviews, plans or whose work it names) never dates the
event (kg/lexicon/name_years.tsv, kg/extract/facts/events.py). Made-up examples, no dateline: the year of a date
written without one is inferred."""

from helpers import run


def _dates(text: str) -> list[str]:
    res = run(text)
    return sorted(str(v.value) for f in res.facts for p, v in f.props if p in ("schema:startDate", "vnr:attestedOn"))


def test_a_year_after_kiem_diem_is_what_the_meeting_reviews_and_dates_nothing():
    text = ("T\n\nChiều 10/2, tại Hà Nội, Hội đồng nhân dân tỉnh Hà Giang tổ chức Hội nghị kiểm điểm thực hiện quy chế"
            " phối hợp năm 2030. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hà Giang, phát biểu.")
    assert not any(d.startswith("2030-") for d in _dates(text))


def test_a_year_after_cong_tac_is_the_work_named_and_dates_nothing():
    text = ("T\n\nSáng 5/1, Sở Nội vụ tỉnh Hà Giang tổ chức Hội nghị công tác năm 2030. Ông Nguyễn Văn An, Giám đốc"
            " Sở Nội vụ tỉnh Hà Giang, phát biểu.")
    assert not any(d.startswith("2030-") for d in _dates(text))


def test_the_events_own_year_still_dates_it():
    text = "T\n\nSáng 5/1, huyện Bắc Mê khai mạc Lễ hội Xuân Bắc Mê năm 2031. Ông Nguyễn Văn An phát biểu."
    assert "2031-01-05" in _dates(text)


def test_cong_tac_far_before_the_year_leaves_the_year_its_own():
    text = ("T\n\nTối 20/6, Tỉnh đoàn Hà Giang tổ chức Lễ trao giải báo chí viết về công tác Đoàn và phong trào"
            " thanh niên năm 2031. Ông Nguyễn Văn An phát biểu.")
    assert "2031-06-20" in _dates(text)
