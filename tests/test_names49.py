"""Persons of round names49 (blind spots of the extractor): a Khmer name whose first word is no Vietnamese syllable
as the press writes it ("Chau", "Neang": ``khmer_name_words.tsv``) and one or two capitalised syllables after it is
a person's name with no honorific, title or age anywhere in the article. A withheld initial after it stays no name,
and other bare two-word names stay as they were. Made-up names and places only."""

from helpers import mentions, run


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_khmer_name_word_and_a_syllable_with_no_anchor_is_a_person():
    assert persons("Chau Mơ và chị Lê Thị Khê là vợ chồng với nhau.") == ["Chau Mơ", "Lê Thị Khê"]
    assert persons("Tức giận, Chau Mơ dùng dao đâm nhiều nhát.") == ["Chau Mơ"]
    assert persons("Mọi người khống chế Chau Mơ giao cho Công an xã Khê An.") == ["Chau Mơ"]
    assert persons("Neang Khê bán hàng ở chợ xã Khê An.") == ["Neang Khê"]


def test_a_withheld_initial_or_another_bare_two_word_run_stays_as_it_was():
    assert persons("Ông Chau T xin ngủ lại thì được đồng ý.") == []
    assert persons("Lê Mơ tỉnh dậy thì phát hiện sự việc.") == []
    assert persons("Hà Khê là một xã khó khăn của huyện.") == []


def tasks(text: str) -> list[tuple[str, str]]:
    """(issuer's label, task's text) of the tasks the graph gives."""
    res = run("Tiêu đề\n\n" + text)
    out = []
    for f in res.facts:
        if f.cls == "Task":
            props = dict(f.props)
            issuer = props.get("vnr:issuedBy")
            out.append((res.links.entities[issuer.id].label if issuer else "", props["vnr:text"].value))
    return out


def test_a_person_seized_before_a_request_word_sets_no_task():
    text = "Người dân khống chế Lê Văn Mơ giao cho Công an xã Khê An. Đồng thời, đưa nạn nhân đi cấp cứu."
    assert tasks(text) == []
    text = "Ông Lê Văn Mơ giao cho Công an xã Khê An làm rõ vụ việc. Đồng thời, báo cáo trước ngày 5/7."
    assert [who for who, _ in tasks(text)] == ["Lê Văn Mơ", "Lê Văn Mơ"]


def test_a_seize_verb_before_a_stop_or_a_comma_is_no_object():
    text = "Hai đối tượng đã bị bắt giữ. Lê Văn Mơ yêu cầu Công an xã Khê An làm rõ vụ việc."
    assert [who for who, _ in tasks(text)] == ["Lê Văn Mơ"]
    text = "Sau khi hai đối tượng bị tạm giữ, Lê Văn Mơ yêu cầu Công an xã Khê An làm rõ vụ việc."
    assert [who for who, _ in tasks(text)] == ["Lê Văn Mơ"]
