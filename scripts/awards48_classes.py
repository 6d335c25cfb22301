"""Round awards48: awards48's misses by construction, counted on a whole-corpus build (gold-free).

Per sentence of the corpus text (award articles only; ``--skip`` ids and the ``--exclude`` JSON Lines files'
articles dropped before anything is read or printed): the constructions awards48's misses show, and the class the
gold sets train, devown and awards47 share (a prize a body launches or announces), with how many of those sentences
the build holds a conferral for and how many of those conferrals carry no giver. ``--show CLASS`` prints a seeded
sample (``--seed``, ``--n``) of that class's sentences with the conferrals the build gives them; ``--show
conferrals`` a seeded sample of the build's conferrals of the kept articles, each with its sentence (to judge the
giver, the name and the recipients by hand).

    .venv/bin/python scripts/awards48_classes.py BUILD.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 848 --n 20]
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards37_sample import describe  # noqa: E402
from corpus_awards import _segmented  # noqa: E402
from givers45_classes import read_inputs  # noqa: E402
from givers46_classes import class_rows, print_counts, show  # noqa: E402

CLASSES = {
    # the committee among the presenters ('A cùng các đại biểu, ban tổ chức trao giải nhất'): the person gives
    "committee_copresenter": re.compile(r"(?i)(?:cùng|và) [^.;]{0,80}?(?:ban tổ chức|BTC)[^.;]{0,30}? (?:trao|tặng)"),
    # 'thay mặt Lãnh đạo Đảng, Nhà nước, …' before a hand-over: the state taken as giver
    "on_behalf_leaders": re.compile(r"(?i)thay mặt (?:lãnh đạo )?Đảng, Nhà nước"),
    # a prize's name coordinated inside ('Giải thưởng báo chí viết về X và Y năm N'): cut at 'và'
    "prize_name_va": re.compile(r"(?:Lễ trao|trao) [Gg]iải thưởng [^.;,()]{3,80}? và [^.;,()]{3,60}? năm \d{4}"),
    # two authors joined by a hyphen ('tác giả A B-C D')
    "hyphen_authors": re.compile(r"tác giả (?:[A-ZĐ]\w* ){1,3}[A-ZĐ]\w*-(?:[A-ZĐ]\w* ?){2,3}"),
    # a pronoun subject of a nominalised receiving clause ('việc ông … nhận huy chương')
    "pronoun_nominal_receiver": re.compile(r"(?i)việc (?:ông|bà|anh|chị) [^.;]{0,50}?nhận (?:huy chương|huân "
                                           r"chương|bằng khen|danh hiệu|giải)"),
    # a prize launched or announced ('UBND tỉnh X phát động Giải Y', 'Sở Z công bố Giải thưởng W')
    "prize_announced": re.compile(r"(?:công bố|phát động|khởi động|ra mắt) (?:[Gg]iải|[Cc]uộc thi|[Hh]ội thi)"),
    # the same, loosely (givers46's 'launch': up to 40 characters between the verb and the prize)
    "launch_loose": re.compile(r"(?i)(?:phát động|công bố|khởi động)[^.;]{0,40}?\b(?:giải|cuộc thi)"),
    # a future prize ('sẽ trao', 'sẽ được nhận giải')
    "future_prize": re.compile(r"(?i)sẽ (?:được )?(?:trao|nhận|tặng|công bố)[^.;]{0,40}?(?:giải|huy chương|bằng)"),
}


def main(argv: list[str] | None = None) -> int:
    a, conf, label, arts, sp = read_inputs(argv, __doc__ or "", 848, 20)
    rows = class_rows(arts, sp, CLASSES)
    print_counts(rows, conf, CLASSES)
    if a.show == "conferrals":
        sample_conferrals(a.seed, a.n, arts, sp, conf, label)
    else:
        show(a, rows, conf, label, 700)
    return 0


def sample_conferrals(seed: int, n: int, arts: dict, sp: dict, conf: dict, label: dict) -> None:
    """A seeded sample of ``n`` conferrals of the kept articles (sorted by article and IRI), each after the
    sentence its span overlaps most."""
    pool = sorted((aid, iri, s, e) for aid, spans in sp.items() if aid in arts for s, e, iri in spans)
    for aid, iri, s, e in sorted(random.Random(seed).sample(pool, min(n, len(pool)))):
        sent = max(_segmented(arts[aid]).sentences, key=lambda x: min(x.end, e) - max(x.start, s), default=None)
        text = " ".join(sent.text.split()) if sent else ""
        print(f"## {aid} {iri.rsplit('/', 1)[-1]}\n   SENT: {text[:600]}\n   => {describe(conf[iri], label)}")


if __name__ == "__main__":
    raise SystemExit(main())
