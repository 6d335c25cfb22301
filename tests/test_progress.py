"""Progress lines of the long commands: drawn on a terminal (checked through a pty), never under -q or into a
pipe; kg push ends with one short summary line."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest_plugins = ["sparql_fixtures"]

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}  # CI never draws
    env["COLUMNS"] = "200"
    return env


def on_terminal(argv: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run ``kg argv`` with stderr on a pseudo-terminal; (exit code, stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(KG + argv, stdout=subprocess.PIPE, stderr=slave, cwd=cwd, env=_env())
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        shown += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    return proc.returncode, out.decode("utf-8"), shown.decode("utf-8", "replace")


def in_pipe(argv: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(KG + argv, capture_output=True, cwd=cwd, env=_env(), timeout=300)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def _commands(trig: Path, tmp: Path) -> dict[str, tuple[list[str], str]]:
    return {
        "stats": (["stats", "--data", str(trig)], "quads read: "),
        "viz": (["viz", "--data", str(trig), "--focus", "Lê Anh Xuân", "-o", str(tmp / "g.html")], "quads read: "),
        "load": (["load", str(trig), "--store", str(tmp / "store")], "quads loaded: "),
    }


@pytest.mark.parametrize("command", ["stats", "viz", "load"])
def test_progress_on_a_terminal_with_count_rate_and_eta(report_trig: Path, tmp_path: Path, command: str) -> None:
    argv, unit = _commands(report_trig, tmp_path)[command]
    code, _, shown = on_terminal(argv, tmp_path)
    assert code == 0, shown
    line = shown.split(unit)[-1].split("\r")[0].split("\n")[0]
    count, rate = line.split()[:2]
    assert int(count.replace(",", "")) > 1000  # the report's quads (read one by one)
    assert rate.endswith("/s") and "100%  ETA 0s" in line


@pytest.mark.parametrize("command", ["stats", "viz", "load"])
def test_quiet_under_q_and_in_a_pipe(report_trig: Path, tmp_path: Path, command: str) -> None:
    argv, unit = _commands(report_trig, tmp_path)[command]
    code, _, shown = on_terminal([*argv, "-q"], tmp_path)
    assert code == 0 and unit not in shown and "\r" not in shown.replace("\r\n", "\n")  # the pty's line ends
    code, _, err = in_pipe(argv, tmp_path)
    assert code == 0 and unit not in err and "\r" not in err


class _Sink(BaseHTTPRequestHandler):
    """A Graph Store that accepts everything (counts the bodies' lines)."""

    received: list[int] = []

    def _take(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.append(len([ln for ln in body.splitlines() if ln.strip()]))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _take  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def sink() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    _Sink.received = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/crud"
    finally:
        server.shutdown()
        server.server_close()


def test_push_shows_triples_sent_and_ends_with_a_short_summary(report_trig: Path, tmp_path: Path, sink: str) -> None:
    code, out, shown = on_terminal(["push", str(report_trig), "--endpoint", sink, "--chunk", "200"], tmp_path)
    assert code == 0, shown
    sent = sum(_Sink.received)
    read = shown.split("quads read: ")[-1].split("\n")[0]
    assert int(read.split()[0].replace(",", "")) >= sent and "100%  ETA 0s" in read  # reading, then sending
    line = shown.split("triples sent: ")[-1].split("\n")[0]
    assert line.startswith(f"{sent:,}/{sent:,} ") and "100%  ETA 0s" in line
    (summary,) = out.splitlines()
    assert summary.startswith(f"pushed {sent} triples into ") and f"in {len(_Sink.received)} request(s)" in summary
    assert len(summary) < 400
