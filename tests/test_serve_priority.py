"""A runaway query's worker yields the CPU: its nice value rises once the query has used YIELD_CPU_SECONDS of
CPU, and falls back after it."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sparql_fixtures import serving
from test_serve_limits import CROSS_JOIN, OFFICIALS, get

from kg.sparql import worker as worker_mod
from kg.sparql.protocol import Reply, Request
from kg.sparql.store import MemoryStore
from kg.sparql.worker import YIELD_CPU_SECONDS, YIELD_NICE, Worker

pytest_plugins = ["sparql_fixtures"]


class FakePipe:
    """A worker's pipe whose answer comes after ``polls`` polls; records the process's nice value at each."""

    def __init__(self, pid: int, polls: int) -> None:
        self.pid, self.polls = pid, polls
        self.seen: list[int] = []

    def send(self, req: Request) -> None:
        pass

    def poll(self, seconds: float) -> bool:
        self.seen.append(os.getpriority(os.PRIO_PROCESS, self.pid))
        return len(self.seen) >= self.polls

    def recv(self) -> tuple[str, Reply]:
        return "reply", Reply(200, b"ok", "text/plain")


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(["sleep", "60"])
    yield proc
    proc.kill()
    proc.wait()


def fake_worker(proc: subprocess.Popen, polls: int, cpu: list[float]) -> tuple[Worker, FakePipe]:
    """A worker over ``proc`` whose pipe answers at poll ``polls`` and whose CPU readings are ``cpu`` in turn."""
    worker = object.__new__(Worker)
    pipe = FakePipe(proc.pid, polls)
    worker.conn, worker.process = pipe, proc  # type: ignore[assignment]
    worker._base, worker._nice, worker.retire = os.getpriority(os.PRIO_PROCESS, 0), 0, False
    readings = iter(cpu)
    worker.cpu_seconds = lambda: next(readings, cpu[-1])  # type: ignore[method-assign]
    return worker, pipe


def test_nice_rises_once_the_query_has_used_its_cpu_and_falls_back(sleeper: subprocess.Popen) -> None:
    base = os.getpriority(os.PRIO_PROCESS, 0)
    # CPU at the start, then after the 2nd and 3rd polls: the second reading is past the threshold
    worker, pipe = fake_worker(sleeper, polls=4, cpu=[10.0, 10.0 + YIELD_CPU_SECONDS / 2, 10.0 + YIELD_CPU_SECONDS])
    longs: list[Worker] = []
    reply = worker.ask(Request("ASK {}"), timeout=10.0, on_long=longs.append)
    assert reply is not None and reply.body == b"ok" and longs == [worker]
    assert pipe.seen == [base, base, base, min(19, base + YIELD_NICE)]
    if not worker.retire:  # the system let the priority be raised again (root, or RLIMIT_NICE)
        assert os.getpriority(os.PRIO_PROCESS, sleeper.pid) == base


def test_a_long_query_under_the_cpu_threshold_keeps_its_priority(sleeper: subprocess.Popen) -> None:
    """An expensive question that waits for the CPU on a busy machine runs long but uses little: not lowered."""
    base = os.getpriority(os.PRIO_PROCESS, 0)
    worker, pipe = fake_worker(sleeper, polls=12, cpu=[5.0, 5.5, 6.0, 6.5])
    assert worker.ask(Request("ASK {}"), timeout=10.0) is not None
    assert set(pipe.seen) == {base} and not worker.retire


def test_the_process_cpu_time_is_read(sleeper: subprocess.Popen) -> None:
    worker, _ = fake_worker(sleeper, polls=1, cpu=[0.0])
    del worker.cpu_seconds  # the real reading
    used = worker.cpu_seconds()
    assert used is None or 0.0 <= used < 5.0


def test_a_worker_whose_priority_cannot_be_raised_again_is_retired(
    sleeper: subprocess.Popen, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.setpriority

    def unprivileged(which: int, who: int, value: int) -> None:
        if value < os.getpriority(which, who):
            raise PermissionError(13, "Permission denied")
        real(which, who, value)

    monkeypatch.setattr(worker_mod.os, "setpriority", unprivileged)
    worker, _ = fake_worker(sleeper, polls=3, cpu=[0.0, YIELD_CPU_SECONDS])
    assert worker.ask(Request("ASK {}"), timeout=10.0) is not None
    assert worker.retire


def nice_of(pid: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, pid)


def test_through_the_server_a_cross_join_yields_once_it_has_used_its_cpu(report_dataset: Any) -> None:
    """A cross join: its worker's nice value is raised once it has used YIELD_CPU_SECONDS of CPU; a quick query
    still answers, on a worker at the server's priority; the cross join is stopped at the timeout."""
    base = os.getpriority(os.PRIO_PROCESS, 0)
    with serving(MemoryStore(report_dataset), workers=1, timeout=3 * YIELD_CPU_SECONDS + 4) as server:
        done: list[int] = []
        thread = threading.Thread(target=lambda: done.append(get(server.url, CROSS_JOIN)[0]))
        thread.start()
        deadline = time.monotonic() + 3 * YIELD_CPU_SECONDS + 3
        niced: list[int] = []
        while time.monotonic() < deadline and not niced:
            time.sleep(0.05)
            niced = [p for p in server.pool.pids() if nice_of(p) == min(19, base + YIELD_NICE)]
        assert niced, "no worker's nice value was raised while the cross join ran"
        assert get(server.url, OFFICIALS)[0] == 200
        assert all(nice_of(p) == base for p in server.pool.pids() if p not in niced)
        thread.join(60)
        assert done == [503]
