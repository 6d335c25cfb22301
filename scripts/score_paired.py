#!/usr/bin/env python3
"""scripts/score.py with the gold awards paired to the graph's conferrals whatever order the store returns them in.

score.py pairs each gold award with the FIRST unused conferral whose names hold the award's words, in the order
rdflib's query happens to yield them (set order, fixed only by PYTHONHASHSEED). When an article has two conferrals
of one kind from different givers ("Bằng khen" of the Prime Minister and "Bằng khen" of a province), the pairing is a
coin toss and a right graph scores wrong givers. This diagnostic keeps every rule of score.py (it imports it) and only
prefers, among the candidate conferrals of a gold award, one whose giver matches; each conferral is still used once.
Use it beside score.py, never instead of it (the project is judged with score.py):

    PYTHONHASHSEED=1 .venv/bin/python scripts/score_paired.py --gold tests/data/devown2_gold.json \\
        --corpus tests/data/devown2.jsonl --kg .venv/bin/kg [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score  # noqa: E402  (scripts/score.py, the verbatim scorer)


def _giver_ok(gold: dict, givers: set[str]) -> bool:
    gg = score.fold(gold.get("giver") or "")
    return bool(gg) and any(v and (v in gg or gg in v) for v in givers)


def score_awards(art: dict, g: score.Graph) -> dict:
    """score.score_awards, but a candidate conferral whose giver matches the gold giver is taken first."""
    res: dict = {"award_all": 0, "award_hit": 0, "giver_all": 0, "giver_hit": 0, "rec_all": 0, "rec_hit": 0,
                 "lines": []}
    confs, used = score.conferrals(g), set()
    for ga in art.get("awards") or []:
        res["award_all"] += 1
        want = [w for w in score.words(ga["award"]) if w not in score.AWARD_OPTIONAL_WORDS] or score.words(ga["award"])
        cands = [n for n, (ws, _, _) in confs.items() if n not in used and all(w in ws for w in want)]
        hit = next((n for n in cands if _giver_ok(ga, confs[n][1])), cands[0] if cands else None)
        if hit is None:
            res["lines"].append(f"{art['id']}: no conferral of '{ga['award']}'")
            continue
        used.add(hit)
        res["award_hit"] += 1
        _, givers, parts = confs[hit]
        if ga.get("giver"):
            res["giver_all"] += 1
            if _giver_ok(ga, givers):
                res["giver_hit"] += 1
            else:
                res["lines"].append(f"{art['id']}: '{ga['award']}' given by {sorted(givers)[:3]}, not '{ga['giver']}'")
        for rec in ga.get("recipients") or []:
            res["rec_all"] += 1
            if score.fold(rec) in parts:
                res["rec_hit"] += 1
            else:
                res["lines"].append(f"{art['id']}: '{ga['award']}' lacks recipient {rec}")
    return res


if __name__ == "__main__":
    score.score_awards = score_awards
    sys.exit(score.main())
