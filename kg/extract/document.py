"""The document model that flows through the pipeline.

Every annotation is a half-open span ``[start, end)`` of :attr:`Document.text` (NFC, LF); spans are checked
against the text when created and never silently adjusted (see :meth:`Document.span`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the stages after mentions import this module
    from kg.extract.facts.model import Fact
    from kg.extract.link import Links


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of the text: a person name, a post title, a body, a date, a count…

    ``kind`` is one of the mention kinds of :mod:`kg.extract.mentions`; ``key`` is the folded identity key;
    ``attrs`` holds kind-specific values as sorted (name, value) pairs, so mentions stay hashable.
    """

    kind: str
    start: int
    end: int
    text: str
    sentence: int
    key: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        for k, v in self.attrs:
            if k == name:
                return v
        return default


@dataclass
class Document:
    """One source text and everything the stages attach to it: paragraphs and sentences (segment), mentions
    (mentions), the entities they name (link) and the facts (facts); see :data:`kg.pipeline.STAGES`."""

    doc_id: str
    text: str
    source: str = ""
    title_end: int = 0
    date: str | None = None
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    links: Links | None = None
    facts: list[Fact] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.text[: self.title_end]

    def span(self, start: int, end: int, *, expected: str | None = None) -> Span:
        """The span ``[start, end)``; raises ``ValueError`` when it is out of range or does not match."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(self.text)} characters")
        text = self.text[start:end]
        if expected is not None and text != expected:
            raise ValueError(f"span [{start}, {end}) is {text!r}, not {expected!r}")
        return Span(start, end, text)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that contains ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        raise ValueError(f"offset {offset} is in no sentence")
