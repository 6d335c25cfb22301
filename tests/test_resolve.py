"""Entity resolution across articles (kg.corpus.resolve): both sides of the rule, on pipeline output and on holdings."""

from __future__ import annotations

from kg.corpus.resolve import Holding, Resolver, alike, compatible, evidence
from kg.pipeline import process


def _assign(resolver: Resolver, doc_id: str, text: str) -> str:
    result = process(doc_id, "Hội nghị\n" + text)
    [ev] = [e for e in evidence(result.links, result.facts).values() if e.name == "nguyễn văn an"]
    return resolver.assign(doc_id, ev)


def test_same_name_conflicting_provinces_are_two_people_and_compatible_posts_join_the_right_one():
    r = Resolver()
    assert _assign(r, "a1", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Thanh Hóa, phát biểu.") == "nguyễn văn an"
    assert _assign(r, "a2", "Bí thư Tỉnh ủy Bình Dương Nguyễn Văn An chủ trì.") == "nguyễn văn an|a2"
    # tone variant and a second post in the same province: the first person
    assert _assign(r, "a3", "Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hoá dự.") \
        == "nguyễn văn an"
    # the same body as the second person: the second person
    assert _assign(r, "a4", "Ông Nguyễn Văn An, Bí thư Tỉnh ủy Bình Dương, dự.") == "nguyễn văn an|a2"
    # no post: no evidence, the first person of the name
    assert _assign(r, "a5", "Ông Nguyễn Văn An dự hội nghị.") == "nguyễn văn an"
    assert r.people("Nguyễn Văn An") == 2


def test_abbreviated_or_tone_variant_body_is_the_same_body():
    a = process("a", "Hội nghị\nÔng Nguyễn Văn An, Chủ tịch UBND TP Hà Nội, phát biểu.")
    b = process("b", "Hội nghị\nÔng Nguyễn Văn An, Chủ tịch Ủy ban nhân dân thành phố Hà Nội, phát biểu.")
    [ha] = evidence(a.links, a.facts).values()
    [hb] = evidence(b.links, b.facts).values()
    assert {h.body for h in ha.holdings} == {h.body for h in hb.holdings} == {"ủy ban nhân dân thành phố hà nội"}
    c = process("c", "Hội nghị\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh Thanh Hoá, phát biểu.")
    d = process("d", "Hội nghị\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh Thanh Hóa, phát biểu.")
    [hc] = evidence(c.links, c.facts).values()
    [hd] = evidence(d.links, d.facts).values()
    assert hc.holdings == hd.holdings and {h.places for h in hc.holdings} == {frozenset({"thanh hóa"})}


def test_one_word_names_are_never_merged_across_articles():
    r = Resolver()
    from kg.corpus.resolve import Evidence

    assert r.assign("a", Evidence("sự")) == "sự|a"
    assert r.assign("b", Evidence("sự")) == "sự|b"


def test_units_alike_on_prefix_and_abbreviation_not_on_shared_initials():
    assert alike("tt - huế", "thừa thiên - huế")
    assert alike("br - vt", "bà rịa - vũng tàu")
    assert alike("nam", "nam từ liêm")  # a truncated mention
    assert alike("chư pah", "chư păh")
    assert not alike("hà nam", "hà nội")
    assert not alike("kon tum", "thủy xuân")


def test_bodies_alike_when_abbreviated_or_truncated():
    assert alike("sở gd - đt", "sở giáo dục và đào tạo hà nội", loose=True)
    assert alike("bộ nn - ptnt", "bộ nông nghiệp và phát triển nông thôn", loose=True)
    assert alike("ủy ban an ninh - quốc phòng", "ủy ban quốc phòng - an ninh", loose=True)
    assert not alike("bộ y tế", "bộ tài chính", loose=True)


def test_compatible_both_sides():
    hn = Holding("chủ tịch", "ủy ban nhân dân thành phố hà nội", "ủy ban nhân dân", frozenset({"hà nội"}))
    th = Holding("chủ tịch", "ủy ban nhân dân tỉnh thanh hóa", "ủy ban nhân dân", frozenset({"thanh hóa"}))
    health = Holding("bộ trưởng", "bộ y tế", "bộ")
    finance = Holding("bộ trưởng", "bộ tài chính", "bộ")
    assert not compatible({hn}, {th})
    assert not compatible({health}, {finance})
    assert compatible({health}, {Holding("bộ trưởng", "bộ y tế", "bộ")})
    assert compatible({hn}, set())  # no evidence, no conflict
    # a former post never conflicts: "nguyên Chủ tịch UBND tỉnh Thanh Hóa" now in Hà Nội
    former = Holding(th.title, th.body, th.head, th.places, former=True)
    assert compatible({hn}, {former})
    # a shared body settles it even when other posts are elsewhere
    assert compatible({hn, th}, {th})
    # a body cut short after its level word is no evidence for the title rule
    assert compatible({Holding("phó chủ tịch", "ủy ban nhân dân thành phố", "ủy ban nhân dân")},
                      {Holding("phó chủ tịch", "ủy ban nhân dân quận 1", "ủy ban nhân dân")})


def test_generic_events_are_local_named_ones_shared():
    from kg.corpus.resolve import local_event

    assert local_event("kỳ họp thứ 3") and local_event("Lễ khai mạc") and local_event("hội nghị tổng kết năm 2016")
    assert not local_event("Hội nghị Trung ương 5")
    assert not local_event("Lễ hội Chọi trâu Đồ Sơn")
