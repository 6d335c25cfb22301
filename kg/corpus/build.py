"""Corpus mode: thousands of articles into one graph, in parallel, streamed to N-Quads or TriG.

- **Reading** (:func:`read_records`): a JSON Lines file (``.jsonl``, or gzip-compressed, detected by its magic
  bytes) of records ``{"id", "title", "text"}`` (optional ``"date"``, ISO ``YYYY-MM-DD``), or a directory of
  ``.txt`` files (first line = title; id = the file name's slug). A malformed record — bad JSON, not UTF-8,
  no id, no text, a repeated id — becomes a :class:`Skip` with its line number and reason; nothing else stops.
- **Per article** (:func:`build_article`, run in worker processes): the pipeline, then the emit stage into a
  light triple sink, each triple formatted once as an N-Triples line. The article's NIF text layer and
  document metadata go to its own named graph ``<report IRI>``; entities and facts to the default graph.
  A generic event (:func:`kg.corpus.resolve.local_event`) gets an IRI of its own article.
- **In the parent** (:func:`build_corpus`), articles are taken back in input order: same-name persons are
  resolved across articles (:mod:`kg.corpus.resolve`) and their IRIs rewritten; the article's named graph is
  appended to the output at once; default-graph lines are kept in sorted runs on disk (bounded memory) and
  merged without duplicates at the end, one ``rdfs:label`` per entity and language (:func:`one_label`).
  Same input → byte-identical output, whatever ``jobs`` is.

The article date: the record's ``date`` when given, else a full date the body opens with ("Ngày 3/2/2017, …",
"Sáng 6-2-2017 …" — the news dateline); otherwise none. Posts stated in the article are attested on it.
"""

from __future__ import annotations

import datetime
import gzip
import heapq
import json
import multiprocessing
import os
import re
import shutil
import signal
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import pipeline
from kg.corpus.resolve import Evidence, Resolver, evidence, local_event
from kg.corpus.summary import FACT_CLASSES
from kg.errors import KgError
from kg.extract.normalise import clean_value, slug
from kg.outfile import check_output, write_error
from kg.rdf.emit import emit as emit_rdf
from kg.rdf.emit import entity_iri, report_iri
from kg.rdf.graphio import nt_term as nt
from kg.rdf.namespace import NIF, VNR

OUTPUT_FORMATS = {".nq": "nquads", ".trig": "trig"}
MAX_RECORD_BYTES = 20_000_000  # a JSON line over 20 MB is skipped unread (memory stays bounded)
MAX_ARTICLE_CHARS = 1_000_000  # an article whose text is over 1 M characters is skipped (a corpus never stalls)
RUN_LINES = 400_000  # default-graph lines kept in memory before a sorted run goes to disk
SHOW_SKIPPED = 5


@dataclass(frozen=True)
class Record:
    """One article to process."""

    doc_id: str
    text: str  # title line + "\n" + body
    line: int = 0
    date: str | None = None
    source: str = ""  # the corpus file or the .txt file (dct:source)


@dataclass(frozen=True)
class Skip:
    """A record left out: where (line number, 0 for a file), which (id or file name) and why."""

    line: int
    ref: str
    reason: str


# ---------------------------------------------------------------- reading


