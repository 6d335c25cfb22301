"""CPU of the corpus build, two source trees side by side: same subset, in-process, timed alternately.

The machine may be shared, so wall time says little: each run is a child process (``PYTHONPATH=TREE python -P``)
that warms up (imports, lexicon) on one article, then times :func:`kg.corpus.build.build_corpus` with ``jobs=1``
by ``time.process_time()`` (user + system of that process). Base and new run alternately, ``--pairs`` times, and
each pair's ratio new/base is printed, with the sha256 of both outputs (they must be byte-identical).

    python scripts/bench_cpu_build.py --base /work/wt/base --new . -n 600 --pairs 3 \\
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl
    python scripts/bench_cpu_build.py --new . -n 600 --profile scripts/data/cpu38_profile_after.txt --exclude …

The subset: the first ``-n`` records of the corpus whose ids are not in any ``--exclude`` file (ids only are read;
a file of one id a line, such as a list of skipped ids, counts too), or with ``--seed S`` ``-n`` records drawn at
random (seeded) from them, kept in corpus order.
``--profile OUT``: instead, cProfile of one build of the subset by ``--new``: top 30 by own time and by cumulative.

``--full TREE …``: the whole corpus by the command line of each tree (``TREE/.venv/bin/kg build -q --no-validate
-j 1``) under ``/usr/bin/time -f "%U %S"``, the trees in turn, ``--runs`` rounds; a table of tree, run, user+system
CPU-s and the sha256 of the output (trees whose output differs are flagged):

    python scripts/bench_cpu_build.py --full /work/wt/base . --runs 2
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
import random
import shlex
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
    text = path.read_text(encoding="utf-8", errors="replace")
    if text.lstrip().startswith("["):
        ids = {str(rec["id"]) for rec in json.loads(text)}
    elif not text.lstrip().startswith("{"):
        ids = {ln.strip() for ln in text.splitlines() if ln.strip()}
    else:
        ids = {str(rec["id"]) for rec in map(_record, text.splitlines()) if rec and "id" in rec}
    return {i if i.startswith("baomoi-") else f"baomoi-{i}" for i in ids}


def _record(line: str) -> dict | None:
    """One JSON Lines record, or None for a blank or broken line (a test file of malformed input has some)."""
    try:
        rec = json.loads(line) if line.strip() else None
    except json.JSONDecodeError:
        return None
    return rec if isinstance(rec, dict) else None


def write_subset(corpus: Path, n: int, skip: set[str], out: Path, seed: int | None = None) -> int:
    """The first ``n`` records of ``corpus`` outside ``skip`` (or, with ``seed``, ``n`` of them drawn at random, in
    corpus order) into ``out`` (JSON Lines); returns the count."""
    with gzip.open(corpus, "rt", encoding="utf-8") as src:
        lines = [ln for ln in src if json.loads(ln).get("id") not in skip]
    if seed is None:
        chosen = lines[:n]
    else:
        picked = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
        chosen = [lines[i] for i in picked]
    with out.open("w", encoding="utf-8") as dst:
        dst.writelines(chosen)
    return len(chosen)


def full_build(tree: Path, corpus: Path, out: Path) -> tuple[float, str]:
    """One whole-corpus build by the command line of ``tree`` under ``/usr/bin/time``: user+system CPU-s, sha256."""
    cmd = ["/usr/bin/time", "-f", "%U %S", str(tree / ".venv" / "bin" / "kg"), "build", "-q", "--no-validate",
           "--corpus", str(corpus), "-o", str(out), "-j", "1"]
    res = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=False)
    if res.returncode:
        raise SystemExit(f"{shlex.join(cmd)} failed:\n{res.stderr}")
    user, system = res.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), hashlib.sha256(out.read_bytes()).hexdigest()


def full_table(trees: list[Path], corpus: Path, runs: int) -> None:
    """The trees' whole-corpus builds in turn, ``runs`` rounds: one row each, then each tree's mean."""
    cpu: dict[Path, list[float]] = {t: [] for t in trees}
    digests: set[str] = set()
    print("tree\trun\tCPU-s\tsha256")
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        for run in range(1, runs + 1):
            for tree in trees:
                secs, digest = full_build(tree, corpus, Path(tmp) / "out.nq")
                cpu[tree].append(secs)
                digests.add(digest)
                print(f"{tree}\t{run}\t{secs:.2f}\t{digest}", flush=True)
    for tree in trees:
        print(f"{tree}\tmean\t{sum(cpu[tree]) / len(cpu[tree]):.2f}\t(x{sum(cpu[tree]) / sum(cpu[trees[0]]):.3f})")
    print("outputs identical" if len(digests) == 1 else f"outputs DIFFER: {len(digests)} digests")


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
            buf.write(f"== top 30 by {order}\n")
            pstats.Stats(prof, stream=buf).sort_stats(order).print_stats(30)
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
    ap.add_argument("--seed", type=int, help="draw the subset at random with this seed (default: the first -n)")
    ap.add_argument("--profile", type=Path, help="profile one build by --new into this file instead")
    ap.add_argument("--full", type=Path, nargs="+", help="whole-corpus builds by these trees' kg, alternately")
    ap.add_argument("--runs", type=int, default=2, help="rounds of --full")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.child[0], a.child[1], a.profile)
        return 0
    if a.full:
        full_table([t.resolve() for t in a.full], a.corpus, a.runs)
        return 0
    skip = set().union(*(_ids(p) for p in a.exclude)) if a.exclude else set()
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        subset = Path(tmp) / "subset.jsonl"
        n = write_subset(a.corpus, a.n, skip, subset, a.seed)
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
