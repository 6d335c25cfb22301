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


def test_a_long_query_leaves_the_last_lane_for_a_quick_one(report_dataset) -> None:
    """One worker and at most two: a cross join becomes long and holds one lane; when a second cross join
    becomes long in the last lane, the one that has run longest (the first) is stopped with a 503, and a quick
    query is still answered while the second runs on to its timeout."""
    with serving(MemoryStore(report_dataset), workers=1, timeout=6.0, cache_entries=0) as server:
        first: list[tuple[int, bytes]] = []
        slow = threading.Thread(target=lambda: first.append(get(server.url, CROSS_JOIN)[::2]))
        slow.start()
        deadline = time.monotonic() + 30
        while not server.pool._long and time.monotonic() < deadline:
            time.sleep(0.05)
        (old,) = server.pool._long
        second: list[tuple[int, bytes]] = []
        other = threading.Thread(target=lambda: second.append(get(server.url, CROSS_JOIN + " # another")[::2]))
        other.start()
        slow.join(30)
        (status, body), = first
        assert status == 503 and b"long queries held every lane but one" in body
        assert old.process.exitcode is not None  # killed and reaped
        assert other.is_alive()  # the second cross join holds its lane now
        assert get(server.url, OFFICIALS)[0] == 200
        other.join(30)
        assert second[0][0] == 503  # timed out (or stopped in turn, should the quick query have turned long)


def test_the_long_lanes_are_counted(monkeypatch) -> None:
    """A query that becomes long gets a lane; at max_size - 1 long queries the one that has run longest is
    stopped; a new worker is started at once when the others would not leave --workers free of long queries."""
    from kg.sparql.pool import WorkerPool
    from kg.sparql.source import Source

    class FakeWorker:
        interrupted = False

        def interrupt(self) -> None:
            self.interrupted = True

    pool = WorkerPool(Source("bundled"), size=1, max_size=3)
    spawned: list[int] = []
    monkeypatch.setattr(pool, "_spawn", lambda: spawned.append(1))
    a, b, c = FakeWorker(), FakeWorker(), FakeWorker()
    pool._workers = {a, b}  # type: ignore[assignment]
    pool._mark_long(a)  # type: ignore[arg-type]
    assert spawned == []  # b is free of long queries: --workers (1) lanes are left
    time.sleep(0.01)
    pool._mark_long(b)  # type: ignore[arg-type]
    assert spawned == [1] and pool._starting == 1  # none left: one more, up to max_size (3)
    pool._mark_long(c)  # type: ignore[arg-type]  # a third long query: the third lane stays for quick ones
    assert a.interrupted and not b.interrupted and not c.interrupted
    assert set(pool._long) == {b, c} and pool._stopped == {a}


def test_a_long_query_others_wait_for_is_not_stopped(monkeypatch) -> None:
    """Of the long queries, only one that no other request waits for is stopped (here the newest: two requests
    wait for the other's answer in other formats), not the one that has run longest; when every long query
    has requests waiting for it, none is."""
    from kg.sparql.pool import WorkerPool, _Waiter
    from kg.sparql.source import Source

    class FakeWorker:
        interrupted = False

        def interrupt(self) -> None:
            self.interrupted = True

    pool = WorkerPool(Source("bundled"), size=1, max_size=2)
    monkeypatch.setattr(pool, "_spawn", lambda: None)
    wanted, lonely = FakeWorker(), FakeWorker()
    pool._workers = {wanted, lonely}  # type: ignore[assignment]
    pool._running = {("SELECT * { ?s ?p ?o }", 10): wanted, ("SELECT * { ?a ?b ?c }", 10): lonely}  # type: ignore[dict-item]
    pool._waiting.extend(_Waiter(("SELECT * { ?s ?p ?o }", 10)) for _ in range(2))
    pool._mark_long(wanted)  # type: ignore[arg-type]
    time.sleep(0.01)
    pool._mark_long(lonely)  # type: ignore[arg-type]
    assert lonely.interrupted and not wanted.interrupted and set(pool._long) == {wanted}
    pool._stopped.clear()
    pool._running[("SELECT * { ?a ?b ?c }", 10)] = lonely  # type: ignore[assignment]
    pool._waiting.append(_Waiter(("SELECT * { ?a ?b ?c }", 10)))  # now a request waits for it too
    lonely.interrupted = False
    pool._mark_long(lonely)  # type: ignore[arg-type]
    assert not lonely.interrupted and not wanted.interrupted and set(pool._long) == {wanted, lonely}


def test_max_workers_is_at_least_workers() -> None:
    with pytest.raises(KgError, match="--max-workers must be at least 3"):
        ServeConfig(workers=3, max_workers=2)
    assert ServeConfig(workers=3, max_workers=3).max_workers == 3
