"""``kg stats`` and ``kg viz --focus`` on a large graph file: wall seconds, CPU seconds and peak RSS per command.

Each command runs in a child process (as a user runs it, ``-q``), timed end to end; CPU seconds are the child's
rusage (user + system), peak RSS its maxrss. The machine's load average is printed with the figures: on a
shared machine wall time moves with it, CPU time much less.

    .venv/bin/python scripts/bench_view.py [--data out/corpus.nq] [--focus "NAME"] [--depth 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(argv: list[str]) -> tuple[float, float, float, str]:
    """Run ``kg argv``; (wall s, CPU s, peak RSS MB, last line of stderr)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "kg"), *argv], stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (its children included when reaped)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"kg {' '.join(argv)} failed: {stderr.strip()[-400:]}")
    tail = (stderr.strip().splitlines() or stdout.strip().splitlines() or [""])[-1]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, tail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="out/corpus.nq")
    ap.add_argument("--focus", default="Nguyễn Đức Chung")
    ap.add_argument("--depth", default="2")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    data = Path(args.data)
    if not data.is_file():
        sys.exit(f"no {data}: build it first (kg build --corpus … -o {data})")
    print(f"data: {data} ({data.stat().st_size / 1e6:.0f} MB); load average before: {os.getloadavg()[0]:.1f}")
    commands = {
        "kg stats": ["stats", "--data", str(data), "-q"],
        "kg viz --focus": ["viz", "--data", str(data), "--focus", args.focus, "--depth", args.depth, "-q",
                           "-o", "out/bench-focus.html"],
    }
    for name, argv in commands.items():
        for _ in range(args.repeat):
            wall, cpu, rss, tail = timed(argv)
            print(f"{name:<16} wall {wall:6.1f} s  cpu {cpu:6.1f} s  peak RSS {rss:6.0f} MB  "
                  f"load {os.getloadavg()[0]:.1f}  | {tail}")


if __name__ == "__main__":
    main()
