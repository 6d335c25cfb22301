"""Round events42a: how often a meeting named only by its verb is one the article reports — a subject "đã" (or "đã"
and a verb of coming: "đến", "tới", "về") and a verb of meeting with its object: "đã làm việc với …", "đã tiếp xúc
cử tri …", "đã gặp mặt …", "đã gặp gỡ …", "đã hội đàm với …", "đã đối thoại với …", "đã họp với …". Every
occurrence in a sentence of an article no held-out split names (``--exclude`` JSON Lines / gold JSON, read for ids
only; ``--skip`` plain id lists) is counted per shape; a seeded sample is written as a TSV to judge (verdict: report /
passing / plan / not-event), with the event names of ``--graph`` that hold the shape's last word.

    python scripts/events42a_sample.py CORPUS.jsonl.gz --seed 613 --sample 60 --write FILE --exclude … --skip ids.txt
        [--graph corpus.nq]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_sample  # noqa: E402

_DA = r"(?<!\w)(?:đã|vừa) (?:(?:đến|tới|về) )?"
SHAPES = {
    "work-with": re.compile(_DA + r"làm việc với(?!\w)", re.IGNORECASE),
    "voters": re.compile(_DA + r"tiếp xúc (?:với )?cử tri(?!\w)", re.IGNORECASE),
    "meet": re.compile(_DA + r"(?:gặp mặt|gặp gỡ)(?!\w)", re.IGNORECASE),
    "talks": re.compile(_DA + r"(?:hội đàm|đối thoại|họp) với(?!\w)", re.IGNORECASE),
}


if __name__ == "__main__":
    raise SystemExit(shape_sample(SHAPES, 613))
