"""A request's header block, read without the ``email`` package.

The standard library's ``http.server`` parses every request's headers through ``email.parser`` (about 150 µs
of CPU for the five headers a client sends, a fifth of the request thread's CPU for a trivial query;
docs/sparql.md, "Stop 20"). What the endpoint needs of them is a case-blind
``get`` and ``get_all``; this reads the same bytes with the same limits (a line of at most 65,536 bytes, at
most 100 fields) and is stricter where RFC 9112 asks a server to be: a field line without a colon, or with
white space before it, is refused, not taken for the start of a body.
"""

from __future__ import annotations

from typing import BinaryIO

MAX_LINE = 65_536
MAX_FIELDS = 100
_END = (b"\r\n", b"\n", b"")


class HeaderError(ValueError):
    """A header block that cannot be read: ``status`` is the answer's (400 or 431)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Headers:
    """Header fields in the order received; names compared without case."""

    def __init__(self, fields: list[tuple[str, str]]) -> None:
        self._fields = fields

    def get(self, name: str, default: str | None = None) -> str | None:
        """The first value of field ``name``, else ``default``."""
        key = name.lower()
        for k, v in self._fields:
            if k.lower() == key:
                return v
        return default

    def get_all(self, name: str, default: list[str] | None = None) -> list[str] | None:
        """Every value of field ``name`` (in order), else ``default``."""
        key = name.lower()
        found = [v for k, v in self._fields if k.lower() == key]
        return found or default

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None


def read_headers(rfile: BinaryIO) -> Headers:
    """The fields up to the blank line that ends them (continuation lines joined to their field, as the
    ``email`` parser does); :class:`HeaderError` for a line too long, too many fields or a malformed line."""
    fields: list[tuple[str, str]] = []
    while True:
        line = rfile.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise HeaderError(431, "a header line is too long")
        if line in _END:
            return Headers(fields)
        text = line.decode("iso-8859-1").rstrip("\r\n")
        if text[:1] in (" ", "\t"):
            if not fields:
                raise HeaderError(400, "the header block starts with a continuation line")
            name, value = fields[-1]
            fields[-1] = (name, value + text)
            continue
        name, colon, value = text.partition(":")
        if not colon or not name or name != name.strip() or " " in name:
            raise HeaderError(400, "a header line is not 'Name: value'")
        if len(fields) >= MAX_FIELDS:
            raise HeaderError(431, f"more than {MAX_FIELDS} header fields")
        fields.append((name, value.lstrip(" \t")))
