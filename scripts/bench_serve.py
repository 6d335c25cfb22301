"""Load and fault benchmark of ``kg serve`` (a benchmark, not a test): many clients, mixed and trivial queries.

For each backend — ``--data`` (the reference report, loaded into Oxigraph in memory) and ``--store`` (an Oxigraph
store made by ``kg load`` of ``out/corpus.nq`` when it exists, else of the reference report, or ``--store DIR``) —
a real ``kg serve`` is started on 127.0.0.1 and two phases are run, each by ``--clients`` concurrent clients:

* mixed: ``--clients`` × ``--per-client`` requests: the competency questions of ``ontology/queries`` (80 %),
  DESCRIBE (10 %), a CONSTRUCT past the row cap (10 %; ``--construct``), and one cross join that must fail with
  a 503 (the timeout, or the memory budget on a big store) in every fifth client (10 in 1,000, each its own text);
* trivial: ``--trivial`` requests ``ASK { }`` (the same text: the cache answers all but the first), then
  ``--trivial`` requests ``SELECT (k AS ?x) {}``, each with its own k (every one goes to a worker); each phase
  after a ``--pause`` (5 s), so that it does not pay for workers the phase before had killed at its timeouts.

It prints, per kind of request: count, errors, p50/p95/max latency, and requests/s per phase. An error is any
answer but 200 (a cross join's expected answer is a 503, counted apart), or no answer at all.

    nice .venv/bin/python scripts/bench_serve.py                 # both backends, with and without the cache
    nice .venv/bin/python scripts/bench_serve.py --backend data --cache 0
"""

from __future__ import annotations

import argparse
import io
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

from kg.sparql import cq

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
DESCRIBE = "DESCRIBE ?o WHERE { ?o a vnr:Official }"
# CONSTRUCTs past the 10,000-triple cap, on the report (12,089 distinct triples) as on the corpus: a join on the
# subject (the default), or the cross product of the whole store with itself (--construct cross), which Oxigraph
# answers only after building one side of the join whole: about 1 GB on the corpus, past the memory budget.
CONSTRUCTS = {"join": "CONSTRUCT { ?s ?p ?o2 } WHERE { ?s ?p ?o . ?s ?q ?o2 }",
              "cross": "CONSTRUCT { ?s ?p ?o2 } WHERE { ?s ?p ?o . ?x ?y ?o2 }"}


def prepare_data(work: Path, store_dir: str | None) -> tuple[Path, Path, str]:
    """The reference report as TriG, and an Oxigraph store (``store_dir`` when given, else one loaded from
    out/corpus.nq when it exists, else from the report)."""
    trig = work / "report.trig"
    subprocess.run([*KG, "build", "-q", "-o", str(trig)], check=True)
    if store_dir is not None:
        return trig, Path(store_dir), f"store {store_dir}"
    corpus = ROOT / "out" / "corpus.nq"
    source = corpus if corpus.is_file() else trig
    store = work / "store"
    subprocess.run([*KG, "load", str(source), "--store", str(store)], check=True, stdout=subprocess.DEVNULL)
    return trig, store, "corpus" if source == corpus else "report"


def start(args: list[str]) -> tuple[subprocess.Popen, str]:
    """Start ``kg serve`` with ``args``; the process and its /sparql URL."""
    proc = subprocess.Popen([*KG, "serve", "--port", "0", "--quiet", *args], stdout=subprocess.PIPE)
    line = io.TextIOWrapper(proc.stdout, encoding="utf-8").readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
    if not match:
        proc.kill()
        raise SystemExit(f"kg serve did not start: {line!r}")
    print("  " + line.strip())
    return proc, match[1]


