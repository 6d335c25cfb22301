"""Corpus mode on a Dask cluster: ``kg build --corpus SHARDS… --executor dask [--scheduler tcp://HOST:8786]``.

The same graph as the local executor (:func:`kg.corpus.build.build_corpus`), byte for byte, from tasks that any
worker may run (:mod:`kg.corpus.parts`): shards are read, cut into chunks of ``chunk_records`` records, each chunk
processed into a chunk file; the persons whose key depends on other articles are grouped by name with
``dask.bag.groupby`` and decided with the rule of :mod:`kg.corpus.resolve`, in input order (so the decisions are
the local resolver's); then every chunk writes its articles' named graphs as one part and its default-graph
lines as sorted runs per range of subjects, and every range is merged into one part. Ids repeated across shards
are found the same way (``groupby`` on the id).

Output: one ``.nq`` / ``.trig`` file (the parts concatenated), or, when ``out`` is a directory (``-o DIR/``),
the parts themselves (``part-000000.nq.gz`` …, gzip with no name or time in the header) and ``manifest.json``
(part, graph — ``articles`` or ``default`` —, records, quads, sha256 per part), written last. Parts depend on
the input and ``chunk_records`` only, not on the number of workers.

Faults: every task writes under a temporary name and renames, and returns small values; the client holds the
futures, so a worker lost mid-run costs its tasks, which the scheduler runs again elsewhere with the same result.

Without ``scheduler`` a ``LocalCluster`` of ``jobs`` worker processes (one thread each) runs on this machine.
With it, the workers must import this package (same version) and see the shards and the output directory at the
same paths (shared storage): see ``docs/scale.md``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.corpus.build import OUTPUT_FORMATS, default_jobs
from kg.corpus.build_summary import CorpusSummary
from kg.corpus.parts import (
    Candidate,
    ChunkInfo,
    Decided,
    PartInfo,
    build_chunk,
    decide,
    finish_chunk,
    merge_range,
    read_shard,
    take,
    write_description,
)
from kg.corpus.records import Record, read_records
from kg.corpus.shards import shard_paths
from kg.corpus.short_forms import Table, table
from kg.errors import KgError

CHUNK_RECORDS = 500  # records per chunk: one task, one part of named graphs
RANGE_LINES = 1_000_000  # default-graph lines per range (one part each), before duplicates are merged
GROUP_PARTITIONS = 1024  # at most this many partitions in the groupby shuffles (persons by name, records by id)
PART = "part-{:06d}.nq.gz"
# Dask's sampling profiler (every 10 ms) and fast event-loop ticks cost CPU in every process for the whole run;
# a batch build does not look at them. (Set in this process; a LocalCluster passes them on to its workers.)
QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "500ms",
         "distributed.worker.memory.monitor-interval": "1s"}
MANIFEST = "manifest.json"


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        raise KgError("E041", f"--executor dask needs dask and distributed ({err.name} is missing)",
                      "pip install 'vnreport-kg[dask]'") from None


@contextmanager
def dask_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A ``distributed.Client`` on ``scheduler``, or on a ``LocalCluster`` of ``jobs`` processes; closed after."""
    _require_dask()
    import dask
    from distributed import Client, LocalCluster

    dask.config.set(QUIET)
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=15)
        except (OSError, TimeoutError) as err:
            raise KgError("E042", f"cannot reach the Dask scheduler {scheduler}: {err}",
                          "start one (dask scheduler; dask worker tcp://HOST:8786) or leave out --scheduler") from None
    else:
        cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def output_kind(out: str | Path) -> tuple[Path, str, bool]:
    """(target, format, partitioned): ``DIR/`` or an existing directory → N-Quads parts; else ``.nq``/``.trig``."""
    target = Path(out)
    if str(out).endswith(("/", os.sep)) or target.is_dir():
        return target, "nquads", True
    fmt = OUTPUT_FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise KgError("E033", f"corpus output must be N-Quads or TriG, not {target.suffix or '(none)'!r}",
                      "use -o FILE.nq, -o FILE.trig or, with --executor dask, -o DIR/ for parts")
    return target, fmt, False


# ---------------------------------------------------------------- repeated ids across shards (groupby)


def _ids(items: list[Record | Any], shard: int) -> list[tuple[str, tuple[int, int]]]:
    return [(r.doc_id, (shard, i)) for i, r in enumerate(items) if isinstance(r, Record)]


