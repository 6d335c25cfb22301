"""Query workers: each query is parsed and run in a separate process with a memory budget and a deadline.

A :class:`WorkerPool` keeps ``size`` worker processes (:mod:`kg.sparql.worker`: each opens the data itself and
caps its own memory) and answers one request at a time in each. The server hands a request to a free worker and
waits at most the timeout; past it the worker is killed (``SIGKILL``: no CPU or memory goes on being used)
and replaced. A worker that dies of its budget (a ``MemoryError``, or Oxigraph's allocation abort) gives a
503 and is replaced; the other workers and the server go on answering.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from kg.errors import KgError
from kg.sparql.cache import AnswerCache
from kg.sparql.protocol import Reply, Request, error
from kg.sparql.source import Source
from kg.sparql.worker import LONG_SECONDS, Worker, WorkerGone, death_reply

STARTUP_SECONDS = 600.0  # how long a worker may take to open the data
# What the fork server imports once, so that a new worker is a fork of it (0.1-0.2 s at load 10) rather than a new
# interpreter importing them again (0.45 s of CPU, 3.5-5 s of wall time at load 10). ``__main__`` is what
# ``forkserver`` preloads by default: the ``kg`` script, whose import a child would otherwise repeat.
PRELOAD = ["__main__", "kg.sparql.worker", "kg.sparql.protocol", "pyoxigraph"]


def _context() -> Any:
    """``forkserver`` where the platform has it (POSIX), else ``spawn``. Not ``fork``: a fork of the server
    copies locks that its other threads hold, and its heap; the fork server is a fresh single-threaded process
    that holds only the imported modules (no data: each worker opens the data itself)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


Key = tuple[str, int]  # a query's text and row cap: what a worker keeps its last results under


class _Waiter:
    """A request waiting for a worker: the worker is handed over with the event set."""

    def __init__(self, key: Key | None = None) -> None:
        self.event = threading.Event()
        self.worker: Worker | None = None
        self.key = key


