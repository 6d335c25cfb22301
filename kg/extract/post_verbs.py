"""The words right after a post phrase and the verbs that open a clause after its subject: a bare title right
before such a verb is the subject of the main clause, not the post of the name before it. Shared by
:mod:`kg.extract.post_subjects` and :mod:`kg.extract.clauses`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

NEXT_WORDS = re.compile(r" ([^\W\d_]+)(?: ([^\W\d_]+))?")  # the one or two words after a post phrase


@cache
def verbs() -> frozenset[str]:
    """Verbs that open a clause after its subject: ``name_stops`` rows that close no name and are no plural, and
    ``directives``."""
    stops = {key(r[0]) for r in lexicon.rows("name_stops") if r[1:2] != ["PL"] and r[2:3] != ["closes"]}
    return frozenset(stops | {e.key for e in lexicon.entries("directives")})
