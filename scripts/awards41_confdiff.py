"""Round awards41: the award conferrals whose givers or named recipients differ between two whole-corpus N-Quads
builds (pairdiff.py compares the conferrals' own labels only). One line per conferral IRI present in both, or in
one only: side (- base, + new), article, the conferral as described by awards37_sample.describe. Articles whose ids
``--skip`` lists (one per line) never show.

    .venv/bin/python scripts/awards41_confdiff.py BASE.nq NEW.nq --skip /work/wt/skip_ids.txt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards37_sample import describe, read_build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--skip", type=Path)
    args = ap.parse_args(argv)
    skip = {ln.strip().removeprefix("baomoi-") for ln in args.skip.open(encoding="utf-8")} if args.skip else set()
    (ca, la), (cb, lb) = read_build(args.base), read_build(args.new)
    shown = 0
    for iri in sorted(set(ca) | set(cb)):
        art = iri.rsplit("/", 2)[-2]
        if art.removeprefix("baomoi-") in skip:
            continue
        da = describe(ca[iri], la) if iri in ca else None
        db = describe(cb[iri], lb) if iri in cb else None
        if da != db:
            shown += 1
            for side, d in (("-", da), ("+", db)):
                if d is not None:
                    print(f"{side}\t{art}\t{iri.rsplit('/', 1)[-1]}\t{d}")
    print(f"# {shown} conferrals differ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
