"""A body named by a field of work: "Ban Chỉ đạo Công tác thông tin đối ngoại tổ chức …". The lower-case words after a
capitalised noun of ``work_nouns.tsv`` ("Công tác", "Phong trào") name the work and stay in the body's name up to a
verb of two words of ``name_stops.tsv`` that opens the next clause (called from
:func:`kg.extract.mentions.body_continuation._clause_cut`, which otherwise keeps only the noun's own syllable)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _work_nouns() -> frozenset[str]:
    return lexicon.words("work_nouns")


def work_field_end(s: _Sent, j: int, run_start: int) -> bool:
    """The lower-case run from token ``run_start`` to token ``j`` completes a capitalised noun of work before it into
    the work's field ("Công | tác dân vận"), and token ``j`` opens a verb of two words ("tổ chức", "trao tặng")."""
    toks = s.toks
    if run_start < 1 or j + 1 >= len(toks) or not toks[run_start - 1].is_cap:
        return False
    noun = next((n for n in (1, 2) if run_start - n >= 0 and toks[run_start - n].is_cap and key(" ".join(
        t.text for t in toks[run_start - n : run_start + 1])) in _work_nouns()), 0)
    return noun > 0 and key(toks[j].text + " " + toks[j + 1].text) in lexicon.words("name_stops")
