"""A pair of words written with a comma inside one body's name ("Ban Chỉ đạo phòng, chống …"): token-index helper
for :mod:`kg.extract.mentions.bodies` (moved from :mod:`kg.extract.mentions.bodynames`, near its size cap).
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def comma_pair(s: _Sent, j: int, stop_at: set[int]) -> int:
    """Tokens from the comma at token j to the end of the pair of ``comma_pairs.tsv`` it joins, words of one or two
    syllables ("phòng, chống"; "khiếu nại, tố cáo"), or two abbreviations written with no space around it ("Bộ
    VH,TT&DL"); 0 when it joins none."""
    toks, pairs = s.toks, lexicon.words("comma_pairs")
    if 0 < j < len(toks) - 1 and toks[j - 1].is_upper and toks[j + 1].is_upper and j + 1 not in stop_at \
            and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start:
        return 1  # "Bộ VH,TT&DL": the initials of one name's fields, a comma with no space around it
    for n in (1, 2):
        after = range(j + 1, j + 1 + n)
        if j - n >= 0 and j + n < len(toks) and all(x not in stop_at and s.adjacent(x) for x in after) \
                and key(" ".join(t.text for t in toks[j - n : j] + toks[j + 1 : j + n + 1])) in pairs:
            return n + 1
    return 0
