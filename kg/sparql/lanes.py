"""The lane of long queries: while more long queries run than the lane holds, the ones that have used the least
CPU run and the others are paused (``SIGSTOP``) until their turn comes (``SIGCONT``).

A query that runs past :data:`~kg.sparql.worker.LONG_SECONDS` is *long* (:mod:`kg.sparql.pool`): a cross join
that will run to its timeout, a CONSTRUCT of a big store, or a legitimate question answered for the first time.
Left to the operating system, ten cross joins share the cores with everything else and take most of them: on
two cores shared with other sessions, the corpus questions then waited past their own timeout behind them
(issue 13). In the lane, long queries together use at most ``running`` processes' worth of CPU, and the one that
has used the least CPU goes first (least attained service): a question that became long a moment ago runs
before cross joins that have already used seconds, and cheap queries, which never become long, keep the other
cores. A paused query still counts towards its timeout (wall time) and is killed at it like any other; a
worker leaves the lane, running, as soon as its answer arrives.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading

TICK_SECONDS = 0.1  # how often the lane looks at the CPU its queries have used
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used, from ``/proc`` (None: gone, or not Linux)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


class LongLane:
    """At most ``running`` long queries run at once, least CPU used first; the others are paused."""

    def __init__(self, running: int = 1, tick: float = TICK_SECONDS) -> None:
        self.running, self.tick = max(1, running), tick
        self._members: dict[int, float] = {}  # pid -> CPU seconds when the query became long
        self._paused: set[int] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False

    def enter(self, pid: int) -> None:
        """A worker's query has become long."""
        with self._lock:
            if self._closed:
                return
            self._members[pid] = cpu_seconds(pid) or 0.0
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-long-lane", daemon=True)
                self._thread.start()
        self._wake.set()

    def leave(self, pid: int) -> None:
        """A worker's query has ended (answered, timed out or died): it runs again at once."""
        with self._lock:
            self._members.pop(pid, None)
            if pid in self._paused:
                self._paused.discard(pid)
                _signal(pid, signal.SIGCONT)
        self._wake.set()

    def paused(self) -> set[int]:
        """The workers paused now (tests)."""
        with self._lock:
            return set(self._paused)

    def close(self) -> None:
        """Resume every paused worker and stop the lane's thread."""
        with self._lock:
            self._closed = True
            for pid in self._paused:
                _signal(pid, signal.SIGCONT)
            self._paused.clear()
            self._members.clear()
        self._wake.set()

    def _loop(self) -> None:
        while not self._closed:
            self._wake.wait(self.tick)
            self._wake.clear()
            with self._lock:
                self._schedule()

    def _schedule(self) -> None:
        """With the lock held: run the ``running`` members with the least CPU used, pause the others."""
        now = {pid: cpu_seconds(pid) for pid in self._members}
        for pid in [p for p, cpu in now.items() if cpu is None]:  # gone: killed at its timeout, or died
            del self._members[pid]
            self._paused.discard(pid)
        # CPU used since the query became long (a worker's earlier queries do not count against it)
        order = sorted((cpu - self._members[pid], pid) for pid, cpu in now.items() if cpu is not None)
        run = {pid for _, pid in order[: self.running]}
        for _, pid in order:
            if pid in run and pid in self._paused:
                self._paused.discard(pid)
                _signal(pid, signal.SIGCONT)
            elif pid not in run and pid not in self._paused:
                self._paused.add(pid)
                _signal(pid, signal.SIGSTOP)
