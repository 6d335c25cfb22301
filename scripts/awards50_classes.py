"""Round awards50: the wrong names, grades and conferrals of the seeded corpus sample (scripts/data/awards50_sample.tsv,
seed 811) by construction, counted on a whole-corpus build (gold-free).

Per sentence of the corpus text (award articles only; ``--skip`` ids and the ``--exclude`` JSON Lines files'
articles dropped before anything is read or printed): the constructions the sample's wrong conferrals show, with how
many of those sentences the build holds a conferral for. ``--show CLASS`` prints a seeded sample (``--seed``,
``--n``) of that class's sentences with the conferrals the build gives them.

    .venv/bin/python scripts/awards50_classes.py BUILD.nq --skip /work/wt/skip_ids.txt --exclude DEV_SETS \
        [--show CLASS --seed 811 --n 20]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from givers46_classes import run_classes  # noqa: E402

_WORDS = r"(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm| sáu| bảy| tám| chín)?)"
CLASSES = {
    # an edition written as a word after a prize's name ('Giải X lần thứ hai năm 2017'): the name ends before it
    "edition_word": re.compile(r"(?i)giải[^.;]{3,80}? lần thứ " + _WORDS + r"(?!\w)"),
    # a prize still to come: a future ceremony or the prizes of a contest's rules
    "future_prize": re.compile(r"(?i)(?:sẽ|dự kiến)[^.]{0,120}?(?:trao|tặng)|(?:trao|giải)[^.,]{0,80}? sẽ (?:diễn ra"
                               r"|được tổ chức)|cơ cấu giải|giải thưởng (?:gồm|bao gồm)"),
    # a sports league or division named 'Giải …' ('Giải Hạng nhất', 'Giải vô địch quốc gia')
    "league": re.compile(r"Giải (?:Hạng|hạng) (?:nhất|nhì|ba|Nhất|Nhì|Ba)(?!\w)"),
    # 'giải cao' / 'đạt giải cấp …': a result in general, no prize named
    "prize_in_general": re.compile(r"(?i)(?:đạt|giành|đoạt)(?: được)? (?:nhiều )?giải (?:cao|cấp)(?!\w)"),
    # a standing reward rule ('mỗi trường hợp … được thưởng …')
    "reward_rule": re.compile(r"(?i)mỗi (?:trường hợp|vụ|người|cá nhân|tập thể|xã)[^.;]{0,60}?được[^.;]{0,20}?thưởng"),
    # a list of bodies given a reward, several of them lost
    "body_list_recipients": re.compile(r"(?i)thưởng (?:nóng |đột xuất )?(?:cho )?[^.;]{0,40}, [^.;]{0,40}, "),
}


def main(argv: list[str] | None = None) -> int:
    return run_classes(argv, __doc__ or "", 811, 20, CLASSES)


if __name__ == "__main__":
    raise SystemExit(main())