_DATELINE = re.compile(
    r"\s*(?:(?:sáng|trưa|chiều|tối|đêm|hôm)(?:\s+nay)?\s+)?(?:(?:ngày|hôm)\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def article_date(body: str) -> str | None:
    """The date a news body opens with ("Ngày 3/2/2017, …" → 2017-02-03), or None: never guessed."""
    m = _DATELINE.match(body)
    return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _record(obj: object, line: int, seen: pipeline.DistinctIds, source: str) -> Record | Skip:
    if not isinstance(obj, dict):
        return Skip(line, f"line {line}", "not a JSON object")
    rid, title, text = obj.get("id"), obj.get("title"), obj.get("text")
    ref = clean_value(str(rid))[:100] if isinstance(rid, str | int) and str(rid).strip() else f"line {line}"
    if ref.startswith("line "):
        return Skip(line, ref, "no id")
    if not isinstance(text, str) or not text.strip():
        return Skip(line, ref, "no text")
    if title is not None and not isinstance(title, str):
        return Skip(line, ref, "title is not a string")
    if any(isinstance(v, str) and _SURROGATE.search(v) for v in (rid, title, text, obj.get("date"))):
        return Skip(line, ref, "a lone surrogate escape (\\ud800–\\udfff): not representable text")
    if len(text) > MAX_ARTICLE_CHARS:
        return Skip(line, ref, f"text over the limit of {MAX_ARTICLE_CHARS:,} characters")
    doc_id = seen.claim(slug(str(rid), max_len=80), str(rid))
    if doc_id is None:
        return Skip(line, ref, "repeated id")
    body = text.strip("\n")
    iso = _ISO.fullmatch(str(obj.get("date") or "")[:10])
    date = _valid(*(int(x) for x in iso.groups())) if iso else None
    raw = f"{title.strip()}\n{body}" if title and title.strip() else body
    return Record(doc_id, raw, line, date or article_date(body), source)


def _open_lines(path: Path) -> IO[bytes]:
    with path.open("rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    return cast(IO[bytes], gzip.open(path, "rb")) if gz else path.open("rb")


def read_records(path: str | Path) -> Iterator[Record | Skip]:
    """Records of a ``.jsonl[.gz]`` file or a directory of ``.txt`` files, malformed ones as :class:`Skip`."""
    p = Path(path)
    if not p.exists():
        raise KgError("E030", f"no such corpus: {p}", "give a .jsonl, .jsonl.gz file or a directory of .txt")
    seen = pipeline.DistinctIds()  # ids that slug alike get a hash suffix; a repeated id is skipped
    if p.is_dir():
        files = sorted(p.glob("*.txt"))
        if not files:
            raise KgError("E031", f"{p} holds no .txt files", "a corpus directory holds one report per .txt file")
        for f in files:
            try:
                slug_id, text = pipeline.read_source(f)
            except KgError as err:
                yield Skip(0, f.name, err.message.removeprefix(f"{f} ").removeprefix(f"{f}: "))
                continue
            doc_id = seen.claim(slug_id, f.name)
            assert doc_id is not None  # file names in one directory are distinct
            if len(text) > MAX_ARTICLE_CHARS:
                yield Skip(0, f.name, f"text over the limit of {MAX_ARTICLE_CHARS:,} characters")
                continue
            body = text.partition("\n")[2]
            yield Record(doc_id, text, 0, article_date(body.lstrip()), f.name)
        return
    if not p.is_file():
        raise KgError("E036", f"{p} is not a regular file", "give a .jsonl, .jsonl.gz file or a directory of .txt")
    try:
        with _open_lines(p) as fh:
            for n, raw in _bounded_lines(fh):
                if raw is None:
                    yield Skip(n, f"line {n}", f"record over the limit of {MAX_RECORD_BYTES // 1_000_000} MB")
                elif raw.strip():
                    yield _parse_line(raw, n, seen, p.name)
    except (OSError, EOFError) as err:  # a truncated or corrupt gzip stream
        raise KgError("E032", f"cannot read {p}: {err}", "check the file (gzip -t)") from None


def _bounded_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs, with None for a line over :data:`MAX_RECORD_BYTES` (read on, never kept)."""
    n = 0
    while True:
        raw = fh.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        n += 1
        if len(raw) <= MAX_RECORD_BYTES or raw.endswith(b"\n"):
            yield n, raw
            continue
        while raw and not raw.endswith(b"\n"):  # skip the rest of the oversize line in bounded pieces
            raw = fh.readline(1 << 20)
        yield n, None


def _parse_line(raw: bytes, n: int, seen: pipeline.DistinctIds, source: str) -> Record | Skip:
    """One JSON line → a :class:`Record`, or a :class:`Skip` that says why not."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return Skip(n, f"line {n}", f"not UTF-8 (byte {err.start})")
    except json.JSONDecodeError as err:
        return Skip(n, f"line {n}", f"bad JSON ({err.msg})")
    except RecursionError:
        return Skip(n, f"line {n}", "JSON nested too deeply")
    return _record(obj, n, seen, source)


# ---------------------------------------------------------------- one article (in a worker)


_IS_STRING = f" <{NIF.isString}> "


class _Lines:
    """Stands in for an rdflib graph in :func:`kg.rdf.emit.emit`: keeps each triple as an N-Triples line."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        self.lines.add(f"{nt(s)} {nt(p)} {nt(o)}")


class _Sink:
    """Stands in for the rdflib ``Dataset`` that :func:`kg.rdf.emit.emit` writes into (3× faster to fill)."""

    def __init__(self) -> None:
        self.default_context = _Lines()
        self.graphs: dict[URIRef, _Lines] = {}

    @property
    def default_graph(self) -> _Lines:
        return self.default_context

    def graph(self, identifier: URIRef) -> _Lines:
        return self.graphs.setdefault(identifier, _Lines())


@dataclass
class Person:
    """A person of one article, as the parent needs it to resolve and, if needed, re-key them."""

    iri: str  # "<…>" as in the lines
    evidence: Evidence
    posts: list[str] = field(default_factory=list)  # titles of posts whose key embeds the person key


@dataclass
class Article:
    """One processed article: its named graph's lines, its default-graph lines, its persons."""

    doc_id: str
    graph: str  # "<report IRI>"
    named: list[str]
    default: list[str]
    persons: list[Person]
    chars: int = 0


def build_article(rec: Record, text: bool = True) -> Article | Skip:
    """Process one record into lines (pure; runs in a worker). Any failure becomes a :class:`Skip`.

    ``text=False`` keeps of the article's graph only the report node's metadata, not its NIF text layer.
    """
    try:
        result = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
        sink = _Sink()
        emit_rdf(result.doc, result.links, result.facts, sink)  # type: ignore[arg-type]
    except KgError as err:
        return Skip(rec.line, rec.doc_id, err.message)
    except Exception as err:  # a pipeline bug on one article must not lose the corpus
        return Skip(rec.line, rec.doc_id, f"failed: {type(err).__name__}: {err}"[:200])
    report = report_iri(rec.doc_id)
    named: set[str] = set()
    for g in sink.graphs.values():
        named |= g.lines
    default = sink.default_context.lines
    local = {nt(entity_iri(e.id)): nt(entity_iri(f"event:{e.key}|{rec.doc_id}"))
             for e in result.links.entities.values() if e.kind == "event" and local_event(e.label)}
    if local:
        named, default = _substitute(named, local), _substitute(default, local)
    if not text:
        head = f"{nt(report)} "
        named = {ln for ln in named if ln.startswith(head) and _IS_STRING not in ln}
    persons = []
    ents = result.links.entities
    for eid, ev in sorted(evidence(result.links, result.facts).items()):
        posts = [e.attrs["title"] for e in ents.values()
                 if e.kind == "post" and e.key == f"{e.attrs.get('title')}|{ev.name}"]
        persons.append(Person(nt(entity_iri(eid)), ev, sorted(posts)))
    return Article(rec.doc_id, nt(report), sorted(named), sorted(default), persons, len(rec.text))


def _substitute(lines: Iterable[str], mapping: dict[str, str]) -> set[str]:
    """The lines with every IRI term of ``mapping`` ("<…>") replaced."""
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return {pattern.sub(lambda m: mapping[m.group()], ln) for ln in lines}


# ---------------------------------------------------------------- the corpus (in the parent)


@dataclass
class CorpusSummary:
    """What a corpus build did."""

    articles: int = 0
    chars: int = 0
    skipped: list[Skip] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    text_triples: int = 0  # of which in the articles' named graphs
    split_persons: int = 0  # persons who share their name with an earlier, different person
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The closing summary, a few lines of text."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        out = [f"articles: {self.articles}   skipped: {len(self.skipped)}   triples: {self.triples}   "
               f"seconds: {self.seconds:.1f}   ({rate:.1f} articles/s, {self.triples / max(self.seconds, 1e-9):.0f}"
               " triples/s)"]
        out.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(self.classes.items())))
        out.append(f"facts: {sum(self.facts.values())} (" +
                   ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) + ")")
        out.append(f"default graph: {self.triples - self.text_triples} triples; article graphs: "
                   f"{self.text_triples}; same-name officials kept apart: {self.split_persons}")
        if self.skipped:
            first = "; ".join(f"{s.ref}: {s.reason}" for s in self.skipped[:SHOW_SKIPPED])
            out.append(f"skipped {len(self.skipped)}: {first}" + (" …" if len(self.skipped) > SHOW_SKIPPED else ""))
        return out


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the pool), SIGTERM ends the worker at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _results(records: Iterable[Record | Skip], jobs: int, text: bool = True) -> Iterator[Article | Skip]:
    """Articles (or skips) in input order; ``jobs`` > 1 processes them in a bounded window of workers."""
    if jobs <= 1:
        for r in records:
            yield r if isinstance(r, Skip) else build_article(r, text)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    window: deque = deque()
    with ctx.Pool(jobs, initializer=_worker_signals) as pool:
        for r in records:
            window.append(r if isinstance(r, Skip) else pool.apply_async(build_article, (r, text)))
            while len(window) > 4 * jobs:
                head = window.popleft()
                yield head if isinstance(head, Skip) else head.get()
        while window:
            head = window.popleft()
            yield head if isinstance(head, Skip) else head.get()


