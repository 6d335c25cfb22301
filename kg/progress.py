"""A one-line progress counter on stderr (items, items/s), shown only on a terminal and never in CI."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


def wanted(stream: TextIO | None = None) -> bool:
    """Whether to draw: the stream is a terminal and no ``CI`` variable is set."""
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


class Progress:
    """``Progress("articles")``; call :meth:`update` per item and :meth:`close` at the end."""

    def __init__(self, unit: str, *, enabled: bool | None = None, stream: TextIO | None = None,
                 every: float = 0.25) -> None:
        self.unit = unit
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.every = every
        self.count = 0
        self.extra = ""
        self.t0 = time.perf_counter()
        self._last = 0.0

    def update(self, n: int = 1, extra: str = "") -> None:
        """Count ``n`` more items; redraw at most every ``every`` seconds."""
        self.count += n
        self.extra = extra or self.extra
        now = time.perf_counter()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self.t0, 1e-9)
        tail = f"  {self.extra}" if self.extra else ""
        self.stream.write(f"\r{self.unit}: {self.count}  {rate:.1f}/s{tail}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
