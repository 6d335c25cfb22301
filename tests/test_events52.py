"""Round events52 (issue 8): event nodes with whole names. Made-up sentences, not corpus ones."""

from helpers import run


def events(text: str) -> list[str]:
    """Event mentions as written; a reference (no name) is marked "REF:"."""
    doc = run("T\n\n" + text).doc
    return [("REF:" if m.attr("ref") else "") + m.text for m in doc.mentions if m.kind == "event"]


def test_dai_le_duong_is_a_hall_not_a_ceremony():
    """"Đại lễ đường" (a great hall) and "lễ đường" (a ceremonial hall) are buildings: no event, no reference."""
    assert events("Chiều 3/4, tại Đại lễ đường Alpha ở thủ đô Beta, hai bên đã ký ba văn kiện.") == []
    assert events("Đoàn rước bài vị vào lễ đường rồi dâng hương.") == []
    assert events("Tại Đại lễ Vu lan năm nay, nhà chùa đón nhiều khách.") == ["Đại lễ Vu lan"]
