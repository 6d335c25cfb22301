"""Fixtures for the SPARQL tests: free ports, an in-process ``kg serve``, a private Virtuoso instance.

Imported by the test modules that need them (``from sparql_fixtures import …``); the Virtuoso instance runs
on 127.0.0.1 with its own temporary database directory and is stopped when the test session ends.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VSP_ROOT = Path("/var/lib/virtuoso-opensource-7/vsp")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _set(ini: str, section: str, key: str, value: str) -> str:
    """Set ``key = value`` in ``[section]`` of a Virtuoso ini text (added when absent)."""
    pattern = re.compile(rf"(^\[{re.escape(section)}\][^\[]*?)^;?[ \t]*{re.escape(key)}[ \t]*=[^\n]*$", re.M | re.S)
    if pattern.search(ini):
        return pattern.sub(lambda m: f"{m.group(1)}{key} = {value}", ini, count=1)
    return re.sub(rf"^\[{re.escape(section)}\]\s*$", f"[{section}]\n{key} = {value}", ini, count=1, flags=re.M)


@dataclass
class Virtuoso:
    """A running private Virtuoso: SPARQL at ``sparql``, Graph Store at ``crud`` / ``crud_auth`` (dba/dba)."""

    http_port: int
    sql_port: int
    directory: Path
    process: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"

    @property
    def crud(self) -> str:
        return self.base + "/sparql-graph-crud"

    @property
    def crud_auth(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    def isql(self, statement: str) -> str:
        """Run one SQL statement as dba; returns the output."""
        out = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True, timeout=60, check=False,
        )
        return out.stdout.decode("utf-8", "replace") + out.stderr.decode("utf-8", "replace")

    def stop(self) -> None:
        """Shut the server down (checkpoint-free) and wait for it."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def virtuoso_missing() -> str | None:
    """Why Virtuoso cannot be started here, or None."""
    for tool in ("virtuoso-t", "isql-vt"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (apt-get install virtuoso-opensource; .ci/run does)"
    if not VIRTUOSO_INI.is_file():
        return f"{VIRTUOSO_INI} missing"
    return None


def start_virtuoso(directory: Path, ready_within: float = 60.0) -> Virtuoso:
    """Start ``virtuoso-t`` on 127.0.0.1 with its database in ``directory``; wait until SPARQL answers."""
    http_port, sql_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text(encoding="utf-8", errors="replace")
    db = directory
    for key, name in (("DatabaseFile", "virtuoso.db"), ("ErrorLogFile", "virtuoso.log"),
                      ("LockFile", "virtuoso.lck"), ("TransactionFile", "virtuoso.trx"),
                      ("xa_persistent_file", "virtuoso.pxa")):
        ini = _set(ini, "Database", key, str(db / name))
    ini = _set(ini, "TempDatabase", "DatabaseFile", str(db / "virtuoso-temp.db"))
    ini = _set(ini, "TempDatabase", "TransactionFile", str(db / "virtuoso-temp.trx"))
    ini = _set(ini, "Parameters", "ServerPort", f"127.0.0.1:{sql_port}")
    ini = _set(ini, "Parameters", "DirsAllowed", f"., {db}")
    ini = _set(ini, "Parameters", "NumberOfBuffers", "20000")
    ini = _set(ini, "Parameters", "MaxDirtyBuffers", "15000")
    ini = _set(ini, "HTTPServer", "ServerPort", f"127.0.0.1:{http_port}")
    ini = _set(ini, "HTTPServer", "ServerRoot", str(VSP_ROOT))
    ini = _set(ini, "SPARQL", "ResultSetMaxRows", "1000000")
    ini = _set(ini, "URIQA", "DefaultHost", f"127.0.0.1:{http_port}")
    (db / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = open(db / "stdout.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        ["virtuoso-t", "+configfile", str(db / "virtuoso.ini"), "+foreground"],
        cwd=db, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    server = Virtuoso(http_port, sql_port, db, proc)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {proc.returncode}: {_tail(db / 'stdout.log')}")
        try:
            with urllib.request.urlopen(server.sparql + "?query=ASK%7B%7D", timeout=2) as resp:
                if resp.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"virtuoso-t not ready within {ready_within:g} s: {_tail(db / 'stdout.log')}")


def _tail(path: Path) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-3:])
    except OSError:
        return "(no log)"


def _skip(request: pytest.FixtureRequest, reason: str) -> None:
    """Skip, printing the reason on the terminal even under ``-q`` (not only with ``-rs``)."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"SKIP virtuoso tests: {reason}", yellow=True)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def virtuoso(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A private Virtuoso for the session (skips with the reason printed when it cannot be started)."""
    reason = virtuoso_missing()
    if reason is not None:
        _skip(request, f"Virtuoso unavailable: {reason}")
    if os.environ.get("KG_SKIP_VIRTUOSO"):
        _skip(request, "Virtuoso tests disabled by KG_SKIP_VIRTUOSO")
    try:
        server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    except (RuntimeError, OSError) as err:
        _skip(request, f"Virtuoso could not be started: {err}")
    try:
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------- the report's graph and a live endpoint

REPORT = Path(__file__).resolve().parent.parent / "data" / "reports" / "thanh-hoa-qpan-2020.txt"


@pytest.fixture(scope="session")
def report_text() -> str:
    """The bundled report's text (facts asserted in the tests are checked against it too)."""
    import unicodedata

    return unicodedata.normalize("NFC", REPORT.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def report_dataset():
    """The bundled report's graph as ``kg build`` makes it (built once per session)."""
    from kg.pipeline import default_dataset

    return default_dataset()


@pytest.fixture(scope="session")
def report_trig(report_dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report's graph written as TriG (default graph + the text layer's named graph)."""
    from kg.rdf.graphio import write

    return write(report_dataset, tmp_path_factory.mktemp("report") / "report.trig")


@pytest.fixture(scope="session")
def live_endpoint(report_dataset) -> Iterator[str]:
    """An in-process ``kg serve`` over the report on 127.0.0.1 (free port); yields the /sparql URL."""
    from kg.sparql.serve import ServeConfig, make_server, start_in_thread
    from kg.sparql.store import MemoryStore

    server = make_server(MemoryStore(report_dataset), "127.0.0.1", 0,
                         ServeConfig(timeout=3.0, max_rows=50, quiet=True))
    thread = start_in_thread(server)
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def serving(store: Any, **config: Any) -> Iterator[Any]:
    """A ``kg serve`` on 127.0.0.1 (a free port) over ``store`` with ``config``, stopped at the end."""
    from kg.sparql.serve import ServeConfig, make_server, start_in_thread

    server = make_server(store, "127.0.0.1", 0, ServeConfig(**{"quiet": True, **config}))
    start_in_thread(server)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
