"""The tasks of a distributed corpus build (:mod:`kg.corpus.dask`): plain functions on paths, run by any worker.

Every task reads and writes files on storage that all workers share (the output directory), writes each file
under a temporary name and renames it when complete, and returns only small values; run twice (a worker died
and Dask ran it again), a task writes the same bytes. The stages:

1. :func:`read_shard` — one shard's records and skips in input order (:func:`kg.corpus.build.read_records`).
2. :func:`build_chunk` — the articles of a slice of a shard (:func:`kg.corpus.build.build_article`), kept in a
   chunk file; returns the skips, the persons to resolve across articles, a sample of default-graph subjects.
3. :func:`finish_chunk` — the chunk's articles with the resolver's decisions applied: their named graphs as one
   part (the articles' order), their default-graph lines as sorted runs, one per range of subjects.
4. :func:`merge_range` — one range of subjects: the runs of every chunk merged without duplicates, one label
   per entity and language (:func:`kg.corpus.build.one_label`), as one part.

The parts in order — every chunk's named graphs, then every range of the default graph — are, byte for byte,
the file the local executor writes.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kg.corpus.build import (
    Article,
    CorpusSummary,
    Record,
    Skip,
    _Runs,
    build_article,
    named_text,
    one_label,
    person_mapping,
    read_records,
    rekey_lines,
    tally,
)
from kg.corpus.resolve import Evidence, Holding, Resolver

SAMPLE_EVERY = 64  # one default-graph subject in this many goes into the sample that places the range bounds
FAN_IN = 200  # runs open at once in a merge (file handles); more are merged in groups first

Order = tuple[int, int, int]  # (chunk, record in the chunk, person in the article): the local resolver's order


@dataclass(frozen=True)
class Candidate:
    """A person whose key depends on other articles: same-name persons are decided together, in ``order``."""

    name: str
    order: Order
    doc_id: str
    holdings: frozenset[Holding]


@dataclass
class ChunkInfo:
    """What :func:`build_chunk` returns: small, whatever the size of the chunk."""

    chunk: int
    path: str
    records: int
    skips: list[tuple[int, Skip]] = field(default_factory=list)  # (record in the chunk, skip)
    candidates: list[Candidate] = field(default_factory=list)
    sample: list[str] = field(default_factory=list)
    default_lines: int = 0


@dataclass
class PartInfo:
    """One written part: its file name, records it covers, quads, sha256 of its bytes, and its counts."""

    part: str
    records: int
    quads: int
    sha256: str
    summary: CorpusSummary


def atomic_open(path: Path, gz: bool) -> tuple[IO[str], Path]:
    """A text handle on ``path`` + a private suffix (renamed by :func:`commit`); gzip with no name or time."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    raw = tmp.open("wb")
    stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=1) if gz else raw
    handle = _TextOut(stream, raw)
    return handle, tmp  # type: ignore[return-value]


class _TextOut:
    """Writes UTF-8 text to a binary stream, closing the gzip layer and the file in order."""

    def __init__(self, stream: IO[bytes], raw: IO[bytes]) -> None:
        self.stream, self.raw = stream, raw

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))

    def close(self) -> None:
        if self.stream is not self.raw:
            self.stream.close()
        self.raw.close()


def commit(handle: _TextOut, tmp: Path, path: Path) -> str:
    """Close and rename the file written through ``handle``; the sha256 of its bytes."""
    handle.close()
    digest = hashlib.sha256()
    with tmp.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    os.replace(tmp, path)
    return digest.hexdigest()


