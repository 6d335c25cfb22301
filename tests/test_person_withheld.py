"""Withheld names written with a two-letter initial ("Lê Văn Th.") and islets named "Cù Lao …" (a family name
first): no person to name (issue 8, item 4, names sample seed 353). Made-up examples."""

from __future__ import annotations

from test_person_caps import _persons_and_pairs

from kg.extract import names


def test_two_letter_initial_is_a_withheld_name() -> None:
    assert _persons_and_pairs("Trên đường về, ông Tạ Minh Th. gặp nạn.")[0] == []
    assert _persons_and_pairs("Nạn nhân là Lò Văn Tr (20 tuổi, trú xã bên).")[0] == []
    assert _persons_and_pairs("Em Ngô Thị Th. sinh năm 2010 và chị Tăng Thị Nh. cùng trú tại xã.")[0] == []
    assert _persons_and_pairs("Ông Th. cho biết, ông Hà Văn Th. đã đến.")[0] == []


def test_two_letter_syllable_or_a_foreign_family_name_is_no_initial() -> None:
    assert not names.withheld_initial("Gi", True) and not names.withheld_initial("Thư", True)  # syllables
    assert _persons_and_pairs("Ông Lý Văn Trung, Chủ tịch UBND xã, phát biểu.")[0] == ["Lý Văn Trung"]
    assert _persons_and_pairs("Bộ trưởng Ng Kok Wah phát biểu.")[0] == ["Ng Kok Wah"]  # "Ng" opens the name


def test_digraph_family_name_after_a_country_is_no_initial() -> None:
    persons, pairs = _persons_and_pairs("Bộ trưởng Quốc phòng Singapore Ng Kok Wah phát biểu.")
    assert persons == ["Ng Kok Wah"]
    assert pairs == ["Ng Kok Wah — Bộ trưởng Quốc phòng Singapore"]
    assert _persons_and_pairs("Thứ trưởng Nông nghiệp Trung Quốc Qu Lianfeng thăm Hà Nội.")[0] == ["Qu Lianfeng"]


def test_islet_named_cu_lao_is_no_person() -> None:
    assert _persons_and_pairs("Du khách ra thăm khu bảo tồn biển Cù Lao Bàng của huyện.")[0] == []
    assert _persons_and_pairs("Nghề khai thác yến sào Cù Lao Bàng mang lại nguồn thu lớn.")[0] == []


def test_family_name_cu_still_opens_a_persons_name() -> None:
    persons, pairs = _persons_and_pairs("Ông Cù Văn Lao, Giám đốc Sở Tài chính, cho biết.")
    assert persons == ["Cù Văn Lao"]
    assert pairs == ["Cù Văn Lao — Giám đốc Sở Tài chính"]
    assert _persons_and_pairs("Nhà thơ Cù Lao Thanh đọc bài thơ mới.")[0] == ["Cù Lao Thanh"]
