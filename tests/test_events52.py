"""Round events52 (issue 8): event nodes with whole names. Made-up sentences, not corpus ones."""

from helpers import event_labels, run


def events(text: str) -> list[str]:
    """Event mentions as written; a reference (no name) is marked "REF:"."""
    doc = run("T\n\n" + text).doc
    return [("REF:" if m.attr("ref") else "") + m.text for m in doc.mentions if m.kind == "event"]


def test_dai_le_duong_is_a_hall_not_a_ceremony():
    """"Đại lễ đường" (a great hall) and "lễ đường" (a ceremonial hall) are buildings: no event, no reference."""
    assert events("Chiều 3/4, tại Đại lễ đường Alpha ở thủ đô Beta, hai bên đã ký ba văn kiện.") == []
    assert events("Đoàn rước bài vị vào lễ đường rồi dâng hương.") == []
    assert events("Tại Đại lễ Vu lan năm nay, nhà chùa đón nhiều khách.") == ["Đại lễ Vu lan"]


def event_nodes(text: str) -> list[str]:
    return sorted(label.lower() for label in event_labels(text, None))


def test_a_bare_purpose_takes_its_name_from_the_organised_clause_past_the_lead():
    """"Tại lễ khởi công" and, past the lead, "đã tổ chức khởi công X": one event, named "khởi công X"."""
    text = ("Cầu mới cho huyện Alpha\n\nNgười dân huyện Alpha sắp có cây cầu mới. Sáng 3/4, Sở Giao thông tỉnh Beta đã"
            " tổ chức khởi công xây dựng cầu Gamma trên sông Delta. Tại lễ khởi công, ông Trần Văn Bình, Phó Chủ tịch"
            " UBND tỉnh Beta, đề nghị nhà thầu bảo đảm tiến độ.")
    assert event_nodes(text) == ["khởi công xây dựng cầu gamma trên sông delta"]


def test_a_bare_purpose_joins_the_lead_event_of_that_purpose():
    """The lead names "khai mạc X" (event_verbal); "Lễ khai mạc" later is that event, not a second node."""
    text = ("Hội chợ Alpha\n\nSáng 3/4, UBND tỉnh Beta tổ chức khai mạc Hội chợ Alpha lần thứ 5. Phát biểu tại lễ khai"
            " mạc, ông Trần Văn Bình cho biết hội chợ có 300 gian hàng.")
    assert event_nodes(text) == ["khai mạc hội chợ alpha lần thứ 5"]


def test_no_name_past_the_lead_for_a_plan_or_without_a_bare_reference():
    plan = ("Cầu mới\n\nNgười dân huyện Alpha sắp có cây cầu mới. Tháng sau, tỉnh Beta sẽ tổ chức khởi công xây dựng"
            " cầu Gamma. Tại lễ khởi công, nhà thầu sẽ trình bày tiến độ.")
    assert "khởi công xây dựng cầu gamma" not in event_nodes(plan)
    alone = ("Cầu mới\n\nNgười dân huyện Alpha sắp có cây cầu mới. Sáng 3/4, tỉnh Beta đã tổ chức khởi công xây dựng"
             " cầu Gamma. Nhà thầu cam kết bảo đảm tiến độ.")
    assert event_nodes(alone) == []
