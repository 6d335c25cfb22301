"""Where a body belongs when the text does not name its unit (issue 8: one post node per post, and no post node
shared by officials of different units). Neutral made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run
from rdflib import Dataset, Literal
from rdflib.namespace import ORG, RDFS

from kg.corpus.build import build_corpus


def _bodies(text: str, doc_id: str = "t") -> dict[str, tuple[str, str]]:
    """Body label → (its key, the label of the unit it belongs to)."""
    res = run(text, doc_id)
    return {e.label: (e.key, res.links.entities[e.part_of].label if e.part_of else "")
            for e in res.links.entities.values() if e.kind == "body"}


def _posts(text: str, doc_id: str = "t") -> dict[str, str]:
    res = run(text, doc_id)
    return {e.label: e.key for e in res.links.entities.values() if e.kind == "post"}


def test_an_abbreviated_city_is_a_named_unit_and_a_level_abbreviation_refers_to_it():
    bodies = _bodies("Họp báo\n\nÔng Đào Văn Khiêm, Phó Chủ tịch UBND TP, làm việc với Sở Du lịch TP.HCM.")
    assert bodies["UBND TP"] == ("ủy ban nhân dân thành phố hồ chí minh", "TP.HCM")


def test_a_ward_or_district_named_by_its_number_is_a_unit_but_not_a_date():
    bodies = _bodies("T\n\nUBND quận 7 và UBND phường 12 họp. Đến quận 5/2030 thì xong.")
    assert bodies["UBND quận 7"][1] == "quận 7"
    assert bodies["UBND phường 12"][1] == "phường 12"
    assert not any(label.endswith("5") for label in bodies)


def test_a_body_named_by_no_unit_belongs_to_its_article_only():
    a = _posts("T\n\nÔng Lưu Văn Quế, Bí thư Đảng ủy, phát biểu. Ông Tạ Văn Kha, Chủ tịch UBND xã, dự.", "a")
    b = _posts("T\n\nÔng Hứa Văn Dậu, Bí thư Đảng ủy, phát biểu.", "b")
    assert a["Bí thư Đảng ủy"].endswith("|a") and b["Bí thư Đảng ủy"].endswith("|b")
    assert a["Chủ tịch UBND xã"] == "chủ tịch|ủy ban nhân dân xã|a"
    named = _posts("T\n\nTại xã Yên Lạc, ông Tạ Văn Kha, Chủ tịch UBND xã, dự.", "c")
    assert named["Chủ tịch UBND xã"] == "chủ tịch|ủy ban nhân dân xã yên lạc"


def test_a_department_named_by_its_field_belongs_to_the_reports_unit_but_a_named_unit_stays_its_own():
    bodies = _bodies("Tỉnh Quảng Hưng tổng kết\n\nSở Y tế báo cáo. Sở Y tế Hà Nội chia sẻ. Tỉnh ủy Bình Dương dự.")
    assert bodies["Sở Y tế"] == ("sở y tế|tỉnh quảng hưng", "Tỉnh Quảng Hưng")
    # a province named with no level word is that province's, not the report's (bodies53)
    assert bodies["Sở Y tế Hà Nội"] == ("sở y tế thành phố hà nội", "thành phố Hà Nội")
    assert bodies["Tỉnh ủy Bình Dương"] == ("tỉnh ủy tỉnh bình dương", "tỉnh Bình Dương")
    alone = _bodies("Tổng kết\n\nSở Y tế báo cáo.", "d")
    assert alone["Sở Y tế"][0] == "sở y tế|d"


def test_the_body_a_title_implies_is_the_reports_own_or_the_articles_only():
    placed = _posts("Tỉnh Quảng Hưng tổng kết\n\nÔng Lò Văn Mừng, Tỉnh ủy viên, dự. Tỉnh ủy tỉnh Quảng Hưng họp.")
    assert placed["Tỉnh ủy viên"] == "tỉnh ủy viên|tỉnh ủy tỉnh quảng hưng"
    alone = _posts("Tổng kết\n\nÔng Lò Văn Mừng, Tỉnh ủy viên, dự.", "e")
    assert alone["Tỉnh ủy viên"] == "tỉnh ủy viên|tỉnh ủy|e"
    national = _posts("Tổng kết\n\nPhó Thủ tướng Vũ Văn Tám dự.", "f")
    assert national["Phó Thủ tướng"] == "phó thủ tướng|chính phủ"


def test_a_foreign_office_is_not_the_office_its_title_implies():
    posts = _posts("Hội đàm\n\nTổng Bí thư Đảng Nhân dân cách mạng Lào Somsak Vilayvong và Tổng Bí thư Vũ Văn Tám "
                   "gặp nhau.")
    assert posts["Tổng Bí thư"] == "tổng bí thư|ban chấp hành trung ương đảng"
    assert not posts["Tổng Bí thư Đảng Nhân dân cách mạng Lào"].endswith("|ban chấp hành trung ương đảng")


def test_a_bare_title_before_a_foreign_name_is_not_the_office_it_implies_here():
    res = run("Hội đàm\n\nThủ tướng Vũ Văn Tám hội đàm với Thủ tướng Kenji Tanaka. Thủ tướng Kenji Tanaka cảm ơn.",
              "g")
    posts = [e for e in res.links.entities.values() if e.kind == "post"]
    assert sorted(e.key for e in posts) == ["thủ tướng|chính phủ", "thủ tướng|kenji tanaka"]
    china = run("Hội đàm\n\nThủ tướng Vũ Văn Tám tiếp Thủ tướng Quốc vụ viện Lý Minh Hạo.", "g")
    assert sorted(e.key for e in china.links.entities.values() if e.kind == "post") == [
        "thủ tướng|chính phủ", "thủ tướng|quốc vụ viện"]


def test_two_officials_of_unnamed_bodies_in_two_articles_hold_two_post_nodes(tmp_path: Path) -> None:
    corpus = tmp_path / "two.jsonl"
    texts = {"made-up-a": "Ông Lưu Văn Quế, Bí thư Đảng ủy, phát biểu.",
             "made-up-b": "Ông Hứa Văn Dậu, Bí thư Đảng ủy, phát biểu."}
    corpus.write_text("".join(json.dumps({"id": i, "title": "T", "text": t}, ensure_ascii=False) + "\n"
                              for i, t in texts.items()), encoding="utf-8")
    build_corpus(corpus, tmp_path / "two.nq", jobs=1)
    ds = Dataset()
    ds.parse(str(tmp_path / "two.nq"), format="nquads")
    posts = {s for s, _, _, _ in ds.quads((None, RDFS.label, Literal("Bí thư Đảng ủy", lang="vi"), None))}
    holders = {p: {o for _, _, o, _ in ds.quads((p, ORG.heldBy, None, None))} for p in posts}
    assert len(posts) == 2 and all(len(h) == 1 for h in holders.values())


def test_a_province_the_title_names_without_its_level_is_the_reports_unit():
    bare = _posts("Họp ở Quảng Ngãi\n\nÔng Lò Văn Mừng, Bí thư Tỉnh ủy, dự. Ông Tạ Văn Kha, Chủ tịch UBND tỉnh, dự.")
    assert bare["Bí thư Tỉnh ủy"] == "bí thư|tỉnh ủy|tỉnh quảng ngãi"
    assert bare["Chủ tịch UBND tỉnh"] == "chủ tịch|ủy ban nhân dân tỉnh quảng ngãi"
    city = _bodies("Cần Thơ: tổng kết\n\nÔng Tạ Văn Kha, Phó Chủ tịch UBND TP, dự.")
    assert city["UBND TP"][1] == "Cần Thơ"
    # a longer name that holds a province's ("Điện Biên Phủ"), the person "Hồ Chí Minh", a person's name: no unit
    for title in ("Kỷ niệm chiến thắng Điện Biên Phủ", "Học tập tư tưởng Hồ Chí Minh", "Ông Lê Hà Nam về quê"):
        assert _posts(f"{title}\n\nÔng Tạ Văn Kha, Chủ tịch UBND tỉnh, dự.")["Chủ tịch UBND tỉnh"].endswith("|t")
