"""CPU of the corpus build, two source trees side by side: same subset, in-process, timed alternately.

The machine may be shared, so wall time says little: each run is a child process (``PYTHONPATH=TREE python -P``)
that warms up (imports, lexicon) on one article, then times :func:`kg.corpus.build.build_corpus` with ``jobs=1``
by ``time.process_time()`` (user + system of that process). Base and new run alternately, ``--pairs`` times, and
each pair's ratio new/base is printed, with the sha256 of both outputs (they must be byte-identical).

    python scripts/bench_cpu_build.py --base /work/wt/base --new . -n 600 --pairs 3 \\
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl
    python scripts/bench_cpu_build.py --new . -n 600 --profile scripts/data/cpu38_profile_after.txt --exclude …

The subset: the first ``-n`` records of the corpus whose ids are not in any ``--exclude`` file (ids only are read).
``--profile OUT``: instead, cProfile of one build of the subset by ``--new``: top 25 by own time and by cumulative.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")


def _ids(path: Path) -> set[str]:
    """Article ids of a JSON list or a JSON Lines file (``baomoi-`` prefix added where missing)."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        ids = {str(rec["id"]) for rec in json.loads(text)}
    else:
        ids = {str(json.loads(ln)["id"]) for ln in text.splitlines() if ln.strip()}
    return {i if i.startswith("baomoi-") else f"baomoi-{i}" for i in ids}


def write_subset(corpus: Path, n: int, skip: set[str], out: Path) -> int:
    """The first ``n`` records of ``corpus`` outside ``skip`` into ``out`` (JSON Lines); returns the count."""
    kept = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for ln in src:
            if kept >= n:
                break
            if json.loads(ln).get("id") in skip:
                continue
            dst.write(ln)
            kept += 1
    return kept


def _child(subset: Path, out: Path, profile: Path | None) -> None:
    """In a child whose ``kg`` is the tree under test: warm up, then build the subset once, timed."""
    from kg import pipeline
    from kg.corpus.build import build_corpus

    pipeline.process("warmup", "Tiêu đề\n\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu.")
    prof = cProfile.Profile() if profile else None
    c0, w0 = time.process_time(), time.perf_counter()
    if prof:
        prof.enable()
    build_corpus(subset, out, jobs=1)
    if prof:
        prof.disable()
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    if prof and profile:
        buf = io.StringIO()
        for order in ("tottime", "cumulative"):
            buf.write(f"== top 25 by {order}\n")
            pstats.Stats(prof, stream=buf).sort_stats(order).print_stats(25)
        profile.write_text(f"# build_corpus of {subset.name}, jobs=1, profiler on: {cpu:.1f} CPU-s\n"
                           + buf.getvalue().replace(str(ROOT), "."), encoding="utf-8")
    print(json.dumps({"cpu": cpu, "wall": wall, "sha256": digest}))


def run_tree(tree: Path, subset: Path, out: Path, profile: Path | None = None) -> dict:
    """One timed build of ``subset`` by the source tree ``tree`` (a child process)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "1"}
    cmd = [sys.executable, "-P", str(Path(__file__).resolve()), "--child", str(subset), str(out)]
    if profile:
        cmd += ["--profile", str(profile.resolve())]
    res = subprocess.run(cmd, env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="the reference source tree")
    ap.add_argument("--new", type=Path, default=ROOT, help="the source tree under test (default: this one)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-n", type=int, default=600, help="articles in the subset")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="files whose article ids to skip")
    ap.add_argument("--profile", type=Path, help="profile one build by --new into this file instead")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.child[0], a.child[1], a.profile)
        return 0
    skip = set().union(*(_ids(p) for p in a.exclude)) if a.exclude else set()
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        subset = Path(tmp) / "subset.jsonl"
        n = write_subset(a.corpus, a.n, skip, subset)
        print(f"subset: {n} articles ({len(skip)} ids excluded)")
        if a.profile:
            r = run_tree(a.new, subset, Path(tmp) / "new.nq", a.profile)
            print(f"profiled: {r['cpu']:.1f} CPU-s (profiler on), sha256 {r['sha256'][:16]}; wrote {a.profile}")
            return 0
        if a.base is None:
            ap.error("--base is needed to compare (or give --profile)")
        ratios = []
        for i in range(a.pairs):
            b = run_tree(a.base, subset, Path(tmp) / "base.nq")
            m = run_tree(a.new, subset, Path(tmp) / "new.nq")
            ratios.append(m["cpu"] / b["cpu"])
            same = "identical" if b["sha256"] == m["sha256"] else "DIFFERENT"
            print(f"pair {i + 1}: base {b['cpu']:.2f} CPU-s, new {m['cpu']:.2f} CPU-s, ratio {ratios[-1]:.3f}; "
                  f"output {same} ({m['sha256'][:16]})")
        print(f"ratio new/base: {' '.join(f'{r:.3f}' for r in ratios)} (mean {sum(ratios) / len(ratios):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
