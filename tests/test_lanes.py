"""The lane of long queries: at most ``running`` of them run, least CPU used first; the others are paused."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from kg.sparql.lanes import LongLane, cpu_seconds

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def state(pid: int) -> str:
    """A process's state letter from /proc (T: stopped)."""
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rsplit(b")", 1)[1].split()[0].decode()


def wait_for(check, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def spinners() -> Iterator[list[subprocess.Popen]]:
    """Three processes that use all the CPU they get, like queries that will run to their timeout."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(3)]
    yield procs
    for p in procs:
        p.kill()
        p.wait()


def test_one_long_query_runs_at_a_time_and_the_others_wait(spinners) -> None:
    lane = LongLane(running=1, tick=0.05)
    first, second, third = (p.pid for p in spinners)
    try:
        lane.enter(first)
        time.sleep(0.3)  # the first one has used CPU: the newcomers go before it
        lane.enter(second)
        lane.enter(third)
        assert wait_for(lambda: len(lane.paused()) == 2)
        assert first in lane.paused()
        assert wait_for(lambda: sum(state(pid) == "T" for pid in (first, second, third)) == 2)
        before = {pid: cpu_seconds(pid) or 0.0 for pid in (first, second, third)}
        time.sleep(1.0)
        used = sum((cpu_seconds(pid) or 0.0) - before[pid] for pid in before)
        assert used < 1.3  # one process's worth of CPU at most (three free spinners would take up to 3 s)
        lane.leave(second)  # answered: out of the lane, running
        lane.leave(third)
        assert state(second) != "T" and state(third) != "T"
        assert wait_for(lambda: lane.paused() == set() and state(first) != "T")  # alone: it runs
    finally:
        lane.close()
    assert all(state(p.pid) != "T" for p in spinners)


def test_a_process_that_is_gone_leaves_the_lane(spinners) -> None:
    lane = LongLane(running=1, tick=0.05)
    try:
        for p in spinners[:2]:
            lane.enter(p.pid)
        assert wait_for(lambda: len(lane.paused()) == 1)
        stopped = next(iter(lane.paused()))
        running = next(p for p in spinners[:2] if p.pid != stopped)
        running.kill()  # killed at its timeout, say
        running.wait()
        assert wait_for(lambda: lane.paused() == set() and state(stopped) != "T")
    finally:
        lane.close()
