"""Round nodes37 (issue 8: one post node per post of an official): forms of one post the corpus fold did not join.
Made-up names throughout."""

from __future__ import annotations

from kg.corpus.postfold import fold
from kg.corpus.postforms import form, same
from kg.corpus.postwords import words


def _same(a: str, b: str, title: str) -> bool:
    return same(form("post:a", a, title), form("post:b", b, title))


# -- the unit a title names inside itself, left out of one form ("Vụ trưởng X" = "Vụ trưởng Vụ X")

def test_title_unit_left_out_is_one_post() -> None:
    assert _same("Vụ trưởng Hợp tác Lâm Viên", "Vụ trưởng Vụ Hợp tác Lâm Viên", "Vụ trưởng")
    assert _same("Bộ trưởng Thủy lợi", "Bộ trưởng Bộ Thủy lợi", "Bộ trưởng")
    assert _same("Trưởng phòng Kế hoạch Tài vụ", "Trưởng phòng Phòng Kế hoạch Tài vụ", "Trưởng phòng")
    assert _same("Phó Cục trưởng Quản lý Cảng Đông Lâm", "Phó Cục trưởng Cục Quản lý Cảng Đông Lâm", "Phó Cục trưởng")


def test_title_unit_left_out_folds_across_articles() -> None:
    forms = [form("post:a", "Cục trưởng QLCL Hà Sơn", "Cục trưởng"),
             form("post:b", "Cục trưởng Cục Quản lý chất lượng thành phố", "Cục trưởng")]
    assert fold(forms) == {"post:b": ("post:a", True)}


def test_title_unit_never_joins_two_units() -> None:
    assert not _same("Vụ trưởng Pháp chế", "Vụ trưởng Vụ Tổ chức cán bộ", "Vụ trưởng")
    assert not _same("Trưởng ban Tuyên giáo Tỉnh ủy Lam Sơn", "Trưởng ban Dân vận Tỉnh ủy Lam Sơn", "Trưởng ban")
    forms = [form("post:a", "Vụ trưởng Pháp chế", "Vụ trưởng"), form("post:b", "Vụ trưởng Vụ Tài chính", "Vụ trưởng")]
    assert fold(forms) == {}


def test_title_without_a_unit_and_bare_titles_stay() -> None:
    assert form("post:a", "Hiệu trưởng Trường Tiểu học Lam Viên", "Hiệu trưởng").body[0] == "trường"
    assert form("post:a", "Cục trưởng", "Cục trưởng").body == ()
    assert form("post:a", "Viện trưởng VKS tỉnh Lam Sơn", "Viện trưởng").body[:1] == ("v.",)  # its initials
    assert not _same("Hiệu trưởng Lam Viên", "Hiệu trưởng Trường Lam Viên", "Hiệu trưởng")


# -- an abbreviation written with spaces around its "&" ("TT & TT")

def test_spaced_ampersand_abbreviation() -> None:
    assert words("Sở KH & CN tỉnh Lam Sơn") == words("Sở KH&CN tỉnh Lam Sơn")
    assert _same("Giám đốc Sở TT & TT Lam Sơn", "Giám đốc Sở Thông tin và Truyền thông Lam Sơn", "Giám đốc")
    assert not _same("Giám đốc Sở TT & TT Lam Sơn", "Giám đốc Sở TN&MT Lam Sơn", "Giám đốc")
    assert not _same("Giám đốc Sở TT & TT Lam Sơn", "Giám đốc Sở Thị trấn Lam Sơn", "Giám đốc")


# -- a dash-joined abbreviation its letters spell ("QH-KT": quy hoạch, not only Quốc hội)

def test_dash_joined_spelled_abbreviation() -> None:
    assert _same("Giám đốc Sở QH-KT TP Đông Lâm", "Giám đốc Sở Quy hoạch kiến trúc Đông Lâm", "Giám đốc")
    assert not _same("Giám đốc Sở QH-KT Đông Lâm", "Giám đốc Sở Xây dựng Đông Lâm", "Giám đốc")
    assert words("Đại biểu QH tỉnh Lam Sơn")[:4] == ("đại", "biểu", "quốc", "hội")  # on its own: the lexicon's


def test_a_joining_node_with_a_body_stands_for_a_fuller_one_keyed_by_its_holder() -> None:
    fuller = form("post:a", "Vụ trưởng Hợp tác Lâm Viên, Tổng cục Lâm Sơn", "Vụ trưởng", bare=True)
    shorter = form("post:b", "Vụ trưởng Vụ Hợp tác Lâm Viên", "Vụ trưởng")
    assert fold([fuller, shorter]) == {"post:a": ("post:b", True)}
    both = form("post:c", "Vụ trưởng Vụ Hợp tác Lâm Viên, Tổng cục Lâm Sơn", "Vụ trưởng")
    assert fold([both, shorter]) == {"post:b": ("post:c", True)}  # the fullest group's node when it has a body