def ask(url: str, text: str, accept: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": text}), headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except OSError as err:  # reset, refused, timed out: no answer
        return 0, str(err).encode()


def mixed_plan(clients: int, per_client: int, construct: str, seed: int = 1) -> list[list[tuple[str, str, str]]]:
    """Each client's requests as (kind, query, Accept). One client in five sends one cross join, each with
    its own text (no cache or coalescing helps), the first as its 2nd request, the next as its 4th, and so on."""
    rng = random.Random(seed)
    questions = [c.text for c in cq.all_cqs()]
    plan: list[list[tuple[str, str, str]]] = []
    for c in range(clients):
        mine = []
        for i in range(per_client):
            if c % 5 == 0 and i == (2 * (c // 5) + 1) % per_client:  # spread: 2nd, 4th, … request
                mine.append(("cross join", f"{CROSS_JOIN} # client {c}", "application/sparql-results+json"))
                continue
            roll = rng.random()
            if roll < 0.8:
                mine.append(("cq", rng.choice(questions), rng.choice(["application/sparql-results+json",
                                                                        "text/csv"])))
            elif roll < 0.9:
                mine.append(("describe", DESCRIBE, "text/turtle"))
            else:
                mine.append(("construct past cap", construct, "application/n-triples"))
        plan.append(mine)
    return plan


def run_phase(url: str, plan: list[list[tuple[str, str, str]]]) -> tuple[dict[str, list], float]:
    """Every client runs its list in order, all clients at once; latencies and statuses by kind."""
    results: dict[str, list[tuple[float, int, bytes]]] = defaultdict(list)
    lock = threading.Lock()

    def client(items: list[tuple[str, str, str]]) -> None:
        for kind, text, accept in items:
            t0 = time.perf_counter()
            status, body = ask(url, text, accept)
            with lock:
                results[kind].append((time.perf_counter() - t0, status, body[:120]))

    threads = [threading.Thread(target=client, args=(items,)) for items in plan]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - started


def report(results: dict[str, list], seconds: float) -> None:
    total = sum(len(v) for v in results.values())
    print(f"    {'kind':<20}{'n':>6}{'errors':>8}{'expected 503':>14}{'p50 s':>9}{'p95 s':>9}{'max s':>9}")
    for kind, rows in sorted(results.items()):
        times = sorted(t for t, _, _ in rows)
        expected = sum(1 for _, s, _ in rows if s == 503) if kind == "cross join" else 0
        errors = sum(1 for _, s, _ in rows if s != 200) - expected
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        print(f"    {kind:<20}{len(rows):>6}{errors:>8}{expected:>14}{statistics.median(times):>9.3f}"
              f"{p95:>9.3f}{times[-1]:>9.3f}")
        if expected:
            timed_out = sum(1 for _, s, b in rows if s == 503 and b"timed out" in b)
            memory = sum(1 for _, s, b in rows if s == 503 and b"memory budget" in b)
            reasons: dict[str, int] = defaultdict(int)
            for _, s, body in rows:
                if s == 503 and b"timed out" not in body and b"memory budget" not in body:
                    reasons[body.decode("utf-8", "replace").strip()[:70]] += 1
            print(f"      {timed_out} timed out in a worker, {memory} exceeded the memory budget, "
                  f"{expected - timed_out - memory} other: "
                  + "; ".join(f"{n} × {why!r}" for why, n in sorted(reasons.items())))
        for _, status, body in [r for r in rows if r[1] != 200 and kind != "cross join"][:3]:
            print(f"      error {status}: {body.decode('utf-8', 'replace').strip()[:100]}")
    print(f"    {total} requests in {seconds:.1f} s = {total / seconds:.1f} requests/s")


def load_average() -> str:
    """The machine's 1-minute load average (the machine may be shared: the figures depend on it)."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def bench(name: str, serve_args: list[str], args: argparse.Namespace) -> None:
    print(f"\n== {name}: kg serve {' '.join(serve_args)}")
    proc, url = start(serve_args)
    try:
        ask(url, "ASK {}", "application/sparql-results+json")  # one warm-up request
        print(f"  mixed: {args.clients} clients x {args.per_client} requests (load average {load_average()})")
        report(*run_phase(url, mixed_plan(args.clients, args.per_client, CONSTRUCTS[args.construct])))
        per = max(1, args.trivial // args.clients)
        for label, text in (("trivial, same text", "ASK {{ }}"), ("trivial, own text", "SELECT ({k} AS ?x) {{}}")):
            plan = [[(label, text.format(k=c * per + i), "application/sparql-results+json") for i in range(per)]
                    for c in range(args.clients)]
            time.sleep(args.pause)  # the workers killed by the last timeouts of the phase before are replaced
            print(f"  {label}: {args.clients} clients x {per} requests (load average {load_average()})")
            report(*run_phase(url, plan))
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--backend", choices=["data", "store", "both"], default="both")
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--per-client", type=int, default=20)
    p.add_argument("--trivial", type=int, default=1000)
    p.add_argument("--cache", type=int, nargs="+", default=[0, 256], help="cache sizes to run with (0: none)")
    p.add_argument("--serve-args", default="", help="more options for kg serve (e.g. '--workers 3')")
    p.add_argument("--pause", type=float, default=5.0,
                   help="seconds between phases, for workers killed by the phase before to be replaced (default 5)")
    p.add_argument("--construct", choices=sorted(CONSTRUCTS), default="join",
                   help="the CONSTRUCT past the cap: a join on the subject (default) or a cross product")
    p.add_argument("--store", metavar="DIR", help="serve this Oxigraph store with --store (default: load "
                   "out/corpus.nq, or the report, into a temporary one)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-serve-") as tmp:
        trig, store, what = prepare_data(Path(tmp), args.store)
        backends = {"data": ("--data (reference report, Oxigraph in memory)", ["--data", str(trig)]),
                    "store": (f"--store (Oxigraph, {what})", ["--store", str(store)])}
        for key in (["data", "store"] if args.backend == "both" else [args.backend]):
            label, serve_args = backends[key]
            for cache in args.cache:
                bench(f"{label}, cache {cache}", [*serve_args, "--cache", str(cache), *args.serve_args.split()],
                      args)


if __name__ == "__main__":
    main()
