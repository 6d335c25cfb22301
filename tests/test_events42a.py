"""A meeting named only by its verb and reported on a dated day (issue 8, item 3, round events42a): "Chiều 12/5,
Đoàn công tác … đã làm việc với Ban Y." names the working session "làm việc với Ban Y", as written
(``kg/extract/mentions/event_meet_verbs.py``, ``kg/lexicon/meeting_verbs.tsv``). Made-up examples."""

from helpers import event_labels

from kg.pipeline import process


def test_a_delegation_working_with_a_body_on_a_dated_day_is_a_meeting():
    text = ("Chiều 12/5, Đoàn công tác của Bộ Y tế do ông Lê Văn Quy, Thứ trưởng Bộ Y tế làm Trưởng đoàn đã làm "
            "việc với Ban Thường vụ Tỉnh ủy Beta.")
    assert "làm việc với Ban Thường vụ Tỉnh ủy Beta" in event_labels(text)


def test_a_coming_word_is_no_part_of_the_name_and_a_topic_goes_on():
    text = ("Ngày 19/6, đoàn công tác của Bộ Xây dựng đã đến làm việc với UBND tỉnh Beta về việc xử lý sự cố đập "
            "chính hồ Gamma.")
    labels = event_labels(text)
    assert any(lab.startswith("làm việc với UBND tỉnh Beta về việc xử lý sự cố") for lab in labels), labels


def test_a_meeting_with_voters_and_a_meeting_named_gặp_mặt_stop_before_the_occasion():
    text = "Sáng 13/5, bà Trần Thị Mơ, Phó Chủ tịch UBND tỉnh Beta đã tiếp xúc cử tri huyện Gamma."
    assert "tiếp xúc cử tri huyện Gamma" in event_labels(text)
    text = ("Chiều 8/6, ông Lê Văn Quy, Bí thư Tỉnh ủy Beta đã gặp mặt thân mật các nữ đại biểu HĐND tỉnh nhân dịp "
            "kỳ họp thứ 3.")
    assert "gặp mặt thân mật các nữ đại biểu HĐND tỉnh" in event_labels(text)


def test_no_meeting_without_a_day_a_subject_or_a_report():
    texts = [
        "Đoàn công tác của Bộ Y tế đã làm việc với Ban Thường vụ Tỉnh ủy Beta.",  # no day
        "Sáng 6/2, ông Lê Văn Quy, Trưởng phòng Giáo dục cho biết, đã làm việc với cơ quan công an.",  # said
        "Ngày 5/2, Phòng Giáo dục quận Beta đã làm việc với chủ nhóm lớp.",  # no person, no delegation
        "Chiều 12/5, ông Lê Văn Quy, Thứ trưởng Bộ Y tế sẽ làm việc với Ban Thường vụ Tỉnh ủy Beta.",  # a plan
        "Chiều 12/5, ông Lê Văn Quy, Thứ trưởng Bộ Y tế đã làm việc.",  # no object
    ]
    for text in texts:
        assert not [lab for lab in event_labels(text) if "làm việc" in lab], text


def test_a_date_followed_by_tới_is_a_plan_no_meeting_held():
    text = "Chiều 5/7 tới, ông Lê Văn Quy, Thứ trưởng Bộ Y tế đã làm việc với Ban Thường vụ Tỉnh ủy Beta."
    assert not [lab for lab in event_labels(text) if "làm việc" in lab], event_labels(text)


def test_a_name_cut_before_a_holder_or_a_demonstrative_is_none():
    texts = [
        "Chiều 11/5, Chủ tịch nước Lê Văn Quy đã hội đàm với Tổng Bí thư, Chủ tịch nước Beta Gamma Delta.",
        "Sáng 31/5, đoàn công tác gồm lãnh đạo UBND phường Beta đã đến làm việc với công ty trên.",
    ]
    for text in texts:
        labels = [lab for lab in event_labels(text) if lab.lower().startswith(("hội đàm", "làm việc"))]
        assert not labels, (text, labels)


def test_plural_titles_after_a_comma_go_on_with_the_name():
    text = "Chiều 25/5, bà Trần Thị Mơ, Trưởng Ban Dân vận Tỉnh ủy Beta đã gặp mặt các Đại sứ, Tổng lãnh sự mới."
    assert any(lab.startswith("gặp mặt các Đại sứ") for lab in event_labels(text)), event_labels(text)


def _event_names(text: str) -> dict[str, set[str]]:
    """Event label → its Vietnamese altLabels in the RDF of a made-up report."""
    from rdflib import RDFS, SKOS, URIRef

    from kg.pipeline import to_rdf
    ds = to_rdf(process("t", "Tin Alpha\n\n" + text))
    vnr = "https://w3id.org/vnreport-kg/ontology#"
    out: dict[str, set[str]] = {}
    for node in set(ds.subjects(None, None)):
        types = {str(o) for o in ds.objects(node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))}
        if not types & {vnr + "Meeting", vnr + "Congress", vnr + "Election"}:
            continue
        labels = [str(o) for o in ds.objects(node, RDFS.label) if getattr(o, "language", None) == "vi"]
        alts = {str(o) for o in ds.objects(node, SKOS.altLabel) if getattr(o, "language", None) == "vi"}
        for lab in labels:
            out[lab] = alts
    return out


def test_a_closing_bracket_gloss_leaves_the_bare_name_as_an_alt_label():
    text = ("Sáng 14/6, Tỉnh ủy Beta tổ chức Lễ kỷ niệm 60 năm Ngày thành lập tỉnh Beta (14/6/1971 - 14/6/2031) "
            "tại Nhà hát tỉnh.")
    names = _event_names(text)
    full = [lab for lab in names if lab.startswith("Lễ kỷ niệm 60 năm")]
    assert full and "(14/6/1971" in full[0], names
    assert "Lễ kỷ niệm 60 năm Ngày thành lập tỉnh Beta" in names[full[0]], names


def test_a_dated_bare_head_refers_to_the_meeting_the_verb_names():
    text = ("Chiều 12/5, Đoàn công tác của Bộ Y tế do ông Lê Văn Quy, Thứ trưởng Bộ Y tế làm Trưởng đoàn đã làm "
            "việc với Ban Thường vụ Tỉnh ủy Beta. Tại buổi làm việc chiều 12/5, ông Quy đề nghị tỉnh rà soát các "
            "bệnh viện.")
    labels = event_labels(text)
    assert "làm việc với Ban Thường vụ Tỉnh ủy Beta" in labels, labels
    assert "buổi làm việc" not in labels, labels


def test_a_bracket_that_says_whose_meeting_it_is_stays_in_every_name():
    text = "Sáng 5/7, Kỳ họp thứ 3 (HĐND tỉnh Beta khóa IX) khai mạc tại Hội trường tỉnh."
    names = _event_names(text)
    full = [lab for lab in names if lab.startswith("Kỳ họp thứ 3")]
    assert full and not {a for a in names[full[0]] if a.lower() == "kỳ họp thứ 3"}, names
