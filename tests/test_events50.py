"""Event names that were missed (issue 8, item 3, round events50). Made-up examples.

- "tổ chức" and a purpose marked ``organised`` ("khai mạc", "khởi công", "sơ kết") name the event a body sentence
  reports held — "đã"/"vừa" right before "tổ chức" or a day in the clause — as they do in the title and the
  lead (``kg/extract/mentions/event_verbal_body.py``); never a plan, a task or an event in passing, and only a name
  that ends before a full stop or a word that closes it ("tại", "để"), never one the grammar cut inside, and not
  the opening of an event named by its head ("khai mạc lễ hội X"), nor an event the article names by a head and the
  same purpose elsewhere ("Tại lễ khởi công, …")."""

from helpers import event_labels as _labels

_LEAD = "Tỉnh Alpha có thêm nhiều công trình mới trong năm 2030. "


def test_a_reported_purpose_after_to_chuc_names_the_event_in_the_body():
    got = _labels(_LEAD + "Sáng 6/2, Hội Sinh vật cảnh tỉnh Alpha đã tổ chức khai mạc Triển lãm hoa lần thứ XX.")
    assert got == ["khai mạc Triển lãm hoa lần thứ XX"], got
    got = _labels(_LEAD + "Chiều 8/2, Sở Giao thông vận tải tỉnh Beta tổ chức khởi công cầu vượt Gamma.")
    assert got == ["khởi công cầu vượt Gamma"], got
    got = _labels(_LEAD + "Công an tỉnh Beta vừa tổ chức sơ kết công tác 6 tháng đầu năm 2030.")
    assert got == ["sơ kết công tác 6 tháng đầu năm 2030"], got


def test_guard_a_plan_a_task_or_an_undated_clause_names_no_event():
    """A guard (it passes on the code before events50 too): the body needs a report of the event held."""
    assert _labels(_LEAD + "Chủ tịch tỉnh yêu cầu các sở tổ chức tổng kết công tác năm 2030.") == []
    assert _labels(_LEAD + "Sáng 6/2, ông Nguyễn Văn An yêu cầu các sở tổ chức tổng kết công tác năm 2030.") == []
    assert _labels(_LEAD + "Tháng tới, Sở Alpha sẽ tổ chức khởi công cầu vượt Gamma.") == []
    assert _labels(_LEAD + "Hội Nông dân tỉnh Beta tổ chức ra quân Tết trồng cây xuân 2030.") == []
    got = _labels(_LEAD + "Chiều 11/5, Công an tỉnh Alpha đã tổ chức biểu dương các cá nhân có thành tích trong năm.")
    assert got == [], got  # the grammar stops inside the name ("… | có thành tích"): no fragment
    got = _labels(_LEAD + "Tối 10/6, UBND huyện Alpha đã tổ chức khai mạc lễ hội hoa Beta tại sân vận động huyện.")
    assert not any(g.startswith("khai mạc") for g in got), got  # the headed event's own, no second event
    got = _labels(_LEAD + "Chiều 8/2, Sở Alpha đã tổ chức khởi công cầu vượt Gamma. Tại lễ khởi công, ông Nguyễn Văn An"
                  " cho biết cầu sẽ xong trong năm.")
    assert not any(g.startswith("khởi công") for g in got), got  # the article's "lễ khởi công" is that event
    assert _labels(_LEAD + "Sáng 6/2, Ban tổ chức kỷ niệm các ngày lễ lớn tỉnh Beta đã công bố chương trình.") == []
