"""An event's date, organiser and ordinal only when stated, and the event's own (issue 8, round events38b;
``kg/extract/facts/event_attrs.py``). Made-up examples."""

from helpers import run


def _props(text: str, prop: str) -> list[str]:
    res = run("T\n\n" + text)
    return sorted(str(getattr(v, "value", None) or v.id) for f in res.facts for p, v in f.props if p == prop)


def test_a_date_without_a_year_gets_no_year_from_other_years_of_the_text():
    text = "Chiều 9/3, Sở Alpha tổ chức hội nghị bàn về cầu Quy Hòa. Cầu khởi công năm 2009, hoàn thành năm 2009."
    assert _props(text, "schema:startDate") == ["--03-09"]
    assert _props(text, "vnr:dateInferred") == []


def _ordinals(text: str) -> list[tuple[str, str]]:
    """(label, ordinal) of the event facts of the text."""
    res = run("T\n\n" + text)
    out = []
    for f in res.facts:
        labels = [str(v.value) for p, v in f.props if p == "rdfs:label"]
        out += [(labels[0], str(v.value)) for p, v in f.props if p == "vnr:ordinal"]
    return out


def test_the_ordinal_of_a_session_is_its_counter_not_the_term_of_its_body():
    assert _ordinals("Sáng 9/7, tại kỳ họp thứ 4, HĐND tỉnh Quy Hòa khóa IX, các đại biểu đã thảo luận.") == [
        ("Kỳ họp thứ 4, HĐND tỉnh Quy Hòa khóa IX", "4")]
    assert _ordinals("Tại kỳ họp thứ nhất Quốc hội khóa II, ông Quy được bầu làm Chủ tịch.") == [
        ("Kỳ họp thứ nhất Quốc hội khóa II", "1")]
    assert _ordinals("Ngày 7/5, Hội nghị lần thứ năm, Ban Chấp hành Đảng bộ tỉnh Beta khóa XII đã họp.") == [
        ("Hội nghị lần thứ năm, Ban Chấp hành Đảng bộ tỉnh Beta khóa XII", "5")]
    assert _ordinals("Tại buổi làm việc về Nghị quyết số 39-NQ/TW của Ban Alpha (khóa XI), ông Quy cho biết.") == []


def test_khoa_is_the_ordinal_of_an_election_of_a_legislature():
    assert _ordinals("Ngày 10/3, Hội đồng Alpha tổ chức cuộc bầu cử đại biểu Hội đồng Alpha khóa XIV.") == [
        ("Cuộc bầu cử đại biểu Hội đồng Alpha khóa XIV", "14")]


def test_a_place_is_no_organiser():
    text = "Chiều 9/3, UBND quận Quy Hòa, tỉnh Beta đã tổ chức hội nghị sơ kết công tác đô thị trên địa bàn."
    got = _props(text, "schema:organizer")
    assert got == ["body:ủy ban nhân dân quận quy hòa"]


def test_the_day_an_anniversary_marks_or_a_lifespan_is_not_the_ceremonys_date():
    text = ("Tối 14/6, Tỉnh ủy Beta tổ chức Lễ kỷ niệm 60 năm ngày thành lập trường Quy Hòa (14/6/1971 -14/6/2031).")
    assert _props(text, "schema:startDate") == ["--06-14"]
    text = "Đại biểu dự Lễ kỷ niệm 70 năm ngày ông Quy về Beta, người sinh ngày (19/5/1890 - 2/9/1969)."
    assert _props(text, "schema:startDate") == []


def test_a_documents_date_is_not_the_meetings():
    text = "Ông Quy nêu rõ Kết luận số 166 ngày 29/3/2031 của Văn phòng Alpha tại cuộc họp sơ kết công tác quý I."
    assert _props(text, "schema:startDate") == []


def test_a_day_range_starts_on_its_first_day():
    assert _props("Tại kỳ họp thứ nhất Hội đồng Alpha diễn ra từ 7-15/7/1960, ông Quy được bầu.",
                  "schema:startDate") == ["1960-07-07"]
    assert _props("Hội nghị SOM Alpha-Beta 24 diễn ra trong hai ngày 5-6/7 tại Quy Hòa.",
                  "schema:startDate") == ["--07-05"]


def test_a_place_that_alone_organises_stays_the_organiser():
    text = "Sáng 9/3, TP Quy Hòa tổ chức hội nghị tổng kết công tác năm 2030."
    assert _props(text, "schema:organizer") == ["place:thành phố quy hòa"]


def test_a_compound_numeral_word_is_read_whole_or_not_at_all():
    assert _ordinals("Chiều 2/3, Ủy ban Alpha tổ chức Hội nghị Đoàn Chủ tịch lần thứ mười hai (khóa VIII).") == [
        ("Hội nghị Đoàn Chủ tịch lần thứ mười hai (khóa VIII)", "12")]


def test_the_year_of_the_events_own_name_dates_it_but_not_a_target_or_a_laws_year():
    assert _props("Sáng 9/2, huyện Alpha khai mạc Lễ hội làng Quy Hòa năm 2031.", "schema:startDate") == [
        "2031-02-09"]
    assert _props("Ngày 16/6, tại hội nghị phản biện đề án giảm xe máy vào năm 2040, ông Quy phát biểu.",
                  "schema:startDate") == ["--06-16"]


def test_a_counter_before_the_year_word_nam_keeps_its_number():
    text = "Sáng 9/3, ông Quy dự Lễ khai mạc Ngày hội giao lưu văn hóa vùng Quy Hòa lần thứ II năm 2031."
    assert _ordinals(text) == [
        ("Lễ khai mạc Ngày hội giao lưu văn hóa vùng Quy Hòa lần thứ II năm 2031", "2")]
