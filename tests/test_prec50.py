"""Person–post precision, round prec50 (a uniform sample of the corpus's pairs): a member title before the Central
Committee written in lower case with its term ("Ủy viên trung ương khóa 18") is one post, not a bare "Ủy viên".
Made-up examples."""
from helpers import held


def test_a_member_of_the_central_committee_in_lower_case_with_its_term():
    got = held("T\n\nCơ quan chức năng đang điều tra ông Lò Văn Tám, Ủy viên trung ương khóa 17, về các sai phạm.")
    assert got == {"Lò Văn Tám": ["Ủy viên trung ương khóa 17"]}
    got = held("T\n\nLò Văn Tám, Ủy viên trung ương khóa 16,17 bị điều tra khi đang giữ chức Bí thư tỉnh Tây Lô.")
    assert got["Lò Văn Tám"][0] == "Ủy viên trung ương khóa 16,17"


def test_no_committee_without_a_term_after_it():
    # without a term "trung ương" may open what follows ("Ủy viên, trung ương giao …"); the bare title stays
    got = held("T\n\nÔng Lò Văn Tám, Ủy viên Hội đồng, cho biết trung ương đã đồng ý.")
    assert got == {"Lò Văn Tám": ["Ủy viên Hội đồng"]}
