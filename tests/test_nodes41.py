"""Round nodes41: one post node per post of an official — a company's board between its chair's title and the
company (issue 8, done-when): "Chủ tịch HĐQT Tập đoàn X", "Chủ tịch Hội đồng thành viên Tập đoàn X" and "Chủ tịch
Tập đoàn X" are one post; a board with no company named after it, a board of no company, another title of the
board, or another body of the company stay apart. Neutral made-up examples."""
from kg.corpus.postfold import fold
from kg.corpus.postforms import form, same, within


def test_the_chair_of_a_company_board_is_the_company_chair():
    a = form("post:a", "Chủ tịch HĐQT Tập đoàn Lúa gạo Tây Lô", "Chủ tịch")
    b = form("post:b", "Chủ tịch Tập đoàn Lúa gạo Tây Lô", "Chủ tịch")
    c = form("post:c", "nguyên Chủ tịch Hội đồng thành viên Tập đoàn Lúa gạo Tây Lô", "Chủ tịch")
    assert same(a, b) and same(b, c) and same(a, c)
    moved = fold([a, b, c])
    assert len(moved) == 2 and len({target for target, _ in moved.values()}) == 1


def test_a_board_before_a_company_short_form_and_a_vice_chair():
    a = form("post:a", "Phó Chủ tịch HĐTV TLX", "Phó Chủ tịch")
    b = form("post:b", "Phó Chủ tịch Tổng công ty TLX", "Phó Chủ tịch")
    assert within(a, b)
    assert fold([a, b]) == {"post:a": ("post:b", True)}


def test_a_board_with_no_company_named_after_it_stays():
    bare = form("post:a", "Chủ tịch Hội đồng quản trị Cty", "Chủ tịch")
    union = form("post:b", "Chủ tịch Công đoàn Công ty TNHH Cơ khí Tây Lô", "Chủ tịch")
    assert not within(bare, union) and fold([bare, union]) == {}
    assert bare.board == 0
    school = form("post:c", "Chủ tịch HĐQT Trường Đại học Tây Lô", "Chủ tịch")
    assert school.board == 0
    assert not same(school, form("post:d", "Chủ tịch Trường Đại học Tây Lô", "Chủ tịch"))


def test_another_title_of_the_board_keeps_the_board():
    a = form("post:a", "Ủy viên HĐQT Tập đoàn Lúa gạo Tây Lô", "Ủy viên")
    assert a.board == 0 and not same(a, form("post:b", "Ủy viên Tập đoàn Lúa gạo Tây Lô", "Ủy viên"))
    g = form("post:g", "Tổng giám đốc Tập đoàn Lúa gạo Tây Lô", "Tổng giám đốc")
    assert not same(form("post:h", "Chủ tịch HĐQT Tập đoàn Lúa gạo Tây Lô", "Chủ tịch"), g)


def test_a_board_before_a_company_name_and_the_bare_board_stay_shorter_forms():
    named = form("post:a", "Chủ tịch Hội đồng quản trị Lôcomex", "Chủ tịch")
    full = form("post:b", "nguyên Chủ tịch HĐQT Tổng công ty Lôcomex", "Chủ tịch")
    bare = form("post:c", "Chủ tịch Hội đồng quản trị", "Chủ tịch")
    assert named.board == 0 and within(named, full) and within(bare, full)
    assert not within(named, form("post:e", "Chủ tịch Liên minh HTX DV Lúa Tây Lô", "Chủ tịch"))
    assert within(form("post:d", "Chủ tịch Lôcomex", "Chủ tịch"), full)
