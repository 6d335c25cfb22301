"""``make bench``: the whole shared corpus through ``kg build --corpus``, then corpus questions on two stores.

1. Build: ``kg build --corpus CORPUS -o out/corpus/<name>.nq -j N`` in a child process; prints wall seconds,
   articles/s, triples/s, the peak RSS of the build (largest process: the parent or a worker) and the CPU
   seconds of all its processes (a figure that, unlike wall time, other load on the machine barely moves).
   CPU is counted from ``os.wait4`` (the build + the workers it reaped) and, as a check, by sampling the
   process tree in /proc; characters per second are end to end (whole command), not ``process()`` alone.
2. Questions (``ontology/queries/corpus/*.rq``): the built graph loaded into rdflib in memory and into Oxigraph
   (in memory), through :mod:`kg.sparql.store` — what ``kg query`` pays, results converted to rdflib terms. Median
   latency of ``--repeat`` runs per question, side by side, with row counts (they must agree).
3. ``--profile N``: cProfile of the per-article stages on N articles, one core (top entries by own time).

    .venv/bin/python scripts/bench_corpus.py [--corpus FILE] [-j N] [--repeat 5] [--no-rdflib] [--profile 300]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz"
QUERIES = ROOT / "ontology" / "queries" / "corpus"


def rss_mb() -> float:
    """Current resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


TICK = os.sysconf("SC_CLK_TCK")


def _cpu_of_tree(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds (user + system, own) of ``root`` and every descendant alive now, from /proc."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    for pid in tree & times.keys():
        seen[pid] = max(seen.get(pid, 0.0), times[pid])


def build(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run the corpus build in a child process; wall seconds, counts from its summary, peak RSS (MB), CPU.

    CPU is counted twice, independently: ``os.wait4`` on the build gives its own rusage plus that of every
    worker it reaped; a sampler reads the process tree from /proc every 0.1 s (each process's last value,
    so it misses at most the last 0.1 s of a process). Both must agree."""
    code = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "build", "--corpus", str(corpus), "-o", str(out), "-j", str(jobs)]
    seen: dict[int, float] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, env={**os.environ, "CI": "1"})
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.1):
                _cpu_of_tree(proc.pid, seen)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        stdout.seek(0)
        stderr.seek(0)
        text, errors = stdout.read().decode("utf-8"), stderr.read().decode("utf-8")
    code_ = os.waitstatus_to_exitcode(status)
    proc.returncode = code_
    if code_ not in (0, 3):
        sys.exit(f"build failed ({code_}):\n{errors}")
    print(text.rstrip())
    m = re.search(r"articles: (\d+)\s+skipped: (\d+)\s+triples: (\d+)", text)
    assert m, text
    return {"wall": wall, "articles": int(m[1]), "skipped": int(m[2]), "triples": int(m[3]),
            "peak_mb": usage.ru_maxrss / 1024,  # maxrss: KB on Linux; the largest of the process and its workers
            "cpu": usage.ru_utime + usage.ru_stime, "cpu_sampled": sum(seen.values()), "processes": len(seen)}


def corpus_chars(corpus: Path) -> int:
    """Characters of the records (title line + text) over the corpus (for end-to-end characters per second)."""
    from kg.corpus.records import Skip, read_records

    return sum(len(r.text) for r in read_records(corpus) if not isinstance(r, Skip))


def latencies(store, prepared, repeat: int) -> tuple[float, int]:  # noqa: ANN001 - a kg.sparql.store store
    """Median milliseconds over ``repeat`` runs, and the number of rows."""
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = len(store.execute(prepared).rows)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), rows


def questions(out: Path, repeat: int, with_rdflib: bool) -> None:
    from kg.sparql.query import prepare
    from kg.sparql.store import MemoryStore, OxigraphStore

    stores = []
    before = rss_mb()
    t0 = time.perf_counter()
    ox = OxigraphStore()
    ox.load([out])
    print(f"oxigraph: loaded {len(ox)} quads in {time.perf_counter() - t0:.1f} s, +{rss_mb() - before:.0f} MB")
    stores.append(ox)
    if with_rdflib:
        before = rss_mb()
        t0 = time.perf_counter()
        mem = MemoryStore.from_files([out])
        print(f"rdflib:   loaded {len(mem)} quads in {time.perf_counter() - t0:.1f} s, +{rss_mb() - before:.0f} MB")
        stores.insert(0, mem)
    header = f"{'question':<28}" + "".join(f"{s.name + ' ms':>14}{'rows':>7}" for s in stores)
    print(header)
    print("-" * len(header))
    for path in sorted(QUERIES.glob("*.rq")):
        prepared = prepare(path.read_text(encoding="utf-8"))
        cells = [latencies(s, prepared, repeat) for s in stores]
        print(f"{path.stem:<28}" + "".join(f"{ms:>14.1f}{rows:>7}" for ms, rows in cells))


def profile(corpus: Path, n: int) -> None:
    """Own-time profile of the per-article work on the first ``n`` records (one core)."""
    from itertools import islice

    from kg.corpus.build import build_article
    from kg.corpus.records import Skip, read_records

    records = [r for r in islice(read_records(corpus), n) if not isinstance(r, Skip)]
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for r in records:
        build_article(r)
    prof.disable()
    secs = time.perf_counter() - t0
    chars = sum(len(r.text) for r in records)
    print(f"profile: {len(records)} articles, {chars} chars in {secs:.1f} s on one core "
          f"({chars / secs:,.0f} chars/s, {secs / len(records) * 1000:.1f} ms/article, profiler on)")
    pstats.Stats(prof).sort_stats("tottime").print_stats(18)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-o", "--output", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-rdflib", action="store_true", help="questions on Oxigraph only (rdflib loads slowly)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also profile N articles on one core")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the shared corpus lives in ../shared/corpus)")
    name = args.corpus.name.removesuffix(".gz").removesuffix(".jsonl")
    out = args.output or ROOT / "out" / "corpus" / f"{name}.nq"
    print(f"== build: {args.corpus.name}, -j {args.jobs}, {os.cpu_count()} cores")
    b = build(args.corpus, out, args.jobs)
    print(f"wall {b['wall']:.1f} s | {b['articles'] / b['wall']:.1f} articles/s | "
          f"{b['triples'] / b['wall']:,.0f} triples/s | peak RSS {b['peak_mb']:.0f} MB (largest process) | "
          f"{out.stat().st_size / 1e6:.0f} MB of N-Quads")
    load = os.getloadavg()[0]
    chars = corpus_chars(args.corpus)
    print(f"CPU {b['cpu']:.1f} s in all processes (wait4: the build and the workers it reaped); "
          f"{b['cpu_sampled']:.1f} s sampled from the process tree ({b['processes']} processes); "
          f"{b['articles'] / b['cpu']:.1f} articles per CPU-second")
    print(f"end to end: {chars:,} characters, {chars / b['wall']:,.0f} chars/s wall, "
          f"{chars / b['cpu']:,.0f} chars per CPU-second; "
          f"load average {load:.1f} on {os.cpu_count()} cores (wall figures need an otherwise idle machine)")
    print(f"== questions: median of {args.repeat} runs")
    questions(out, args.repeat, not args.no_rdflib)
    if args.profile:
        print("== per-article profile")
        profile(args.corpus, args.profile)


if __name__ == "__main__":
    main()
