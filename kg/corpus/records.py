"""Reading a corpus: JSON Lines records (``.jsonl``, or gzip-compressed, detected by its magic bytes) or a
directory of ``.txt`` reports, into :class:`Record` objects; a malformed record becomes a :class:`Skip` that
says where and why (see :func:`read_records`). The article date: the record's ``date`` when given, else a full
date the body opens with (:func:`article_date`); otherwise none.
"""

from __future__ import annotations

import datetime
import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from kg import pipeline
from kg.errors import KgError
from kg.extract.normalise import clean_value, slug

MAX_RECORD_BYTES = 20_000_000  # a JSON line over 20 MB is skipped unread (memory stays bounded)
MAX_ARTICLE_CHARS = 1_000_000  # an article whose text is over 1 M characters is skipped (a corpus never stalls)


@dataclass(frozen=True)
class Record:
    """One article to process."""

    doc_id: str
    text: str  # title line + "\n" + body
    line: int = 0
    date: str | None = None
    source: str = ""  # the corpus file or the .txt file (dct:source)


@dataclass(frozen=True)
class Skip:
    """A record left out: where (line number, 0 for a file), which (id or file name) and why."""

    line: int
    ref: str
    reason: str


_DATELINE = re.compile(
    r"\s*(?:(?:sáng|trưa|chiều|tối|đêm|hôm)(?:\s+nay)?\s+)?(?:(?:ngày|hôm)\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_FULL = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)"
# two full dates joined by a dash, "(2/9/1945 – 2/9/2031)": a span of years an anniversary marks
_YEARS_SPAN = re.compile(rf"(?<![\d/.-]){_FULL}\s*[-–—]\s*{_FULL}\b")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def article_date(body: str) -> str | None:
    """The date a news body opens with ("Ngày 3/2/2017, …" → 2017-02-03), or None: never guessed. Not when the body
    states a span of full dates from that year to a later one: the opening date is then a past day the report recalls
    ("Ngày 2/9/1945, …" before "(2/9/1945 – 2/9/2031)"); a later date alone, a deadline ("đến 31/12/2020"), is no
    such span."""
    m = _DATELINE.match(body)
    if m is None or any(a == m.group(3) and int(b) > int(a) for a, b in _YEARS_SPAN.findall(body, m.end())):
        return None
    return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _record(obj: object, line: int, seen: pipeline.DistinctIds, source: str) -> Record | Skip:
    if not isinstance(obj, dict):
        return Skip(line, f"line {line}", "not a JSON object")
    rid, title, text = obj.get("id"), obj.get("title"), obj.get("text")
    ref = clean_value(str(rid))[:100] if isinstance(rid, str | int) and str(rid).strip() else f"line {line}"
    if ref.startswith("line "):
        return Skip(line, ref, "no id")
    if not isinstance(text, str) or not text.strip():
        return Skip(line, ref, "no text")
    if title is not None and not isinstance(title, str):
        return Skip(line, ref, "title is not a string")
    if any(isinstance(v, str) and _SURROGATE.search(v) for v in (rid, title, text, obj.get("date"))):
        return Skip(line, ref, "a lone surrogate escape (\\ud800–\\udfff): not representable text")
    if len(text) > MAX_ARTICLE_CHARS:
        return Skip(line, ref, f"text over the limit of {MAX_ARTICLE_CHARS:,} characters")
    doc_id = seen.claim(slug(str(rid), max_len=80), str(rid))
    if doc_id is None:
        return Skip(line, ref, "repeated id")
    body = text.strip("\n")
    iso = _ISO.fullmatch(str(obj.get("date") or "")[:10])
    date = _valid(*(int(x) for x in iso.groups())) if iso else None
    raw = f"{title.strip()}\n{body}" if title and title.strip() else body
    return Record(doc_id, raw, line, date or article_date(body), source)


def _open_lines(path: Path) -> IO[bytes]:
    with path.open("rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    return cast(IO[bytes], gzip.open(path, "rb")) if gz else path.open("rb")


def read_records(path: str | Path) -> Iterator[Record | Skip]:
    """Records of a ``.jsonl[.gz]`` file or a directory of ``.txt`` files, malformed ones as :class:`Skip`."""
    p = Path(path)
    if not p.exists():
        raise KgError("E030", f"no such corpus: {p}", "give a .jsonl, .jsonl.gz file or a directory of .txt")
    seen = pipeline.DistinctIds()  # ids that slug alike get a hash suffix; a repeated id is skipped
    if p.is_dir():
        files = sorted(p.glob("*.txt"))
        if not files:
            raise KgError("E031", f"{p} holds no .txt files", "a corpus directory holds one report per .txt file")
        for f in files:
            try:
                slug_id, text = pipeline.read_source(f)
            except KgError as err:
                yield Skip(0, f.name, err.message.removeprefix(f"{f} ").removeprefix(f"{f}: "))
                continue
            doc_id = seen.claim(slug_id, f.name)
            assert doc_id is not None  # file names in one directory are distinct
            if len(text) > MAX_ARTICLE_CHARS:
                yield Skip(0, f.name, f"text over the limit of {MAX_ARTICLE_CHARS:,} characters")
                continue
            body = text.partition("\n")[2]
            yield Record(doc_id, text, 0, article_date(body.lstrip()), f.name)
        return
    if not p.is_file():
        raise KgError("E036", f"{p} is not a regular file", "give a .jsonl, .jsonl.gz file or a directory of .txt")
    try:
        with _open_lines(p) as fh:
            for n, raw in _bounded_lines(fh):
                if raw is None:
                    yield Skip(n, f"line {n}", f"record over the limit of {MAX_RECORD_BYTES // 1_000_000} MB")
                elif raw.strip():
                    yield _parse_line(raw, n, seen, p.name)
    except (OSError, EOFError) as err:  # a truncated or corrupt gzip stream
        raise KgError("E032", f"cannot read {p}: {err}", "check the file (gzip -t)") from None


def _bounded_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs, with None for a line over :data:`MAX_RECORD_BYTES` (read on, never kept)."""
    n = 0
    while True:
        raw = fh.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        n += 1
        if len(raw) <= MAX_RECORD_BYTES or raw.endswith(b"\n"):
            yield n, raw
            continue
        while raw and not raw.endswith(b"\n"):  # skip the rest of the oversize line in bounded pieces
            raw = fh.readline(1 << 20)
        yield n, None


def _parse_line(raw: bytes, n: int, seen: pipeline.DistinctIds, source: str) -> Record | Skip:
    """One JSON line → a :class:`Record`, or a :class:`Skip` that says why not."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return Skip(n, f"line {n}", f"not UTF-8 (byte {err.start})")
    except json.JSONDecodeError as err:
        return Skip(n, f"line {n}", f"bad JSON ({err.msg})")
    except RecursionError:
        return Skip(n, f"line {n}", "JSON nested too deeply")
    return _record(obj, n, seen, source)
