"""rdflib in memory vs Oxigraph on disk over the same data: load time, a few competency questions, memory.

The bundled report's graph is copied N times with distinct IRIs (each copy its own entities, facts and text
layer) so that the engines work on a corpus-sized graph. One run; prints a table and the ratios.
"oxigraph s" is what ``kg query --store`` pays (results converted to rdflib terms), "oxigraph native s" the
engine alone.

    .venv/bin/python scripts/bench_stores.py --copies 300
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from pathlib import Path

from kg.pipeline import default_dataset
from kg.rdf.namespace import BASE
from kg.sparql import cq, query
from kg.sparql.store import MemoryStore, OxigraphStore, QueryResult

QUESTIONS = (1, 4, 5, 6, 9, 12)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def corpus(copies: int, path: Path) -> int:
    """Write ``copies`` renamed copies of the report's quads as N-Quads; returns the number of quads."""
    ds = default_dataset()
    lines = ds.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
    lines = [ln for ln in lines if ln.strip()]
    with path.open("w", encoding="utf-8") as out:
        for k in range(copies):
            tag = f"/copy{k}/"
            for ln in lines:
                out.write(ln.replace(f"<{BASE}id/", f"<{BASE}id{tag}") + "\n")
    return copies * len(lines)


def timed(fn):  # noqa: ANN001, ANN201 - any callable
    gc.collect()
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def native(store: OxigraphStore, text: str) -> int:
    """Oxigraph alone: run the query and touch every value, without converting to rdflib terms."""
    solutions = store.store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return sum(1 for s in solutions for n in names if s[n] is not None)


def signature(result: QueryResult) -> list[tuple[str, ...]]:
    """Rows as sorted strings with GROUP_CONCAT parts sorted: the answers, independent of engine order."""
    return sorted(tuple(" | ".join(sorted(str(t).split(" | "))) if t is not None else "" for t in row)
                  for row in result.rows)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the report (default 100)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "corpus.nq"
        quads = corpus(args.copies, data)
        print(f"data: {args.copies} copies of the report = {quads} quads ({data.stat().st_size / 1e6:.0f} MB N-Quads)")
        base = rss_mb()
        mem, t_mem = timed(lambda: MemoryStore.from_files([data]))
        mem_mb = rss_mb() - base
        base = rss_mb()
        ox_store = OxigraphStore(Path(tmp) / "ox")
        _, t_ox = timed(lambda: ox_store.load([data]))
        ox_mb = rss_mb() - base
        assert len(mem) == len(ox_store) == quads, (len(mem), len(ox_store), quads)
        print(f"{'step':<36} {'rdflib s':>10} {'oxigraph s':>11} {'ratio':>7} {'oxigraph native s':>18}")
        print(f"{'load':<36} {t_mem:>10.2f} {t_ox:>11.2f} {t_mem / t_ox:>6.1f}×")
        total_mem = total_ox = 0.0
        for n in QUESTIONS:
            c = cq.find(n)
            prepared = query.prepare(c.text)
            a, ta = timed(lambda p=prepared: mem.execute(p))
            b, tb = timed(lambda p=prepared: ox_store.execute(p))
            _, raw = timed(lambda t=c.text: native(ox_store, t))
            same = signature(a) == signature(b)
            total_mem, total_ox = total_mem + ta, total_ox + tb
            label = f"{c.label} ({len(a.rows)} rows{'' if same else ', DIFFERENT'})"
            print(f"{label:<36} {ta:>10.2f} {tb:>11.2f} {ta / tb:>6.1f}× {raw:>18.2f}")
        print(f"{'all questions':<36} {total_mem:>10.2f} {total_ox:>11.2f} {total_mem / total_ox:>6.1f}×")
        print(f"memory after load (RSS growth): rdflib {mem_mb:.0f} MB, oxigraph {ox_mb:.0f} MB")


if __name__ == "__main__":
    main()
