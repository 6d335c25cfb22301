"""The stage order, written down in one place, and the entry points that run it.

text → normalise → segment → mentions → link → facts → emit (RDF). Each stage is one module; every stage but
emit takes the :class:`Document` and returns it with its part filled in (:data:`STAGES`), and :func:`process`
runs them in that order. Emit (:func:`to_rdf`) turns the processed document into RDF.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from kg.errors import KgError
from kg.extract.document import Document
from kg.extract.facts import Fact, extract
from kg.extract.link import Links, link
from kg.extract.mentions import annotate
from kg.extract.normalise import clean_value, normalise_text, slug
from kg.extract.segment import segment
from kg.rdf.describe import describe
from kg.rdf.emit import emit
from kg.resources import as_path, report_file

Stage = Callable[[Document], Document]
MAX_REPORT_BYTES = 20_000_000  # a report file over 20 MB is refused before it is read (E006)


def normalise_stage(doc: Document) -> Document:
    """NFC, LF and the other repairs of :func:`normalise_text` on ``doc.text``; an empty text is an error (E021)."""
    doc.text = normalise_text(doc.text)
    if not doc.text.strip():
        raise KgError("E021", f"{doc.source or doc.doc_id}: the text is empty", "give a UTF-8 file with a title line")
    return doc


def link_stage(doc: Document) -> Document:
    """Set ``doc.links``: the entities the mentions name (:func:`kg.extract.link.link`)."""
    doc.links = link(doc)
    return doc


def facts_stage(doc: Document) -> Document:
    """Set ``doc.facts`` (:func:`kg.extract.facts.extract`; it may add implied bodies and posts to ``doc.links``)."""
    if doc.links is None:
        raise ValueError("the facts stage needs the link stage before it")
    doc.facts = extract(doc, doc.links)
    return doc


# The document stages in the order process() runs them (emit, the last stage, is to_rdf).
STAGES: tuple[tuple[str, Stage], ...] = (
    ("normalise", normalise_stage),
    ("segment", segment),
    ("mentions", annotate),
    ("link", link_stage),
    ("facts", facts_stage),
)


@dataclass
class Result:
    """A processed document with its entities and facts."""

    doc: Document
    links: Links
    facts: list[Fact]


def process(doc_id: str, raw_text: str, *, source: str = "", date: str | None = None) -> Result:
    """Run the document stages (:data:`STAGES`, every stage but emit) on one text (first line = title)."""
    doc = Document(doc_id=doc_id, text=raw_text, source=clean_value(source), date=date)
    for _name, stage in STAGES:
        doc = stage(doc)
    assert doc.links is not None  # the link stage ran
    return Result(doc, doc.links, doc.facts)


def to_rdf(result: Result, ds: Dataset | None = None) -> Dataset:
    """The emit stage: a processed document into (a new or the given) dataset."""
    return emit(result.doc, result.links, result.facts, ds)


def read_source(path: str | Path) -> tuple[str, str]:
    """(doc id, text) of a plain UTF-8 report file; one-line :class:`KgError` on bad input."""
    p = Path(path)
    if not p.exists():
        raise KgError("E001", f"no such file: {p}", "check the path")
    if p.is_dir():
        raise KgError("E002", f"{p} is a directory", "give a .txt file (or use --corpus DIR)")
    data = _read_bounded(p)
    if not data.strip():
        raise KgError("E003", f"{p} is empty", "a report is UTF-8 text whose first line is its title")
    if b"\x00" in data:
        raise KgError("E004", f"{p} is a binary file, not text", "give a UTF-8 text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise KgError("E005", f"{p} is not valid UTF-8 (byte {err.start})",
                      "convert it, e.g. iconv -f CP1258 -t UTF-8") from None
    return slug(p.stem), text


class DistinctIds:
    """Report ids that stay distinct: the slug of a name, or — when another name already slugs to it
    (punctuation, case, length) — the slug plus a short hash of the name; the same name twice is a repeat."""

    def __init__(self, max_len: int = 80) -> None:
        self.names: set[str] = set()
        self.ids: set[str] = set()
        self.max_len = max_len

    def claim(self, doc_id: str, name: str) -> str | None:
        """The id for ``name`` (whose plain slug is ``doc_id``), or None when ``name`` was claimed before."""
        if name in self.names:
            return None
        self.names.add(name)
        new, n = doc_id, 0
        while new in self.ids:
            digest = hashlib.sha1(f"{name}\x00{n}".encode("utf-8", "surrogatepass")).hexdigest()[:6]
            new, n = f"{doc_id[: self.max_len - 7].rstrip('-')}-{digest}", n + 1
        self.ids.add(new)
        return new


def _read_bounded(p: Path) -> bytes:
    """The bytes of ``p``, never more than :data:`MAX_REPORT_BYTES` in memory (``/dev/zero`` is refused too)."""
    too_big = KgError("E006", f"{p} is over the {MAX_REPORT_BYTES // 1_000_000} MB limit of a report",
                      "split it into several reports (or use --corpus for many articles)")
    if p.is_file() and p.stat().st_size > MAX_REPORT_BYTES:
        raise too_big
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_REPORT_BYTES + 1)
    except OSError as err:
        raise KgError("E008", f"cannot read {p}: {err.strerror or err}", "check the file and its permissions") from None
    if len(data) > MAX_REPORT_BYTES:
        raise too_big
    return data


def process_files(paths: Sequence[str | Path]) -> list[Result]:
    """Process report files (every stage but emit).

    Two files whose names slug alike (``d1/r.txt``, ``d2/r.txt``) get distinct report ids (the second one's
    with a hash of its path); the same file given twice is an error (E007)."""
    results = []
    ids = DistinctIds()
    for path in paths:
        slug_id, text = read_source(path)
        doc_id = ids.claim(slug_id, str(Path(path).resolve()))
        if doc_id is None:
            raise KgError("E007", f"{path} is given twice", "give each report file once")
        results.append(process(doc_id, text, source=Path(path).name))
    return results


def build_files(paths: Sequence[str | Path]) -> tuple[Dataset, list[Result], float]:
    """Process report files into one dataset; returns (dataset, results, seconds)."""
    t0 = time.perf_counter()
    ds: Dataset | None = None
    results = process_files(paths)
    for result in results:
        ds = to_rdf(result, ds)
    assert ds is not None
    describe(ds)
    return ds, results, time.perf_counter() - t0


def bundled_report() -> Path:
    """The reference report shipped with the package (``data/reports/``)."""
    return as_path(report_file())


def default_dataset() -> Dataset:
    """The bundled report's graph, built in memory."""
    return build_files([bundled_report()])[0]
