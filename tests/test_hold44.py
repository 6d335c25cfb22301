"""A post holding takes the main meeting's date only when that meeting is not a past one: a later day stated in
the text makes it past, and then its date attests only the holdings of its own sentence (round hold44)."""

from tests.helpers import run


def _attested(text: str) -> dict[str, list[str]]:
    res = run(text)
    out: dict[str, list[str]] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            person = res.links.entities[props["org:member"].id].label
            out.setdefault(person, []).extend(str(v.value) for p, v in f.props if p == "vnr:attestedOn")
    return out


PAST = ("Tin vắn\n\n"
        "Ngày 3/4/2029, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Lâm đã họp; ông Trần Văn Bình, khi đó là Chủ tịch "
        "UBND tỉnh Hòa Lâm, chủ trì hội nghị.\n\n"
        "Ngày 5/6/2031, tỉnh Hòa Lâm công bố kết quả thanh tra.\n\n"
        "Ông Lê Văn Cường, Phó Chủ tịch UBND tỉnh Hòa Lâm, cho biết tỉnh sẽ xử lý nghiêm các sai phạm.")


def test_a_past_meeting_date_dates_only_its_own_sentence() -> None:
    got = _attested(PAST)
    assert got.get("Trần Văn Bình") == ["2029-04-03"]
    assert got.get("Lê Văn Cường") == []


def test_a_meeting_date_with_no_later_day_dates_every_holding() -> None:
    text = ("Tin vắn\n\n"
            "Ngày 3/4/2029, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Lâm đã khai mạc.\n\n"
            "Ông Lê Văn Cường, Phó Chủ tịch UBND tỉnh Hòa Lâm, phát biểu tại hội nghị.")
    assert _attested(text).get("Lê Văn Cường") == ["2029-04-03"]
