"""Answers already given, kept while the server runs: the data is read-only, so an answer stays true."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from kg.sparql.protocol import Reply, Request, answer_keys, error

Key = tuple[str, str, str | None, int]  # query text, form and chosen media type, format name, row cap


class _Flight:
    """An answer being computed, that later identical requests wait for."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.reply = error(500, "internal error: the shared computation of this query failed")
        self.followers = 0  # later identical requests waiting for it


class AnswerCache:
    """Answers already given (the data is read-only): least recently used first out, bounded in entries
    and in bytes. Only 200 answers are kept."""

    def __init__(self, max_entries: int = 256, max_bytes: int = 64 << 20) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict[Key, Reply] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._flights: dict[Request, _Flight] = {}
        self.hits = self.misses = 0

    def answer(self, key: Request, compute: Callable[[], Reply], wait: float) -> Reply:
        """The cached answer; else, if the same request is already being answered, that answer (waiting at
        most ``wait`` seconds); else ``compute()``, kept when it is a 200. With no cache: ``compute()``."""
        if self.max_entries <= 0:
            return compute()
        cached = self.get(key)
        if cached is not None:
            return cached
        with self._lock:
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
            else:
                flight.followers += 1
        if not leader:
            done = flight.done.wait(wait)
            with self._lock:
                flight.followers -= 1
            return flight.reply if done else compute()
        try:
            flight.reply = compute()
            self.put(key, flight.reply)
        finally:
            with self._lock:
                del self._flights[key]
            flight.done.set()
        return flight.reply

    def followers(self, text: str, max_rows: int) -> int:
        """Requests waiting for an answer being computed to a query of this text and row cap (any format)."""
        with self._lock:
            return sum(f.followers for k, f in self._flights.items() if k.text == text and k.max_rows == max_rows)

    def get(self, req: Request) -> Reply | None:
        """The cached answer for ``req``, if any: one kept for any request of the same text, row cap and
        chosen media type (see :func:`answer_keys`; the text fixes the form, so only one of its keys can hold)."""
        keys = answer_keys(req)  # content negotiation, outside the lock
        with self._lock:
            for key in keys:
                reply = self._items.get(key)
                if reply is not None:
                    self._items.move_to_end(key)
                    self.hits += 1
                    return reply
            self.misses += 1
            return None

    def put(self, req: Request, reply: Reply) -> None:
        """Keep a 200 answer that fits the byte budget; drop the least recently used beyond the bounds."""
        size = len(reply.body) + len(req.text)
        if reply.status != 200 or reply.form not in ("results", "graph") or self.max_entries <= 0 \
                or size > self.max_bytes // 4:
            return
        key = answer_keys(req)[0 if reply.form == "results" else 1]
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body) + len(key[0])
            self._items[key] = reply
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                k, r = self._items.popitem(last=False)
                self._bytes -= len(r.body) + len(k[0])
