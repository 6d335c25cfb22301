"""Event names that were fragments (issue 8, item 3, round events48). Made-up examples.

- a work's place: after a purpose whose object is a work built or opened ("khởi công", "khánh thành", lexicon
  ``site_purposes.tsv``) and its object, "tại"/"ở" and the head of a point of a road (class ``site``: "nút giao",
  "cửa ngõ") go on with the name (``kg/extract/event_site.py``), and "và" and a second such point after it; a bare
  place or a unit after "tại" is still the event's own venue;
- a topic's place after "ở" as after "tại" ("về … ở vịnh Alpha");
- a meeting named by the verb "họp" ("tổ chức họp báo về … tại xã Alpha") keeps the topic's place: the word of class
  ``rite-stop`` there does not cut it (``kg/extract/mentions/event_rites.rite_stop``);
- a lake after "trên" ("hồ", class ``locus`` in ``event_words.tsv``) places the matter, as a river does."""

from helpers import event_labels as _labels


def test_a_works_place_after_tai_or_o_goes_on_with_the_name():
    got = _labels("Ngày 3/5/2030, Sở Giao thông vận tải tỉnh Alpha đã tổ chức lễ khởi công xây dựng hai cầu vượt tại "
                  "nút giao Beta - Gamma.")
    assert got == ["lễ khởi công xây dựng hai cầu vượt tại nút giao Beta - Gamma"], got
    got = _labels("Ngày 3/5/2030, tại Công viên Alpha đã diễn ra lễ khởi công xây dựng 2 cầu vượt tại nút giao Gamma "
                  "(Q.Beta) và nút giao Delta - Epsilon (Q.Zeta).")  # two works, two points
    assert got == ["lễ khởi công xây dựng 2 cầu vượt tại nút giao Gamma (Q.Beta) và nút giao Delta - Epsilon (Q.Zeta)"]
    got = _labels("Lễ khởi công xây dựng cầu vượt thép ở cửa ngõ sân bay Alpha.")
    assert got == ["Lễ khởi công xây dựng cầu vượt thép ở cửa ngõ sân bay Alpha"], got


def test_a_bare_place_or_no_work_still_ends_the_name():
    got = _labels("Ngày 3/5/2030, Sở Alpha tổ chức lễ khởi công xây dựng cầu Beta tại Gamma.")
    assert got == ["lễ khởi công xây dựng cầu Beta"], got
    got = _labels("Ngày 3/5/2030, ông Nguyễn Văn An dự lễ khánh thành nhà văn hóa thôn Beta tại xã Gamma, huyện Delta, "
                  "tỉnh Epsilon.")  # a unit after a work: the ceremony's venue
    assert got == ["lễ khánh thành nhà văn hóa thôn Beta"], got
    got = _labels("Ngày 3/5/2030, Sở Alpha tổ chức lễ khởi công hai cầu vượt tại nút giao Beta (hướng vào sân bay "
                  "Gamma, Q.Delta) và nút giao Epsilon.")  # a gloss after the first point: the second would be lost
    assert got == ["lễ khởi công hai cầu vượt"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức hội nghị sơ kết công tác dân vận ở xã Beta.")
    assert got == ["hội nghị sơ kết công tác dân vận"], got


def test_a_topics_place_after_o_goes_on_with_the_name():
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức hội nghị về tình hình cá chết ở vịnh Beta.")
    assert got == ["hội nghị về tình hình cá chết ở vịnh Beta"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha đã tổ chức cuộc họp báo thông tin về việc cá nuôi chết ở vịnh Beta, "
                  "thị xã Gamma.")  # a bay and the unit above it (``event_words.tsv``: "vịnh", class ``place``)
    assert got == ["cuộc họp báo thông tin về việc cá nuôi chết ở vịnh Beta, thị xã Gamma"], got


def test_a_meeting_named_by_hop_keeps_its_topics_place():
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức họp báo thông tin về tình hình cá chết hàng loạt tại xã "
                  "Beta và phường Gamma.")
    assert got == ["họp báo thông tin về tình hình cá chết hàng loạt tại xã Beta và phường Gamma"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức họp báo về tình hình cá chết ở phường Beta.")
    assert got == ["họp báo về tình hình cá chết ở phường Beta"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức họp báo về tình hình cá chết tại Beta.")
    assert got == ["họp báo về tình hình cá chết"], got


def test_guard_a_place_referred_back_to_is_the_clauses():
    """A guard (it passes on the code before events48 too, which never went on after "ở"): the new "ở" rule must not
    take "thành phố này" in; the rule's own test is ``test_a_named_place_referred_back_to_is_the_clauses``."""
    got = _labels("Ngày 3/5/2030, Bộ trưởng có buổi làm việc với lãnh đạo tỉnh Alpha về tình hình giáo dục ở thành "
                  "phố này.")
    assert got == ["buổi làm việc với lãnh đạo tỉnh Alpha về tình hình giáo dục"], got


def test_a_lake_after_tren_goes_on_with_the_name():
    got = _labels("Ngày 3/5/2030, UBND quận Alpha tổ chức cuộc họp về công tác di dời tàu, thuyền trên hồ Beta.")
    assert got == ["cuộc họp về công tác di dời tàu, thuyền trên hồ Beta"], got  # ``event_words.tsv``: "hồ" a locus
    got = _labels("Ngày 3/5/2030, UBND quận Alpha tổ chức cuộc họp về công tác di dời tàu thuyền trên hồ sơ của Beta.")
    assert got == ["cuộc họp về công tác di dời tàu thuyền"], got  # "hồ sơ" a file, no lake


def test_a_meeting_whose_topics_place_is_glossed_keeps_its_name():
    # "họp" names a meeting only where its name is whole (event_hop._closed): a bracket after the topic's place
    # leaves it unclosed, and the name falls back to its cut before "tại" instead of being lost
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức họp báo về tình hình cá chết tại xã Beta (huyện Gamma).")
    assert got == ["họp báo về tình hình cá chết"], got


def test_a_named_place_referred_back_to_is_the_clauses():
    # a demonstrative after the place's name ends it too ("… | tại nút giao Alpha này"): before, the name ran on to
    # the demonstrative and the event was lost
    got = _labels("Ngày 3/5/2030, Sở Beta tổ chức lễ khánh thành cầu Gamma tại nút giao Alpha này.")
    assert got == ["lễ khánh thành cầu Gamma"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức hội nghị về tình hình giáo dục ở thành phố Beta này.")
    assert got == ["hội nghị về tình hình giáo dục"], got