class WorkerPool:
    """``size`` query workers over one source; :meth:`run` answers a request in one of them.

    The ``size`` workers are started, and have opened the data, before :meth:`start` returns (before the server
    answers). A query still running after half a second (:data:`~kg.sparql.worker.LONG_SECONDS`) is *long*: its
    worker no longer counts as one of the ``size`` workers for other requests — the moment fewer than ``size``
    workers are free of long queries (or a request waits then), one more is started, up to ``max_size`` (default
    ``2 × size``). Past ``max_size - 1`` long queries, one that no other request waits for is stopped (503,
    :meth:`_mark_long`), so the last lane stays for queries that are not long. So long queries (a cross join
    running to its timeout, a big CONSTRUCT) do not leave cheap ones waiting for a worker. A worker beyond
    ``size`` stops when it is free, no request waits and ``size`` others are free of long queries.

    Requests wait first come, first served, except that a request for a query that another worker is answering
    right now (the same text and row cap, another format: JSON then CSV) waits for that worker, which keeps its
    last results and only renders them again (:mod:`kg.sparql.protocol`).
    """

    def __init__(
        self,
        source: Source,
        size: int = 2,
        budget_mb: int = 512,
        timeout: float = 10.0,
        cache: AnswerCache | None = None,
        log: Callable[[str], None] | None = None,
        max_size: int | None = None,
    ) -> None:
        self.source, self.size, self.budget_mb, self.timeout = source, size, budget_mb, timeout
        self.max_size = max(size, max_size if max_size is not None else 2 * size)
        self.max_long = max(1, self.max_size - 1)  # the last lane is for queries that are not long
        self.cache = cache if cache is not None else AnswerCache(0, 0)
        self.log = log or (lambda message: None)
        self.quads = 0
        self._ctx = _context()
        self._free: list[Worker] = []  # ready and idle
        self._waiting: deque[_Waiter] = deque()  # requests waiting for a worker, oldest first
        self._workers: set[Worker] = set()  # every live process, starting or ready
        self._long: dict[Worker, float] = {}  # workers running a long query: when it was sent (monotonic)
        self._stopped: set[Worker] = set()  # long queries stopped to keep the last lane (their workers killed)
        self._running: dict[Key, Worker] = {}  # the query each busy worker is answering
        self._starting = 0  # decided, not yet in _workers
        self._lock = threading.Lock()
        self._closed = False

    def _new(self, count: bool = False) -> Worker:
        try:
            worker = Worker(self._ctx, self.source, self.budget_mb << 20, count)
        except OSError as err:  # no more processes or memory for one
            raise KgError("E402", f"cannot start a query worker: {err}") from None
        finally:
            with self._lock:
                self._starting -= 1
        with self._lock:
            self._workers.add(worker)
        try:
            worker.wait_ready(STARTUP_SECONDS)
        except KgError:
            self._forget(worker)
            raise
        return worker

    def _forget(self, worker: Worker) -> None:
        with self._lock:
            self._workers.discard(worker)

    def start(self) -> None:
        """Start the workers and wait until each has opened the data (a KgError says why one could not)."""
        starters: list[threading.Thread] = []
        errors: list[KgError] = []
        with self._lock:
            self._starting += self.size
        for i in range(self.size):  # the first one counts the quads for the start-up line
            starters.append(threading.Thread(target=self._start_one, args=(errors, i == 0), daemon=True))
            starters[-1].start()
        for t in starters:
            t.join()
        if errors:
            self.close()
            raise errors[0]

    def _start_one(self, errors: list[KgError], count: bool) -> None:
        try:
            worker = self._new(count)
        except KgError as err:
            errors.append(err)
            return
        if count:
            self.quads = worker.quads
        self._give(worker)

    def _spawn(self) -> None:
        """Start a worker in the background (``_starting`` already counts it); retried while the data fails."""

        def spawn() -> None:
            delay = 1.0
            while not self._closed:
                try:
                    worker = self._new()
                except KgError as err:
                    self.log(f"a new query worker failed: {err}; retrying in {delay:g} s")
                    time.sleep(delay)
                    delay = min(delay * 2, 60.0)
                    with self._lock:
                        self._starting += 1
                    continue
                if self._closed:
                    worker.kill()
                else:
                    self._give(worker)
                return
            with self._lock:
                self._starting = max(0, self._starting - 1)

        threading.Thread(target=spawn, name="kg-spawn", daemon=True).start()

    def pids(self) -> list[int]:
        """Process ids of the live workers (tests and the benchmark read their memory)."""
        with self._lock:
            return sorted(w.pid for w in self._workers)

    def idle(self) -> int:
        """Workers ready for a query now."""
        with self._lock:
            return len(self._free)

    def _give(self, worker: Worker, done: Key | None = None) -> None:
        """A ready worker to the request that should have it (see :meth:`_hand`), or to the free list."""
        with self._lock:
            self._hand(worker, done)

    def _hand(self, worker: Worker, done: Key | None = None) -> None:
        """With the lock held: ``worker`` to the oldest waiting request for ``done``, the query it has just
        answered (its last results are kept: only the format changes), else to the oldest request whose query
        is not running in another worker, else to the free list."""
        waiter = next((w for w in self._waiting if w.key == done), None) if done is not None else None
        if waiter is None:
            waiter = next((w for w in self._waiting if w.key not in self._running), None)
        if waiter is None:
            self._free.append(worker)
            return
        self._waiting.remove(waiter)
        if waiter.key is not None:
            self._running[waiter.key] = worker
        waiter.worker = worker
        waiter.event.set()

    def run(self, req: Request) -> Reply:
        """Answer ``req``: from the cache, from the same request in progress, or in a free worker."""
        return self.cache.answer(req, lambda: self._run(req), wait=4 * self.timeout + 10)

    def _take(self, key: Key | None = None) -> Worker | None:
        """A free worker within the timeout, first come first served (starting an extra one while long queries
        hold workers). While the same query (``key``) runs in a worker for another request, wait for that
        worker: it answers again from the results it keeps."""
        deadline = time.monotonic() + self.timeout
        with self._lock:
            if self._free and (key is None or key not in self._running):
                worker = self._free.pop()
                if key is not None:
                    self._running[key] = worker
                return worker
            waiter = _Waiter(key)
            self._waiting.append(waiter)
        while not waiter.event.wait(min(0.1, max(0.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                with self._lock:
                    if waiter.worker is None:
                        self._waiting.remove(waiter)
                        return None
                break
            self._grow_if_held()
        return waiter.worker

    def _grow_if_held(self) -> None:
        """One more worker when a request waits and fewer than ``size`` workers (starting ones included) are
        free of long queries, or when a burst leaves more than ``2 × size`` queries waiting (a new worker takes
        a second to start: the first requests after a quiet time would otherwise all queue behind ``size``
        workers), up to ``max_size``."""
        with self._lock:
            total = len(self._workers) + self._starting
            waiting = sum(1 for w in self._waiting if w.key not in self._running)
            held = total - len(self._long) < self.size
            burst = waiting > 2 * self.size
            if self._closed or not waiting or not (held or burst) or total >= self.max_size:
                return
            self._starting += 1
        self._spawn()

    def _waiting_for(self, key: Key | None) -> int:
        """With the lock held: the other requests waiting for the query ``key`` (same text and row cap: in
        another format at the pool, in the same format at the answer cache)."""
        if key is None:
            return 0
        return sum(1 for w in self._waiting if w.key == key) + self.cache.followers(*key)

    def _mark_long(self, worker: Worker) -> None:
        """``worker``'s query has become long. Past ``max_long`` long queries one is stopped (its worker killed:
        the last lane stays for queries that are not long): of those that no other request waits for (a 503 to
        one client only), the one that has run longest (the likeliest to reach the timeout anyway). A query that
        other requests wait for is never stopped: stopping the newest, the oldest, or the one the fewest wait
        for stopped the corpus's expensive questions under load, each failing tens of requests at once. Then
        one more worker is started at once if fewer than ``size`` would be free of long queries, so that it is
        up before the next request."""
        with self._lock:
            victim = None
            self._long[worker] = time.monotonic() - LONG_SECONDS
            if len(self._long) > self.max_long:
                queries = {w: k for k, w in self._running.items()}
                alone = [w for w in self._long if not self._waiting_for(queries.get(w))]
                if alone:
                    victim = min(alone, key=self._long.__getitem__)
                    del self._long[victim]
                    self._stopped.add(victim)
            total = len(self._workers) + self._starting
            grow = not self._closed and total - len(self._long) < self.size and total < self.max_size
            if grow:
                self._starting += 1
        if victim is not None:
            victim.interrupt()
        if grow:
            self._spawn()

    def _run(self, req: Request) -> Reply:
        """Answer ``req`` in a free worker: wait at most the timeout for one, then at most the timeout."""
        key = (req.text, req.max_rows)
        worker = self._take(key)
        if worker is None:
            return error(503, f"every query worker stayed busy for {self.timeout:g} s; try again")
        sent = time.monotonic()
        gone: WorkerGone | None = None
        try:
            reply = worker.ask(req, self.timeout, on_long=self._mark_long)
        except WorkerGone as err:
            reply, gone = None, err
        finally:
            with self._lock:
                self._long.pop(worker, None)
                stopped = worker in self._stopped
                self._stopped.discard(worker)
                if self._running.get(key) is worker:
                    del self._running[key]
        if stopped:  # killed to keep the last lane (a reply that came first is still good)
            self._lose(worker, f"stopped after {time.monotonic() - sent:.1f} s: long queries held every lane but one")
            return reply or error(503, f"the query was stopped after {time.monotonic() - sent:.1f} s: long queries "
                                  "held every lane but one, which stays for quick queries; try again later")
        if gone is not None:
            self._lose(worker, f"ended ({gone}) under a query")
            return death_reply(gone.exitcode, self.budget_mb)
        if reply is None:
            self._lose(worker, f"killed after the {self.timeout:g} s timeout")
            return error(503, f"query timed out after {self.timeout:g} s")
        self._release(worker, key)
        return reply

    def _release(self, worker: Worker, done: Key) -> None:
        """Back to the waiting requests, or stopped if more than ``size`` workers are then free of long queries
        and no request waits for it."""
        with self._lock:
            extra = len(self._workers) - len(self._long) > self.size and not any(
                w.key == done or w.key not in self._running for w in self._waiting)
            if extra:
                self._workers.discard(worker)
            else:
                self._hand(worker, done)
        if extra:
            worker.kill()

    def _lose(self, worker: Worker, why: str) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            while self._free and any(w.key not in self._running for w in self._waiting):
                self._hand(self._free.pop())  # requests that waited for this worker's query take a free one
            replace = not self._closed and len(self._workers) + self._starting < self.size
            if replace:
                self._starting += 1
        self.log(f"query worker {worker.pid} {why}" + ("; starting another" if replace else ""))
        if replace:
            self._spawn()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.kill()
