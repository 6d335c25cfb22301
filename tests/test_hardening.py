"""Hardening (issues 13 and 14): every output parses, nothing merges or clobbers silently, file-system faults
and signals end with one line, limits are checked before reading. Each test is named after its case."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main
from kg.pipeline import bundled_report
from kg.rdf import graphio

REPO = Path(__file__).resolve().parents[1]
ODD = "\u2028 \u2029 \uffff \ufffe \x01\x0b\x0c\x1f\x7f\x85 \u202e\u2067 ngược \u202c\u2069 e\u0301 \u200b"
ODD_REPORT = ("Hội nghị tổng kết công tác năm 2020\u2028của UBND tỉnh\n"
              f"Sáng 11/12, UBND tỉnh Thanh Hóa tổ chức hội nghị.{ODD} Đồng chí Nguyễn Văn An, Chủ tịch UBND "
              "tỉnh phát biểu\u2029chỉ đạo hội nghị.\n")
OX_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES", ".jsonld": "JSON_LD",
              ".json": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML"}


def _one_line_error(err: str, code: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and f"[{code}]" in lines[0] and "Traceback" not in err, err


# ---------------------------------------------------------------- 1. output always valid for its format


@pytest.mark.parametrize("suffix", sorted(graphio.FORMATS))
def test_output_with_line_separators_controls_and_bidi_round_trips_in_every_format(tmp_path, suffix):
    src = tmp_path / "odd.txt"
    src.write_text(ODD_REPORT, encoding="utf-8")
    out = tmp_path / f"odd{suffix}"
    assert main(["build", str(src), "-o", str(out), "--no-validate", "-q"]) == 0
    data = out.read_bytes()
    for ch in ("\u2028", "\u2029", "\uffff", "\x01", "\u202e"):
        assert ch.encode("utf-8") not in data
    ours = graphio.load([out])
    ox = list(pyoxigraph.parse(path=str(out), format=getattr(pyoxigraph.RdfFormat, OX_FORMATS[suffix])))
    assert len(ours) == len({(q.subject, q.predicate, q.object) for q in ox}) > 50
    texts = [str(o) for o in ours.objects() if "Nguyễn Văn An" in str(o) and "\n" in str(o)]
    assert texts and "\ufffd" in texts[0]  # U+FFFF became U+FFFD, the line separators LF


def test_output_nt_of_text_with_u2028_keeps_every_triple(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("Tiêu đề\u2028tiếp\nNội dung\u2029hết.\n", encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "r.nt"), "--no-validate", "-q"]) == 0
    assert main(["build", str(src), "-o", str(tmp_path / "r.ttl"), "--no-validate", "-q"]) == 0
    assert len(graphio.load([tmp_path / "r.nt"])) == len(graphio.load([tmp_path / "r.ttl"]))


def test_output_trig_jsonld_rdf_bytes_identical_across_hash_seeds(tmp_path):
    digests: dict[str, set[bytes]] = {}
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        code = ("import sys; from kg.pipeline import default_dataset; from kg.rdf.graphio import serialise\n"
                "ds = default_dataset()\n"
                "for f in ('trig', 'json-ld', 'xml', 'turtle', 'nquads'):\n"
                "    sys.stdout.buffer.write(f.encode() + b'\\0' + serialise(ds, f) + b'\\1')\n")
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True).stdout
        for chunk in out.split(b"\1")[:-1]:
            fmt, _, data = chunk.partition(b"\0")
            digests.setdefault(fmt.decode(), set()).add(data)
    assert set(digests) == {"trig", "json-ld", "xml", "turtle", "nquads"}
    for fmt, variants in digests.items():
        assert len(variants) == 1, f"{fmt} changes with PYTHONHASHSEED"
