"""kg serve's worker lanes: the workers are up before the first request, and long queries never hold the last lane."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from sparql_fixtures import serving
from test_serve_limits import CROSS_JOIN, OFFICIALS, get

from kg.errors import KgError
from kg.sparql.serve import ServeConfig
from kg.sparql.store import MemoryStore

pytest_plugins = ["sparql_fixtures"]


def parent_pid(pid: int) -> int:
    """The parent process id of ``pid`` (Linux ``/proc``)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[1])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_workers_are_up_before_the_first_request(report_dataset) -> None:
    """--workers processes have opened the data when the server is made, before any request; they are forks
    of the fork server (which imported their modules once), not children of the server itself."""
    with serving(MemoryStore(report_dataset), workers=2) as server:
        assert server.pool.idle() == 2
        pids = server.pool.pids()
        assert len(pids) == 2 and all(Path(f"/proc/{p}").exists() for p in pids)
        assert {parent_pid(p) for p in pids} != {os.getpid()}
        assert get(server.url, OFFICIALS)[0] == 200
        assert server.pool.pids() == pids  # the first request needed no new worker


def test_a_long_query_leaves_the_last_lane_for_a_quick_one(report_dataset) -> None:
    """One worker and at most two: a cross join becomes long and holds one lane; a second cross join that
    becomes long in the last lane is stopped (503, the lane kept), and a quick query is still answered while the
    first cross join runs on to its timeout."""
    with serving(MemoryStore(report_dataset), workers=1, timeout=6.0, cache_entries=0) as server:
        first: list[int] = []
        slow = threading.Thread(target=lambda: first.append(get(server.url, CROSS_JOIN)[0]))
        slow.start()
        deadline = time.monotonic() + 30
        while not server.pool._long and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(server.pool._long) == 1
        status, _, body = get(server.url, CROSS_JOIN + " # another text")
        assert status == 503 and b"every lane but one" in body
        assert get(server.url, OFFICIALS)[0] == 200
        assert slow.is_alive()  # the first cross join still holds its lane
        slow.join(30)
        assert first == [503]


def test_the_long_lanes_are_counted(monkeypatch) -> None:
    """A query that becomes long gets a lane while fewer than max_size - 1 are long, and a new worker is started
    at once when the others would not leave --workers free of long queries."""
    from kg.sparql.pool import WorkerPool
    from kg.sparql.source import Source

    pool = WorkerPool(Source("bundled"), size=1, max_size=3)
    spawned: list[int] = []
    monkeypatch.setattr(pool, "_spawn", lambda: spawned.append(1))
    a, b, c = object(), object(), object()
    pool._workers = {a, b}  # type: ignore[assignment]
    assert pool._mark_long(a)  # type: ignore[arg-type]
    assert spawned == []  # b is free of long queries: --workers (1) lanes are left
    assert pool._mark_long(b)  # type: ignore[arg-type]
    assert spawned == [1] and pool._starting == 1  # none left: one more, up to max_size (3)
    assert not pool._mark_long(c)  # type: ignore[arg-type]  # the third lane stays for quick queries
    assert pool._long == {a, b}


def test_max_workers_is_at_least_workers() -> None:
    with pytest.raises(KgError, match="--max-workers must be at least 3"):
        ServeConfig(workers=3, max_workers=2)
    assert ServeConfig(workers=3, max_workers=3).max_workers == 3
