"""Person–post precision, round prec53 (the wrong pairs left on the fresh sets of the genre). Made-up examples.

"đi" (go) ends a name: a post, a body's or a team's name does not run on through the verb ("trưởng đoàn công tác
đi trên tàu", "Sở X đi huyện Y", "Bộ X phát đi …").
"""
from helpers import body_post_labels, held


def test_a_post_does_not_run_on_through_go():
    got = held("T\n\nNgười bị thương là ông Trần Văn Bảy, trưởng đoàn công tác đi trên tàu.")
    assert got == {"Trần Văn Bảy": ["trưởng đoàn công tác"]}


def test_a_bare_head_of_delegation_stays_bare():
    got = held("T\n\nThứ trưởng Bộ Y tế Phạm Văn Mười làm trưởng đoàn đã kiểm tra bệnh viện.")
    assert sorted(got["Phạm Văn Mười"]) == ["Thứ trưởng Bộ Y tế", "trưởng đoàn"]


def test_a_body_does_not_run_on_through_go():
    bodies, _ = body_post_labels("Sở Tài nguyên Tây Lô đi huyện Đông Hà để kiểm tra.")
    assert not any("đi" in b.split() for b in bodies)
    bodies, _ = body_post_labels("Chiều 5/3, Bộ Nội vụ Tây Lô phát đi thông báo về việc tuyển dụng.")
    assert not any("đi" in b.split() for b in bodies)