def _dump(obj: object, path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


# ---------------------------------------------------------------- stages 1 and 2


def read_shard(path: str) -> list[Record | Skip]:
    """Stage 1: one shard's records (and skips), in input order."""
    return list(read_records(path))


def take(items: list[Record | Skip], start: int, stop: int, repeats: frozenset[int]) -> list[Record | Skip]:
    """Records ``start``–``stop`` of a shard, those at ``repeats`` (ids of an earlier shard) made skips."""
    from kg.corpus.shards import repeated

    out = items[start:stop]
    return [repeated(r) if start + i in repeats and isinstance(r, Record) else r for i, r in enumerate(out)]


def build_chunk(items: list[Record | Skip], chunk: int, tmpdir: str, text: bool) -> ChunkInfo:
    """Stage 2: the articles of one slice of a shard, into ``tmpdir/chunk-N.pkl``; skips and persons returned."""
    info = ChunkInfo(chunk, str(Path(tmpdir) / f"chunk-{chunk:06d}.pkl"), len(items))
    results: list[Article | Skip] = []
    subjects: set[str] = set()
    for i, item in enumerate(items):
        result = item if isinstance(item, Skip) else build_article(item, text)
        results.append(result)
        if isinstance(result, Skip):
            info.skips.append((i, result))
            continue
        info.default_lines += len(result.default)
        subjects.update(ln[: ln.index(" ")] for ln in result.default)
        for k, p in enumerate(result.persons):
            if Resolver().assign(result.doc_id, p.evidence) == p.evidence.name:  # else decided alone (rule 4)
                info.candidates.append(Candidate(p.evidence.name, (chunk, i, k), result.doc_id, p.evidence.holdings))
    info.sample = sorted(subjects)[::SAMPLE_EVERY]
    _dump(results, Path(info.path))
    return info


def decide(group: tuple[str, list[Candidate]]) -> tuple[list[tuple[Order, str]], int]:
    """The resolver's rule for one name: its persons in input order against those met before (local order).

    Returns the persons whose key is not the plain name (order → key) and how many persons the name splits into
    beyond the first.
    """
    name, candidates = group
    resolver = Resolver()
    changed = []
    for c in sorted(candidates, key=lambda c: c.order):
        new = resolver.assign(c.doc_id, Evidence(c.name, c.holdings))
        if new != name:
            changed.append((c.order, new))
    return changed, max(0, len(resolver.clusters.get(name, [])) - 1)


# ---------------------------------------------------------------- stages 3 and 4


def range_of(line: str, bounds: list[str]) -> int:
    """The range of subjects a default-graph line belongs to (sorted lines → non-decreasing ranges)."""
    return bisect.bisect_right(bounds, line[: line.index(" ")])


def finish_chunk(info: ChunkInfo, decisions: dict[tuple[int, int], str], bounds: list[str], part: str,
                 fmt: str, gz: bool) -> PartInfo:
    """Stage 3: the chunk's named graphs as part ``part``; its default lines as runs ``run-CHUNK-RANGE.nt``."""
    with open(info.path, "rb") as fh:
        results: list[Article | Skip] = pickle.load(fh)
    summary = CorpusSummary()
    runs: list[set[str]] = [set() for _ in range(len(bounds) + 1)]
    out, tmp = atomic_open(Path(part), gz)
    try:
        for i, item in enumerate(results):
            if isinstance(item, Skip):
                continue
            mapping: dict[str, str] = {}
            for k, p in enumerate(item.persons):
                new = decisions.get((i, k)) or Resolver().assign(item.doc_id, p.evidence)
                mapping.update(person_mapping(p, item.doc_id, new))
            named, default = rekey_lines(item, mapping)
            out.write(named_text(fmt, item.graph, named))
            summary.articles += 1
            summary.chars += item.chars
            summary.triples += len(named)
            summary.text_triples += len(named)
            for ln in default:
                runs[range_of(ln, bounds)].add(ln)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    digest = commit(out, tmp, Path(part))
    for r, lines in enumerate(runs):
        if lines:
            _write_run(sorted(lines), Path(info.path).with_name(f"run-{info.chunk:06d}-{r:06d}.nt"))
    return PartInfo(Path(part).name, info.records, summary.triples, digest, summary)


def _write_run(lines: Iterable[str], path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.writelines(f"{ln}\n" for ln in lines)
    os.replace(tmp, path)


def _runs_of(tmpdir: Path, chunks: int, r: int) -> Iterator[Path]:
    for c in range(chunks):
        path = tmpdir / f"run-{c:06d}-{r:06d}.nt"
        if path.exists():
            yield path


def merge_range(tmpdir: str, chunks: int, r: int, part: str, gz: bool, *after: object) -> PartInfo:
    """Stage 4: range ``r`` of the default graph, merged from every chunk's run, as part ``part``.

    ``after``: the results of stage 3, passed only so that Dask runs this task once they are all written.
    """
    runs = _Runs(Path(tmpdir))
    runs.files = _fan_in(list(_runs_of(Path(tmpdir), chunks, r)), Path(tmpdir), f"merge-{r:06d}")
    summary = CorpusSummary()
    out, tmp = atomic_open(Path(part), gz)
    try:
        for ln in one_label(runs.merged()):
            out.write(f"{ln} .\n")
            tally(summary, ln)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    digest = commit(out, tmp, Path(part))
    return PartInfo(Path(part).name, 0, summary.triples, digest, summary)


def _fan_in(files: list[Path], tmpdir: Path, stem: str) -> list[Path]:
    """At most ``FAN_IN`` runs: groups of them merged (without duplicates) into bigger runs first."""
    level = 0
    while len(files) > FAN_IN:
        merged = []
        for g in range(0, len(files), FAN_IN):
            runs = _Runs(tmpdir)
            runs.files = files[g:g + FAN_IN]
            path = tmpdir / f"{stem}-{level}-{g // FAN_IN:06d}.nt"
            _write_run(runs.merged(), path)
            merged.append(path)
        files, level = merged, level + 1
    return files
