"""Verb-named events of different articles (issue 8, item 3, round events46): "hội đàm với A", "chào xã giao B",
"làm việc với C" name an act and its counterpart that every visit repeats — in corpus mode such an event is shared
only by articles that give it the same date; undated it is one event per article (``kg/corpus/event_local.py``).
Made-up examples."""

import json
from pathlib import Path

from helpers import event_labels as _labels
from rdflib import RDFS, Dataset

from kg.corpus.build import build_corpus
from kg.corpus.event_local import verb_named


def test_verb_named_labels():
    for label in ("Hội đàm với Chủ tịch Quốc hội Nguyễn Văn An", "Chào xã giao Tổng Bí thư Lê Văn Quy",
                  "Cuộc hội đàm với đồng chí Trần Văn Bình", "Làm việc với UBND tỉnh Alpha",
                  "Đặt vòng hoa và vào Lăng viếng Chủ tịch Nguyễn Văn An"):
        assert verb_named(label), label
    for label in ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Alpha", "Buổi làm việc với UBND tỉnh Alpha",
                  "Phiên khai mạc Kỳ họp thứ 5 HĐND tỉnh Alpha", "Lễ hội Đền Beta", "Kỳ họp thứ 4 HĐND tỉnh Alpha",
                  "Toạ đàm Khoa học Alpha 2030"):
        assert not verb_named(label), label


def _event_nodes(tmp_path: Path, texts: dict[str, str]) -> dict[str, set[str]]:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "title": "Tin Alpha", "text": t}, ensure_ascii=False) + "\n"
                              for i, t in texts.items()), encoding="utf-8")
    build_corpus(corpus, tmp_path / "c.nq", jobs=1)
    ds = Dataset()
    ds.parse(str(tmp_path / "c.nq"), format="nquads")
    out: dict[str, set[str]] = {}
    for s, _, o, _ in ds.quads((None, RDFS.label, None, None)):
        if "/id/event/" in str(s) and getattr(o, "language", None) == "vi":
            out.setdefault(str(o), set()).add(str(s))
    return out


def test_the_same_verb_named_meeting_of_two_visits_is_two_events(tmp_path):
    visit = ("Ngày 3/4, Đoàn đại biểu Quốc hội nước {c} kết thúc chuyến thăm chính thức Việt Nam. Trong khuôn khổ "
             "chuyến thăm, Chủ tịch Thượng viện {c} đã hội đàm với Chủ tịch Quốc hội Trần Thị Mơ; chào xã giao "
             "Tổng Bí thư Lê Văn Quy; hội kiến với Thủ tướng Nguyễn Văn An.")
    nodes = _event_nodes(tmp_path, {"made-up-a": visit.format(c="Beta"), "made-up-b": visit.format(c="Gamma")})
    for label in ("Hội đàm với Chủ tịch Quốc hội Trần Thị Mơ", "Chào xã giao Tổng Bí thư Lê Văn Quy"):
        assert len(nodes.get(label, set())) == 2, (label, nodes)


def test_a_verb_named_meeting_of_one_date_is_shared(tmp_path):
    text = ("Ngày 5/6, đoàn công tác của Bộ Alpha đã đến làm việc với UBND tỉnh Beta về việc khắc phục sự cố đê "
            "sông Gamma. Tại buổi làm việc, ông Nguyễn Văn An báo cáo tình hình.")
    other = ("Ngày 9/6, đoàn công tác của Bộ Alpha đã đến làm việc với UBND tỉnh Beta về việc khắc phục sự cố đê "
             "sông Gamma.")
    nodes = _event_nodes(tmp_path, {"made-up-a": text, "made-up-b": text, "made-up-c": other})
    label = "Làm việc với UBND tỉnh Beta về việc khắc phục sự cố đê sông Gamma"
    assert len(nodes.get(label, set())) == 2, nodes  # a and b share the 5/6 meeting, c's 9/6 one is another


def test_a_verb_right_after_ve_viec_heads_the_matter_not_a_boundary():
    got = _labels("Ngày 3/5/2030, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về việc xem xét phương án mở rộng "
                  "sân bay Alpha.")
    assert got == ["cuộc họp Thường trực Chính phủ về việc xem xét phương án mở rộng sân bay Alpha"], got
    got = _labels("Ngày 3/5/2030, tỉnh Alpha tổ chức cuộc họp về việc tổ chức lễ hội Beta.")
    assert got == ["cuộc họp về việc tổ chức lễ hội Beta"], got
    assert _labels("Ngày 3/5/2030, tỉnh Alpha tổ chức cuộc họp về việc này.") == []


def test_a_festival_takes_no_matter():
    got = _labels("Chiều 3/5/2030, đoàn công tác đã làm việc với Sở Văn hóa tỉnh Alpha, Ban tổ chức lễ hội chọi trâu "
                  "về việc thống nhất phương án lấy mẫu xét nghiệm.")
    assert "lễ hội chọi trâu" in got and not [g for g in got if g.startswith("lễ hội") and "về việc" in g], got
    got = _labels("Chiều 3/5/2030, đoàn công tác đã làm việc với Sở Văn hóa tỉnh Alpha, Ban tổ chức lễ hội chọi trâu "
                  "Beta 2030 về việc khắc phục hậu quả sau vụ việc.")
    assert not [g for g in got if g.lower().startswith("lễ hội") and "về việc" in g], got
