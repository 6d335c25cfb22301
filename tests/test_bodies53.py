"""Round bodies53 (issue 8): a body of a provincial head written with a province's name and no level word ("Tỉnh ủy
Alpha", "Sở Y tế Alpha", "UBND Alpha") is placed in that province and is one node with the body written with the
level word (kg/extract/link_province.bare_province, lexicon province_name_heads.tsv). Made-up sentences."""

from helpers import run


def _bodies(text: str, doc_id: str = "t") -> dict[str, tuple[str, str]]:
    """Body label as written → (its node's key, the label of the unit it is placed in)."""
    res = run("Tin vắn\n\n" + text, doc_id)
    out = {}
    for e in res.links.entities.values():
        if e.kind == "body":
            unit = res.links.entities[e.part_of].label if e.part_of else ""
            for m in e.mentions:
                out[m.text] = (e.key, unit)
    return out


def test_a_provincial_party_committee_named_bare_is_the_provinces():
    b = _bodies("Ông Lê Văn An, Bí thư Tỉnh ủy Cao Bằng, đã làm việc với Tỉnh ủy tỉnh Cao Bằng về công tác cán bộ.")
    assert b["Tỉnh ủy Cao Bằng"][1] == "tỉnh Cao Bằng"
    assert b["Tỉnh ủy Cao Bằng"][0] == b["Tỉnh ủy tỉnh Cao Bằng"][0]


def test_a_peoples_committee_and_a_department_named_bare_are_one_node_with_the_levelled_form_across_reports():
    bare = _bodies("Sở Y tế Cao Bằng đã gửi báo cáo lên UBND Đà Nẵng.", "a")
    levelled = _bodies("Sở Y tế tỉnh Cao Bằng đã gửi báo cáo lên UBND thành phố Đà Nẵng.", "b")
    assert bare["Sở Y tế Cao Bằng"] == levelled["Sở Y tế tỉnh Cao Bằng"]
    assert bare["UBND Đà Nẵng"] == levelled["UBND thành phố Đà Nẵng"]
    assert bare["UBND Đà Nẵng"][1] == "thành phố Đà Nẵng"


def test_a_city_party_committee_of_a_province_name_is_the_provincial_citys_not_the_provinces():
    b = _bodies("Thành ủy Cao Bằng và Thành ủy Đà Nẵng đã ký kết hợp tác.")
    assert b["Thành ủy Đà Nẵng"][1] == "thành phố Đà Nẵng"
    assert b["Thành ủy Cao Bằng"][1] == ""  # "Cao Bằng" is a province: this is its city's committee


def test_a_company_or_a_longer_name_ending_in_a_province_name_is_not_placed():
    b = _bodies("Công ty Vận tải Cao Bằng và Trung tâm nghiên cứu châu Á - Thái Bình Dương đã ký kết hợp tác.")
    assert b["Công ty Vận tải Cao Bằng"][1] == ""
    assert b["Trung tâm nghiên cứu châu Á - Thái Bình Dương"][1] == ""


def test_the_post_of_a_bare_body_is_the_post_of_the_levelled_one():
    def post_key(text: str, doc_id: str) -> str:
        res = run("Tin vắn\n\n" + text, doc_id)
        return next(e.key for e in res.links.entities.values() if e.kind == "post")
    assert post_key("Ông Lê Văn An, Giám đốc Sở Y tế Cao Bằng, cho biết.", "a") == post_key(
        "Ông Lê Văn An, Giám đốc Sở Y tế tỉnh Cao Bằng, cho biết.", "b")


def test_a_ward_named_after_a_person_whose_name_ends_in_a_province_name_stays_the_wards():
    b = _bodies("UBND P.Lê Hà Nam đã họp với Tỉnh Đoàn Cao Bằng.")
    assert b["UBND P.Lê Hà Nam"][1] != "tỉnh Hà Nam"
    assert b["Tỉnh Đoàn Cao Bằng"][1] == "tỉnh Cao Bằng"  # "Đoàn", a family name too, is the head's own word
