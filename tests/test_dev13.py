"""Round dev13 of issue 8 (the misses of devown13, by construction): one neutral made-up example per rule."""
from helpers import posts

from kg.extract import lexicon


def test_a_people_s_body_glued_to_a_level_s_abbreviation_reads_as_the_two():
    # "UBNDTP" = "UBND TP": the same post as "Chủ tịch UBND TP Tây Lô", one node (before: a second post "… UBNDTP")
    text = "T\n\nÔng Lò Văn Tám, Chủ tịch UBND TP Tây Lô, đã ký. Chủ tịch UBNDTP Lò Văn Tám yêu cầu các sở làm ngay."
    assert posts(text) == {"Lò Văn Tám": ["Chủ tịch UBND TP Tây Lô"]}
    # the class: UBND, HĐND, TAND, VKSND with TP, TX, TT, Q, H, P (admin_levels.tsv), written with no space
    assert lexicon.expand("HĐNDTX Tây Lô") == "Hội đồng nhân dân thị xã Tây Lô"
    assert lexicon.expand("TANDQ 3") == "Tòa án nhân dân quận 3"
    # a row of the file keeps its own sense ("TANDTC": the Supreme People's Court)
    assert lexicon.expand("TANDTC") == "Tòa án nhân dân tối cao"
