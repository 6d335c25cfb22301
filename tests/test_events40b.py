"""Events named by the verb the article reports (issue 8, item 3, round events40b;
``kg/extract/mentions/event_verbal.py``): in the title or the lead, a body "tổ chức" and a purpose word marked
"organised" ("kỷ niệm", "tổng kết", "khai mạc") open the event's name, as written; a plan ("sẽ tổ chức"), a body
("Ban tổ chức") and the same words in passing later in the article name nothing. Made-up examples."""

from helpers import event_labels


def test_the_lead_names_the_event_by_organise_and_a_purpose():
    text = "Ngày 5-3, tại Beta, UBND tỉnh Alpha tổ chức kỷ niệm 30 năm ngày thành lập tỉnh."
    assert event_labels(text) == ["kỷ niệm 30 năm ngày thành lập tỉnh"]
    text = "Sáng 9-4, Sở Gamma tổ chức tổng kết công tác năm 2030."
    assert event_labels(text) == ["tổng kết công tác năm 2030"]


def test_a_plan_or_a_committee_names_no_event():
    assert event_labels("Ngày 5-3 tới, UBND tỉnh Alpha sẽ long trọng tổ chức kỷ niệm 30 năm ngày thành lập tỉnh.") \
        == []
    assert event_labels("Ngày 5-3, Ban tổ chức kỷ niệm 30 năm ngày thành lập tỉnh Alpha đã họp.") == []


def test_organise_and_a_purpose_in_passing_names_no_event():
    text = ("Ngày 5-3, ông Lê Văn Quy cho biết tỉnh Alpha đã hoàn thành kế hoạch năm.\n\n"
            "Trước đó, UBND tỉnh Alpha tổ chức kỷ niệm 30 năm ngày thành lập tỉnh.")
    assert event_labels(text) == []


def test_the_verb_alone_or_an_event_the_article_names_under_its_head_is_no_second_event():
    assert event_labels("Sáng 5-3, các chiến sĩ được tổ chức truy điệu trong niềm tri ân.") == []
    text = ("Sáng 5-3, Sở Alpha tổ chức phát động Tháng hành động vì người cao tuổi năm 2030.\n\n"
            "Phát biểu tại Lễ phát động Tháng hành động vì người cao tuổi năm 2030, ông Lê Văn Quy cho biết.")
    assert event_labels(text) == ["Lễ phát động Tháng hành động vì người cao tuổi năm 2030"]
