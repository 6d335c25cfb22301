"""Round events41d: how often the shapes events41b/41c left open name an activity the article reports — a rite after
a visit and a comma ("đã đến thăm, dâng hương …"), a rite after "vào" ("đã vào đặt vòng hoa …"), a listed call
("đã đến thăm, chúc mừng …", whose subject may have a title and no name), a session dated or "toàn thể" with no named
meeting after it ("phiên chất vấn ngày 5/7", "họp phiên toàn thể"), and a press conference with a date. Every
occurrence in a sentence of an article no held-out split names (``--exclude`` JSON Lines / gold JSON, read for ids
only; ``--skip`` plain id lists) is counted per shape; a seeded sample is written as a TSV to judge (verdict: report /
passing / plan / not-event), with the event names of ``--graph`` that hold the shape's words.

    python scripts/events41d_sample.py CORPUS.jsonl.gz --seed 601 --sample 40 --write FILE --exclude … --skip ids.txt
        [--graph corpus.nq]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_sample  # noqa: E402

RITE = r"(?:chào xã giao|dâng hương|dâng hoa|đặt vòng hoa)"
SHAPES = {
    "comma-rite": re.compile(r"(?<!\w)đã (?:đến |tới |về |vào )?thăm(?: và|,) " + RITE + r"(?!\w)", re.IGNORECASE),
    "vao-rite": re.compile(r"(?<!\w)đã vào " + RITE + r"(?!\w)", re.IGNORECASE),
    "titled-call": re.compile(r"(?<!\w)đã (?:đến|tới|về) thăm(?: và|,) (?:chúc mừng|chúc tết|trao tặng|trao)(?!\w)",
                              re.IGNORECASE),
    "session-dated": re.compile(r"(?<!\w)phiên (?:khai mạc|bế mạc|chất vấn|trả lời chất vấn|thảo luận|toàn thể"
                                r"|họp toàn thể|trù bị|họp trù bị) (?:ngày|sáng|chiều|tối|hôm) ", re.IGNORECASE),
    "session-whole": re.compile(r"(?<!\w)(?:họp|tổ chức|tiến hành) phiên (?:họp )?toàn thể(?!\w)", re.IGNORECASE),
    "press-dated": re.compile(r"(?<!\w)(?:tổ chức |đã tổ chức |buổi )?họp báo (?:ngày|sáng|chiều|tối|hôm|vào) ",
                              re.IGNORECASE),
}


if __name__ == "__main__":
    raise SystemExit(shape_sample(SHAPES, 601))
