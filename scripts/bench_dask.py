"""``make bench-dask``: the whole shared corpus with ``--executor dask -j 2`` vs ``--executor local -j 2``, then loads.

1. Builds, each ``kg build --corpus CORPUS … -j 2`` in a child process watched over its whole process tree
   (psutil, every 0.2 s): wall seconds, CPU seconds of every process (the larger of the children's rusage and
   the sum over the tree), peak RSS of the parent and of each worker. Runs: local → ``.nq``; Dask → ``.nq``; Dask
   → ``DIR/`` (gzip parts + manifest). The byte-identity check: the Dask file and the parts' concatenation
   (decompressed, in order) against the local file (sha256).
2. Loads of the parts (``--no-stores`` skips): the embedded Oxigraph store (``kg load --store``), a private
   Oxigraph server (``kg load --endpoint``, POSTed N-Quads), a private Virtuoso (``kg load --virtuoso``, its bulk
   loader), each timed, quads per second.

    .venv/bin/python scripts/bench_dask.py [--corpus FILE] [-j 2] [--no-stores] [--keep DIR]

The machine may be shared: CPU seconds move less than wall time with other load; run it under ``nice``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = next((d / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz" for d in ROOT.parents
               if (d / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz").is_file()), ROOT.parent / "shared")
GRAPH = "https://w3id.org/vnreport-kg/graph/corpus"


def watch(cmd: list[str]) -> dict:
    """Run ``cmd``; wall, CPU seconds and peak RSS (MB) per process of its tree; its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CI": "1"})
    root = psutil.Process(proc.pid)
    seen: dict[int, dict] = {}
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for p in tree:
            try:
                with p.oneshot():
                    cpu, rss, cmdline = p.cpu_times(), p.memory_info().rss, " ".join(p.cmdline())
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            entry = seen.setdefault(p.pid, {"cmd": cmdline, "rss": 0, "cpu": 0.0})
            entry["rss"] = max(entry["rss"], rss)
            entry["cpu"] = max(entry["cpu"], cpu.user + cpu.system)
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rusage_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 3):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    workers = [e for pid, e in seen.items() if pid != proc.pid and "resource_tracker" not in e["cmd"]]
    return {"wall": wall, "cpu": max(rusage_cpu, sum(e["cpu"] for e in seen.values())), "rusage_cpu": rusage_cpu,
            "tree_cpu": sum(e["cpu"] for e in seen.values()), "parent_mb": seen.get(proc.pid, {"rss": 0})["rss"] / 1e6,
            "parent_cpu": seen.get(proc.pid, {"cpu": 0.0})["cpu"],
            "worker_mb": sorted((e["rss"] / 1e6 for e in workers), reverse=True), "stdout": out}


def kg(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))", *args]


def sha256_of(chunks) -> str:  # noqa: ANN001 - an iterable of bytes
    digest = hashlib.sha256()
    for c in chunks:
        digest.update(c)
    return digest.hexdigest()


def file_blocks(path: Path):  # noqa: ANN201 - a generator of bytes
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(1 << 20), b"")


def parts_blocks(directory: Path):  # noqa: ANN201 - a generator of bytes
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    for p in manifest["parts"]:
        with gzip.open(directory / p["part"], "rb") as fh:
            yield from iter(lambda fh=fh: fh.read(1 << 20), b"")


def show(name: str, r: dict, articles: int) -> None:
    """One line per build; the parent's CPU is the local executor's reading/resolving/merging, or Dask's client
    and scheduler."""
    workers = ", ".join(f"{mb:.0f}" for mb in r["worker_mb"][:8])
    print(f"{name:<22} wall {r['wall']:7.1f} s   CPU {r['cpu']:7.1f} s (rusage {r['rusage_cpu']:.1f}, tree "
          f"{r['tree_cpu']:.1f}; parent {r['parent_cpu']:.1f})   {articles / r['cpu']:.1f} articles per CPU-second   "
          f"parent {r['parent_mb']:.0f} MB"
          f"   workers MB: {workers}")


