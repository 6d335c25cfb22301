"""Same input → same IRIs and byte-identical output; NFD, CRLF and old tone marks → the same facts."""

import unicodedata

from kg.extract.normalise import key
from kg.pipeline import bundled_report, process, to_rdf
from kg.rdf.graphio import serialise

TEXT = bundled_report().read_text(encoding="utf-8")


def _facts(text: str) -> set[tuple[str, str, str]]:
    """Triples of the default graph with literals folded (tone-mark style, case)."""
    ds = to_rdf(process("thanh-hoa-qpan-2020", text))
    return {(str(s), str(p), key(str(o))) for s, p, o in ds.default_graph}


def test_determinism_two_builds_are_byte_identical():
    for fmt in ("turtle", "trig", "nquads"):
        a = serialise(to_rdf(process("r", TEXT)), fmt)
        b = serialise(to_rdf(process("r", TEXT)), fmt)
        assert a == b, fmt


def test_determinism_nfd_crlf_and_old_tone_marks_give_the_same_facts():
    base = _facts(TEXT)
    assert _facts(unicodedata.normalize("NFD", TEXT)) == base
    assert _facts(TEXT.replace("\n", "\r\n")) == base
    old = TEXT.replace("Hóa", "Hoá").replace("ủy", "uỷ").replace("hóa", "hoá")
    assert old != TEXT
    assert _facts(old) == base
