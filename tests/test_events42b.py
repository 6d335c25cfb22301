"""Events only as names of events the article reports (issue 8, item 3, round events42b): a meeting named as the
origin of a resolution or a document ("thực hiện Nghị quyết Đại hội …") is cited, no event node
(``kg/extract/mentions/event_origin.py``); "mỗi" before a head names every meeting of a kind, no one meeting; and the
fragment indicators of ``scripts/corpus_events.py`` no longer flag an enumeration inside a name or a syllable of a
proper name. Made-up examples."""

import sys
from pathlib import Path

from helpers import event_labels

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import corpus_events  # noqa: E402


def test_a_congress_named_as_a_resolutions_origin_is_no_event():
    text = ("Năm qua, Đảng bộ xã Đông Omega đã lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã Đông Omega "
            "lần thứ V, nhiệm kỳ 2030-2035.")
    assert event_labels(text) == []


def test_a_conference_named_in_a_documents_title_is_no_event():
    text = ("Hội thảo bàn về định hướng phát triển trong Văn kiện của Đại hội lần thứ IX Đảng Lao động Beta đã kết thúc"
            " tốt đẹp.")
    labels = event_labels(text)
    assert not any(lab.startswith("Đại hội") for lab in labels), labels


def test_the_conference_that_spreads_a_resolution_stays_whole():
    text = ("Sáng 5/3, Huyện ủy Kỳ Zeta tổ chức Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Beta lần thứ XX.")
    labels = event_labels(text)
    assert "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Beta lần thứ XX" in labels, labels
    assert not any(lab.startswith("Đại hội") for lab in labels), labels


def test_a_congress_the_article_reports_is_still_named():
    text = ("Sáng 5/3, Đại hội Đảng bộ xã Đông Omega lần thứ V đã khai mạc. Đại biểu thảo luận dự thảo Nghị quyết Đại "
            "hội Đảng bộ xã Đông Omega lần thứ V.")
    assert any(lab.startswith("Đại hội Đảng bộ xã Đông Omega lần thứ V") for lab in event_labels(text))


def test_every_session_of_a_kind_is_no_named_session():
    text = "Tại mỗi kỳ họp HĐND tỉnh Beta, các đại biểu đều chất vấn lãnh đạo các sở về tiến độ công trình."
    labels = event_labels(text)
    assert not any(lab.lower().startswith("kỳ họp hđnd") or "Hội đồng" in lab for lab in labels), labels


def test_the_indicators_leave_an_enumeration_and_a_proper_name_but_flag_a_clause():
    assert corpus_events.indicators("Cuộc họp giao ban với lãnh đạo các sở, ngành, quận huyện") == []
    assert corpus_events.indicators("Hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm") == []
    assert corpus_events.indicators("Buổi tiếp xúc cử tri quận Nam Từ Kỳ") == []
    assert corpus_events.indicators("Hội nghị tổng kết năm 2030, đã thống nhất") == ["comma + clause word"]
    assert corpus_events.indicators("Lễ khởi công cầu mới Theo kế hoạch") == ["clause opener"]


def test_a_second_congress_joined_by_va_to_a_cited_one_is_cited_too():
    text = ("Tỉnh Beta phấn đấu hoàn thành các chỉ tiêu mà Nghị quyết Đại hội Đảng toàn quốc lần thứ XX và Đại hội Đảng"
            " bộ tỉnh Beta lần thứ IX đã đề ra.")
    assert event_labels(text) == []


def test_a_meeting_after_a_comma_that_follows_a_cited_one_is_still_named():
    text = ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Beta lần thứ IX, Hội nghị Ban Chấp hành Đảng bộ tỉnh Beta lần "
            "thứ 5 đã thảo luận nhiều nội dung quan trọng.")
    labels = event_labels(text)
    assert any(lab.startswith("Hội nghị Ban Chấp hành Đảng bộ tỉnh Beta lần thứ 5") for lab in labels), labels
    assert not any(lab.startswith("Đại hội") for lab in labels), labels
