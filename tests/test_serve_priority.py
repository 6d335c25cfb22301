"""A long query's worker yields the CPU: its nice value rises with the query's age and falls back after it."""

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
from kg.sparql.worker import PRIORITY_STEPS, Worker

pytest_plugins = ["sparql_fixtures"]


class FakePipe:
    """A worker's pipe whose answer comes after ``polls`` polls; records the process's nice value at each."""

    def __init__(self, pid: int, polls: int) -> None:
        self.pid, self.polls, self.seen = pid, polls, []

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


def fake_worker(proc: subprocess.Popen, polls: int) -> tuple[Worker, FakePipe]:
    worker = object.__new__(Worker)
    pipe = FakePipe(proc.pid, polls)
    worker.conn, worker.process = pipe, proc  # type: ignore[assignment]
    worker._base, worker._nice, worker.retire = os.getpriority(os.PRIO_PROCESS, 0), 0, False
    return worker, pipe


def test_nice_rises_at_each_step_of_a_long_query_and_falls_back(sleeper: subprocess.Popen) -> None:
    base = os.getpriority(os.PRIO_PROCESS, 0)
    worker, pipe = fake_worker(sleeper, polls=len(PRIORITY_STEPS) + 1)
    longs: list[Worker] = []
    reply = worker.ask(Request("ASK {}"), timeout=10.0, on_long=longs.append)
    assert reply is not None and reply.body == b"ok" and longs == [worker]
    # polled at nice base, then once after each step, each step's increment in force
    assert pipe.seen == [base] + [min(19, base + nice) for _, nice in PRIORITY_STEPS]
    if not worker.retire:  # the system let the priority be raised again (root, or RLIMIT_NICE)
        assert os.getpriority(os.PRIO_PROCESS, sleeper.pid) == base


def test_a_quick_query_keeps_its_priority(sleeper: subprocess.Popen) -> None:
    base = os.getpriority(os.PRIO_PROCESS, 0)
    worker, pipe = fake_worker(sleeper, polls=1)
    assert worker.ask(Request("ASK {}"), timeout=10.0) is not None
    assert pipe.seen == [base] and os.getpriority(os.PRIO_PROCESS, sleeper.pid) == base and not worker.retire


def test_a_worker_whose_priority_cannot_be_raised_again_is_retired(
    sleeper: subprocess.Popen, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.setpriority

    def unprivileged(which: int, who: int, value: int) -> None:
        if value < os.getpriority(which, who):
            raise PermissionError(13, "Permission denied")
        real(which, who, value)

    monkeypatch.setattr(worker_mod.os, "setpriority", unprivileged)
    worker, _ = fake_worker(sleeper, polls=2)
    assert worker.ask(Request("ASK {}"), timeout=10.0) is not None
    assert worker.retire


def nice_of(pid: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, pid)


def test_through_the_server_a_cross_join_runs_at_a_lower_priority_than_the_others(report_dataset: Any) -> None:
    """A cross join past the first step: its worker's nice value is raised; a quick query still answers, on a
    worker at the server's priority; the cross join's worker is stopped at the timeout."""
    base = os.getpriority(os.PRIO_PROCESS, 0)
    first_step = PRIORITY_STEPS[0]
    with serving(MemoryStore(report_dataset), workers=1, timeout=4.0) as server:
        done: list[int] = []
        thread = threading.Thread(target=lambda: done.append(get(server.url, CROSS_JOIN)[0]))
        thread.start()
        deadline = time.monotonic() + 3.0
        niced: list[int] = []
        while time.monotonic() < deadline and not niced:
            time.sleep(0.05)
            niced = [p for p in server.pool.pids() if nice_of(p) == min(19, base + first_step[1])]
        assert niced, "no worker's nice value was raised while the cross join ran"
        assert get(server.url, OFFICIALS)[0] == 200
        assert all(nice_of(p) == base for p in server.pool.pids() if p not in niced)
        thread.join(30)
        assert done == [503]
