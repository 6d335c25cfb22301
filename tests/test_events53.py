"""Round events53 (issue 8): meeting heads the lexicon lacked, and "phòng, chống" inside a name. Made-up sentences,
not corpus ones."""

from helpers import event_labels


def nodes(text: str) -> list[str]:
    return [label.lower() for label in event_labels(text, None)]


def test_buoi_hop_is_a_meeting_head():
    """"buổi họp" names a meeting as "cuộc họp" does: the head and its complement up to the clause's verb."""
    text = ("Chợ Alpha mở lại\n\nSáng 6/2, UBND huyện Beta đã tổ chức buổi họp với đại diện các hộ kinh doanh chợ"
            " Alpha. Tại buổi họp, ông Trần Văn Bình cho biết chợ sẽ mở lại.")
    assert nodes(text) == ["buổi họp với đại diện các hộ kinh doanh chợ alpha"]


def test_phien_thao_luan_is_a_meeting_head():
    """"phiên thảo luận về …" (a debate session) is a meeting named with its topic."""
    text = ("Kỳ họp Alpha\n\nChiều 5/6, đại biểu Trần Văn Bình phát biểu tại phiên thảo luận về dự án luật quy hoạch"
            " đô thị. Ông đề nghị Chính phủ giải trình.")
    assert nodes(text) == ["phiên thảo luận về dự án luật quy hoạch đô thị"]


def test_a_bare_head_of_the_new_kinds_is_no_name():
    """Alone ("tại buổi họp", "phiên thảo luận này"), the new heads name nothing."""
    text = ("Tin Alpha\n\nÔng Trần Văn Bình nói tại buổi họp rằng chợ sẽ mở lại. Ông cho biết phiên thảo luận này rất"
            " sôi nổi.")
    assert nodes(text) == []


def test_phong_chong_is_one_phrase_inside_a_name():
    """"phòng, chống X" (prevent and combat X): the comma joins the two verbs, the name goes on."""
    text = ("Sạt lở Alpha\n\nChiều 3/4, Phó Thủ tướng Trần Văn Bình đã chủ trì cuộc họp về công tác phòng, chống sạt"
            " lở với lãnh đạo các tỉnh vùng Alpha. Ông yêu cầu các tỉnh chủ động.")
    assert nodes(text) == ["cuộc họp về công tác phòng, chống sạt lở với lãnh đạo các tỉnh vùng alpha"]


def test_a_longer_head_keeps_its_key_when_a_shorter_one_opens_it():
    """"buổi họp báo" is a head of its own: a "thứ N" of the event it is about stays in place in its identity key, the
    same as before "buổi họp" was a head (the number is not moved up to "buổi họp")."""
    from kg.extract.event_key import event_key

    assert event_key("Buổi họp báo trước kỳ họp thứ 3") == "buổi họp báo trước kỳ họp 3"
    assert event_key("Buổi họp báo trước kỳ họp thứ 3- Hội đồng Alpha khóa IV") == event_key(
        "buổi họp báo trước kỳ họp thứ 3 - Hội đồng Alpha khóa 4")
    assert event_key("Buổi họp báo trước kỳ họp thứ 3- Hội đồng Alpha khóa IV").startswith("buổi họp báo trước")
    assert event_key("Hội nghị Ủy ban Alpha lần thứ VII") == event_key("Hội nghị lần thứ 7 Ủy ban Alpha")
