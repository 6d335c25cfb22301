"""A title, then "kiêm quản lý" (and manages) before a body that its head opens in lower case ("Hiệu phó kiêm quản
lý trường mầm non X"): the body is the title's, as right after it; read by :mod:`kg.extract.mentions.bodies`."""

from __future__ import annotations

from kg.extract.normalise import key

MANAGES = "kiêm quản lý"  # the gap, folded: ``kg.extract.facts.holdings`` takes it between a title and its body


def managed_after(text: str, title_end: int, head_start: int) -> bool:
    """Only "kiêm quản lý" between a title's end and a body's head."""
    return head_start - title_end == len(MANAGES) + 2 and key(text[title_end:head_start].strip()) == key(MANAGES)
