"""Event names cut short (issue 8, item 3, round events40c; ``kg/extract/event_length.py``): a closed quoted title
inside an event's name counts as one word for the grammar's cap on a name's length, so that a name with a long
quoted title or slogan is read whole instead of being refused. Made-up examples."""

from helpers import event_labels

from kg.extract.event_length import name_words


def test_a_quoted_title_counts_as_one_word():
    words = ["Giải", "báo", "chí", "“", "Vì", "sông", "Beta", "xanh", "”", "lần", "thứ", "II"]
    assert name_words(words, len(words)) == 7
    assert name_words(["Hội", "thi", "“", "Vì", "Beta"], 5) == 4  # not closed: every word counts


def test_a_long_name_with_a_quoted_title_is_read_whole():
    name = ("kỷ niệm 80 năm Ngày Truyền thống ngành Thủy lợi tỉnh Alpha (5-3-1950 - 5-3-2030) và phát động "
            "Giải báo chí “Vì dòng sông Beta xanh sạch đẹp mãi mãi của quê hương” lần thứ XII năm 2030 - 2031")
    text = f"Ngày 5-3, tại Gamma, Sở Alpha tổ chức {name}.\n\nÔng Lê Văn Quy phát biểu tại buổi lễ."
    assert name in event_labels(text)
