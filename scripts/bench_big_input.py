"""Issue 14's size case: a 5 MB report on ONE line through ``kg build``; prints seconds, CPU and memory.

The text is generated from the bundled reference report: its body repeated, joined by spaces, cut at the size
(``--kind dense``: real sentences, so the graph is large — about 300 k triples per MB), or the same words with
the sentence punctuation removed (``--kind flat``: one endless sentence, the worst case for per-sentence work).
With everything on one line the whole text is also the report's first line (its title).

    .venv/bin/python scripts/bench_big_input.py [--mb 5] [--kind dense|flat] [--suffix .ttl] [--keep]

Wall time moves with other load on the machine; CPU seconds (user + system of the ``kg build`` process)
barely do. Both are printed, with the peak RSS.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "reports" / "thanh-hoa-qpan-2020.txt"


def one_line(size: int, kind: str) -> str:
    """``size`` bytes of report text on one line (``dense``: with its sentences; ``flat``: no punctuation)."""
    body = REPORT.read_text(encoding="utf-8").split("\n", 1)[1]
    if kind == "flat":
        body = re.sub(r"[.;:!?…]", "", body)
    unit = " ".join(body.split())
    text = " ".join([unit] * (size // len(unit.encode("utf-8")) + 1))
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").rsplit(" ", 1)[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="size in MB (default 5)")
    ap.add_argument("--kind", choices=("dense", "flat"), default="dense")
    ap.add_argument("--suffix", default=".ttl", help="output format (default .ttl)")
    ap.add_argument("--keep", action="store_true", help="keep the generated report and graph")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-big-"))
    src = work / f"big-{args.kind}.txt"
    src.write_text(one_line(int(args.mb * 1_000_000), args.kind), encoding="utf-8")
    out = work / f"big{args.suffix}"
    kg = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
    t0 = time.perf_counter()
    proc = subprocess.run([*kg, "build", str(src), "-o", str(out)], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(proc.stdout.strip())
    if proc.returncode:
        print(proc.stderr.strip(), file=sys.stderr)
    print(f"{args.kind} one-line report of {src.stat().st_size / 1e6:.1f} MB → {args.suffix}: exit {proc.returncode}, "
          f"{wall:.1f} s wall, {use.ru_utime + use.ru_stime:.1f} CPU-s, peak RSS {use.ru_maxrss / 1024:.0f} MB, "
          f"output {out.stat().st_size / 1e6 if out.exists() else 0:.1f} MB")
    if not args.keep:
        for p in work.iterdir():
            p.unlink()
        work.rmdir()
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
