"""Hardening (issues 13 and 14): every output parses, nothing merges or clobbers silently, file-system faults
and signals end with one line, limits are checked before reading. Each test is named after its case."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main
from kg.rdf import graphio

REPO = Path(__file__).resolve().parents[1]
ODD = "\u2028 \u2029 \uffff \ufffe \x01\x0b\x0c\x1f\x7f\x85 \u202e\u2067 ngược \u202c\u2069 e\u0301 \u200b"
ODD_REPORT = ("Hội nghị tổng kết công tác năm 2020\u2028của UBND tỉnh\n"
              f"Sáng 11/12, UBND tỉnh Thanh Hóa tổ chức hội nghị.{ODD} Đồng chí Nguyễn Văn An, Chủ tịch UBND "
              "tỉnh phát biểu\u2029chỉ đạo hội nghị.\n")
KG = "import sys; from kg.cli import main; sys.exit(main())"  # the `kg` console script
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


# ---------------------------------------------------------------- 2. no silent merges, no clobbered input


def test_merge_same_file_name_in_two_folders_gives_two_reports(tmp_path):
    for d, city in (("d1", "Thanh Hóa"), ("d2", "Nghệ An")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "r.txt").write_text(f"Hội nghị của tỉnh {city}\nUBND tỉnh {city} tổ chức hội nghị.\n",
                                            encoding="utf-8")
    out = tmp_path / "g.nq"
    assert main(["build", str(tmp_path / "d1/r.txt"), str(tmp_path / "d2/r.txt"), "-o", str(out), "-q",
                 "--no-validate"]) == 0
    ds = graphio.load([out])
    reports = {str(s) for s, p, o in ds.triples((None, None, None)) if str(p).endswith("#isString")}
    assert len(reports) == 2 and any(r.endswith("/report/r") for r in reports)
    titles = [str(o) for s, p, o in ds.triples((None, None, None))
              if str(p).endswith("/title") and "/report/" in str(s)]  # not the dataset's own VoID title
    assert sorted(set(titles)) == ["Hội nghị của tỉnh Nghệ An", "Hội nghị của tỉnh Thanh Hóa"]
    for r in reports:  # each report node has one text
        assert len([o for s, p, o in ds.triples((None, None, None))
                    if str(s) == r and str(p).endswith("#isString")]) == 1


def test_merge_same_file_twice_is_an_error(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text("Tiêu đề\nNội dung.\n", encoding="utf-8")
    assert main(["build", str(src), str(src), "-o", str(tmp_path / "g.ttl")]) == 2
    _one_line_error(capsys.readouterr().err, "E007")


def test_merge_corpus_ids_that_slug_alike_stay_distinct(tmp_path):
    import json

    from kg.corpus.records import Record, Skip, read_records

    long = "x" * 85
    ids = ["a.b", "a-b", "A B", long + "1", long + "2", "a.b"]
    lines = [json.dumps({"id": i, "title": f"Bài {n}", "text": f"Nội dung bài {n}."}) for n, i in enumerate(ids)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_records(tmp_path / "c.jsonl"))
    recs = [r for r in items if isinstance(r, Record)]
    skips = [s for s in items if isinstance(s, Skip)]
    assert len(recs) == 5 and len({r.doc_id for r in recs}) == 5
    assert recs[0].doc_id == "a-b" and all(len(r.doc_id) <= 80 for r in recs)
    assert [(s.line, s.reason) for s in skips] == [(6, "repeated id")]  # a truly repeated id is still skipped
    again = [r.doc_id for r in read_records(tmp_path / "c.jsonl") if isinstance(r, Record)]
    assert again == [r.doc_id for r in recs]  # stable


@pytest.mark.parametrize("argv", [
    ["build", "{d}/r.ttl", "-o", "{d}/r.ttl"],
    ["build", "{d}/r.ttl", "-o", "{d}/./r.ttl"],
    ["build", "--corpus", "{d}/r.ttl", "-o", "{d}/r.ttl"],
    ["query", "SELECT * WHERE { ?s ?p ?o }", "--data", "{d}/r.ttl", "-o", "{d}/r.ttl"],
    ["viz", "--data", "{d}/r.ttl", "-o", "{d}/r.ttl"],
])
def test_clobber_no_command_overwrites_its_input(tmp_path, capsys, argv):
    src = tmp_path / "r.ttl"
    src.write_text("Tiêu đề\nNội dung.\n", encoding="utf-8")
    before = src.read_bytes()
    assert main([a.replace("{d}", str(tmp_path)) for a in argv]) == 2
    _one_line_error(capsys.readouterr().err, "E014")
    assert src.read_bytes() == before


# ---------------------------------------------------------------- 3. file-system faults, broken pipe, Ctrl-C


@pytest.fixture
def mount_tmpfs(tmp_path):
    """Mount a small tmpfs (root only; skips elsewhere) and unmount it at the end."""
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        where = tmp_path / name
        where.mkdir()
        if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                                               capture_output=True).returncode != 0:
            pytest.skip("cannot mount a tmpfs here (needs root)")
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", str(where)], capture_output=True)


def _no_leftovers(folder: Path) -> None:
    left = [p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".kg-corpus-")]
    assert left == [], left


def test_fs_disk_full_tmpfs_keeps_the_old_output(mount_tmpfs, capsys):
    tiny = mount_tmpfs("tiny", "size=64k")
    out = tiny / "g.ttl"
    out.write_bytes(b"old")
    assert main(["build", "-o", str(out), "--no-validate", "-q"]) == 4
    _one_line_error(capsys.readouterr().err, "E015")
    assert out.read_bytes() == b"old"
    _no_leftovers(tiny)


def test_fs_disk_full_corpus_build_leaves_nothing(mount_tmpfs, capsys):
    tiny = mount_tmpfs("tiny", "size=64k")
    corpus = REPO / "tests" / "data" / "articles.jsonl"
    assert main(["build", "--corpus", str(corpus), "-o", str(tiny / "c.nq"), "-j", "1", "-q"]) == 4
    _one_line_error(capsys.readouterr().err, "E015")
    assert list(tiny.iterdir()) == []


def test_fs_disk_full_simulated_write_error(tmp_path, monkeypatch, capsys):
    import errno

    import kg.outfile

    real = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(kg.outfile.os, "fdopen", lambda fd, *a, **k: Full(real(fd, *a, **k)))
    out = tmp_path / "g.ttl"
    out.write_bytes(b"old")
    assert main(["build", "-o", str(out), "--no-validate", "-q"]) == 4
    err = capsys.readouterr().err
    _one_line_error(err, "E015")
    assert "No space left" in err and out.read_bytes() == b"old"
    _no_leftovers(tmp_path)


def test_fs_read_only_folder(mount_tmpfs, tmp_path, capsys):
    ro = mount_tmpfs("ro", "ro,size=64k")
    assert main(["build", "-o", str(ro / "g.ttl"), "--no-validate", "-q"]) == 4
    err = capsys.readouterr().err
    _one_line_error(err, "E015")
    assert "read-only" in err.lower()


@pytest.mark.parametrize("case, hint", [
    ("output-is-a-folder", "is a folder"),
    ("parent-is-a-file", "is a file"),
    ("name-too-long", "too long"),
])
def test_fs_bad_output_path_fails_before_work(tmp_path, capsys, case, hint):
    (tmp_path / "dir.ttl").mkdir()
    (tmp_path / "file").write_text("x")
    out = {"output-is-a-folder": tmp_path / "dir.ttl", "parent-is-a-file": tmp_path / "file" / "g.ttl",
           "name-too-long": tmp_path / ("n" * 300 + ".ttl")}[case]
    for argv in (["build", "-o", str(out), "-q"], ["query", "--cq", "4", "-o", str(out)],
                 ["build", "--corpus", str(REPO / "tests" / "data" / "articles.jsonl"), "-o",
                  str(out.with_suffix(".nq")) if case != "output-is-a-folder" else str(out), "-q"]):
        assert main(argv) in (4, 2), argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert main(["build", "-o", str(out), "-q"]) == 4
    assert hint in capsys.readouterr().err
    assert (tmp_path / "file").read_text() == "x" and (tmp_path / "dir.ttl").is_dir()
    _no_leftovers(tmp_path)


def test_broken_pipe_ends_quietly_with_141(tmp_path):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone, as after `| head`
    try:
        proc = subprocess.run([sys.executable, "-c", KG, "query", "--cq", "4", "--format", "csv"],
                              stdout=write_end, stderr=subprocess.PIPE, cwd=REPO, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 141 and proc.stderr == b""


def test_ctrl_c_ends_with_one_line_and_130(monkeypatch, capsys, tmp_path):
    from kg import pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "build_files", interrupted)
    assert main(["build", "-o", str(tmp_path / "g.ttl")]) == 130
    assert capsys.readouterr().err.strip() == "kg build: interrupted"
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- 4. input limits, unrepresentable records

ARTICLES = REPO / "tests" / "data" / "articles.jsonl"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_limit_endless_input_is_refused_in_bounded_memory(tmp_path, capsys, device):
    assert main(["build", device, "-o", str(tmp_path / "g.ttl")]) == 2
    err = capsys.readouterr().err
    _one_line_error(err, "E006")
    assert "20 MB" in err and list(tmp_path.iterdir()) == []
    assert main(["build", "--corpus", device, "-o", str(tmp_path / "c.nq")]) == 2
    _one_line_error(capsys.readouterr().err, "E036")


def test_limit_huge_report_refused_before_reading(tmp_path, capsys, monkeypatch):
    from pathlib import Path as P

    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(25_000_000)  # sparse: 25 MB of nothing
    monkeypatch.setattr(P, "open", lambda *a, **k: pytest.fail("read a file over the limit"))
    assert main(["build", str(big), "-o", str(tmp_path / "g.ttl")]) == 2
    _one_line_error(capsys.readouterr().err, "E006")


def _bad_records(tmp_path: Path, good: int) -> tuple[Path, dict[int, str]]:
    """``good`` sample articles with one bad record of each kind among them; returns the path and bad lines."""
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()[:good]
    bad = {
        "lone surrogate": '{"id": "s1", "title": "T", "text": "Nội dung \\ud800 hỏng."}',
        "nested too deeply": "[" * 5_000 + "]" * 5_000,
        "record over": '{"id": "big", "title": "T", "text": "' + "a" * 30_000 + '"}',
        "text over": '{"id": "long", "title": "T", "text": "' + "Câu. " * 3_000 + '"}',
        "not a JSON object": '["a list"]',
    }
    where: dict[int, str] = {}
    for n, (reason, record) in enumerate(bad.items()):
        at = min(len(lines), 2 * n + 1)
        lines.insert(at, record)
        where = {k + (k > at): v for k, v in where.items()}
        where[at + 1] = reason
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, where


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corpus_unrepresentable_records_are_skipped_counted_and_the_run_goes_on(tmp_path, capsys, monkeypatch,
                                                                                jobs):
    import kg.corpus.records as cr

    monkeypatch.setattr(cr, "MAX_RECORD_BYTES", 20_000)  # the sample's longest line is 5.6 kB
    monkeypatch.setattr(cr, "MAX_ARTICLE_CHARS", 10_000)
    path, where = _bad_records(tmp_path, 8)
    out = tmp_path / "c.nq"
    assert main(["build", "--corpus", str(path), "-o", str(out), "-j", jobs]) == 3
    text = capsys.readouterr().out
    assert "articles: 8   skipped: 5" in text
    skipped = {int(s.line): s.reason for s in cr.read_records(path) if isinstance(s, cr.Skip)}
    assert {n: next(k for k in where.values() if k in r) for n, r in skipped.items()} == where
    assert len(graphio.load([out])) > 1000


def test_corpus_one_bad_record_among_many_reports_exactly_that_record(tmp_path, capsys):
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    lines.insert(30, '{"id": "broken-1", "title": "T", "text": "x \\udfff y"}')
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["build", "--corpus", str(path), "-o", str(tmp_path / "c.nq"), "-j", "2"]) == 3
    out = capsys.readouterr().out
    assert f"articles: {len(lines) - 1}   skipped: 1" in out
    assert "skipped 1: broken-1: a lone surrogate escape" in out


# ---------------------------------------------------------------- 5. linear time: bounded sentences, large reports


def test_linear_sentence_without_punctuation_is_cut_into_bounded_pieces():
    from kg.extract.segment import MAX_SENTENCE_CHARS
    from kg.pipeline import process

    words = "Đồng chí Nguyễn Văn An Chủ tịch UBND tỉnh Thanh Hóa phát biểu chỉ đạo, các đơn vị thực hiện tốt "
    text = (words * (3 * MAX_SENTENCE_CHARS // len(words))).strip()
    doc = process("t", text).doc  # one line: title and body at once
    assert len(doc.sentences) >= 3
    assert all(0 < s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)
    assert all(doc.text[s.start:s.end] == s.text and not s.text[0].isspace() for s in doc.sentences)
    covered = "".join(doc.text[s.start:s.end] for s in doc.sentences)
    assert covered.replace(" ", "") == doc.text.replace(" ", "")  # nothing lost between the pieces
    assert doc.title_end == len(doc.text)


@pytest.mark.parametrize("suffix", [".nq", ".nt", ".ttl", ".trig", ".jsonld", ".rdf"])
def test_linear_large_report_path_writes_the_same_triples(tmp_path, monkeypatch, capsys, suffix):
    import kg.cli.build

    src = tmp_path / "r.txt"
    src.write_text(ODD_REPORT + bundled_text(), encoding="utf-8")
    small, big = tmp_path / f"small{suffix}", tmp_path / f"big{suffix}"
    assert main(["build", str(src), "-o", str(small), "--no-validate", "-q"]) == 0
    monkeypatch.setattr(kg.cli.build, "LARGE_BYTES", 1000)
    assert main(["build", str(src), "-o", str(big)]) == 0
    assert "shapes: not checked" in capsys.readouterr().out
    a, b = graphio.load([small]), graphio.load([big])
    assert len(a) > 1000 and set(a) == set(b)  # the union of the graphs
    if suffix in (".nq", ".trig", ".jsonld"):
        assert _quads(a) == _quads(b)
    again = tmp_path / f"again{suffix}"
    assert main(["build", str(src), "-o", str(again), "-q"]) == 0
    assert again.read_bytes() == big.read_bytes()


def _quads(ds) -> set:  # noqa: ANN001
    return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in ds.quads()}


def bundled_text() -> str:
    from kg.pipeline import bundled_report

    return bundled_report().read_text(encoding="utf-8").split("\n", 1)[1]


# ---------------------------------------------------------------- 6. interruption


class _SlowStore:
    """Stands in for pyoxigraph's store: a bulk load that would take a minute."""

    def __init__(self, real):
        self.real = real
        self.slow_started = threading.Event()

    def bulk_load(self, path, format):  # noqa: A002 (pyoxigraph's name)
        if path.endswith("slow.nt"):
            self.slow_started.set()
            time.sleep(60)
        self.real.bulk_load(path=path, format=format)

    def flush(self):
        self.real.flush()

    def __len__(self):
        return len(self.real)


