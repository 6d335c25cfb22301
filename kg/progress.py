"""A one-line progress counter on stderr (items, items/s, and — when the share done is known — % and ETA).

Shown only on a terminal and never in CI or under ``-q``; ``close()`` ends the line.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def wanted(stream: TextIO | None = None) -> bool:
    """Whether to draw: the stream is a terminal and no ``CI`` variable is set."""
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Progress:
    """``Progress("articles")``; call :meth:`update` per item and :meth:`close` at the end.

    ``quiet=True`` (the commands' ``-q``) never draws; otherwise it draws when stderr is a terminal.
    """

    def __init__(self, unit: str, *, enabled: bool | None = None, stream: TextIO | None = None,
                 every: float = 0.25, total: int | None = None, quiet: bool = False) -> None:
        self.unit = unit
        self.stream = stream or sys.stderr
        self.enabled = False if quiet else (wanted(self.stream) if enabled is None else enabled)
        self.every = every
        self.total = total
        self.count = 0
        self.fraction: float | None = None
        self.extra = ""
        self.t0 = time.perf_counter()
        self._last = 0.0

    def update(self, n: int = 1, extra: str = "", fraction: float | None = None) -> None:
        """Count ``n`` more items (``fraction``: the share of the work done, when not ``count/total``);
        redraw at most every ``every`` seconds."""
        self.count += n
        self.extra = extra or self.extra
        if fraction is not None:
            self.fraction = fraction
        now = time.perf_counter()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            self._draw(now)

    def _done(self) -> float | None:
        if self.fraction is not None:
            return self.fraction
        return self.count / self.total if self.total else None

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.t0, 1e-9)
        rate = self.count / elapsed
        tail = f"  {self.extra}" if self.extra else ""
        done = self._done()
        share = ""
        if done is not None and done > 0:
            share = f"  {min(done, 1.0):.0%}  ETA {_duration(elapsed * (1 - min(done, 1.0)) / done)}"
        total = f"/{self.total:,}" if self.total else ""
        self.stream.write(f"\r{self.unit}: {self.count:,}{total}  {rate:,.1f}/s{share}{tail}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line (once: closing again does nothing)."""
        if self.enabled and not getattr(self, "_closed", False):
            self._closed = True
            self.fraction = 1.0 if self._done() is not None else None
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()

    def iterate(self, items: Iterable[T], step: int = 1) -> Iterator[T]:
        """Yield ``items``, counting each (``step`` items per update call, for fast loops), then close."""
        pending = 0
        try:
            for item in items:
                yield item
                pending += 1
                if pending >= step:
                    self.update(pending)
                    pending = 0
            self.update(pending)
        finally:
            self.close()