class _Runs:
    """Default-graph lines: in memory up to ``limit``, then sorted runs on disk; merged without duplicates."""

    def __init__(self, tmpdir: Path, limit: int = RUN_LINES) -> None:
        self.tmpdir = tmpdir
        self.limit = limit
        self.buffer: set[str] = set()
        self.files: list[Path] = []

    def add(self, lines: Iterable[str]) -> None:
        self.buffer.update(lines)
        if len(self.buffer) >= self.limit:
            self._flush()

    def _flush(self) -> None:
        path = self.tmpdir / f"run-{len(self.files):05d}.nt"
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(f"{ln}\n" for ln in sorted(self.buffer))
        self.files.append(path)
        self.buffer = set()

    def merged(self) -> Iterator[str]:
        if not self.files:
            yield from sorted(self.buffer)
            return
        if self.buffer:
            self._flush()
        handles = [p.open(encoding="utf-8") for p in self.files]
        try:
            last = None
            for ln in heapq.merge(*(((x.rstrip("\n") for x in h)) for h in handles)):
                if ln != last:
                    yield ln
                    last = ln
        finally:
            for h in handles:
                h.close()


_LABEL = f" <{RDFS.label}> "
_ALT = f" <{SKOS.altLabel}> "


def _lang(line: str) -> str:
    tail = line.rsplit('"', 1)[1]
    return tail[1:] if tail.startswith("@") else tail