def builds(corpus: Path, work: Path, jobs: int) -> tuple[dict, Path]:
    local, dask_file, parts = work / "local.nq", work / "dask.nq", work / "parts"
    runs = {
        f"local -j{jobs} → .nq": kg("build", "--corpus", str(corpus), "-o", str(local), "-j", str(jobs)),
        f"dask -j{jobs} → .nq": kg("build", "--corpus", str(corpus), "-o", str(dask_file), "-j", str(jobs),
                                    "--executor", "dask"),
        f"dask -j{jobs} → DIR/": kg("build", "--corpus", str(corpus), "-o", f"{parts}/", "-j", str(jobs),
                                     "--executor", "dask"),
    }
    results = {name: watch(cmd) for name, cmd in runs.items()}
    first = next(iter(results.values()))["stdout"]
    print(first.splitlines()[0] if first else "")
    articles = int(first.split("articles: ")[1].split()[0])
    for name, r in results.items():
        show(name, r, articles)
        split = [ln for ln in r["stdout"].splitlines() if "kept apart" in ln]
        print(f"    {split[0].strip() if split else ''}")
    names = list(results)
    ratio = results[names[1]]["cpu"] / results[names[0]]["cpu"]
    ratio_parts = results[names[2]]["cpu"] / results[names[0]]["cpu"]
    ref = sha256_of(file_blocks(local))
    same_file = sha256_of(file_blocks(dask_file)) == ref
    same_parts = sha256_of(parts_blocks(parts)) == ref
    print(f"CPU-seconds dask ÷ local: {ratio:.2f} (single file), {ratio_parts:.2f} (gzip parts); target ≤ 1.30")
    print(f"byte-identical to the local build: single file {same_file}, parts concatenated {same_parts} "
          f"(sha256 {ref[:16]}…, {local.stat().st_size / 1e6:.0f} MB)")
    if not (same_file and same_parts):
        sys.exit("the Dask output differs from the local build")
    return results, parts


def stores(parts: Path, work: Path) -> None:
    from kg.sparql import bulk

    sys.path.insert(0, str(ROOT / "tests"))
    from sparql_fixtures import free_port, start_virtuoso, virtuoso_missing

    manifest = json.loads((parts / "manifest.json").read_text(encoding="utf-8"))
    quads, files = manifest["quads"], bulk.part_files([parts])
    print(f"loads: {quads} quads in {len(files)} parts "
          f"({sum(f.path.stat().st_size for f in files) / 1e6:.0f} MB gzip)")

    def report(name: str, seconds: float, where: Path) -> None:
        size = sum(f.stat().st_size for f in where.rglob("*") if f.is_file() and not f.name.endswith(".gz"))
        print(f"  {name:<40} {seconds:6.1f} s   {quads / seconds / 1000:6.1f} k quads/s   on disk {size / 1e6:.0f} MB "
              f"({size / quads:.0f} B/quad)", flush=True)

    t0 = time.perf_counter()
    bulk.load_store(files, work / "store", GRAPH)
    report("embedded Oxigraph (kg load --store)", time.perf_counter() - t0, work / "store")

    port = free_port()
    server = subprocess.Popen([str(Path(sys.executable).with_name("oxigraph")), "serve", "--location",
                               str(work / "oxserver"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                time.sleep(0.1)
        t0 = time.perf_counter()
        bulk.load_endpoint(files, f"http://127.0.0.1:{port}", GRAPH)
        report("Oxigraph server (kg load --endpoint)", time.perf_counter() - t0, work / "oxserver")
    finally:
        server.terminate()
        server.wait(timeout=30)

    reason = virtuoso_missing()
    if reason:
        print(f"  Virtuoso skipped: {reason}")
        return
    vdir = work / "virtuoso"
    vdir.mkdir()
    shutil.copytree(parts, vdir / "parts")
    virtuoso = start_virtuoso(vdir)
    try:
        t0 = time.perf_counter()
        bulk.load_virtuoso(bulk.part_files([vdir / "parts"]), f"127.0.0.1:{virtuoso.sql_port}", GRAPH)
        report("Virtuoso bulk loader (kg load --virtuoso)", time.perf_counter() - t0, vdir)
    finally:
        virtuoso.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--no-stores", action="store_true", help="skip the store loads")
    ap.add_argument("--keep", type=Path, help="keep the outputs in this directory (default: a temporary one)")
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus} (give --corpus)")
    print(f"corpus {args.corpus.name}, -j {args.jobs}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="bench-dask-", dir=args.keep) as tmp:
        work = Path(tmp)
        _, parts = builds(args.corpus, work, args.jobs)
        if not args.no_stores:
            stores(parts, work)
    print(f"load average {os.getloadavg()[0]:.1f} at the end", flush=True)


if __name__ == "__main__":
    main()