@pytest.fixture
def ctrl_c_raises():
    """Ctrl-C raises KeyboardInterrupt, as at a terminal: a suite started in the background (`make test &`) inherits
    SIGINT ignored, and Python then installs no handler of its own."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_interrupt_load_stops_promptly_and_says_what_the_store_holds(tmp_path, capsys, ctrl_c_raises):
    import signal

    from kg.sparql.store import OxigraphStore

    (tmp_path / "a.nt").write_text("<http://x/a> <http://x/p> <http://x/o> .\n", encoding="utf-8")
    (tmp_path / "slow.nt").write_text("<http://x/b> <http://x/p> <http://x/o> .\n", encoding="utf-8")
    store = OxigraphStore(tmp_path / "store")
    store.store = slow = _SlowStore(store.store)
    # Ctrl-C once the slow file has begun (not after a fixed delay: on a busy machine the first file may not be
    # loaded yet).
    timer = threading.Thread(target=lambda: slow.slow_started.wait(30) and os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    t0 = time.perf_counter()
    with pytest.raises(Exception) as info:
        store.load([tmp_path / "a.nt", tmp_path / "slow.nt"])
    assert time.perf_counter() - t0 < 5  # not the minute the load would take
    err = info.value
    assert err.code == "E308" and err.exit_code == 130
    assert "slow.nt" in str(err) and "files loaded before it: a.nt" in str(err)


def test_interrupt_failed_multi_file_load_names_the_files_loaded(tmp_path, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.nt").write_text(f"<http://x/{name}> <http://x/p> <http://x/o> .\n", encoding="utf-8")
    (tmp_path / "c.nt").write_text("this is not N-Triples\n", encoding="utf-8")
    paths = [str(tmp_path / f"{n}.nt") for n in "abc"]
    assert main(["load", *paths, "--store", str(tmp_path / "store")]) == 2
    err = capsys.readouterr().err
    _one_line_error(err, "E013")
    assert "c.nt" in err and "files loaded before it: a.nt, b.nt" in err and "2 now" in err


def _corpus_build(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """A corpus build of the sample (three times over) in a child process, once its temporary folder exists."""
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(ln.replace('"id": "', f'"id": "{n}-') for n in range(3) for ln in lines),
                      encoding="utf-8")
    out = tmp_path / "out" / "c.nq"
    proc = subprocess.Popen([sys.executable, "-c", KG, "build", "--corpus", str(corpus), "-o", str(out), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob(".kg-corpus-*")):
        assert proc.poll() is None and time.monotonic() < deadline, "the build ended before it could be stopped"
        time.sleep(0.02)
    time.sleep(0.3)
    return proc, out


@pytest.mark.parametrize("signame, code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_interrupt_corpus_build_removes_its_temporary_folder(tmp_path, signame, code):
    import signal

    proc, out = _corpus_build(tmp_path)
    proc.send_signal(getattr(signal, signame))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert err.decode().strip().splitlines()[-1] in ("kg build: interrupted", "kg build: terminated")
    assert b"Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_interrupt_killed_corpus_build_folder_is_removed_by_the_next_build(tmp_path):
    import signal

    proc, out = _corpus_build(tmp_path)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    time.sleep(0.5)  # the orphaned workers see their parent gone
    assert list(out.parent.glob(".kg-corpus-*"))  # SIGKILL cannot be caught: the folder stays…
    assert main(["build", "--corpus", str(ARTICLES), "-o", str(out.parent / "d.nq"), "-j", "1", "-q"]) == 0
    assert [p.name for p in out.parent.iterdir()] == ["d.nq"]  # …until the next build in that folder