def _labels(group: list[str]) -> list[str]:
    """One subject's lines with one ``rdfs:label`` per language (the longest); the others as ``skos:altLabel``."""
    labels = [ln for ln in group if _LABEL in ln]
    if len(labels) < 2:
        return group
    keep: dict[str, str] = {}
    for ln in labels:
        lang, best = _lang(ln), keep.get(_lang(ln))
        if best is None or (len(ln), best) > (len(best), ln):
            keep[lang] = ln
    if len(keep) == len(labels):
        return group
    demoted = {ln.replace(_LABEL, _ALT, 1) for ln in labels if ln not in keep.values()}
    return sorted((set(group) - set(labels)) | set(keep.values()) | demoted)


def one_label(lines: Iterable[str]) -> Iterator[str]:
    """Sorted default-graph lines with, per subject and language, one ``rdfs:label``: articles name an entity in
    several ways ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"); the longest form stays the label,
    the others become ``skos:altLabel``. Lines of one subject are adjacent in sorted order."""
    group: list[str] = []
    subject = ""
    for ln in lines:
        s = ln[: ln.index(" ")]
        if s != subject and group:
            yield from _labels(group)
            group = []
        subject = s
        group.append(ln)
    yield from _labels(group)


def person_mapping(p: Person, doc_id: str, new: str) -> dict[str, str]:
    """The IRIs ("<…>") to rewrite for person ``p`` of article ``doc_id`` given its resolved key ``new``."""
    if new == p.evidence.name:
        return {}
    mapping = {p.iri: nt(entity_iri(f"person:{new}"))}
    for title in p.posts:
        mapping[nt(entity_iri(f"post:{title}|{p.evidence.name}"))] = nt(entity_iri(f"post:{title}|{new}"))
    return mapping


def rekey_lines(article: Article, mapping: dict[str, str]) -> tuple[list[str], list[str]]:
    """The article's named and default lines with the IRIs of ``mapping`` rewritten (sorted)."""
    if not mapping:
        return article.named, article.default
    return sorted(_substitute(article.named, mapping)), sorted(_substitute(article.default, mapping))


def _rekey(article: Article, resolver: Resolver) -> tuple[list[str], list[str]]:
    """Resolve the article's persons; rewrite the IRIs of those who are not the first of their name."""
    mapping: dict[str, str] = {}
    for p in article.persons:
        mapping.update(person_mapping(p, article.doc_id, resolver.assign(article.doc_id, p.evidence)))
    return rekey_lines(article, mapping)


