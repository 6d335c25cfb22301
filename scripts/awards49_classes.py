"""Round awards49: awards49's misses by construction, counted on a whole-corpus build (gold-free).

Per sentence of the corpus text (award articles only; ``--skip`` ids and the ``--exclude`` JSON Lines files'
articles dropped before anything is read or printed): the constructions awards49's misses and wrong conferrals show,
with how many of those sentences the build holds a conferral for and how many of those conferrals carry no giver.
``--show CLASS`` prints a seeded sample (``--seed``, ``--n``) of that class's sentences with the conferrals the build
gives them; ``--show conferrals`` a seeded sample of the build's conferrals of the kept articles.

    .venv/bin/python scripts/awards49_classes.py BUILD.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 849 --n 20]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards48_classes import sample_conferrals  # noqa: E402
from givers45_classes import read_inputs  # noqa: E402
from givers46_classes import class_rows, print_counts, show  # noqa: E402

CLASSES = {
    # an edition and its year after a prize's name ('Giải X lần thứ XI năm 2016'): the merged name may drop the year
    "edition_year": re.compile(r"(?i)giải[^.;]{3,60}? lần thứ [IVXLC\d]+ năm \d{4}"),
    # the grades of a result by counts without a give verb ('… đạt giải, trong đó có 7 giải A, 24 giải B …')
    "grade_counts_result": re.compile(r"(?i)đạt giải,? (?:trong đó )?(?:có |gồm )?:? ?\d+ giải"),
    # a list of titles after 'danh hiệu' whose middle items are no lexicon title ('danh hiệu A, B, C')
    "title_list": re.compile(r"(?i)(?:trao|tặng|nhận|được) (?:\w+ ){0,2}danh hiệu [^.;,]{3,60}, [^.;,]{3,60}, "),
    # one of N winners in apposition to a person ('A là …, một trong 60 cá nhân đoạt giải X')
    "one_of_winners": re.compile(r"(?i)một trong (?:\d+|số|những) [^.;]{0,30}?(?:đoạt|đạt|nhận|giành) (?:giải|danh "
                                 r"hiệu|huy chương)"),
    # a wish or hope to win ('Ước mơ của A là được đoạt Giải X')
    "wish": re.compile(r"(?i)(?:ước mơ|mơ ước|mong muốn|mong ước|hy vọng|hi vọng|khát khao|ao ước)[^.;]{0,60}?"
                       r"(?:đoạt|nhận|giành|đạt) (?:được )?(?:giải|danh hiệu|huy chương|huân chương|bằng khen)"),
    # an achievements list ('Một số thành tích nổi bật - Giải …')
    "achievements_list": re.compile(r"(?i)thành tích[^.;:]{0,30}[:-] ?[-–]? ?(?:giải|huy chương|danh hiệu|bằng khen)"),
    # a council that judges the prize ('Hội đồng Giải X tổ chức xét tặng Giải X'): read as the ceremony's organiser
    "judging_council": re.compile(r"(?i)tổ chức xét (?:tặng|trao)"),
    # prizes graded by a capital letter in a list ('7 giải A, 24 giải B'): the list broke after the first
    "letter_grades": re.compile(r"(?i:giải) [ABC](?!\w)[^.;]{0,20}?(?i:giải) [ABC](?!\w)"),
    # a prize's name inside a council's or committee's name ('Hội đồng Giải X', 'Ban Tổ chức Giải Y')
    "prize_in_body": re.compile(r"(?:Hội đồng|Ban [Tt]ổ chức|BTC|Ban [Gg]iám khảo) (?:xét tặng )?[Gg]iải (?:thưởng )?"
                                r"[A-ZĐ“\"]"),
    # a proposal or a condition ('đề xuất … tặng bằng khen', 'nếu được … tặng bằng khen')
    "proposal_condition": re.compile(r"(?i)(?:đề xuất|đề nghị|nếu được|nếu)[^.;]{0,40}?(?:tặng|trao|khen thưởng)"),
}


def main(argv: list[str] | None = None) -> int:
    a, conf, label, arts, sp = read_inputs(argv, __doc__ or "", 849, 20)
    rows = class_rows(arts, sp, CLASSES)
    print_counts(rows, conf, CLASSES)
    if a.show == "conferrals":
        sample_conferrals(a.seed, a.n, arts, sp, conf, label)
    else:
        show(a, rows, conf, label, 700)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
