"""Person–post precision, round 181 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_verb_that_names_a_departments_field_after_a_body_head_stays_in_the_post():
    # name_stops, field: "tham mưu" (advise) names the staff department right after "phòng"
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham mưu, Công an tỉnh cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng tham mưu"]}
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham mưu tổng hợp, Sở Nội vụ cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng tham mưu tổng hợp"]}
    # other verbs still open a clause
    assert posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham gia.") == {"Lò Văn Tám": ["Trưởng phòng"]}
