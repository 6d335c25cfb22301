"""Round events53 (issue 8): "phiên thảo luận", a meeting head the lexicon lacked ("buổi họp" was tried and left out:
5 of its 10 corpus nodes were not whole names). Made-up sentences, not corpus ones."""

from helpers import event_labels


def nodes(text: str) -> list[str]:
    return [label.lower() for label in event_labels(text, None)]


def test_phien_thao_luan_is_a_meeting_head():
    """"phiên thảo luận về …" (a debate session) is a meeting named with its topic."""
    text = ("Kỳ họp Alpha\n\nChiều 5/6, đại biểu Trần Văn Bình phát biểu tại phiên thảo luận về dự án luật quy hoạch"
            " đô thị. Ông đề nghị Chính phủ giải trình.")
    assert nodes(text) == ["phiên thảo luận về dự án luật quy hoạch đô thị"]


def test_a_bare_head_of_the_new_kinds_is_no_name():
    """Alone ("phiên thảo luận này"), the new head names nothing; nor does "buổi họp", no head."""
    text = ("Tin Alpha\n\nÔng Trần Văn Bình nói tại buổi họp rằng chợ sẽ mở lại. Ông cho biết phiên thảo luận này rất"
            " sôi nổi.")
    assert nodes(text) == []

