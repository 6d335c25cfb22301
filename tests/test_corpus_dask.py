"""Corpus mode on Dask (kg.corpus.dask): the local build's bytes, its skips, its resolution, across worker faults.

One LocalCluster of two worker processes serves the module (the fault test starts its own, as it kills a worker).
The input is the committed sample (11 articles, 3 malformed records); small chunks make several parts and tasks.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install -e '.[dask]')")

from distributed import Client, LocalCluster  # noqa: E402

from kg.cli import main  # noqa: E402
from kg.corpus.build import build_article, build_corpus  # noqa: E402
from kg.corpus.dask import build_corpus_dask, resolve  # noqa: E402
from kg.corpus.parts import build_chunk  # noqa: E402
from kg.corpus.postfold import fold  # noqa: E402
from kg.corpus.postforms import Form, rekeyed  # noqa: E402
from kg.corpus.records import Skip, read_records  # noqa: E402
from kg.corpus.resolve import Resolver  # noqa: E402
from kg.errors import KgError  # noqa: E402

SAMPLE = Path(__file__).parent / "data" / "corpus-sample.jsonl"


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as c:
        yield c


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory):
    """The local executor's build of the sample (one process): the reference bytes and summary."""
    out = tmp_path_factory.mktemp("local") / "sample.nq"
    summary = build_corpus(SAMPLE, out, jobs=1)
    return summary, out.read_bytes()


def parts_bytes(directory: Path) -> bytes:
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    return b"".join(gzip.decompress((directory / p["part"]).read_bytes()) for p in manifest["parts"])


def test_single_file_same_bytes_and_summary(cluster, local, tmp_path: Path) -> None:
    summary0, reference = local
    out = tmp_path / "sample.nq"
    summary = build_corpus_dask(SAMPLE, out, scheduler=cluster.scheduler_address, chunk_records=3, range_lines=400)
    assert out.read_bytes() == reference
    assert (summary.articles, summary.triples, summary.text_triples) == (11, summary0.triples, summary0.text_triples)
    assert summary.classes == summary0.classes and summary.facts == summary0.facts
    assert [(s.line, s.ref, s.reason) for s in summary.skipped] == [(s.line, s.ref, s.reason) for s in summary0.skipped]
    assert [s.line for s in summary.skipped] == [5, 9, 14]  # bad JSON, not UTF-8, no text: counted as locally
    assert not list(tmp_path.glob(".kg-dask-*")), "temporary folder left behind"


