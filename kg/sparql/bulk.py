"""Load corpus parts (``part-*.nq.gz`` + ``manifest.json``, or any ``.nq``/``.nq.gz``/``.trig`` file) into a store.

Three targets, one per ``kg load`` option:

- ``--store DIR``: the embedded Oxigraph store on disk (pyoxigraph's bulk loader). The same directory is what
  ``oxigraph serve --location DIR`` serves, so it is also the fastest path to an **Oxigraph server**: load with
  the server stopped, then start it (or ``oxigraph load --location DIR --file PART…``, the server's own loader).
- ``--endpoint URL``: a running **Oxigraph server** (``oxigraph serve``), through its Graph Store protocol: the
  parts of a manifest POSTed as they are to ``URL/store`` (N-Quads; the default graph's parts as N-Triples to
  ``URL/store?graph=IRI``); other files parsed here (pyoxigraph) and POSTed in batches of ``batch`` quads.
- ``--virtuoso HOST:PORT``: **Virtuoso**'s bulk loader through ``isql-vt``: ``ld_add(file, graph)`` per part,
  then ``rdf_loader_run()`` and ``checkpoint``. The server reads the files itself, so they must sit in a
  directory of its ``DirsAllowed`` (same machine or shared storage).

Quads keep their named graph (one per article); default-graph lines go to ``graph`` (``--graph IRI``; without
it, to the default graph for Oxigraph and to ``graph`` for Virtuoso, whose loader needs one). A directory of
parts is read through its manifest: the parts in order, each checked against its sha256 first.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from kg.errors import KgError, reason
from kg.progress import Progress

MANIFEST = "manifest.json"
BATCH = 100_000
SUFFIXES = {".nq": "N_QUADS", ".trig": "TRIG", ".nt": "N_TRIPLES", ".ttl": "TURTLE"}


@dataclass(frozen=True)
class Part:
    """A file to load; ``kind`` from a manifest: "articles" (quads, each in a named graph), "description" (the
    dataset's VoID/DCAT description, quads in its own named graph), "default" (triples of the default graph,
    N-Triples lines), "" (any RDF file)."""

    path: Path
    kind: str = ""
    quads: int | None = None


@dataclass
class Loaded:
    """What a load did: files, quads read from them, seconds."""

    files: int
    quads: int
    seconds: float = 0.0


def part_files(paths: list[str | Path], verify: bool = True) -> list[Part]:
    """The files to load: a directory with a manifest → its parts in order (sha256 checked); files as given."""
    out: list[Part] = []
    for spec in paths:
        p = Path(spec)
        if p.is_dir():
            out.extend(_manifest_parts(p, verify))
        elif p.is_file():
            _format(p)
            out.append(Part(p))
        else:
            raise KgError("E011", f"no such file: {p}", "check the path or run `kg build` first")
    return out


def _manifest_parts(directory: Path, verify: bool) -> list[Part]:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        parts = [Part(directory / e["part"], e.get("graph", ""), e.get("quads")) for e in manifest["parts"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise KgError("E044", f"{directory} has no readable {MANIFEST} ({err})",
                      "give the parts directory of `kg build --executor dask -o DIR/`, or the files") from None
    for entry, part in zip(manifest["parts"], parts, strict=True):
        if not part.path.is_file():
            raise KgError("E044", f"part {part.path} of the manifest is missing", "rebuild the parts")
        if verify and _sha256(part.path) != entry.get("sha256"):
            raise KgError("E045", f"part {part.path} does not match its sha256 in the manifest", "rebuild the parts")
    return parts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _format(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    fmt = SUFFIXES.get(Path(name).suffix)
    if fmt is None:
        raise KgError("E010", f"cannot load {path}: unknown RDF suffix", f"use one of {', '.join(SUFFIXES)} (.gz too)")
    return fmt


def _open(path: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb"))


def quads(path: Path, graph: str | None) -> Iterator[Any]:
    """The quads of one file (pyoxigraph), default-graph ones moved into ``graph`` when given."""
    import pyoxigraph as ox

    target = ox.NamedNode(graph) if graph else None
    with _open(path) as fh:
        try:
            for q in ox.parse(fh, format=getattr(ox.RdfFormat, _format(path))):
                if target is not None and isinstance(q.graph_name, ox.DefaultGraph):
                    q = ox.Quad(q.subject, q.predicate, q.object, target)
                yield q
        except (SyntaxError, ValueError, OSError, EOFError) as err:
            raise KgError("E013", f"cannot load {path}: {reason(err)}") from None


def _bulk_format(part: Part, graph: str | None) -> str | None:
    """The format to bulk-load ``part`` in natively (no quad through Python), or None when quads must be moved."""
    if part.kind == "default":
        return "N_TRIPLES"  # the default graph's parts are N-Triples lines
    if part.kind in ("articles", "description") or graph is None:
        return _format(part.path)
    return None


def load_store(files: list[Part], directory: str | Path, graph: str | None = None,
               progress: Progress | None = None, optimize: bool = False) -> Loaded:
    """Load into the embedded Oxigraph store at ``directory`` (created if absent); quads added. Plain RDF files
    (no manifest, no --graph) go through :meth:`OxigraphStore.load`: Ctrl-C stops it at once and says what the
    store holds, and a drawing ``progress`` shows quads, rate and ETA; parts are bulk-loaded natively.
    ``optimize``: compact the store afterwards (RocksDB's manual compaction, ``Store.optimize``): reads then
    touch fewer files (figures in docs/sparql.md, "Stop 20")."""
    import pyoxigraph as ox

    from kg.sparql.store import OxigraphStore

    store = OxigraphStore(directory)
    before = len(store)
    plain = [p for p in files if p.kind == "" and graph is None and not p.path.name.lower().endswith(".gz")]
    if plain:
        store.load([p.path for p in plain], progress)
    for part in files:
        if part in plain:
            continue
        fmt = _bulk_format(part, graph)
        if fmt is None:
            store.store.bulk_extend(quads(part.path, graph))
            continue
        with _open(part.path) as fh:
            try:
                store.store.bulk_load(fh, format=getattr(ox.RdfFormat, fmt),
                                      to_graph=ox.NamedNode(graph) if graph and fmt == "N_TRIPLES" else None)
            except (SyntaxError, ValueError, OSError, EOFError) as err:
                raise KgError("E013", f"cannot load {part.path}: {reason(err)}") from None
    if progress is not None:
        progress.close()
    store.store.flush()
    if optimize:
        store.store.optimize()
    return Loaded(len(files), len(store) - before)


def _store_url(endpoint: str) -> str:
    base = endpoint.rstrip("/")
    for tail in ("/query", "/update", "/store", "/sparql"):
        base = base.removesuffix(tail)
    return base + "/store"


def load_endpoint(files: list[Part], endpoint: str, graph: str | None = None, batch: int = BATCH,
                  timeout: float = 600.0) -> Loaded:
    """POST to an Oxigraph server's Graph Store (``ENDPOINT/store``): a manifest's parts as they are (N-Quads, or
    N-Triples into ``graph``), other files parsed here and sent as N-Quads ``batch`` quads at a time."""
    import pyoxigraph as ox

    if not endpoint.startswith(("http://", "https://")):
        raise KgError("E310", f"not an HTTP endpoint URL: {endpoint}", "e.g. http://127.0.0.1:7878")
    url, sent = _store_url(endpoint), 0
    for part in files:
        fmt = _bulk_format(part, graph)
        if fmt in ("N_QUADS", "N_TRIPLES"):
            with _open(part.path) as fh:
                body = fh.read()
            target = url if fmt == "N_QUADS" else url + ("?" + urllib.parse.urlencode({"graph": graph}) if graph
                                                          else "?default")
            _post(target, body, "application/n-quads" if fmt == "N_QUADS" else "application/n-triples", timeout)
            sent += part.quads if part.quads is not None else body.count(b"\n")
            continue
        buffer: list[Any] = []
        for q in quads(part.path, graph):
            buffer.append(q)
            if len(buffer) >= batch:
                _post(url, ox.serialize(buffer, format=ox.RdfFormat.N_QUADS), "application/n-quads", timeout)
                sent, buffer = sent + len(buffer), []
        if buffer:
            _post(url, ox.serialize(buffer, format=ox.RdfFormat.N_QUADS), "application/n-quads", timeout)
            sent += len(buffer)
    return Loaded(len(files), sent)


def _post(url: str, body: bytes | None, content_type: str, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as err:
        detail = err.read()[:200].decode("utf-8", "replace").strip()
        raise KgError("E046", f"{url} answered {err.code}: {detail or err.reason}",
                      "is it an Oxigraph server (oxigraph serve) in read-write mode?") from None
    except (TimeoutError, urllib.error.URLError, ConnectionError) as err:
        raise KgError("E312", f"cannot reach {url}: {getattr(err, 'reason', err)}", "is the server running?") from None


def isql(address: str, statement: str, user: str = "dba", password: str | None = None, timeout: float = 3600) -> str:
    """Run one SQL statement on Virtuoso through ``isql-vt``; its output (raises on a failed statement)."""
    tool = shutil.which("isql-vt") or shutil.which("isql")
    if tool is None:
        raise KgError("E047", "isql-vt not found", "install virtuoso-opensource (Debian) or use --endpoint")
    pw = password if password is not None else os.environ.get("KG_VIRTUOSO_PASSWORD", "dba")
    try:
        proc = subprocess.run([tool, address, user, pw, f"exec={statement}"], capture_output=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        raise KgError("E048", f"Virtuoso at {address} did not finish {statement[:40]!r} in {timeout:g} s") from None
    text = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    if proc.returncode != 0 or "*** Error" in text:
        line = next((ln for ln in text.splitlines() if "Error" in ln), text.strip()[:200])
        raise KgError("E048", f"Virtuoso at {address}: {line.strip()[:200]}",
                      "check HOST:PORT (the SQL port, 1111 by default), the password (KG_VIRTUOSO_PASSWORD) "
                      "and DirsAllowed")
    return text


def _sql(text: str) -> str:
    return text.replace("'", "''")


def load_virtuoso(files: list[Part], address: str, graph: str, user: str = "dba") -> Loaded:
    """Virtuoso's bulk loader: ``ld_add`` each file (absolute path, in ``DirsAllowed``), run, checkpoint."""
    paths = [str(p.path.resolve()) for p in files]
    for path in paths:
        isql(address, f"ld_add('{_sql(path)}', '{_sql(graph)}');", user)
    isql(address, "rdf_loader_run();", user)
    isql(address, "checkpoint;", user)
    names = ", ".join(f"'{_sql(p)}'" for p in paths)
    errors = isql(address, f"SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file IN ({names}) "
                           "AND ll_error IS NOT NULL;", user)
    bad = [ln for ln in errors.splitlines() if any(p in ln for p in paths)]
    if bad:
        raise KgError("E049", f"Virtuoso could not load: {bad[0].strip()[:200]}",
                      "the files must be in a directory of the server's DirsAllowed")
    return Loaded(len(files), sum(p.quads or 0 for p in files))
