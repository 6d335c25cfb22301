"""``kg build [FILE ...] [-o PATH]`` and ``kg build --corpus PATH [-o PATH] [-j N]``: reports → RDF, with a summary."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg import pipeline
from kg.corpus.summary import count_lines, summary_lines
from kg.outfile import check_output
from kg.rdf import graphio, large
from kg.rdf.large import LARGE_BYTES

EXIT_SKIPPED = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="extract a knowledge graph from report text files or a corpus",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Build the RDF graph of one or more reports (plain UTF-8, first line = "
                                   "title). With no FILE, the bundled Thanh Hóa report. The output format "
                                   "follows the suffix of -o: .ttl .trig .nq .nt .jsonld. Only .trig, .nq and .jsonld "
                                   "keep the text layer's named graph; .ttl and .nt merge it into the default graph "
                                   "(then `GRAPH ?g` finds nothing).\n\n"
                                   "With --corpus, a JSON Lines file (.jsonl or .jsonl.gz) of {id, title, text} "
                                   "records or a directory of .txt files becomes one graph: one named graph per "
                                   "article (.nq or .trig), entities shared and resolved across articles.",
                       epilog="exit codes: 0 done; 1 --strict and the graph violates the shapes; 2 error; "
                              "3 (--corpus) done, but malformed records were skipped (counted in the summary)")
    p.add_argument("files", nargs="*", metavar="FILE", help="report text files")
    p.add_argument("--corpus", nargs="+", metavar="SHARD",
                   help="corpus shards: .jsonl[.gz] files, globs, directories of them, or a directory of .txt reports")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="output file (default out/<report>.ttl; with --corpus out/<corpus>.nq; with --executor dask "
                        "also DIR/: gzip N-Quads parts and a manifest.json)")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="--corpus: worker processes (default: one per core; with --scheduler: ignored)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="--corpus: local worker processes (default) or Dask (pip install 'vnreport-kg[dask]')")
    p.add_argument("--scheduler", metavar="URL",
                   help="--executor dask: a running scheduler (tcp://HOST:8786); default a LocalCluster of -j workers")
    p.add_argument("--part-records", type=int, default=0, metavar="N",
                   help="--executor dask: records per task and per part (default 500)")
    p.add_argument("--no-text", action="store_true",
                   help="--corpus: leave out the NIF text layers (sentences, mentions); keep each article's "
                        "metadata (a graph 4× smaller, for viewing)")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--validate", action="store_true",
                   help="--corpus: validate the corpus graph too (off by default: slow on big graphs)")
    p.add_argument("--strict", action="store_true", help="exit 1 when the graph violates the shapes")
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.corpus:
        return _run_corpus(args)
    files = [Path(f) for f in args.files] or [pipeline.bundled_report()]
    out = Path(args.output) if args.output else Path("out") / f"{pipeline.read_source(files[0])[0]}.ttl"
    graphio.format_for(out)  # fail before any work on an unknown suffix
    graphio.refuse_input_as_output(out, files)
    check_output(out)
    if sum(f.stat().st_size for f in files if f.is_file()) > LARGE_BYTES:
        return _run_large(files, out, args)
    ds, results, seconds = pipeline.build_files(files)
    graphio.write(ds, out)
    if not args.quiet:
        for line in summary_lines(ds, seconds, documents=len(results)):
            print(line)
    status = 0 if args.no_validate else _validate(ds, args)
    if not args.quiet:
        print(f"wrote {out}")
    return status


def _run_large(files: list[Path], out: Path, args: argparse.Namespace) -> int:
    """A large input: the graph written without rdflib's store (kg/rdf/large.py), not validated."""
    t0 = time.perf_counter()
    results = pipeline.process_files(files)
    triples, classes = large.write(results, out, graphio.format_for(out))
    if not args.quiet:
        for line in count_lines(classes, triples, time.perf_counter() - t0, documents=len(results)):
            print(line)
        if not args.no_validate:
            print(f"shapes: not checked (input over {LARGE_BYTES:,} bytes; run `kg validate {out}`)")
        print(f"wrote {out}")
    return 0


def _validate(ds, args: argparse.Namespace) -> int:  # noqa: ANN001 (an rdflib Dataset)
    from kg.rdf.validate import validate

    report = validate(ds)
    if not args.quiet:
        print(f"shapes: {len(report.violations)} violations, {len(report.warnings)} warnings")
    for line in report.violations[:20]:
        print(f"  violation: {line}", file=sys.stderr)
    return 1 if report.violations and args.strict else 0


def _run_corpus(args: argparse.Namespace) -> int:
    from kg.errors import KgError
    from kg.progress import Progress

    if args.files:
        raise KgError("E035", "give either report FILEs or --corpus, not both")
    if args.executor != "dask" and (args.scheduler or args.part_records):
        raise KgError("E043", "--scheduler and --part-records need --executor dask")
    partitioned = str(args.output or "").endswith("/") or bool(args.output and Path(args.output).is_dir())
    if partitioned and (args.validate or args.strict):
        raise KgError("E043", "--validate and --strict need one output file, not a directory of parts",
                      "build to -o FILE.nq, or validate a part with kg validate")
    first = Path(args.corpus[0])
    name = first.name.removesuffix(".gz").removesuffix(".jsonl") if first.is_file() else first.name
    out = Path(args.output) if args.output else Path("out") / f"{name.strip('*?') or 'corpus'}.nq"
    graphio.refuse_input_as_output(out, [Path(c) for c in args.corpus])
    if not str(args.output or "").endswith("/"):
        check_output(out)
    progress = Progress("articles", enabled=None if not args.quiet else False)
    try:
        summary = _build(args, args.output if partitioned else out, progress)
    finally:
        progress.close()
    if not args.quiet:
        for line in summary.lines():
            print(line)
    status = 0
    if (args.validate or args.strict) and not args.no_validate:
        status = _validate(graphio.load([out]), args)
    if not args.quiet:
        print(f"wrote {out}")
    if summary.skipped:
        if args.quiet:
            print(f"kg build: skipped {len(summary.skipped)} malformed records", file=sys.stderr)
        return status or EXIT_SKIPPED
    return status


def _build(args: argparse.Namespace, out: Path | str, progress):  # noqa: ANN001, ANN202 (Progress → CorpusSummary)
    if args.executor == "dask":
        from kg.corpus.dask import CHUNK_RECORDS, build_corpus_dask

        return build_corpus_dask(args.corpus, out, jobs=args.jobs, scheduler=args.scheduler, text=not args.no_text,
                                 chunk_records=args.part_records or CHUNK_RECORDS,
                                 on_chunk=lambda records, skipped: progress.update(records))
    from kg.corpus.build import build_corpus

    return build_corpus(args.corpus, out, jobs=args.jobs, text=not args.no_text,
                        on_article=lambda done, skipped: progress.update(1, f"skipped {skipped}" if skipped else ""))
