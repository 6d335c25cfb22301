#!/usr/bin/env python3
"""A private Virtuoso on 127.0.0.1 for trying `kg push` / `kg query --endpoint` (the tests' own set-up).

    .venv/bin/python scripts/virtuoso.py start [--dir out/virtuoso]     # prints the SPARQL and Graph Store URLs
    .venv/bin/python scripts/virtuoso.py load out/x.trig [--dir …]       # kg push with Digest auth (dba/dba)
    .venv/bin/python scripts/virtuoso.py stop [--dir …]

The database, its ini file (copied from Debian's, ports picked free, `ResultSetMaxRows` raised) and the log live
in the directory; the server keeps running after `start` returns, until `stop`. Needs `virtuoso-opensource`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from sparql_fixtures import start_virtuoso, virtuoso_missing  # noqa: E402 - the tests' helper, not a copy


def _instance(directory: Path) -> dict:
    path = directory / "instance.json"
    if not path.is_file():
        sys.exit(f"no Virtuoso started in {directory} (run: scripts/virtuoso.py start --dir {directory})")
    return json.loads(path.read_text(encoding="utf-8"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def start(directory: Path) -> None:
    why = virtuoso_missing()
    if why:
        sys.exit(f"cannot start Virtuoso: {why}")
    if (directory / "instance.json").is_file() and _alive(_instance(directory)["pid"]):
        sys.exit(f"a Virtuoso already runs from {directory} (scripts/virtuoso.py stop --dir {directory})")
    directory.mkdir(parents=True, exist_ok=True)
    server = start_virtuoso(directory.resolve())
    info = {"pid": server.process.pid, "http_port": server.http_port, "sql_port": server.sql_port,
            "sparql": server.sparql, "crud_auth": server.crud_auth}
    (directory / "instance.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"Virtuoso running (pid {info['pid']}), database in {directory}")
    print(f"  SPARQL:      {server.sparql}      (kg query --endpoint {server.sparql} --cq 5)")
    print(f"  Graph Store: {server.crud_auth}  (user dba, password dba, Digest)")
    print(f"  SQL:         isql-vt 127.0.0.1:{server.sql_port} dba dba")


def load(directory: Path, paths: list[str]) -> int:
    from kg.cli import main as kg

    info = _instance(directory)
    return kg(["push", *paths, "--endpoint", info["crud_auth"], "--user", "dba", "--password", "dba"])


def stop(directory: Path) -> None:
    pid = _instance(directory)["pid"]
    if _alive(pid):
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):  # up to 20 s
            if not _alive(pid):
                break
            time.sleep(0.2)
    (directory / "instance.json").unlink()
    print(f"Virtuoso (pid {pid}) stopped; the database stays in {directory}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("start", "load", "stop"))
    ap.add_argument("paths", nargs="*", help="load: RDF files")
    ap.add_argument("--dir", type=Path, default=ROOT / "out" / "virtuoso", help="database directory")
    args = ap.parse_args()
    if args.action == "start":
        start(args.dir)
    elif args.action == "load":
        return load(args.dir, args.paths)
    else:
        stop(args.dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