def _first(x: tuple[str, tuple[int, int]]) -> str:
    return x[0]


def _later(group: tuple[str, list[tuple[str, tuple[int, int]]]]) -> list[tuple[int, int]]:
    """Of the records that share one id, all but the first (in shard order)."""
    return sorted(pos for _, pos in group[1])[1:]


def _repeats(client: Any, reads: list[Any]) -> dict[int, frozenset[int]]:
    """Per shard, the positions of records whose id an earlier record (of an earlier shard) used."""
    import dask.bag as db

    if len(reads) < 2:
        return {}
    held = [client.submit(_ids, r, s) for s, r in enumerate(reads)]  # the bag's graph does not hold futures
    groups = db.from_delayed(held).groupby(_first, shuffle="tasks", npartitions=min(len(reads), GROUP_PARTITIONS))
    out: dict[int, set[int]] = {}
    for shard, i in client.compute(groups.map(_later).flatten()).result():
        out.setdefault(shard, set()).add(i)
    del held
    return {s: frozenset(v) for s, v in out.items()}


# ---------------------------------------------------------------- resolution (groupby)


def _candidates(info: ChunkInfo) -> list[Candidate]:
    return info.candidates


def _slim(info: ChunkInfo) -> ChunkInfo:
    """What the client needs of a chunk: not its persons (they stay on the cluster for the groupby)."""
    return dataclasses.replace(info, candidates=[])


def _name(c: Candidate) -> str:
    return c.name


def resolve(client: Any, infos: list[Any], shorts: Table | None = None,
            ) -> tuple[dict[int, dict[tuple[int, int], Decided]], int]:
    """Decide every same-name group on the cluster, with the short forms the whole input defines (``shorts``,
    :func:`kg.corpus.short_forms.table`, from the chunks' infos: the table the local build folds with); (chunk →
    {(record, person): (key, post fold)}, persons split off)."""
    import dask.bag as db

    held = [client.submit(_candidates, f) for f in infos]  # the bag's graph does not hold futures
    groups = db.from_delayed(held).groupby(_name, shuffle="tasks", npartitions=min(len(infos), GROUP_PARTITIONS))
    decisions: dict[int, dict[tuple[int, int], Decided]] = {}
    splits = 0
    for changed, n in client.compute(groups.map(functools.partial(decide, shorts=shorts))).result():
        splits += n
        for (chunk, i, k), new in changed:
            decisions.setdefault(chunk, {})[(i, k)] = new
    del held
    return decisions, splits


def range_bounds(infos: list[ChunkInfo], range_lines: int) -> list[str]:
    """Subjects that cut the default graph into ranges of about ``range_lines`` lines (from the chunks' samples)."""
    total = sum(i.default_lines for i in infos)
    ranges = max(1, math.ceil(total / max(1, range_lines)))
    sample = sorted({s for i in infos for s in i.sample})
    if ranges == 1 or len(sample) < 2:
        return []
    cuts = {sample[len(sample) * r // ranges] for r in range(1, ranges)}
    return sorted(cuts - {sample[0]})


# ---------------------------------------------------------------- the build


def build_corpus_dask(specs: str | Path | Sequence[str | Path], out: str | Path, *, jobs: int = 0,
                      scheduler: str | None = None, text: bool = True, chunk_records: int = CHUNK_RECORDS,
                      range_lines: int = RANGE_LINES,
                      on_chunk: Callable[[int, int], None] | None = None) -> CorpusSummary:
    """Build the corpus graph on Dask into ``out`` (a ``.nq``/``.trig`` file or a ``DIR/`` of parts).

    ``on_chunk(records, skipped)`` is called as each chunk of records is processed.
    """
    _require_dask()
    target, fmt, partitioned = output_kind(out)
    shards = shard_paths(specs)
    for p in shards:  # fail here, before any cluster, on a missing or unreadable shard (same errors as locally)
        next(read_records(p), None)
    t0 = time.perf_counter()
    base = target if partitioned else target.parent
    base.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix=".kg-dask-", dir=base))
    try:
        with dask_client(scheduler, jobs) as client:
            infos, parts, splits = _run(client, shards, tmpdir, fmt, text, chunk_records, range_lines,
                                        partitioned, on_chunk)
        summary = _summary(infos, parts, splits)
        if summary.articles == 0:
            raise KgError("E034", f"no article of {', '.join(map(str, shards))} could be processed "
                                  f"({len(summary.skipped)} skipped)",
                          "check the corpus format: JSON Lines of {id, title, text}")
        parts.append(write_description(tmpdir / _part_name(fmt, partitioned).format(len(parts)), fmt, partitioned,
                                       summary))
        if partitioned:
            _publish(tmpdir, target, parts, summary)
        else:
            _concatenate([tmpdir / p.part for p in parts], target)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    return summary


