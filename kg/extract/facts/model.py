"""The fact model: a :class:`Fact` with CURIE properties whose values are :class:`Ref` (an entity) or :class:`Lit`
(a typed literal), and the literal constructors.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Ref:
    id: str


@dataclass(frozen=True, slots=True)
class Lit:
    value: str
    datatype: str = ""  # a CURIE such as xsd:date; "" with lang for text
    lang: str = ""


@dataclass
class Fact:
    subject: str
    cls: str = ""
    props: list[tuple[str, Ref | Lit]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, prop: str, value: Ref | Lit | None) -> None:
        if value is not None and (prop, value) not in self.props:
            self.props.append((prop, value))


def vi(text: str) -> Lit:
    return Lit(text, lang="vi")


def en(text: str) -> Lit:
    return Lit(text, lang="en")


def integer(n: int | str) -> Lit:
    return Lit(str(int(n)), "xsd:integer")


def year(y: int | str) -> Lit:
    return Lit(str(int(y)), "xsd:gYear")
