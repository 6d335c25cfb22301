"""Fuzzing (issue 13) with hypothesis, bounded to a few seconds: random Vietnamese-ish texts with control,
combining, bidirectional and line-separator characters through ``kg build``, random JSON lines through
``kg build --corpus``: always parseable RDF or a clean one-line error, never another exception.
(Random query strings through the endpoint are the server's tests.)"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.pipeline import process, to_rdf
from kg.rdf import graphio

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])  # capsys is read per example

WORDS = ["Đồng chí", "Nguyễn Văn An", "Chủ tịch", "UBND", "tỉnh", "Thanh Hóa", "Bí thư", "Thành ủy", "hội nghị",
         "năm 2020", "ngày 11/12", "trao", "Giấy khen", "cho", "5 tập thể", "Ông", "Trần Thị Bình", "Công an",
         "xã", "phường", "quận", "Hà Nội", "đã", "phát biểu", "chỉ đạo", "và", "(T/h)", "TP.", "Hoà", "uỷ"]
ODD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\t", "\r", "\r\n", "\n", "\n\n",
       "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\ufffe", "\uffff", "\u202a", "\u202b", "\u202d", "\u202e",
       "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u0301", "\u0300", "\u0323", "\u0309", "\u0303",
       "\u00a0", "\u3000", "\U0001f600", ".", ",", ";", ":", "-", "–", "\"", "“", "”", "(", ")", "/", " "]
SUFFIXES = [".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf"]
OX = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES", ".jsonld": "JSON_LD",
      ".rdf": "RDF_XML"}

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=6))
texts = st.lists(pieces, min_size=1, max_size=60).map(" ".join)


def _parses(path: Path, suffix: str) -> None:
    ds = graphio.load([path])
    assert len(ds) > 0
    list(pyoxigraph.parse(path=str(path), format=getattr(pyoxigraph.RdfFormat, OX[suffix])))


@FUZZ
@given(text=texts, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_build_texts_give_parseable_rdf_or_a_clean_error(text, suffix, capsys):
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "r.txt", Path(tmp) / f"g{suffix}"
        src.write_text(text, encoding="utf-8", errors="surrogatepass")
        code = main(["build", str(src), "-o", str(out), "--no-validate", "-q"])
        err = capsys.readouterr().err
        if code == 0:
            _parses(out, suffix)
        else:
            assert code == 2 and len(err.strip().splitlines()) == 1 and "error: [E0" in err, err
            assert not out.exists()


@FUZZ
@given(text=st.lists(st.one_of(pieces, st.sampled_from(["\ud800", "\udfff", "\udc80"])), min_size=1,
                     max_size=40).map(" ".join))
def test_fuzz_pipeline_texts_with_lone_surrogates_serialise_in_every_format(text):
    try:
        ds = to_rdf(process("fuzz", text))
    except Exception as err:  # only the documented one-line error for an empty text
        assert getattr(err, "code", None) == "E021", err
        return
    for fmt in ("nt", "turtle", "xml"):
        data = graphio.serialise(ds, fmt)
        data.decode("utf-8")  # encodable: no lone surrogate was left


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=10)
records = st.fixed_dictionaries({"id": st.one_of(st.text(max_size=90), st.integers(), st.none()),
                                 "title": st.one_of(texts, st.none(), st.integers()),
                                 "text": st.one_of(texts, st.none(), json_values)},
                                optional={"date": st.one_of(st.text(max_size=12), st.just("2020-02-30"))})
lines = st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)),
                  records.map(json.dumps),  # \uXXXX escapes, lone surrogates included
                  json_values.map(json.dumps), st.text(max_size=40), st.just("[" * 3000 + "]" * 3000))


@FUZZ
@given(corpus=st.lists(lines, min_size=1, max_size=8))
def test_fuzz_corpus_json_lines_give_parseable_rdf_or_a_clean_error(corpus, capsys):
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "c.jsonl", Path(tmp) / "c.nq"
        src.write_text("\n".join(corpus) + "\n", encoding="utf-8", errors="surrogatepass")
        code = main(["build", "--corpus", str(src), "-o", str(out), "-j", "1", "-q"])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        if code in (0, 3):
            _parses(out, ".nq")
        else:
            assert code == 2 and len(err.strip().splitlines()) == 1 and "[E034]" in err, err
            assert not out.exists()
