"""Corpus mode: thousands of articles into one graph, in parallel, streamed to N-Quads or TriG.

- **Reading** (:func:`kg.corpus.records.read_records`): a JSON Lines file (``.jsonl``, or gzip-compressed,
  detected by its magic bytes) of records ``{"id", "title", "text"}`` (optional ``"date"``, ISO ``YYYY-MM-DD``),
  or a directory of ``.txt`` files (first line = title; id = the file name's slug). A malformed record — bad
  JSON, not UTF-8, no id, no text, a repeated id — becomes a :class:`~kg.corpus.records.Skip` with its line
  number and reason; nothing else stops.
- **Per article** (:func:`build_article`, run in worker processes): the pipeline, then the emit stage into a
  light triple sink, each triple formatted once as an N-Triples line. The article's NIF text layer and
  document metadata go to its own named graph ``<report IRI>``; entities and facts to the default graph.
  A generic event (:func:`kg.corpus.resolve.local_event`) gets an IRI of its own article, a verb-named one an IRI of
  its date or its article (:mod:`kg.corpus.event_local`).
- **In the parent** (:func:`build_corpus`), articles are taken back in input order: same-name persons are
  resolved across articles (:mod:`kg.corpus.resolve`) and their IRIs rewritten; the article's named graph is
  appended to the output at once; default-graph lines are kept in sorted runs on disk (bounded memory) and
  merged without duplicates at the end, one ``rdfs:label`` per entity and language (:mod:`kg.corpus.runs`).
  The lines that name a post wait in a file until every article is read: then each official's post forms are
  folded into one node per post (:mod:`kg.corpus.postfold`) and those lines rewritten.
  Same input → byte-identical output, whatever ``jobs`` is.

The article date: the record's ``date`` when given, else a full date the body opens with ("Ngày 3/2/2017, …",
"Sáng 6-2-2017 …" — the news dateline); otherwise none. Posts stated in the article are attested on it.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rdflib import URIRef
from rdflib.namespace import XSD

from kg import pipeline
from kg.corpus.build_summary import CorpusSummary, description_text, named_text, tally
from kg.corpus.event_local import local_keys
from kg.corpus.postfold import PostLines, Stated
from kg.corpus.postforms import Form, forms_of, rekeyed
from kg.corpus.records import Record, Skip
from kg.corpus.resolve import Evidence, Resolver, evidence
from kg.corpus.runs import RUN_LINES, _Runs, one_label, substitute
from kg.corpus.shards import read_shards
from kg.corpus.short_forms import Pair, harvest
from kg.errors import KgError
from kg.outfile import check_output, write_error
from kg.rdf.emit import emit as emit_rdf
from kg.rdf.emit import entity_iri, report_iri
from kg.rdf.graphio import nt_string
from kg.rdf.graphio import nt_term as nt
from kg.rdf.namespace import NIF

OUTPUT_FORMATS = {".nq": "nquads", ".trig": "trig"}


# ---------------------------------------------------------------- one article (in a worker)


_IS_STRING = f" <{NIF.isString}> "
_INDEX_TYPE = f'"^^<{XSD.nonNegativeInteger}>'
_STRING_TERMS = (f"> <{NIF.referenceContext}> <", f'> <{NIF.beginIndex}> "', f'> <{NIF.endIndex}> "',
                 f'> <{NIF.anchorOf}> "')


class _Lines:
    """Stands in for an rdflib graph in :func:`kg.rdf.emit.emit`: keeps each triple as an N-Triples line."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, triple: tuple) -> None:  # an IRI written at once (most terms are); the rest by nt
        s, p, o = triple
        if type(o) is URIRef and type(s) is URIRef and type(p) is URIRef:  # the most common line: three IRIs
            self.lines.add("<%s> <%s> <%s>" % (s, p, o))  # noqa: UP031 (printf-style: faster than an f-string)
            return
        self.lines.add(f"{f'<{s}>' if type(s) is URIRef else nt(s)} {f'<{p}>' if type(p) is URIRef else nt(p)} "
                       f"{f'<{o}>' if type(o) is URIRef else nt(o)}")

    def add_string(self, node: URIRef, context: URIRef, start: int, end: int, text: str) -> None:
        """The four triples of a NIF string (``kg.rdf.emit``): its context, offsets and text, as :meth:`add`
        writes them, formatted at once (no rdflib literal made)."""
        ctx, begin, stop, anchor = _STRING_TERMS
        self.lines.update((f"<{node}{ctx}{context}>", f"<{node}{begin}{start}{_INDEX_TYPE}",
                           f"<{node}{stop}{end}{_INDEX_TYPE}", f'<{node}{anchor}{nt_string(text)}"'))


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
    posts: list[str] = field(default_factory=list)  # keys of the posts keyed by the person, less "|person key"
    forms: list[Form] = field(default_factory=list)  # the posts the article says they hold


