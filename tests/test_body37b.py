"""Body names that go on past a comma, round body37b: a pair of fields written with a comma inside one body's name
(``comma_pairs.tsv``). One neutral made-up example per rule."""
from helpers import posts


def test_a_body_name_goes_on_over_a_comma_pair_of_its_fields():
    # "Cục Thẩm định, đánh giá …": appraisal and evaluation are one department's fields, not two clauses
    got = posts("T\n\nÔng Lò Văn Tám, Cục trưởng Cục Thẩm định, đánh giá tác động xã hội cho biết việc này đã xong.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Thẩm định, đánh giá tác động xã hội"]}


def test_a_comma_after_a_body_name_still_ends_it_before_a_word_that_is_no_pair():
    # guard: a comma before a new clause still ends the name
    got = posts("T\n\nÔng Lò Văn Tám, Cục trưởng Cục Thẩm định, đánh giá cao việc này.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Thẩm định"]}