def test_resolution_same_decisions(cluster, local, tmp_path: Path) -> None:
    """The groupby stage on the cluster takes, person by person, the local resolver's decisions (some splits)
    and the local fold of each official's post forms (some joins)."""
    items = list(read_records(SAMPLE))
    persons: dict[tuple[int, int, int], tuple[str, str, list[str]]] = {}  # order → (name, key, post ids)
    forms: dict[str, list[Form]] = {}
    resolver = Resolver()
    for i, item in enumerate(items):
        article = item if isinstance(item, Skip) else build_article(item)
        for k, p in enumerate([] if isinstance(article, Skip) else article.persons):
            new = resolver.assign(article.doc_id, p.evidence)
            if len(p.evidence.name.split()) > 1:
                own = rekeyed(p.forms, p.evidence.name, new)
                persons[(i // 2, i % 2, k)] = (p.evidence.name, new, [f.post for f in own])
                forms.setdefault(new, []).extend(own)
    folds = {k: fold(v) for k, v in forms.items()}
    expected = {}
    for order, (name, new, posts) in persons.items():
        own = {p: folds[new][p] for p in posts if p in folds[new]}
        if new != name or own:
            expected[order] = (new, own)
    with Client(cluster) as client:
        futures = [client.submit(build_chunk, items[i:i + 2], i // 2, str(tmp_path), True)
                   for i in range(0, len(items), 2)]
        decisions, splits = resolve(client, futures)
    got = {(c, i, k): new for c, d in decisions.items() for (i, k), new in d.items()}
    assert got == expected and splits == sum(len(c) - 1 for c in resolver.clusters.values()) > 0
    assert any(own for _, own in got.values()), "the sample has no post forms to join"
    summary0, _ = local
    summary = build_corpus_dask(SAMPLE, tmp_path / "s.nq", scheduler=cluster.scheduler_address, chunk_records=2)
    assert summary.split_persons == summary0.split_persons == splits


def test_post_forms_join_as_locally(cluster, tmp_path: Path) -> None:
    """One official's post forms across articles (made-up articles): the fold gives the local bytes."""
    from test_postforms import write_corpus

    src = write_corpus(tmp_path / "in.jsonl")
    local_summary = build_corpus(src, tmp_path / "local.nq", jobs=1)
    summary = build_corpus_dask(src, tmp_path / "dask.nq", scheduler=cluster.scheduler_address, chunk_records=2)
    assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()
    assert summary.post_forms == local_summary.post_forms == 2


def test_parts_and_manifest(cluster, local, tmp_path: Path) -> None:
    _, reference = local
    target = tmp_path / "parts"
    build_corpus_dask(SAMPLE, f"{target}/", scheduler=cluster.scheduler_address, chunk_records=3, range_lines=400)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    names = [p["part"] for p in manifest["parts"]]
    assert names == [f"part-{i:06d}.nq.gz" for i in range(len(names))] and len(names) >= 6  # 5 chunks + ranges
    assert parts_bytes(target) == reference
    for p in manifest["parts"]:
        data = (target / p["part"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == p["sha256"]
        assert gzip.decompress(data).count(b"\n") == p["quads"]
    assert sum(p["records"] for p in manifest["parts"]) == 14  # every input record, malformed ones included
    assert manifest["quads"] == reference.count(b"\n") and manifest["skipped"] == 3
    assert [p["graph"] for p in manifest["parts"]][-1] == "description"  # the VoID/DCAT description comes last
    # a rebuild with fewer records per part: other parts, the same bytes in order
    build_corpus_dask(SAMPLE, f"{target}/", scheduler=cluster.scheduler_address, chunk_records=7)
    assert parts_bytes(target) == reference and len(list(target.glob("part-*.nq.gz"))) == 4  # + the description


def test_trig_and_no_text_same_bytes(cluster, tmp_path: Path) -> None:
    for text in (True, False):
        a, b = tmp_path / f"local-{text}.trig", tmp_path / f"dask-{text}.trig"
        build_corpus(SAMPLE, a, jobs=1, text=text)
        build_corpus_dask(SAMPLE, b, scheduler=cluster.scheduler_address, text=text, chunk_records=4)
        assert a.read_bytes() == b.read_bytes()


def test_shards_with_a_repeated_id(cluster, tmp_path: Path) -> None:
    """Two shards (a directory), the second repeating an id of the first: both executors skip the same record."""
    lines = SAMPLE.read_bytes().splitlines(keepends=True)
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "a.jsonl").write_bytes(b"".join(lines[:7]))
    (shards / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(lines[7:] + lines[:1])))
    a, b = tmp_path / "local.nq", tmp_path / "dask.nq"
    s0 = build_corpus(shards, a, jobs=2)
    s1 = build_corpus_dask([str(shards / "*.jsonl*")], b, scheduler=cluster.scheduler_address, chunk_records=3)
    assert a.read_bytes() == b.read_bytes()
    assert [(s.ref, s.reason) for s in s0.skipped] == [(s.ref, s.reason) for s in s1.skipped]
    assert any(s.reason.startswith("repeated id") and s.ref == "baomoi-21470928" for s in s1.skipped)
    assert s1.articles == 11 and len(s1.skipped) == 4


def test_worker_killed_mid_run(local, tmp_path: Path) -> None:
    """SIGKILL one of two workers after the first chunk: the build finishes, with the same bytes."""
    _, reference = local

    def pids(cluster: LocalCluster) -> set[int]:  # the worker processes, as their nannies know them
        return {n.process.pid for n in cluster.workers.values() if n.process is not None and n.process.pid}

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cl:
        before = pids(cl)
        killed: list[int] = []

        def kill_one(records: int, skipped: int) -> None:
            if not killed:
                killed.append(min(before))
                os.kill(killed[0], signal.SIGKILL)

        out = tmp_path / "sample.nq"
        summary = build_corpus_dask(SAMPLE, out, scheduler=cl.scheduler_address, chunk_records=2, on_chunk=kill_one)
        after = pids(cl)
    assert len(before) == 2 and killed and killed[0] not in after  # the worker did die (its nanny started another)
    assert out.read_bytes() == reference and summary.articles == 11 and len(summary.skipped) == 3


def test_cli_dask_parts_and_errors(cluster, local, tmp_path: Path, capsys, monkeypatch) -> None:
    _, reference = local
    target = tmp_path / "cli"
    code = main(["build", "--corpus", str(SAMPLE), "--executor", "dask", "--scheduler", cluster.scheduler_address,
                 "--part-records", "5", "-o", f"{target}/", "-q"])
    assert code == 3 and parts_bytes(target) == reference  # 3: done, malformed records skipped
    capsys.readouterr()
    argv = ["build", "--corpus", str(SAMPLE), "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "x.nq")]
    assert main(argv) == 2
    assert "[E043]" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    with pytest.raises(KgError, match=r"E041.*vnreport-kg\[dask\]"):
        build_corpus_dask(SAMPLE, tmp_path / "y.nq", jobs=1)


def test_merge_ranges_and_fan_in(tmp_path: Path, monkeypatch) -> None:
    """Runs cut into two ranges by byte offsets, merged without duplicates; more runs than may be open at once
    are merged in groups first: the same lines come out, in order."""
    import kg.corpus.parts as parts

    lines = [f"<http://x/{i % 23:03d}> <http://p> \"{i % 7}\"" for i in range(200)]
    bounds = ["<http://x/011>"]
    finished = []
    for c in range(7):
        run = tmp_path / f"run-{c:06d}.nt"
        offsets = parts.write_run(sorted(set(lines[c::7])), run, bounds)
        finished.append(parts.PartInfo("", 0, 0, "", parts.CorpusSummary(), str(run), offsets))
    expected = "".join(f"{x} .\n" for x in sorted(set(lines)))

    def merged(tag: str) -> str:
        infos = [parts.merge_range(str(tmp_path), r, str(tmp_path / f"{tag}{r}.nq"), False, *finished) for r in (0, 1)]
        assert sum(i.quads for i in infos) == expected.count("\n")
        return "".join((tmp_path / f"{tag}{r}.nq").read_text() for r in (0, 1))

    assert merged("a") == expected and (tmp_path / "a1.nq").read_text().startswith("<http://x/011>")
    monkeypatch.setattr(parts, "FAN_IN", 2)
    assert merged("b") == expected and list(tmp_path.glob("merge-000000-1-*"))


def test_truncated_shard_same_error(cluster, tmp_path: Path) -> None:
    """A gzip shard cut short fails on a worker with the local executor's one-line error; nothing is left."""
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(gzip.compress(SAMPLE.read_bytes() * 20)[:3000])
    errors = []
    for build in (lambda: build_corpus(bad, tmp_path / "a.nq", jobs=1),
                  lambda: build_corpus_dask(bad, tmp_path / "b.nq", scheduler=cluster.scheduler_address)):
        with pytest.raises(KgError) as err:
            build()
        errors.append(str(err.value))
    assert errors[0] == errors[1] and "[E032]" in errors[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jsonl.gz"]