@dataclass
class Article:
    """One processed article: its named graph's lines, its default-graph lines, its persons."""

    doc_id: str
    graph: str  # "<report IRI>"
    named: list[str]
    default: list[str]
    persons: list[Person]
    chars: int = 0
    shorts: tuple[Pair, ...] = ()  # the short forms the article defines (kg.corpus.short_forms.harvest)


def build_article(rec: Record, text: bool = True) -> Article | Skip:
    """Process one record into lines (pure; runs in a worker). Any failure becomes a :class:`Skip`.

    ``text=False`` keeps of the article's graph only the report node's metadata, not its NIF text layer."""
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
    keys = local_keys(result.links, result.facts, rec.doc_id)
    local = {nt(entity_iri(eid)): nt(entity_iri(k)) for eid, k in keys.items()}
    if local:
        named, default = substitute(named, local), substitute(default, local)
    if not text:
        head = f"{nt(report)} "
        named = {ln for ln in named if ln.startswith(head) and _IS_STRING not in ln}
    persons = []
    post_keys = [e.key for e in result.links.entities.values() if e.kind == "post"]
    forms = forms_of(result.links, result.facts, result.doc.mentions)
    for eid, ev in sorted(evidence(result.links, result.facts).items()):
        tail = f"|{ev.name}"
        posts = [k[: -len(tail)] for k in post_keys if k.endswith(tail)]
        persons.append(Person(nt(entity_iri(eid)), ev, sorted(posts), forms.get(eid, [])))
    return Article(rec.doc_id, nt(report), sorted(named), sorted(default), persons, len(rec.text),
                   harvest(rec.text))


# ---------------------------------------------------------------- the corpus (in the parent)


def _worker_signals(parent: int = 0) -> None:
    """In a worker: Ctrl-C is the parent's (it stops the pool), SIGTERM ends the worker, and the worker dies with the
    thread that forked it (PR_SET_PDEATHSIG; a worker forked anew during terminate() outlived the build holding its
    stderr open). ``parent``: the forking process's id, if already gone the worker ends (0: not checked)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if parent and os.getppid() != parent:
        os._exit(0)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork when the process runs one thread (the workers start at once, sharing the loaded lexicon); with other
    threads alive (a server, a library caller) a fork may copy a lock another thread holds and the worker waits on
    it for ever: then a fork server, which forks from a clean single-threaded process."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else None)


def _results(records: Iterable[Record | Skip], jobs: int, text: bool = True) -> Iterator[Article | Skip]:
    """Articles (or skips) in input order; ``jobs`` > 1 processes them in a bounded window of workers."""
    if jobs <= 1:
        for r in records:
            yield r if isinstance(r, Skip) else build_article(r, text)
        return
    window: deque = deque()
    ctx = _pool_context()
    pool = ctx.Pool(jobs, initializer=_worker_signals,
                    initargs=(os.getpid() if ctx.get_start_method() == "fork" else 0,))
    try:
        for r in records:
            window.append(r if isinstance(r, Skip) else pool.apply_async(build_article, (r, text)))
            while len(window) > 4 * jobs:
                head = window.popleft()
                yield head if isinstance(head, Skip) else head.get()
        while window:
            head = window.popleft()
            yield head if isinstance(head, Skip) else head.get()
        pool.close()  # done: the workers end on their own (a terminate right after the start could meet a worker
        # still in the parent's SIGTERM handler, which outlives the signal, and wait for it for ever)
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def person_mapping(p: Person, doc_id: str, new: str) -> dict[str, str]:
    """The IRIs ("<…>") to rewrite for person ``p`` of article ``doc_id`` given its resolved key ``new``."""
    if new == p.evidence.name:
        return {}
    mapping = {p.iri: nt(entity_iri(f"person:{new}"))}
    for post in p.posts:
        mapping[nt(entity_iri(f"post:{post}|{p.evidence.name}"))] = nt(entity_iri(f"post:{post}|{new}"))
    return mapping


def rekey_lines(article: Article, mapping: dict[str, str]) -> tuple[list[str], list[str]]:
    """The article's named and default lines with the IRIs of ``mapping`` rewritten (sorted)."""
    if not mapping:
        return article.named, article.default
    return sorted(substitute(article.named, mapping)), sorted(substitute(article.default, mapping))


