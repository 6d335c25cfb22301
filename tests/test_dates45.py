"""A date of a sentence that belongs to another clause is no date of the event the sentence names: a deadline, a
paper's date, a date said at the event, a date of what goes before it (kg/extract/facts/date_clauses.py, lexicon
date_clauses.tsv); a range "từ ngày D đến ngày D2/M" starts on D; a body's opening date is no dateline when the body
states a later year (kg/corpus/records.py). Made-up examples."""

from helpers import run

from kg.corpus.records import article_date


def _event_dates(text: str) -> dict[str, list[str]]:
    res = run(text)
    out: dict[str, list[str]] = {}
    for f in res.facts:
        if f.subject.startswith("event:"):
            label = next((str(v.value) for p, v in f.props if p == "rdfs:label"), "")
            out.setdefault(label, []).extend(str(v.value) for p, v in f.props if p == "schema:startDate")
    return out


def _all_dates(text: str) -> list[str]:
    return sorted(d for ds in _event_dates(text).values() for d in ds)


def test_a_letter_issued_on_the_date_does_not_date_the_meeting_named_after_it():
    text = ("T\n\nNgày 2/6, Bộ Văn hóa có văn bản gửi Hội Du lịch tỉnh Hà Giang về phát ngôn tại cuộc họp về quy"
            " hoạch khu du lịch Đông Sơn ngày 30/5.")
    assert _all_dates(text) == ["--05-30"]


def test_a_date_said_at_the_event_is_not_its_date():
    text = ("T\n\nTại buổi công bố quyết định, ông Nguyễn Văn An cho biết ngay sau khi báo chí phản ánh, ngày 26/4"
            " Thủ tướng có văn bản giao Thanh tra chủ trì kiểm tra.")
    assert _all_dates(text) == []


def test_a_date_before_the_session_is_not_the_sessions():
    text = ("T\n\nSáng 20/6, ông Nguyễn Văn An đã tiếp xúc cử tri quận Bắc Sơn trước kỳ họp thứ 4 HĐND tỉnh Hà Giang"
            " khóa XV.")
    dates = _event_dates(text)
    assert not any(ds for label, ds in dates.items() if label.lower().startswith("kỳ họp"))


def test_a_range_from_one_day_to_another_starts_on_the_first():
    text = "T\n\nTừ ngày 27 đến ngày 30/6/2031, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15."
    assert _all_dates(text) == ["2031-06-27"]


def test_a_deadline_is_no_date_of_the_meeting():
    text = ("T\n\nUBND tỉnh Hà Giang yêu cầu hoàn thành trước ngày 15/2 theo kết luận tại cuộc họp về di dời chợ Bắc"
            " Sơn.")
    assert _all_dates(text) == []


def test_a_clause_opening_with_den_ngay_keeps_its_date():
    text = ("T\n\nĐến ngày 31/3, tại cuộc họp của UBND tỉnh Hà Giang đánh giá tình hình quý I, ông Nguyễn Văn An nhấn"
            " mạnh yêu cầu này.")
    assert _all_dates(text) == ["--03-31"]


def test_a_verb_of_saying_after_an_event_not_named_as_a_setting_leaves_the_date():
    text = ("T\n\nĐây là khẳng định của ông Nguyễn Văn An trước thông tin nhiều người đã tham gia lễ phóng sinh cá,"
            " loài cá mà một số ý kiến cho rằng gây hại, tại bến sông Bắc Sơn hôm 5/2.")
    assert _all_dates(text) == ["--02-05"]


def test_the_meetings_own_date_stays_when_it_issues_a_paper():
    text = "T\n\nSáng 10/5, Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh Hà Giang đã ban hành nghị quyết về nhân sự."
    assert _all_dates(text) == ["--05-10"]


def test_an_opening_past_date_is_no_dateline_when_a_later_year_is_stated():
    assert article_date("Ngày 2/9/1945, ông Lò Văn Tám mở lớp học đầu tiên của xã Bắc Sơn. Lễ kỷ niệm (2/9/1945 –"
                        " 2/9/2031) diễn ra tối 1/9.") is None
    assert article_date("Ngày 3/2/2031, UBND tỉnh A họp bàn kế hoạch.") == "2031-02-03"


def test_ke_tu_is_no_verb_of_saying_between_the_setting_and_the_events_date():
    # "kể từ" (since, date_clauses.tsv class since) opens with "kể" (to tell) but tells nothing
    text = ("T\n\nTại lễ khánh thành cầu Bắc Sơn, đây là cây cầu lớn nhất kể từ năm 2010 của tỉnh Hà Giang, khánh thành"
            " sáng 5/3/2031.")
    assert _all_dates(text) == ["2031-03-05"]
    assert _all_dates(text.replace("kể từ", "từ")) == ["2031-03-05"]


def test_a_date_a_period_starts_from_is_no_date_of_the_event():
    text = "T\n\nKỳ họp thứ 4 HĐND tỉnh Hà Giang đã thông qua nghị quyết có hiệu lực kể từ ngày 1/7/2031."
    assert _all_dates(text) == []
    assert _all_dates("T\n\nSáng 5/3, " + text[3:]) == ["--03-05"]


def test_a_later_date_alone_leaves_the_dateline():
    # a deadline of a later year is no span of years an anniversary marks: the opening date is the report's day
    assert article_date("Ngày 3/2/2031, UBND tỉnh A họp bàn kế hoạch hoàn thành trước 31/12/2032.") == "2031-02-03"
    assert article_date("Ngày 3/2/2031, UBND tỉnh A kỷ niệm 10 năm (3/2/2021 - 3/2/2031) thành lập.") == "2031-02-03"