def _run(client: Any, shards: list[Path], tmpdir: Path, fmt: str, text: bool, chunk_records: int,
         range_lines: int, gz: bool, on_chunk: Callable[[int, int], None] | None,
         ) -> tuple[list[ChunkInfo], list[PartInfo], int]:
    """The four stages (a function of ~40 lines: each stage is a submit and a gather)."""
    from distributed import as_completed

    reads = [client.submit(read_shard, str(p)) for p in shards]
    counts = client.gather([client.submit(len, r) for r in reads])
    repeats = _repeats(client, reads)
    futures: list[Any] = []
    for s, (r, n) in enumerate(zip(reads, counts, strict=True)):
        for start in range(0, n, chunk_records):
            items = client.submit(take, r, start, start + chunk_records, repeats.get(s, frozenset()))
            futures.append(client.submit(build_chunk, items, len(futures), str(tmpdir), text, gz))
    slim = [client.submit(_slim, f) for f in futures]
    for f in as_completed(slim):
        if on_chunk is not None:
            info = f.result()
            on_chunk(info.records, len(info.skips))
    infos: list[ChunkInfo] = client.gather(slim)
    shorts = table(p for info in infos for p in info.shorts)
    decisions, splits = resolve(client, futures, shorts) if futures else ({}, 0)
    bounds = range_bounds(infos, range_lines)
    name = _part_name(fmt, gz)
    finished = [client.submit(finish_chunk, f, decisions.get(c, {}), bounds, str(tmpdir / name.format(c)), fmt,
                              gz) for c, f in enumerate(futures)]
    merged = [client.submit(merge_range, str(tmpdir), r, str(tmpdir / name.format(len(futures) + r)), gz, *finished)
              for r in range(len(bounds) + 1)]
    parts: list[PartInfo] = client.gather(finished + merged)
    return infos, parts, splits


def _part_name(fmt: str, gz: bool) -> str:
    """The file name pattern of a part ({} = its number)."""
    return PART.removesuffix(".nq.gz") + (".nq.gz" if gz else (".nq" if fmt == "nquads" else ".trig"))


def _summary(infos: list[ChunkInfo], parts: list[PartInfo], splits: int) -> CorpusSummary:
    summary = CorpusSummary()
    for info in infos:
        summary.skipped.extend(s for _, s in info.skips)
    for p in parts:
        summary.articles += p.summary.articles
        summary.chars += p.summary.chars
        summary.triples += p.summary.triples
        summary.text_triples += p.summary.text_triples
        summary.post_forms += p.summary.post_forms
        summary.classes.update(p.summary.classes)
        summary.facts.update(p.summary.facts)
        summary.reports.extend(p.summary.reports)
        summary.per_class.update(p.summary.per_class)
        summary.entities += p.summary.entities
    summary.classes.pop("Report", None)
    summary.split_persons = splits
    return summary


def _concatenate(paths: list[Path], target: Path) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with tmp.open("wb") as out:
            for p in paths:
                with p.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmpdir: Path, target: Path, parts: list[PartInfo], summary: CorpusSummary) -> None:
    """Replace the parts and manifest of ``target`` with the new ones; the manifest goes last."""
    manifest = {"format": "application/n-quads", "compression": "gzip", "articles": summary.articles,
                "skipped": len(summary.skipped), "quads": summary.triples,
                "parts": [{"part": p.part, "graph": p.kind or ("articles" if p.run else "default"),
                           "records": p.records, "quads": p.quads, "sha256": p.sha256} for p in parts]}
    (target / MANIFEST).unlink(missing_ok=True)
    for old in target.glob("part-*.nq.gz"):
        old.unlink()
    for p in parts:
        os.replace(tmpdir / p.part, target / p.part)
    tmp = tmpdir / MANIFEST
    tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, target / MANIFEST)
