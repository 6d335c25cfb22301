"""Round awards47: awards47's misses by construction, counted on a whole-corpus build (gold-free).

Per sentence of the corpus text (award articles only; ``--skip`` ids and the ``--exclude`` JSON Lines files'
articles dropped before anything is read or printed): the constructions awards47's misses show (regular
expressions; a sentence may show several), with how many of those sentences the build holds a conferral for, and
for the committee class how many of those conferrals of a prize round carry no giver. ``--show CLASS`` prints a
seeded sample (``--seed``, ``--n``) of that class's sentences with the conferrals the build gives them.

    .venv/bin/python scripts/awards47_classes.py BUILD.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 886 --n 20]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from givers46_classes import run_classes  # noqa: E402

CLASSES = {
    # the prize's own committee gives it ('Ban Tổ chức Giải thưởng X đã trao …'): the prize node has no giver
    "committee_of_prize": re.compile(r"(?<!\w)(?:Ban [Tt]ổ chức|BTC) (?:[Gg]iải|[Cc]uộc thi|[Hh]ội thi|[Ll]iên hoan)"),
    # winners named as the authors of a work, in brackets after it ('tác phẩm “W” (nhóm tác giả A, B, Báo C)')
    "authors_in_brackets": re.compile(r"(?i)(?:tác phẩm|sách|bài|loạt bài|phóng sự)[^.;]{0,200}?\((?:nhóm )?tác giả "
                                      r"[A-ZĐÂ]"),
    # medals tallied as a result, no give verb ('đứng đầu huyện với 2 Huy chương vàng, 1 HCB')
    "medal_tally": re.compile(r"(?i)(?<!\w)\d+ (?:huy chương|HC) ?(?:vàng|bạc|đồng)"),
    # a prize announced ('Sở Y tế công bố Giải thưởng X')
    "prize_announced": re.compile(r"(?i)(?:công bố|phát động|khởi động) (?:giải|cuộc thi)"),
}


def main(argv: list[str] | None = None) -> int:
    return run_classes(argv, __doc__ or "", 886, 20, CLASSES)

if __name__ == "__main__":
    raise SystemExit(main())
