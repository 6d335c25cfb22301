"""The tasks of a distributed corpus build (:mod:`kg.corpus.dask`): plain functions on paths, run by any worker.

Every task reads and writes files on storage that all workers share (the output directory), writes each file
under a temporary name and renames it when complete, and returns only small values; run twice (a worker died
and Dask ran it again), a task writes the same bytes. The stages:

1. :func:`read_shard` — one shard's records and skips in input order (:func:`kg.corpus.records.read_records`).
2. :func:`build_chunk` — the articles of a slice of a shard (:func:`kg.corpus.build.build_article`), kept in a
   chunk file; returns the skips, the persons to resolve across articles, a sample of default-graph subjects.
   (:func:`decide` then runs once per person name, on the groupby of those persons.)
3. :func:`finish_chunk` — the chunk's articles with the resolver's decisions applied: their named graphs as one
   part (the articles' order), their default-graph lines as one sorted run, cut into ranges of subjects
   (byte offsets: sorted lines fall into ranges in order, so each range is one stretch of the file).
4. :func:`merge_range` — one range of subjects: the runs of every chunk merged without duplicates, one label
   per entity and language (:func:`kg.corpus.runs.one_label`), as one part.

The parts in order — every chunk's named graphs, then every range of the default graph — are, byte for byte,
the file the local executor writes.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import heapq
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from kg.corpus.build import Article, build_article, person_mapping, rekey_lines
from kg.corpus.build_summary import CorpusSummary, description_text, named_text, tally
from kg.corpus.postfold import Decision, fold, glued_posts, held_moves, post_moves, rewrite
from kg.corpus.postforms import Form, rekeyed
from kg.corpus.records import Record, Skip, read_records
from kg.corpus.resolve import Evidence, Holding, Resolver
from kg.corpus.runs import one_label
from kg.corpus.short_forms import Pair, Table

SAMPLE = 64  # default-graph subjects per chunk, evenly spaced, sampled to place the range bounds
FAN_IN = 200  # runs open at once in a merge (file handles); more are merged in groups first

Segment = tuple[str, int, int]  # a byte range (start, stop) of a sorted run file
Order = tuple[int, int, int]  # (chunk, record in the chunk, person in the article): the local resolver's order


@dataclass(frozen=True)
class Candidate:
    """A person whose key depends on other articles: same-name persons are decided together, in ``order``."""

    name: str
    order: Order
    doc_id: str
    holdings: frozenset[Holding]
    forms: tuple[Form, ...] = ()


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
    shorts: list[Pair] = field(default_factory=list)  # the short forms its articles define, in order


@dataclass
class PartInfo:
    """One written part: its file name, records it covers, quads, sha256 of its bytes, and its counts."""

    part: str
    records: int
    quads: int
    sha256: str
    summary: CorpusSummary
    run: str = ""  # stage 3: the chunk's sorted default-graph lines
    offsets: list[int] = field(default_factory=list)  # where each range of subjects starts in ``run``, then its end
    kind: str = ""  # the manifest's "graph" when not implied by ``run``: "description"


def atomic_open(path: Path, gz: bool) -> tuple[_TextOut, Path]:
    """A text handle on ``path`` + a private suffix (renamed by :func:`commit`); gzip with no name or time."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    raw = tmp.open("wb")
    stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=1) if gz else raw
    handle = _TextOut(cast(IO[bytes], stream), raw)
    return handle, tmp


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
    """Pickle ``obj`` to ``path`` (gzip level 1 when the name ends in .gz: 10× less temporary space)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as raw:
        fh = gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) if path.suffix == ".gz" else raw
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.close()
    os.replace(tmp, path)


def _load(path: str) -> object:
    with gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb") as fh:  # noqa: SIM115
        return pickle.load(fh)


# ---------------------------------------------------------------- stages 1 and 2


def read_shard(path: str) -> list[Record | Skip]:
    """Stage 1: one shard's records (and skips), in input order."""
    return list(read_records(path))


