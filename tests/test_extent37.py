"""Person–post extent, round extent37: where the annotation's post is longer than ours. One neutral made-up example
per rule."""
from helpers import posts


def test_a_national_body_s_chapter_goes_on_over_a_city_s_short_form():
    # "MTTQ Việt Nam TP X" and "MTTQ Việt Nam TP.X": the chapter of the city, as with "tỉnh X"
    got = posts("T\n\nBà Hà Thị Chín, Chủ tịch MTTQ Việt Nam TP Tây Lô cho rằng việc này cần làm ngay.")
    assert got == {"Hà Thị Chín": ["Chủ tịch MTTQ Việt Nam TP Tây Lô"]}
    got = posts("T\n\nBà Hà Thị Chín, Chủ tịch MTTQ Việt Nam TP.Tây Lô, cho rằng việc này cần làm ngay.")
    assert got == {"Hà Thị Chín": ["Chủ tịch MTTQ Việt Nam TP.Tây Lô"]}
    # a sentence that ends at the country: nothing runs on
    got = posts("T\n\nBà Hà Thị Chín, Chủ tịch MTTQ Việt Nam. TP Tây Lô đã làm xong.")
    assert got == {"Hà Thị Chín": ["Chủ tịch MTTQ Việt Nam"]}


def test_a_comma_attached_parent_body_stays_where_a_title_leads_the_holder_s_name():
    # "Thẩm phán A, Chánh tòa X, TAND Y sẽ …": the bare title before the name leads it like an honorific
    got = posts("T\n\nThẩm phán Lò Văn Tám, Chánh tòa Hình sự, TAND tỉnh Tây Lô sẽ ngồi ghế chủ tọa.")
    assert sorted(got["Lò Văn Tám"]) == ["Chánh tòa Hình sự, TAND tỉnh Tây Lô", "Thẩm phán"]
    # in a frame ("Theo …") the body after the comma opens a clause of its own
    got = posts("T\n\nTheo Thẩm phán Lò Văn Tám, Chánh tòa Hình sự, TAND tỉnh Tây Lô đã thụ lý vụ án.")
    assert sorted(got["Lò Văn Tám"]) == ["Chánh tòa Hình sự", "Thẩm phán"]
