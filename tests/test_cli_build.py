import pytest

from kg.cli import main


def test_cli_build_bundled_report_writes_each_format(tmp_path, capsys):
    for suffix in (".ttl", ".trig", ".nq", ".nt", ".jsonld"):
        out = tmp_path / f"g{suffix}"
        assert main(["build", "-o", str(out), "--no-validate"]) == 0
        assert out.stat().st_size > 10_000
    text = capsys.readouterr().out
    assert "Official 2" in text and "AwardConferral 2" in text


def test_cli_build_validates_and_reports_zero_violations(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "g.ttl")]) == 0
    assert "shapes: 0 violations" in capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("dir", "is a directory"),
    (b"", "is empty"),
    (b"\x00\x01binary\x00", "binary"),
    ("Thanh Ho\xe1".encode("latin-1"), "not valid UTF-8"),
])
def test_cli_build_bad_input_one_line_error_no_output(tmp_path, capsys, content, message):
    src = tmp_path / "in.txt"
    if content == "dir":
        src.mkdir()
    elif content is not None:
        src.write_bytes(content)
    out = tmp_path / "out.ttl"
    assert main(["build", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_cli_build_unknown_suffix_fails_before_work(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "g.xyz")]) == 2
    assert "unknown RDF file suffix" in capsys.readouterr().err


def test_cli_validate_catches_a_post_without_holder(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix vnr: <https://w3id.org/vnreport-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/vnreport-kg/id/post/x> a vnr:Post ; rdfs:label "Bí thư"@vi .
<https://w3id.org/vnreport-kg/id/person/y> a vnr:Official .
""", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "a post without a holder" in out
    assert "has no @vi rdfs:label" in out
    assert "without provenance" in out


def test_cli_validate_flags_a_meeting_date_that_is_not_a_date(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix vnr: <https://w3id.org/vnreport-kg/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/vnreport-kg/id/event/m> a vnr:Meeting ; rdfs:label "Hội nghị"@vi ;
    schema:startDate "11-12" , "2020-12-11"^^<http://www.w3.org/2001/XMLSchema#date> .
""", encoding="utf-8")
    assert main(["validate", str(bad), "--warnings"]) == 1
    out = capsys.readouterr().out
    assert "a meeting date must be an xsd:date" in out
    assert "warning:" in out and "several dates" in out
