"""Round givers49: the wrong and missing givers of the seeded sample (scripts/data/givers49_sample.tsv, seed 806) by
construction, counted on a whole-corpus build (gold-free).

Per sentence of the corpus text (award articles only; ``--skip`` ids and the ``--exclude`` JSON Lines files'
articles dropped before anything is read or printed): the constructions the sample's wrong and missing givers show,
with how many of those sentences the build holds a conferral for and how many of those conferrals carry no giver.
``--show CLASS`` prints a seeded sample (``--seed``, ``--n``) of that class's sentences with their conferrals.

    .venv/bin/python scripts/givers49_classes.py BUILD.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 806 --n 20]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards37_sample import _segmented, describe, in_span  # noqa: E402
from givers45_classes import read_inputs  # noqa: E402
from givers46_classes import class_rows, print_counts, show  # noqa: E402

_GIVE = r"(?:(?:đã|cũng|vừa|còn)\s+)*(?:tổ chức\s+(?:(?:lễ|buổi lễ)\s+)?)?(?:trao|tặng|thưởng|khen thưởng)"
CLASSES = {
    # a list of givers whose first body is glossed in brackets ('Cục A (Bộ B) và UBND tỉnh C đã trao tặng …'):
    # only the last gives
    "glossed_list": re.compile(r"[A-ZĐ][^.;()]{2,60}\([^()]{2,60}\)\s*(?:,|và)\s+[A-ZĐ][^.;()]{2,60}?\s" + _GIVE),
    # any list of two or more capitalised givers before the give verb (the wider class)
    "giver_list": re.compile(r"(?:[A-ZĐ][^.;,()]{2,50}(?:\([^()]{2,60}\))?\s*(?:,|và)\s+)+[A-ZĐ][^.;,()]{2,50}?\s"
                             + _GIVE),
    # a passive programme organised by a list ('được A, B tổ chức'): no conferral verb of its own
    "organised_by_list": re.compile(r"được (?:[A-ZĐT][^.;,]{2,60}, )+[A-ZĐT][^.;,]{2,60}? tổ chức"),
    # the award received in the sentence after the one that names who gives ('Theo đó, A được thưởng …')
    "theo_do_received": re.compile(r"(?i)^theo đó,[^.;]{0,80}?được (?:thưởng|tặng|trao)"),
}


def after_a_giver(arts: dict, sp: dict, conf: dict, label: dict, show_them: bool) -> None:
    """The giverless conferrals whose sentence comes right after one holding a conferral with a giver (the giver
    named in the sentence before), counted by the sentence's first two words; with ``show_them`` each is printed."""
    opening: Counter[str] = Counter()
    for aid in sorted(sp):
        if aid not in arts:
            continue
        sents = _segmented(arts[aid]).sentences
        for k in range(1, len(sents)):
            here, before = (in_span(sp[aid], s.start, s.end) for s in (sents[k], sents[k - 1]))
            bare = [i for i in here if not conf[i].get("conferredBy")]
            given = [i for i in before if conf[i].get("conferredBy") and i not in here]
            if bare and given:
                opening[" ".join(sents[k].text.split()[:2]).lower()] += len(bare)
                if show_them:
                    print(f"## {aid}\n   PREV: {' '.join(sents[k - 1].text.split())[-300:]}\n"
                          f"   SENT: {' '.join(sents[k].text.split())[:400]}")
                    for i in bare:
                        print(f"   => {describe(conf[i], label)}")
    print(f"giverless after a giver: {sum(opening.values())} conferrals; openings: {opening.most_common(8)}",
          file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    a, conf, label, arts, sp = read_inputs(argv, __doc__ or "", 806, 20)
    rows = class_rows(arts, sp, CLASSES)
    print_counts(rows, conf, CLASSES)
    after_a_giver(arts, sp, conf, label, a.show == "after_a_giver")
    show(a, rows, conf, label, 700)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
