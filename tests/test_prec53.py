"""Person–post precision, round prec53 (the wrong pairs left on the fresh sets of the genre). Made-up examples.

- "đi" (go) ends a name: a post, a body's or a team's name does not run on through the verb ("trưởng đoàn công tác
  đi trên tàu", "Sở X đi huyện Y", "Bộ X phát đi …").
- "trụ trì chùa X" (the abbot of pagoda X) is a post.
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


def test_the_abbot_of_a_pagoda_is_a_post():
    # "trụ trì chùa X": the abbot of pagoda X, as the gold conventions keep it (a bare "sư trụ trì" stays none)
    got = held("T\n\nSư thầy Thích Minh Tâm, trụ trì chùa Vân Hà, quận Tây Lô cho biết lễ đã xong.")
    assert got == {"Thích Minh Tâm": ["trụ trì chùa Vân Hà"]}
    got = held("T\n\nTheo Đại đức Thích Quảng An - Trụ trì chùa Đồi (Đông Hà) thì việc này đúng.")
    assert got == {"Thích Quảng An": ["Trụ trì chùa Đồi"]}


def test_a_bare_abbot_gives_no_post():
    got = held("T\n\nSư trụ trì là Thích Thiện Tâm đã nhận lỗi trước các phật tử.")
    assert got.get("Thích Thiện Tâm", []) == []
