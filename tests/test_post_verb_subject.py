"""Another subject of the verb that gives a post after a name (round posts45): a relative right before the verb, or
people counted in the verb's clause, hold the post, not the name. Made-up examples only."""

from helpers import posts

from kg.extract.post_verb_subject import other_subject


def test_a_relative_right_before_the_verb_holds_the_post():
    got = posts("T\n\nÔng Nguyễn Văn An thành lập Công ty Sông Hồng và để vợ làm giám đốc.")
    assert got.get("Nguyễn Văn An", []) == []
    got = posts("T\n\nÔng Nguyễn Văn An thành lập Công ty Sông Hồng và cho con trai mình làm giám đốc.")
    assert got.get("Nguyễn Văn An", []) == []
    # with no one between, the name holds the post the verb gives
    got = posts("T\n\nÔng Nguyễn Văn An thành lập Công ty Sông Hồng và làm giám đốc.")
    assert got == {"Nguyễn Văn An": ["giám đốc"]}


def test_people_counted_in_the_verbs_clause_hold_the_post():
    got = posts("T\n\nÔng Trần Văn Bình, Giám đốc Sở Nội vụ, cho hay có hai trường hợp không đủ tuổi tái cử được "
                "điều động về Sở Tư pháp làm phó giám đốc.")
    assert got == {"Trần Văn Bình": ["Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nÔng Trần Văn Bình được điều động về Sở Tư pháp làm phó giám đốc.")
    assert got == {"Trần Văn Bình": ["phó giám đốc"]}


def test_forms_of_address_and_counts_behind_a_comma_are_no_other_subject():
    # "anh" before the verb may be the named man himself; a count closed by a comma is no subject of the verb
    assert not other_subject("anh Lò Văn Tám cho biết anh ", len("anh Lò Văn Tám cho biết anh "))
    before = "ông Lò Văn Tám, cùng các cán bộ xã, được "
    assert not other_subject(before, len(before))
    assert other_subject("ông Lò Văn Tám để vợ ", len("ông Lò Văn Tám để vợ "))


def test_people_the_name_is_one_of_or_goes_with_leave_the_post_to_the_name():
    got = posts("T\n\nÔng Trần Văn Bình là một trong 3 cán bộ được điều động về Sở Tư pháp làm phó giám đốc.")
    assert got == {"Trần Văn Bình": ["phó giám đốc"]}
    got = posts("T\n\nÔng Trần Văn Bình cùng 2 cán bộ khác được điều động về Sở Tư pháp làm phó giám đốc.")
    assert got == {"Trần Văn Bình": ["phó giám đốc"]}
