"""Round events41c: how often the shapes events41b left open name an activity the article reports — the session of
a meeting ("phiên khai mạc / bế mạc / chất vấn / thảo luận …"), "thảo luận tại tổ", "họp khẩn", the plural "các
cuộc tiếp xúc", and a rite listed after another reported activity with no "đã" right before it ("đã hội đàm …; chào
xã giao …", "đã tiếp …, dâng hương …"). Every occurrence in a sentence of an article no held-out split names
(``--exclude`` JSON Lines / gold JSON, read for ids only; ``--skip`` plain id lists) is counted per shape; a seeded
sample is written as a TSV to judge (verdict: report / passing / plan / not-event), with the event names of
``--graph`` that hold the shape's words.

    python scripts/events41c_sample.py CORPUS.jsonl.gz --seed 599 --sample 60 --write FILE --exclude … --skip ids.txt
        [--graph corpus.nq]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_sample  # noqa: E402

SHAPES = {
    "session": re.compile(r"(?<!\w)phiên (?:khai mạc|bế mạc|chất vấn|trả lời chất vấn|thảo luận|toàn thể|họp toàn thể"
                          r"|họp trù bị|trù bị|giải trình)(?!\w)", re.IGNORECASE),
    "group-talk": re.compile(r"(?<!\w)thảo luận (?:tại|ở) tổ(?!\w)", re.IGNORECASE),
    "urgent": re.compile(r"(?<!\w)họp khẩn(?!\w)", re.IGNORECASE),
    "plural-contact": re.compile(r"(?<!\w)(?:các|những) (?:cuộc|buổi) tiếp xúc(?!\w)", re.IGNORECASE),
    "listed-rite": re.compile(r"(?:[,;]| và) (?:chào xã giao|dâng hương|dâng hoa|đặt vòng hoa)(?!\w)", re.IGNORECASE),
}


def listed_rite(shape: str, sentence: str, m: re.Match[str]) -> bool:
    """A listed rite counts only after another reported activity ("đã" before it in the sentence)."""
    return shape != "listed-rite" or " đã " in " " + sentence[: m.start()] + " "


if __name__ == "__main__":
    raise SystemExit(shape_sample(SHAPES, 599, keep=listed_rite))
