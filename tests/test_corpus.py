"""Corpus mode on a committed sample of 11 real articles (plus 3 malformed lines): ``tests/data/corpus-sample.jsonl``.

The sample holds Nguyễn Đức Chung (Chủ tịch UBND TP Hà Nội) and Hoàng Trung Hải (Bí thư Thành ủy Hà Nội) in two
articles each; Nguyễn Ngọc Quang as Phó Chủ tịch UBND huyện Chư Păh (Gia Lai, spelt Chư Pah once) in two and as
Phó Chủ tịch UBND quận Hà Đông (Hà Nội) in a third; Nguyễn Văn Hòa as Chủ tịch UBND tỉnh Kon Tum and as Chủ tịch
UBND phường Thủy Xuân (Huế); Nguyễn Thị Kim Ngân in two articles dated by their opening line (10/5/2017).
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import rdflib.namespace as rdfns
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SKOS

from kg import pipeline
from kg.cli import main
from kg.corpus.build import build_article, build_corpus, nt
from kg.corpus.records import Record, Skip, article_date, read_records
from kg.corpus.resolve import local_event
from kg.rdf.emit import entity_iri, report_iri
from kg.rdf.namespace import NIF, SCHEMA, VNR

SAMPLE = Path(__file__).parent / "data" / "corpus-sample.jsonl"
ARTICLES = 11


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, Dataset]:
    out = tmp_path_factory.mktemp("corpus") / "sample.nq"
    summary = build_corpus(SAMPLE, out, jobs=1)
    ds = Dataset()
    ds.parse(str(out), format="nquads")
    return out, summary, ds


def _persons(ds: Dataset, name: str) -> list[URIRef]:
    return sorted({s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))})


def _holdings(ds: Dataset, person: URIRef) -> dict[str, set[str]]:
    """Post label → ids of the articles whose post holding states it."""
    out: dict[str, set[str]] = {}
    for h, _, _, _ in ds.quads((None, ORG.member, person, None)):
        post = next(o for _, _, o, _ in ds.quads((h, VNR.post, None, None)))
        report = next(o for _, _, o, _ in ds.quads((h, VNR.inReport, None, None)))
        label = str(next(o for _, _, o, _ in ds.quads((post, RDFS.label, None, None))))
        out.setdefault(label, set()).add(str(report).rsplit("/", 1)[1])
    return out


def test_malformed_lines_are_skipped_with_line_and_reason(built):
    _, summary, _ = built
    assert summary.articles == ARTICLES
    assert [(s.line, s.ref) for s in summary.skipped] == [(5, "line 5"), (9, "line 9"), (14, "no-text")]
    reasons = [s.reason for s in summary.skipped]
    assert reasons[0].startswith("bad JSON") and reasons[1].startswith("not UTF-8") and reasons[2] == "no text"
    assert "skipped 3: line 5: bad JSON" in "\n".join(summary.lines())


def test_each_article_is_its_own_named_graph_with_its_metadata(built):
    _, _, ds = built
    graphs = {g.identifier for g in ds.graphs() if g.identifier != ds.default_graph.identifier and len(g)}
    described = {g for g in graphs if "/dataset/" in str(g)}
    assert len(graphs - described) == ARTICLES and len(described) == 1  # one per article, then the description
    g = ds.graph(report_iri("baomoi-21470928"))
    r = report_iri("baomoi-21470928")
    assert (r, RDF.type, VNR.Report) in g
    assert (r, DCTERMS.identifier, Literal("baomoi-21470928")) in g
    assert str(g.value(r, DCTERMS.title)).startswith("Buộc thôi việc 2 cô giáo mầm non")
    # entities and facts are in the default graph, not in the article's graph
    assert not list(g.triples((None, ORG.member, None)))
    assert list(ds.default_graph.triples((None, ORG.member, None)))


def test_the_corpus_dataset_carries_its_void_dcat_description(built):
    # Counted from what was written: the triples before it, the articles, the instances per class.
    from rdflib.namespace import DCAT, VOID

    _, summary, ds = built
    node = next(s for s, *_ in ds.quads((None, RDF.type, VOID.Dataset, None)))
    desc = ds.graph(node)
    assert (node, RDF.type, DCAT.Dataset) in desc
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    assert int(desc.value(node, VOID.triples)) == quads - len(desc) == summary.triples - summary.described
    reports = sorted(s for s, *_ in ds.quads((None, RDF.type, VNR.Report, None)))
    assert sorted(desc.objects(node, DCTERMS.source)) == reports
    assert len(list(desc.objects(node, DCTERMS.source))) == ARTICLES
    typed = {(s, o) for s, o in ds.default_graph.subject_objects(RDF.type) if str(o).startswith(str(VNR))}
    assert int(desc.value(node, VOID.entities)) == len({s for s, _ in typed}) > 0
    parts = {desc.value(p, VOID["class"]): int(desc.value(p, VOID.entities))
             for p in desc.objects(node, VOID.classPartition)}
    assert parts[VNR.Official] == len({s for s, o in typed if o == VNR.Official}) > 0
    assert f"description: {summary.described}" in "\n".join(summary.lines())


def test_same_official_in_two_articles_is_one_node_with_both_sources(built):
    _, _, ds = built
    for name, articles in (("Nguyễn Đức Chung", {"baomoi-21470928", "baomoi-21473336"}),
                           ("Hoàng Trung Hải", {"baomoi-21487898", "baomoi-22459751"})):
        [person] = _persons(ds, name)
        reports = {str(o).rsplit("/", 1)[1] for _, _, o, _ in ds.quads((person, VNR.inReport, None, None))}
        assert reports == articles
        stated = set().union(*_holdings(ds, person).values())
        assert stated == articles


def test_tone_variant_units_merge_and_conflicting_units_split(built):
    _, summary, ds = built
    assert summary.split_persons == 2  # Nguyễn Ngọc Quang and Nguyễn Văn Hòa
    quang = _persons(ds, "Nguyễn Ngọc Quang")
    assert len(quang) == 2
    by_node = {p: _holdings(ds, p) for p in quang}
    chu_pah = next(h for h in by_node.values() if any("Chư" in label for label in h))
    ha_dong = next(h for h in by_node.values() if any("Hà Đông" in label for label in h))
    assert set().union(*chu_pah.values()) == {"baomoi-21488671", "baomoi-22280870"}  # Chư Pah = Chư Păh
    assert set().union(*ha_dong.values()) == {"baomoi-22336575"}
    hoa = _persons(ds, "Nguyễn Văn Hòa")
    assert len(hoa) == 2
    places = sorted(" ".join(_holdings(ds, p)) for p in hoa)
    assert any("Kon Tum" in p for p in places) and any("Thủy Xuân" in p for p in places)
    # the first of a name keeps the plain IRI; the other is named after the article that introduced them
    assert sum("baomoi-" in str(p) for p in quang) == 1 and "baomoi-22336575" in str(max(quang, key=len))


def test_posts_carry_the_article_date_only_when_the_text_states_it(built):
    _, _, ds = built
    [ngan] = _persons(ds, "Nguyễn Thị Kim Ngân")
    dates = {o for h, _, _, _ in ds.quads((None, ORG.member, ngan, None))
             for _, _, o, _ in ds.quads((h, VNR.attestedOn, None, None))}
    assert dates == {Literal("2017-05-10", datatype=rdfns.XSD.date)}
    [chung] = _persons(ds, "Nguyễn Đức Chung")
    assert not [o for h, _, _, _ in ds.quads((None, ORG.member, chung, None))
                for _, _, o, _ in ds.quads((h, VNR.attestedOn, None, None))]


def test_output_is_byte_identical_whatever_the_number_of_workers(built, tmp_path):
    out, _, _ = built
    again = tmp_path / "j2.nq"
    build_corpus(SAMPLE, again, jobs=2)
    assert again.read_bytes() == out.read_bytes()


def test_workers_start_from_a_fork_server_while_other_threads_run(built, tmp_path):
    # a fork copies the locks other threads hold (a server's, a logger's): its worker could wait on them for ever
    import threading

    from kg.corpus.build import _pool_context

    if threading.active_count() == 1:  # (earlier tests of a whole run may leave threads of their own)
        assert _pool_context().get_start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert _pool_context().get_start_method() == "forkserver"
        again = tmp_path / "j2.nq"
        build_corpus(SAMPLE, again, jobs=2)
    finally:
        stop.set()
        other.join()
    assert again.read_bytes() == built[0].read_bytes()


def test_trig_output_holds_the_same_quads(built, tmp_path):
    _, _, ds = built
    trig = tmp_path / "sample.trig"
    build_corpus(SAMPLE, trig, jobs=1)
    other = Dataset()
    other.parse(str(trig), format="trig")
    assert set(other.quads()) == set(ds.quads())


def test_article_lines_equal_the_rdflib_emit_stage_but_for_generic_events():
    rec = Record("made-up-1", "Tiêu đề\nSáng 3/2, huyện tổ chức hội nghị tổng kết công tác năm 2030. Ông Nguyễn Văn"
                 " An, Chủ tịch UBND huyện, phát biểu.", source="made-up.jsonl")
    article = build_article(rec)
    result = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    ds = pipeline.to_rdf(result)
    local = {nt(entity_iri(e.id)): nt(entity_iri(f"event:{e.key}|{rec.doc_id}"))
             for e in result.links.entities.values() if e.kind == "event" and local_event(e.label)}
    assert len(local) == 1  # "hội nghị tổng kết công tác năm 2030": an event of this article only

    def lines(graph) -> set[str]:  # noqa: ANN001
        out = set()
        for s, p, o in graph:
            ln = f"{nt(s)} {nt(p)} {nt(o)}"
            for old, new in local.items():
                ln = ln.replace(old, new)
            out.add(ln)
        return out

    report = report_iri(rec.doc_id)
    assert set(article.named) == lines(ds.graph(report))
    assert set(article.default) == lines(ds.default_graph)


def test_named_events_are_shared_generic_ones_are_per_article(built, tmp_path):
    _, _, ds = built
    events = {str(o): s for s, _, o, _ in ds.quads((None, RDFS.label, None, None)) if "/id/event/" in str(s)}
    plenum = events["Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"]
    assert "baomoi" not in plenum
    reports = {str(o) for _, _, o, _ in ds.quads((plenum, VNR.inReport, None, None))}
    assert reports == {str(report_iri("baomoi-22235219"))}  # the key IRI a second article would meet
    corpus = tmp_path / "generic.jsonl"  # two made-up articles naming the same generic event
    text = "Sáng 3/2, huyện tổ chức hội nghị tổng kết công tác năm 2030."
    corpus.write_text("".join(json.dumps({"id": i, "title": "T", "text": text}, ensure_ascii=False) + "\n"
                              for i in ("made-up-a", "made-up-b")), encoding="utf-8")
    build_corpus(corpus, tmp_path / "generic.nq", jobs=1)
    two = Dataset()
    two.parse(str(tmp_path / "generic.nq"), format="nquads")
    nodes = {str(s) for s, _, o, _ in two.quads((None, RDFS.label, Literal("Hội nghị tổng kết công tác năm 2030",
                                                                          lang="vi"), None))}
    assert len(nodes) == 2 and any("made-up-a" in n for n in nodes) and any("made-up-b" in n for n in nodes)


def test_gzip_and_directory_corpora(tmp_path):
    gz = tmp_path / "c.jsonl.gz"
    with SAMPLE.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    from_gz = [replace(r, source="") if isinstance(r, Record) else r for r in read_records(gz)]
    assert from_gz == [replace(r, source="") if isinstance(r, Record) else r for r in read_records(SAMPLE)]
    assert next(read_records(gz)).source == "c.jsonl.gz"
    d = tmp_path / "reports"
    d.mkdir()
    (d / "a.txt").write_text("Hội nghị\nNgày 3/2/2017, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Thanh Hóa, phát biểu.\n",
                             encoding="utf-8")
    (d / "b.txt").write_bytes(b"")
    items = list(read_records(d))
    assert [type(i).__name__ for i in items] == ["Record", "Skip"]
    assert items[0].doc_id == "a" and items[0].date == "2017-02-03"
    assert items[1].ref == "b.txt" and "empty" in items[1].reason


def test_article_date_is_read_from_the_opening_only():
    assert article_date("Sáng 10/5/2017, tại Thành phố Hồ Chí Minh") == "2017-05-10"
    assert article_date("Chiều ngày 10-5-2017, Hội nghị") == "2017-05-10"
    assert article_date("Ngày 31/2/2017, hội nghị") is None  # no such day
    assert article_date("Tại cuộc họp giao ban ngày 3/2/2017") is None
    assert article_date("Sáng nay (12/1), hội nghị") is None


def test_cli_corpus_exit_code_3_when_records_were_skipped(tmp_path, capsys):
    out = tmp_path / "c.nq"
    assert main(["build", "--corpus", str(SAMPLE), "-o", str(out), "-j", "1"]) == 3
    text = capsys.readouterr().out
    assert f"articles: {ARTICLES}   skipped: 3" in text and "Official" in text and f"wrote {out}" in text
    good = tmp_path / "good.jsonl"
    good.write_bytes(b"".join(ln for ln in SAMPLE.read_bytes().splitlines(keepends=True)[:2]))
    assert main(["build", "--corpus", str(good), "-o", str(tmp_path / "g.nq"), "-j", "1", "-q"]) == 0


def test_cli_corpus_validates_on_request(tmp_path, capsys):
    assert main(["build", "--corpus", str(SAMPLE), "-o", str(tmp_path / "c.nq"), "-j", "1", "--validate"]) == 3
    assert "shapes: 0 violations" in capsys.readouterr().out


def test_cli_corpus_one_line_errors(tmp_path, capsys):
    assert main(["build", "a.txt", "--corpus", str(SAMPLE)]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["build", "--corpus", str(SAMPLE), "-o", str(tmp_path / "c.ttl")]) == 2
    assert "N-Quads or TriG" in capsys.readouterr().err
    assert main(["build", "--corpus", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such corpus" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["build", "--corpus", str(bad), "-o", str(tmp_path / "b.nq")]) == 2
    err = capsys.readouterr().err
    assert "no article" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.nq").exists() and not list(tmp_path.glob(".kg-corpus-*"))


def test_progress_draws_only_when_enabled():
    import io

    from kg.progress import Progress

    quiet, loud = io.StringIO(), io.StringIO()
    for stream, enabled in ((quiet, False), (loud, True)):
        p = Progress("articles", enabled=enabled, stream=stream, every=0)
        p.update(1)
        p.update(1, "skipped 1")
        p.close()
    assert quiet.getvalue() == ""
    assert "articles: 2" in loud.getvalue() and "skipped 1" in loud.getvalue() and loud.getvalue().endswith("\n")
    assert not Progress("x", stream=io.StringIO()).enabled  # not a terminal


def test_one_label_per_entity_and_language_the_longest_form(built):
    _, _, ds = built
    labels: dict[tuple, set] = {}
    for s, _, o, _ in ds.quads((None, RDFS.label, None, ds.default_graph.identifier)):
        labels.setdefault((s, o.language), set()).add(str(o))
    assert all(len(v) == 1 for v in labels.values())
    hanoi = next(s for s, _, o, _ in ds.quads((None, SKOS.altLabel, Literal("TP Hà Nội", lang="vi"), None))
                 if "/place/" in str(s))
    assert labels[(hanoi, "vi")] == {"thành phố Hà Nội"}


def test_no_text_keeps_article_metadata_and_the_same_default_graph(built, tmp_path):
    _, _, ds = built
    small = tmp_path / "no-text.nq"
    build_corpus(SAMPLE, small, jobs=1, text=False)
    other = Dataset()
    other.parse(str(small), format="nquads")
    assert set(other.default_graph) == set(ds.default_graph) and len(ds.default_graph) > 1000
    r = report_iri("baomoi-21470928")
    g = other.graph(r)
    assert (r, DCTERMS.identifier, Literal("baomoi-21470928")) in g and g.value(r, DCTERMS.title) is not None
    assert not list(other.quads((None, RDF.type, NIF.Sentence, None)))
    assert all(s == r for s, _, _ in g)


def test_sorted_runs_on_disk_merge_to_the_same_output(built, tmp_path, monkeypatch):
    out, _, _ = built
    monkeypatch.setattr("kg.corpus.build.RUN_LINES", 100)  # ~15 runs for the sample's default graph
    small = tmp_path / "runs.nq"
    build_corpus(SAMPLE, small, jobs=1)
    assert small.read_bytes() == out.read_bytes()


def test_every_kind_of_malformed_record_is_named(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join([
        '{"id": "a", "title": "Hội nghị", "text": "Ông Nguyễn Văn An dự.", "date": "2017-02-30"}',
        '{"title": "x", "text": "y"}',
        '{"id": "a", "title": "x", "text": "y"}',
        '{"id": "b", "title": 3, "text": "y"}',
        '{"id": "c", "title": "x", "text": "   "}',
        '"just a string"',
        "",
        '{"id": 7, "text": "Hội nghị\\nNgày 3/2/2017, ông An dự.", "date": "2017-05-10T08:00"}',
    ]) + "\n", encoding="utf-8")
    items = list(read_records(corpus))
    assert [(i.line, i.reason) for i in items if isinstance(i, Skip)] == [
        (2, "no id"), (3, "repeated id"), (4, "title is not a string"), (5, "no text"), (6, "not a JSON object")]
    a, seven = [i for i in items if isinstance(i, Record)]
    assert (a.doc_id, a.date, a.text.splitlines()[0]) == ("a", None, "Hội nghị")  # 30 February: no date
    assert (seven.doc_id, seven.date) == ("7", "2017-05-10")  # the record's date wins over the dateline


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_dies_with_the_process_that_forked_it(tmp_path):
    # a worker the pool forks anew while terminate() runs would otherwise wait for tasks for ever, holding the
    # build's stderr open (a SIGTERM'd `kg build -j 2` then never ended for its caller)
    import os
    import signal
    import time

    from kg.corpus.build import _worker_signals

    pidfile = tmp_path / "grandchild"
    child = os.fork()
    if child == 0:  # the pool's parent: forks a worker, then dies
        worker = os.fork()
        if worker == 0:
            _worker_signals()
            pidfile.write_text(str(os.getpid()))
            time.sleep(30)
            os._exit(0)
        while not pidfile.exists():
            time.sleep(0.01)
        os._exit(0)
    os.waitpid(child, 0)
    while not pidfile.exists() or not pidfile.read_text():
        time.sleep(0.01)
    worker = int(pidfile.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{worker}/stat").read_text().split(") ")[1][0] == "Z":  # dead, not yet reaped
                break
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.05)
    else:
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived the process that forked it")
