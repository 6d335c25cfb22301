"""A title of address (``awards.tsv``, class ``address``: "Mẹ Việt Nam Anh hùng") right after a kind whose open name
follows ("danh hiệu Mẹ Việt Nam Anh hùng"; a quote mark may stand between) is that kind's name, no award mention of
its own: the conferral keeps the kind's phrase as its label, as for any other named title."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import award_names, lexicon


@cache
def _open_kind_before() -> re.Pattern[str]:
    kinds = sorted((k.vi for k in award_names.kinds().values() if k.open_name), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in kinds) + r")\s*[\"“'‘]?\s*$", re.IGNORECASE)


def named_by_kind(kind_key: str, before: str) -> bool:
    """The award of kind ``kind_key`` is a title of address and ``before`` (the text before it) ends with a kind
    whose open name follows."""
    return kind_key in lexicon.classed("awards", 6, "address") and _open_kind_before().search(before) is not None
