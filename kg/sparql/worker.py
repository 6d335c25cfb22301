"""A query worker: a process that opens the data, caps its own memory and answers one query at a time.

The process side (:func:`worker_main`) and the server's handle on it (:class:`Worker`). Workers are forked from
a fork server that has imported their modules (``forkserver``: no state inherited from the server's threads,
see :func:`kg.sparql.pool._context`); each opens the data itself — an Oxigraph directory
read-only, or RDF files, N-Quads bytes or the bundled report loaded into Oxigraph in memory — then caps its own
address space at its current size plus the memory budget (``RLIMIT_AS``). A worker that dies of its budget (a
``MemoryError``, or Oxigraph's allocation abort) gives a 503 (:func:`death_reply`). The scheduling of requests
over workers is :mod:`kg.sparql.pool`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KgError, reason
from kg.sparql.protocol import Reply, Request, error
from kg.sparql.source import Source

MEMORY_EXIT = 3  # a worker's exit code after a MemoryError
LONG_SECONDS = 0.5  # a query running longer than this is "long": the pool starts another worker for the others


# --------------------------------------------------------------------------- inside a worker


def vm_size() -> int | None:
    """This process's virtual memory size in bytes (Linux ``/proc``; None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def limit_memory(budget: int) -> int | None:
    """Cap the address space at the current size plus ``budget`` bytes; returns the cap (None: not set)."""
    import resource

    size = vm_size()
    if size is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = size + budget if hard == resource.RLIM_INFINITY else min(size + budget, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    return cap


def _detach() -> None:
    """Ignore Ctrl-C (the server stops its workers), end when the server ends, keep stderr quiet."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    server = os.getppid()

    def watch() -> None:  # the only other thread: it never touches the data or the parser
        while os.getppid() == server:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="kg-watch", daemon=True).start()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # Oxigraph's abort message and the like: the server logs the outcome itself


def worker_main(conn: Connection, source: Source, budget: int, count: bool = True) -> None:
    """A worker's life: open the data, cap memory, answer requests one at a time until told to stop. ``count``:
    count the quads for the server's start-up line (Oxigraph counts a store on disk by reading it all: a second
    for the corpus, which a replacement worker need not spend)."""
    _detach()
    try:
        from kg.sparql.protocol import answer

        store = source.open()
        quads = len(store) if count else 0
    except KgError as err:
        conn.send(("failed", (err.code, err.message, err.hint)))
        return
    except Exception as err:  # data that cannot be opened: one line for the server's user
        conn.send(("failed", ("E402", f"cannot open the data: {reason(err)}", "")))
        return
    limit_memory(budget)
    conn.send(("ready", quads))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        if req is None:
            return
        try:
            conn.send(("reply", answer(store, req)))
        except MemoryError:
            os._exit(MEMORY_EXIT)  # the heap may be fragmented or half-built: start afresh


# --------------------------------------------------------------------------- in the server


class WorkerGone(Exception):
    """The worker died while answering (its exit code says why)."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"exit code {exitcode}")
        self.exitcode = exitcode


class Worker:
    """A worker process and the pipe to it."""

    def __init__(self, ctx: Any, source: Source, budget: int, count: bool = True) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, source, budget, count), name="kg-query",
                                   daemon=True)
        self.process.start()
        child.close()
        self.quads = 0

    @property
    def pid(self) -> int:
        """The worker's process id."""
        return self.process.pid or 0

    def wait_ready(self, seconds: float) -> None:
        """Wait until the worker has opened the data; KgError when it could not."""
        if not self.conn.poll(seconds):
            self.kill()
            raise KgError("E402", f"a query worker did not open the data within {seconds:g} s")
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise KgError("E402", f"a query worker stopped while opening the data ({self._end()})") from None
        if kind != "ready":
            self.kill()
            raise KgError(*payload)
        self.quads = int(payload)

    def ask(self, req: Request, timeout: float, on_long: Callable[[Worker], None] | None = None) -> Reply | None:
        """The worker's reply, or None when ``timeout`` passed first; WorkerGone if it died. ``on_long`` is
        called once if the query is still running after :data:`LONG_SECONDS`."""
        try:
            self.conn.send(req)
            ready = self.conn.poll(min(LONG_SECONDS, timeout))
            if not ready and on_long is not None and timeout > LONG_SECONDS:
                on_long(self)
                ready = self.conn.poll(timeout - LONG_SECONDS)
            if not ready:
                return None
            kind, reply = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(2)
            raise WorkerGone(self.process.exitcode) from None
        return reply

    def interrupt(self) -> None:
        """SIGKILL the process from another thread: the thread waiting in :meth:`ask` sees it gone."""
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()

    def kill(self) -> None:
        """Stop the process at once (SIGKILL) and reap it."""
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):  # closed by another thread at the same moment (server shutdown)
            self.conn.close()

    def _end(self) -> str:
        self.process.join(2)
        return f"exit code {self.process.exitcode}"


def death_reply(exitcode: int | None, budget_mb: int) -> Reply:
    """The answer when a worker died under a query."""
    if exitcode in (MEMORY_EXIT, -signal.SIGABRT, -signal.SIGKILL):
        return error(503, f"query exceeded the memory budget ({budget_mb} MB)")
    return error(503, f"the query's worker stopped unexpectedly (exit code {exitcode})")
