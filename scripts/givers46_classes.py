"""Round givers46: the development sets' award misses by construction, counted on a whole-corpus build (gold-free).

Two counts. (1) From the build alone: articles holding two or more conferrals of one name with different givers —
the case where score.py's pairing (first unused conferral in graph order) can score a right giver wrong
(scripts/score_paired.py). (2) Per sentence of the corpus text (award articles only, ``--skip`` ids and the
``--exclude`` JSON Lines files' articles dropped before anything is read or printed): the constructions the
development misses show (regular expressions; a sentence may show several), with how many of those sentences the
build holds a conferral for. ``--show CLASS`` prints a seeded sample (``--seed``, ``--n``) of that class's sentences
with the conferrals the build gives them.

    .venv/bin/python scripts/givers46_classes.py BASE.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 841 --n 20]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards37_sample import _segmented, describe, in_span  # noqa: E402
from givers45_classes import read_inputs  # noqa: E402

AWARDISH = re.compile(r"(?i)huân chương|huy chương|bằng khen|giấy khen|cờ thi đua|kỷ niệm chương|huy hiệu|giải")
CLASSES = {
    # a prize launched or announced, not yet given (train 22566749, devown 22317136 annotate these as awards)
    "launch": re.compile(r"(?i)(?:phát động|họp báo|công bố|khởi động)[^.;]{0,40}?\b(?:giải|cuộc thi)"),
    # one badge for a listed set of grades ('Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng')
    "listed_grades": re.compile(r"(?i)huy hiệu \d+ năm(?:, \d+ năm)* (?:và|,) \d+ năm"),
    # prize winners named through their works ('tác phẩm … của tác giả A', 'của nhóm tác giả B, C')
    "works_of_author": re.compile(r"(?i)(?:tác phẩm|bài|loạt bài|phóng sự)[^.;]{0,120}? của (?:nhóm )?tác giả [A-ZĐ]"),
    # two conferral clauses sharing the recipient named after the second
    # ('trao tặng bằng khen, X … tặng giấy khen … em A')
    "shared_recipient": re.compile(r"(?i)(?:trao tặng|tặng|trao) (?:bằng khen|giấy khen|huân chương|kỷ niệm chương)"
                                   r"\s*, [^.;]{3,120}? (?:trao tặng|tặng|trao) (?:bằng khen|giấy khen)"),
    # an honorary title or a best-of title that is no order or prize name ('công dân X ưu tú', 'HLV xuất sắc nhất')
    "title_award": re.compile(r"(?i)công dân [^.;]{1,30}? ưu tú|xuất sắc nhất (?:tháng|năm|mùa)"),
    # awards46's misses: a prize grade that "goes to" a work ('Năm giải Nhì thuộc về tuyến bài …')
    "prize_goes_to": re.compile(r"(?i)(?:giải|huy chương)[^.;]{0,30}? thuộc về"),
    # a counted grade named only in an aside ('Ngoài tám giải Ba, … Ban Tổ chức cũng đã trao …')
    "aside_counted": re.compile(r"(?i)(?<!\w)ngoài (?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) giải"),
    # a prize name with 'về X và Y' inside it ('Giải thưởng Báo chí viết về X và phong trào Y')
    "prize_name_and": re.compile(r"[Gg]iải (?:thưởng )?[A-ZĐ][^.;,“”\"]{0,60}? về [^.;,]{1,40}? và [a-zđ]"),
    # the represented leadership before the presenter ('thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước A trao')
    "on_behalf_leaders": re.compile(r"(?i)thay mặt (?:lãnh đạo|Đảng)[^.;]{0,80}? (?:trao|tặng)"),
    # the organising committee by its acronym ('BTC trao giải Nhất cho …'; the build expands it)
    "acronym_giver": re.compile(r"(?<!\w)BTC (?:đã |cũng |còn )*(?:trao|tặng)"),
}


def same_name_givers(conf: dict, sp: dict, keep: set[str]) -> tuple[int, int]:
    """(articles, conferrals) where one name is conferred by two or more different givers."""
    arts = confs = 0
    for aid, rows in sp.items():
        if aid not in keep:
            continue
        by: dict[str, list[str]] = {}
        for _s, _e, iri in rows:
            by.setdefault((conf[iri].get("label") or ["?"])[0], []).append(iri)
        hit = [v for v in by.values() if len({tuple(sorted(conf[i].get("conferredBy", []))) for i in set(v)}) > 1]
        if hit:
            arts += 1
            confs += sum(len(set(v)) for v in hit)
    return arts, confs


Row = tuple[str, str, list[str], list[str]]  # article, sentence, the classes it shows, the conferrals in it


def class_rows(arts: dict, sp: dict, classes: dict[str, re.Pattern[str]]) -> list[Row]:
    """Every sentence of the award articles that shows one of ``classes``, with the conferrals the build holds in
    it (also read by awards47_classes.py)."""
    rows = []
    for aid in sorted(arts):
        r = arts[aid]
        if not AWARDISH.search(r["text"]):
            continue
        for s in _segmented(r).sentences:
            text = " ".join(s.text.split())
            flags = [c for c, rx in classes.items() if rx.search(text)]
            if flags:
                rows.append((aid, text, flags, in_span(sp.get(aid, []), s.start, s.end)))
    return rows


def show(a: argparse.Namespace, rows: list[Row], conf: dict, label: dict, width: int) -> None:
    """With ``--show CLASS``: a seeded sample of that class's sentences (``width`` characters) and their
    conferrals."""
    if a.show:
        pool = [r for r in rows if a.show in r[2]]
        for aid, text, _f, iris in sorted(random.Random(a.seed).sample(pool, min(a.n, len(pool)))):
            print(f"## {aid}\n   SENT: {text[:width]}")
            for iri in iris:
                print(f"   => {describe(conf[iri], label)}")


def print_counts(rows: list[Row], conf: dict, classes: dict[str, re.Pattern[str]]) -> None:
    """Per class (to stderr): its sentences and their articles, the sentences the build holds a conferral for, and
    those conferrals that carry no giver (read by awards47_classes.py and awards48_classes.py)."""
    count = Counter(f for r in rows for f in r[2])
    arts_of = {k: len({r[0] for r in rows if k in r[2]}) for k in classes}
    withc = Counter(f for r in rows for f in r[2] if r[3])
    nogiver = Counter(f for r in rows for f in r[2] for i in r[3] if not conf[i].get("conferredBy"))
    for k in classes:
        print(f"{k}\t{count[k]} sentences ({arts_of[k]} articles)\t{withc[k]} with a conferral\t{nogiver[k]} "
              "conferrals without a giver", file=sys.stderr)


def run_classes(argv: list[str] | None, doc: str, seed: int, n: int, classes: dict[str, re.Pattern[str]]) -> int:
    """The whole pass of a class script (awards47_classes.py, awards50_classes.py): read the inputs, count each
    class (:func:`print_counts`) and print the seeded sample ``--show`` asks for."""
    a, conf, label, arts, sp = read_inputs(argv, doc, seed, n)
    rows = class_rows(arts, sp, classes)
    print_counts(rows, conf, classes)
    show(a, rows, conf, label, 700)
    return 0

def main(argv: list[str] | None = None) -> int:
    a, conf, label, arts, sp = read_inputs(argv, __doc__ or "", 841, 20)
    n_art, n_conf = same_name_givers(conf, sp, set(arts))
    print(f"same name, different givers: {n_conf} conferrals in {n_art} articles", file=sys.stderr)
    rows = class_rows(arts, sp, CLASSES)
    count = Counter(f for r in rows for f in r[2])
    withc = Counter(f for r in rows for f in r[2] if r[3])
    for k in CLASSES:
        print(f"{k}\t{count[k]} sentences\t{withc[k]} with a conferral", file=sys.stderr)
    show(a, rows, conf, label, 600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