def _rekey(article: Article, resolver: Resolver) -> tuple[list[str], list[str], Stated]:
    """Resolve the article's persons; rewrite the IRIs of those who are not the first of their name. With the
    lines, each person's post forms (re-keyed), official's key (None: a person of this article only) and IRI."""
    mapping: dict[str, str] = {}
    holders: Stated = []
    for p in article.persons:
        new = resolver.assign(article.doc_id, p.evidence)
        mapping.update(person_mapping(p, article.doc_id, new))
        holders.append((rekeyed(p.forms, p.evidence.name, new), new if len(p.evidence.name.split()) > 1 else None,
                        mapping.get(p.iri, p.iri)))
    return (*rekey_lines(article, mapping), holders)


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
        posts = PostLines(Path(tmp))
        with part.open("w", encoding="utf-8") as fh:
            for item in _results(records, jobs, text):
                if isinstance(item, Skip):
                    summary.skipped.append(item)
                else:
                    named, default, holders = _rekey(item, resolver)
                    summary.articles += 1
                    summary.chars += item.chars
                    summary.triples += len(named)
                    summary.text_triples += len(named)
                    summary.reports.append(item.graph)
                    fh.write(named_text(fmt, item.graph, named))
                    runs.add(posts.add(holders, default, item.shorts))
                if on_article:
                    on_article(summary.articles, len(summary.skipped))
            for lines, moved in posts.replay():
                summary.post_forms += moved
                runs.add(lines)
            _write_default(fh, one_label(runs.merged()), summary)
            if summary.articles:
                fh.write(description_text(fmt, summary))
        if summary.articles:
            os.replace(part, target)


def _write_default(fh: TextIO, lines: Iterable[str], summary: CorpusSummary) -> None:
    """Write the merged default-graph lines (each closed by " ."), each counted in ``summary`` (:func:`tally`); a
    write per few thousand lines, not one per line."""
    chunk: list[str] = []
    for ln in lines:
        tally(summary, ln)
        chunk.append(ln + " .\n")
        if len(chunk) >= 4096:
            fh.write("".join(chunk))
            chunk.clear()
    fh.write("".join(chunk))


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
    records = read_shards(path)
    # the objects made before the build (modules, the lexicon, compiled patterns: most of the heap) are left out of
    # the cyclic garbage collector's full passes while it runs, which the build's growing heap triggers again and
    # again (whole corpus: 1.75 → 0.72 CPU-s); as they were afterwards (unless the caller had frozen some itself)
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        _write_corpus(records, target, fmt, jobs, text, summary, resolver, on_article)
    except OSError as err:  # a full disk, a folder made read-only…: the temporary folder is gone, out untouched
        raise write_error(target, err) from None
    finally:
        if freeze:
            gc.unfreeze()
    if summary.articles == 0:
        raise KgError("E034", f"no article of {path} could be processed ({len(summary.skipped)} skipped)",
                      "check the corpus format: JSON Lines of {id, title, text}")
    summary.classes.pop("Report", None)
    summary.split_persons = sum(len(c) - 1 for c in resolver.clusters.values())
    summary.seconds = time.perf_counter() - t0
    return summary