def take(items: list[Record | Skip], start: int, stop: int, repeats: frozenset[int]) -> list[Record | Skip]:
    """Records ``start``–``stop`` of a shard, those at ``repeats`` (ids of an earlier shard) made skips."""
    from kg.corpus.shards import repeated

    out = items[start:stop]
    return [repeated(r) if start + i in repeats and isinstance(r, Record) else r for i, r in enumerate(out)]


def build_chunk(items: list[Record | Skip], chunk: int, tmpdir: str, text: bool, gz: bool = False) -> ChunkInfo:
    """Stage 2: the articles of one slice of a shard, into ``tmpdir/chunk-N.pkl[.gz]``; skips and persons returned."""
    info = ChunkInfo(chunk, str(Path(tmpdir) / f"chunk-{chunk:06d}.pkl{'.gz' if gz else ''}"), len(items))
    results: list[Article | Skip] = []
    subjects: set[str] = set()
    for i, item in enumerate(items):
        result = item if isinstance(item, Skip) else build_article(item, text)
        results.append(result)
        if isinstance(result, Skip):
            info.skips.append((i, result))
            continue
        info.default_lines += len(result.default)
        info.shorts.extend(result.shorts)
        subjects.update(ln[: ln.index(" ")] for ln in result.default)
        for k, p in enumerate(result.persons):
            if Resolver().assign(result.doc_id, p.evidence) == p.evidence.name:  # else decided alone (rule 4)
                info.candidates.append(Candidate(p.evidence.name, (chunk, i, k), result.doc_id, p.evidence.holdings,
                                                 tuple(p.forms)))
    ordered = sorted(subjects)
    info.sample = ordered[:: max(1, len(ordered) // SAMPLE)]
    _dump(results, Path(info.path))
    return info


Decided = tuple[str, Decision]  # a person's key, and the fold of their official's posts (their own posts only)


def decide(group: tuple[str, list[Candidate]], shorts: Table | None = None) -> tuple[list[tuple[Order, Decided]], int]:
    """The resolver's rule for one name: its persons in input order against those met before (local order);
    then the fold of each official's posts over all their articles (:func:`kg.corpus.postforms.fold`), with the
    short forms the whole input defines (``shorts``: :func:`kg.corpus.short_forms.table`).

    Returns the persons whose key is not the plain name or whose posts join others (order → key and fold), and
    how many persons the name splits into beyond the first.
    """
    name, candidates = group
    resolver = Resolver()
    keyed: list[tuple[Candidate, str, list[Form]]] = []
    forms: dict[str, list[Form]] = {}
    for c in sorted(candidates, key=lambda c: c.order):
        new = resolver.assign(c.doc_id, Evidence(c.name, c.holdings))
        mine = rekeyed(c.forms, c.name, new)
        keyed.append((c, new, mine))
        forms.setdefault(new, []).extend(mine)
    folds = {k: fold(v, shorts) for k, v in forms.items()}
    changed = []
    for c, new, mine in keyed:
        own = {f.post: folds[new][f.post] for f in mine if f.post in folds[new]}
        if new != name or own:
            changed.append((c.order, (new, own)))
    return changed, max(0, len(resolver.clusters.get(name, [])) - 1)


# ---------------------------------------------------------------- stages 3 and 4


def range_of(line: str, bounds: list[str]) -> int:
    """The range of subjects a default-graph line belongs to (sorted lines → non-decreasing ranges)."""
    return bisect.bisect_right(bounds, line[: line.index(" ")])


def finish_chunk(info: ChunkInfo, decisions: dict[tuple[int, int], Decided], bounds: list[str], part: str,
                 fmt: str, gz: bool) -> PartInfo:
    """Stage 3: the chunk's named graphs as part ``part``; its default lines as one sorted run ``run-CHUNK.nt``
    whose byte offsets per range of subjects come back with the part."""
    results: list[Article | Skip] = _load(info.path)  # type: ignore[assignment]
    summary = CorpusSummary()
    lines: set[str] = set()
    out, tmp = atomic_open(Path(part), gz)
    try:
        for i, item in enumerate(results):
            if isinstance(item, Skip):
                continue
            mapping: dict[str, str] = {}
            holders: list[tuple[list[Form], Decision | None]] = []
            for k, p in enumerate(item.persons):
                new, own = decisions.get((i, k)) or (Resolver().assign(item.doc_id, p.evidence), {})
                mapping.update(person_mapping(p, item.doc_id, new))
                official = len(p.evidence.name.split()) > 1  # an official's fold, as the local build's
                holders.append((rekeyed(p.forms, p.evidence.name, new), own if official else None))
            moves = post_moves(holders)
            held = held_moves(holders, [mapping.get(p.iri, p.iri) for p in item.persons])
            summary.post_forms += len(moves) + len(held)
            named, default = rekey_lines(item, mapping)
            default = rewrite(default, moves, glued_posts(holders), held)
            out.write(named_text(fmt, item.graph, named))
            summary.articles += 1
            summary.chars += item.chars
            summary.triples += len(named)
            summary.text_triples += len(named)
            summary.reports.append(item.graph)
            lines.update(default)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    digest = commit(out, tmp, Path(part))
    run = Path(info.path).with_name(f"run-{info.chunk:06d}.nt")
    offsets = write_run(sorted(lines), run, bounds)
    return PartInfo(Path(part).name, info.records, summary.triples, digest, summary, str(run), offsets)


def write_run(lines: Iterable[str], path: Path, bounds: list[str] | None = None) -> list[int]:
    """Write sorted lines; the byte offset where each range of ``bounds`` starts, then the file's size."""
    offsets: list[int] = []
    ranges = len(bounds) + 1 if bounds is not None else 1
    pos = 0
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        for ln in lines:
            r = range_of(ln, bounds) if bounds else 0
            offsets.extend([pos] * (r + 1 - len(offsets)))
            data = f"{ln}\n".encode()
            fh.write(data)
            pos += len(data)
    offsets.extend([pos] * (ranges + 1 - len(offsets)))
    os.replace(tmp, path)
    return offsets


def write_description(path: Path, fmt: str, gz: bool, summary: CorpusSummary) -> PartInfo:
    """The last part: the dataset's VoID/DCAT description (:func:`kg.corpus.build_summary.description_text`)."""
    text = description_text(fmt, summary)
    out, tmp = atomic_open(path, gz)
    try:
        out.write(text)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    digest = commit(out, tmp, path)
    return PartInfo(path.name, 0, summary.described, digest, CorpusSummary(), kind="description")


def _segment(seg: Segment) -> Iterator[str]:
    path, start, stop = seg
    with open(path, "rb") as fh:
        fh.seek(start)
        left = stop - start
        for raw in fh:
            if left <= 0:
                break
            left -= len(raw)
            yield raw.decode("utf-8").rstrip("\n")


def _merged(segments: list[Segment]) -> Iterator[str]:
    """The lines of sorted segments, merged in order without duplicates."""
    last = None
    for ln in heapq.merge(*(_segment(s) for s in segments)):
        if ln != last:
            yield ln
            last = ln


def merge_range(tmpdir: str, r: int, part: str, gz: bool, *finished: PartInfo) -> PartInfo:
    """Stage 4: range ``r`` of the default graph, merged from the runs of every chunk (``finished``: stage 3)."""
    segments = [(p.run, p.offsets[r], p.offsets[r + 1]) for p in finished if p.run and p.offsets[r + 1] > p.offsets[r]]
    segments = _fan_in(segments, Path(tmpdir), f"merge-{r:06d}")
    summary = CorpusSummary()
    out, tmp = atomic_open(Path(part), gz)
    try:
        for ln in one_label(_merged(segments)):
            out.write(f"{ln} .\n")
            tally(summary, ln)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    digest = commit(out, tmp, Path(part))
    return PartInfo(Path(part).name, 0, summary.triples, digest, summary)


def _fan_in(segments: list[Segment], tmpdir: Path, stem: str) -> list[Segment]:
    """At most ``FAN_IN`` segments (open files): groups of them merged into bigger runs first."""
    level = 0
    while len(segments) > FAN_IN:
        merged = []
        for g in range(0, len(segments), FAN_IN):
            path = tmpdir / f"{stem}-{level}-{g // FAN_IN:06d}.nt"
            size = write_run(_merged(segments[g:g + FAN_IN]), path)[-1]
            merged.append((str(path), 0, size))
        segments, level = merged, level + 1
    return segments
