import unicodedata

from kg.extract.normalise import canonical_tones, key, normalise_text, slug, stable_id


def test_normalise_text_nfc_crlf_and_controls():
    raw = "\ufeffTP Thanh Ho\u0061\u0301\r\n\r\nSáng 11-12,\u00a0hội nghị\u200b.\r\n"
    text = normalise_text(unicodedata.normalize("NFD", raw))
    assert text == "TP Thanh Hoá\n\nSáng 11-12, hội nghị.\n"
    assert unicodedata.is_normalized("NFC", text)


def test_canonical_tones_moves_old_style_marks_and_keeps_length():
    pairs = [("Thanh Hoá", "Thanh Hóa"), ("Thành uỷ", "Thành ủy"), ("Uỷ ban", "Ủy ban"), ("HOÁ", "HÓA"),
             ("khoẻ", "khỏe"), ("Hoà Bình", "Hòa Bình")]
    for old, new in pairs:
        assert canonical_tones(old) == new
        assert len(canonical_tones(old)) == len(old)
    # closed syllables and "qu" are not touched
    assert canonical_tones("hoàn thành quý") == "hoàn thành quý"


def test_key_folds_tone_style_case_and_spacing():
    assert key("UỶ BAN  nhân dân Thanh Hoá") == key("Ủy ban nhân dân thanh hóa")
    assert key("an ninh – trật tự") == key("an ninh - trật tự")
    assert key("Hà Nội") != key("Hạ Nội")


def test_stable_id_is_readable_and_deterministic():
    assert stable_id("Thành uỷ TP Thanh Hoá") == stable_id("Thành ủy TP Thanh Hóa")
    assert stable_id("Lê Anh Xuân").startswith("le-anh-xuan-")
    assert slug("Đại hội toàn quốc lần thứ XIII") == "dai-hoi-toan-quoc-lan-thu-xiii"


def test_normalise_replaces_unrepresentable_characters_one_for_one():
    raw = "a\u2028b\u2029c\ud800d\uffffe\ufffef\x01g\u202eh"
    text = normalise_text(raw)
    assert text == "a\nb\nc\ufffdd\ufffde\ufffdf" + "gh"  # controls and bidi marks dropped, as before
    assert text.encode("utf-8")  # encodable: no lone surrogate left


def test_roman_value_reads_digits_and_roman_numerals_of_either_case() -> None:
    from kg.extract.normalise import roman_value

    assert [roman_value(s) for s in ("14", "XIV", "xiv", "IX", "XL", "V", "XCIX")] == [14, 14, 14, 9, 40, 5, 99]