def named_text(fmt: str, graph: str, named: list[str]) -> str:
    """An article's named graph as it is written: N-Quads lines, or one TriG block."""
    if fmt == "nquads":
        return "".join(f"{ln} {graph} .\n" for ln in named)
    return f"{graph} {{\n" + "".join(f"  {ln} .\n" for ln in named) + "}\n"


_RDF_TYPE = f" <{RDF.type}> <{VNR._NS}"


def tally(summary: CorpusSummary, line: str) -> None:
    """Count one written default-graph line in the summary (triples; entities and facts per class)."""
    summary.triples += 1
    if _RDF_TYPE in line:
        cls = line.rsplit("#", 1)[1].rstrip(">")
        (summary.facts if cls in FACT_CLASSES else summary.classes)[cls] += 1


def default_jobs() -> int:
    """Worker processes by default: the cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


TMP_PREFIX = ".kg-corpus-"  # + the building process's id: the temporary folder beside the output


def _remove_stale_folders(folder: Path) -> None:
    """Remove the temporary folders that killed builds (SIGKILL, a power cut) left in ``folder``: those whose
    process no longer runs. Ctrl-C and SIGTERM clean up themselves (the folder is a context manager)."""
    for tmp in folder.glob(f"{TMP_PREFIX}*-*"):
        pid = tmp.name.removeprefix(TMP_PREFIX).split("-", 1)[0]
        if not pid.isdigit() or not tmp.is_dir() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(tmp, ignore_errors=True)
        except PermissionError:  # another user's live process
            continue


def _write_corpus(records: Iterable[Record | Skip], target: Path, fmt: str, jobs: int, text: bool,
                  summary: CorpusSummary, resolver: Resolver, on_article: Callable[[int, int], None] | None) -> None:
    """The streaming body of :func:`build_corpus` (its temporary folder goes whatever happens)."""
    _remove_stale_folders(target.parent)
    with tempfile.TemporaryDirectory(prefix=f"{TMP_PREFIX}{os.getpid()}-", dir=target.parent) as tmp:
        part = Path(tmp) / "out.part"
        runs = _Runs(Path(tmp), RUN_LINES)
        with part.open("w", encoding="utf-8") as fh:
            for item in _results(records, jobs, text):
                if isinstance(item, Skip):
                    summary.skipped.append(item)
                else:
                    named, default = _rekey(item, resolver)
                    summary.articles += 1
                    summary.chars += item.chars
                    summary.triples += len(named)
                    summary.text_triples += len(named)
                    fh.write(named_text(fmt, item.graph, named))
                    runs.add(default)
                if on_article:
                    on_article(summary.articles, len(summary.skipped))
            for ln in one_label(runs.merged()):
                fh.write(f"{ln} .\n")
                tally(summary, ln)
        if summary.articles:
            os.replace(part, target)


def build_corpus(path: str | Path | Sequence[str | Path], out: str | Path, *, jobs: int = 0, text: bool = True,
                 on_article: Callable[[int, int], None] | None = None) -> CorpusSummary:
    """Build the graph of a corpus into ``out`` (``.nq`` or ``.trig``), atomically; returns the summary.

    ``jobs`` = worker processes (0: one per core); ``text=False`` leaves the NIF text layers out (each
    article's graph keeps its metadata); ``on_article(done, skipped)`` is called after each record.
    """
    target = Path(out)
    fmt = OUTPUT_FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise KgError("E033", f"corpus output must be N-Quads or TriG, not {target.suffix or '(none)'!r}",
                      "use -o FILE.nq or -o FILE.trig (one named graph per article)")
    jobs = jobs or default_jobs()
    t0 = time.perf_counter()
    summary = CorpusSummary()
    resolver = Resolver()
    check_output(target)
    from kg.corpus.shards import read_shards  # shards.py builds on this module's reader

    records = read_shards(path)
    try:
        _write_corpus(records, target, fmt, jobs, text, summary, resolver, on_article)
    except OSError as err:  # a full disk, a folder made read-only…: the temporary folder is gone, out untouched
        raise write_error(target, err) from None
    if summary.articles == 0:
        raise KgError("E034", f"no article of {path} could be processed ({len(summary.skipped)} skipped)",
                      "check the corpus format: JSON Lines of {id, title, text}")
    summary.classes.pop("Report", None)
    summary.split_persons = sum(len(c) - 1 for c in resolver.clusters.values())
    summary.seconds = time.perf_counter() - t0
    return summary
