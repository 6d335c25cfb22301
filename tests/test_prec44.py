"""Round prec44 (issue 8, person–post precision): a bare title's unit written as a capitalised head that needs a
name and then the name in lower case ("Phó Cục trưởng Cục phòng chống …") is the head and its name, not the head
alone ("Phó Cục trưởng Cục"), when a closer follows the name: punctuation, a verb of saying, an auxiliary, a
closing function word ("đến", "để"), "thuộc", or "làm" and a role's first word ("làm phó …",
``head_name_closers.tsv``; "làm" alone is the clause's verb). Neutral made-up examples."""
from helpers import posts


def test_a_lower_case_name_before_the_role_the_holder_takes():
    got = posts("T\n\nĐoàn kiểm tra gồm ông Nguyễn Văn Tư làm trưởng đoàn; ông Trần Văn Bình - Phó Cục trưởng Cục"
                " phòng chống buôn lậu làm phó đoàn.")
    assert got["Trần Văn Bình"] == ["Phó Cục trưởng Cục phòng chống buôn lậu"]


def test_a_lower_case_name_before_the_body_above_it():
    got = posts("T\n\nÔng Lê Văn Cường được bổ nhiệm làm Phó cục trưởng Cục kỹ thuật an toàn và môi trường lao động"
                " thuộc Bộ Tây Lô.")
    assert got == {"Lê Văn Cường": ["Phó cục trưởng Cục kỹ thuật an toàn và môi trường lao động"]}


def test_a_lower_case_name_and_a_capitalised_place_before_a_function_word():
    got = posts("T\n\nCông an đã bắt ông Đỗ Văn Hải, nguyên kế toán trưởng Ban bồi thường giải phóng mặt bằng"
                " Q.Đông Mơ để phục vụ điều tra.")
    assert got == {"Đỗ Văn Hải": ["kế toán trưởng Ban bồi thường giải phóng mặt bằng Q.Đông Mơ"]}


def test_two_fields_joined_by_and_before_a_closing_word():
    got = posts("T\n\nĐiều động đồng chí Phạm Văn Dũng - Trưởng phòng Phòng chống gian lận và chống buôn lậu đến"
                " nhận công tác mới.")
    assert got == {"Phạm Văn Dũng": ["Trưởng phòng Phòng chống gian lận và chống buôn lậu"]}


def test_a_head_alone_before_a_verb_or_with_no_closer_stays_as_it_was():
    assert posts("T\n\nÔng Đinh Văn Hải – Phó Giám đốc Công ty cho biết như vậy."
                 ) == {"Đinh Văn Hải": ["Phó Giám đốc Công ty"]}
    # lower-case words with no closer after them: no name is taken
    assert posts("T\n\nÔng Đinh Văn Hải – Phó Giám đốc Sở kiểm tra các cơ sở trên địa bàn."
                 ) == {"Đinh Văn Hải": ["Phó Giám đốc Sở"]}
    # "làm" alone opens the clause's verb ("làm việc với …"), it closes no name
    assert posts("T\n\nÔng Đinh Văn Hải – Phó Cục trưởng Cục phòng chống buôn lậu làm việc với tỉnh Đông Mơ."
                 ) == {"Đinh Văn Hải": ["Phó Cục trưởng Cục"]}
