"""The competency questions: ``ontology/queries/cqNN-name.rq``, each opening with ``# CQn: question``.

:func:`all_cqs` lists them in number order; :func:`find` resolves a short reference (``4``, ``cq4``,
``cq04``, ``awards``, ``cq04-awards`` or a path) to one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.errors import KgError
from kg.resources import queries_dir

_NAME = re.compile(r"cq(\d+)-([\w-]+)\.rq", re.IGNORECASE)
_HEAD = re.compile(r"#\s*CQ\s*(\d+)\s*[:.]\s*(.+)", re.IGNORECASE)


@dataclass(frozen=True)
class CompetencyQuestion:
    """One competency question: its number, short name, question text and SPARQL."""

    number: int
    name: str
    question: str
    path: Traversable

    @property
    def text(self) -> str:
        """The SPARQL of the question (read from its file)."""
        return self.path.read_text(encoding="utf-8")

    @property
    def label(self) -> str:
        """``cq04-awards``: the file name without suffix."""
        return self.path.name.removesuffix(".rq")


def _read(path: Traversable) -> CompetencyQuestion:
    m = _NAME.fullmatch(path.name)
    assert m is not None
    question = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        head = _HEAD.match(line.strip())
        if head:
            question = head.group(2).strip()
            break
    return CompetencyQuestion(int(m.group(1)), m.group(2), question, path)


def all_cqs(directory: Traversable | None = None) -> list[CompetencyQuestion]:
    """Every competency question in ``directory`` (default: the packaged ``ontology/queries``), by number."""
    folder = directory or queries_dir()
    if not folder.is_dir():
        return []
    return sorted((_read(p) for p in folder.iterdir() if _NAME.fullmatch(p.name)), key=lambda c: c.number)


def find(ref: str | int, directory: Traversable | None = None) -> CompetencyQuestion:
    """The competency question ``ref`` names; raises :class:`KgError` listing the known ones otherwise."""
    cqs = all_cqs(directory)
    key = str(ref).strip().lower()
    if key.endswith(".rq"):
        key = Path(key).stem
    m = re.fullmatch(r"(?:cq)?0*(\d+)(?:-[\w-]+)?", key)
    for cq in cqs:
        if (m and int(m.group(1)) == cq.number) or key in (cq.name.lower(), cq.label.lower()):
            return cq
    known = ", ".join(c.label for c in cqs) or "none yet"
    raise KgError("E220", f"no competency question {ref!r}", f"known: {known}")


def listing(directory: Traversable | None = None) -> str:
    """One line per question: ``cq04-awards  CQ4: Who conferred which awards…``."""
    cqs = all_cqs(directory)
    if not cqs:
        return "no competency questions in ontology/queries/\n"
    width = max(len(c.label) for c in cqs)
    return "".join(f"{c.label:<{width}}  CQ{c.number}: {c.question}\n" for c in cqs)
