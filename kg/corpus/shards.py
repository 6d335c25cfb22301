"""Corpus shards: the inputs of ``kg build --corpus SHARDS…`` — files, globs or directories — read in order.

A shard is a ``.jsonl`` / ``.jsonl.gz`` file, or a directory of ``.txt`` reports (:func:`kg.corpus.records.read_records`
reads either). :func:`shard_paths` expands what the user gave into a sorted, repeat-free list of shards: a glob
into its matches (sorted), a directory holding JSON Lines files into those files (sorted), any other directory
stays one ``.txt`` shard. :func:`read_shards` chains the shards' records in that order; an id met in an earlier
shard makes the record a :class:`~kg.corpus.records.Skip` (``repeated id``), as a repeat within one file does.
Both executors (local and Dask) read through these rules, so they skip exactly the same records.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.corpus.records import Record, Skip, read_records
from kg.errors import KgError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json.gz", ".jsonl.gzip")


def _expand(spec: str) -> list[Path]:
    p = Path(spec)
    if p.is_dir():
        inner = sorted(f for f in p.iterdir() if f.is_file() and f.name.lower().endswith(JSONL_SUFFIXES))
        return inner or [p]
    if p.exists() or not glob.has_magic(spec):
        return [p]  # a missing file is reported by read_records (E030)
    matches = sorted(Path(m) for m in glob.glob(spec, recursive=True) if Path(m).is_file())
    if not matches:
        raise KgError("E040", f"no corpus shard matches {spec!r}", "give .jsonl[.gz] files, a glob or a directory")
    return matches


def shard_paths(specs: str | Path | Sequence[str | Path]) -> list[Path]:
    """The shards that ``specs`` name, in order: each spec expanded, repeats (same resolved path) dropped."""
    items = [specs] if isinstance(specs, str | Path) else list(specs)
    if not items:
        raise KgError("E040", "no corpus shard given", "give .jsonl[.gz] files, a glob or a directory")
    out: list[Path] = []
    seen: set[Path] = set()
    for spec in items:
        for p in _expand(str(spec)):
            real = p.resolve()
            if real not in seen:
                seen.add(real)
                out.append(p)
    return out


def repeated(rec: Record) -> Skip:
    """The skip of a record whose id an earlier shard already used."""
    return Skip(rec.line, rec.doc_id, f"repeated id (in an earlier shard than {rec.source})")


def read_shards(specs: str | Path | Sequence[str | Path]) -> Iterator[Record | Skip]:
    """Records of every shard in order; a record whose id an earlier shard used becomes a :class:`Skip`."""
    paths = shard_paths(specs)
    if len(paths) == 1:
        yield from read_records(paths[0])
        return
    seen: set[str] = set()
    for path in paths:
        for item in read_records(path):
            if isinstance(item, Record):
                if item.doc_id in seen:
                    yield repeated(item)
                    continue
                seen.add(item.doc_id)
            yield item
