"""Compiling a regex that is built per article without filling Python's ``re`` cache.

``re.compile`` keeps its last 512 patterns; patterns made from an article's own words (IRI terms, a name's words)
are used for that article only, and would push out of the cache the fixed patterns that modules pass to ``re.sub``,
``re.match`` … as strings, which then compile again. :func:`compile_uncached` gives the same compiled pattern as
``re.compile`` (the compiler ``re.compile`` itself calls on a cache miss) and leaves the cache alone."""

from __future__ import annotations

import re

# ``re._compiler`` is CPython's (3.11 on); where a Python lacks it, the public ``re.compile`` (cached) stands in.
_compiler = getattr(re, "_compiler", None)


def compile_uncached(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, not stored in ``re``'s cache."""
    if _compiler is None:
        return re.compile(pattern)
    rx: re.Pattern[str] = _compiler.compile(pattern, 0)
    return rx
