"""Shares of a sampling profile: own, per-line and inclusive time per function from py-spy's raw output.

    PYTHONPATH=TREE py-spy record -r 250 --format raw -o spy.txt -- \
        python -P scripts/bench_cpu_build.py --child ARTICLES.jsonl OUT.nq     # one build, jobs=1 (py-spy: pip)
    python scripts/spy_shares.py spy.txt --mode own -n 40        # own time per function
    python scripts/spy_shares.py spy.txt --mode line -n 40       # own time per source line
    python scripts/spy_shares.py spy.txt --mode incl -n 40       # inclusive time per function
    python scripts/spy_shares.py spy.txt --callees _person_spans # where one function's time goes

Each raw line is a stack (frames ``func (file:line)`` joined by ``;``) and its sample count; a function is named by
its file path from the project root (``kg/…``) or the package (``…/site-packages/``), so that two trees' profiles
compare line by line. Shares are of all samples.
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

_FRAME = re.compile(r"(.*) \((.*?):(\d+)\)$")


def _frame(fr: str) -> tuple[str, str]:
    """(function, function:line) of one frame, its path shortened."""
    m = _FRAME.match(fr)
    if not m:
        return fr, fr
    path = re.sub(r".*/(?=kg/|scripts/)|.*site-packages/", "", m.group(2))
    return f"{path}:{m.group(1)}", f"{path}:{m.group(3)}:{m.group(1)}"


def shares(raw: Path, mode: str, callees: str | None = None) -> tuple[int, collections.Counter[str]]:
    """The total samples and a counter of samples per key (own function, own line, inclusive, or one function's
    callees)."""
    out: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        count, frames = int(n), stack.split(";")
        total += count
        if callees is not None:
            at = next((i for i, fr in enumerate(frames) if _frame(fr)[0].endswith(callees)), None)
            if at is not None:
                out[_frame(frames[at + 1])[0] if at + 1 < len(frames) else "(own)"] += count
        elif mode == "incl":
            for name in {_frame(fr)[0] for fr in frames}:
                out[name] += count
        else:
            out[_frame(frames[-1])[0 if mode == "own" else 1]] += count
    return total, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw", type=Path, help="py-spy --format raw output")
    ap.add_argument("--mode", choices=("own", "line", "incl"), default="own")
    ap.add_argument("--callees", help="a function's name (its last part: 'persons.py:_person_spans')")
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    total, counts = shares(a.raw, a.mode, a.callees)
    print(f"samples {total}")
    for name, n in counts.most_common(a.n):
        print(f"{100 * n / max(total, 1):5.1f}% {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
