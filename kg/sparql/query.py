"""Parsing and running SPARQL queries.

:func:`prepare` parses a query with the project's prefixes predeclared (a syntax error becomes a one-line
:class:`KgError` with line and column); :func:`run` executes it on a store with bindings passed as bindings,
never formatted into the text. Writing results (table, W3C formats): :mod:`kg.sparql.results`.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from pyparsing import ParseException
from rdflib import BNode, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.term import Node
from rdflib.util import from_n3

from kg.errors import KgError, reason
from kg.rdf.namespace import PREFIXES
from kg.sparql.oxresults import Solutions, Triples
from kg.sparql.store import Bindings, OxigraphStore, Prepared, QueryResult, Store

_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


# --------------------------------------------------------------------------- parsing


def _walk(node: Any, seen: set[int] | None = None) -> Any:
    """Every CompValue in a parse tree (depth first)."""
    seen = seen if seen is not None else set()
    if id(node) in seen:
        return
    seen.add(id(node))
    if hasattr(node, "name") and isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value, seen)
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for item in node:
            yield from _walk(item, seen)


def _syntax_error(text: str, err: ParseException, what: str = "query") -> KgError:
    line = text.splitlines()[err.lineno - 1] if 0 < err.lineno <= len(text.splitlines()) else ""
    found = line[err.col - 1 : err.col + 19].strip() or "end of input"
    reason = err.msg if err.msg else "unexpected text"
    if re.fullmatch(r"Expected \w*(Query|Unit)", reason):
        reason = "the query stops parsing here"
    return KgError(
        "E200",
        f"SPARQL syntax error at line {err.lineno}, column {err.col}: {reason}, found {found!r}",
        f"{what}: {line.strip()[:80]}" if line.strip() else "",
    )


def is_update(text: str) -> bool:
    """True when ``text`` parses as a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…)."""
    try:
        parseUpdate(text)
    except Exception:  # any parse failure: not an update
        return False
    return bool(text.strip())


# A query is read before it is parsed: how long it is, how deep its groups nest, whether it names SERVICE.
MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 24
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SKIP = re.compile(
    r"#[^\n]*"  # comment
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # long strings
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n]|\\.)*'"  # short strings
    r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\s]*>',  # IRIs
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)


def _expand_escapes(text: str) -> str:
    """SPARQL's code-point escapes (``\\u0053``) as characters: parsers expand them before parsing."""

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(char, text)


def _code(text: str) -> str:
    """The query with comments, strings and IRIs blanked: what is left are keywords, names and brackets."""
    return _SKIP.sub(lambda m: " " * len(m.group(0)), _expand_escapes(text))


def names_service(text: str) -> bool:
    """True when the query uses SERVICE anywhere (FILTER EXISTS, MINUS, OPTIONAL, subqueries…)."""
    return bool(_SERVICE.search(_code(text)))


def nesting_depth(text: str) -> int:
    """How deep ``{}``, ``()`` and ``[]`` nest in the query (outside strings, IRIs and comments)."""
    depth = deepest = 0
    for ch in _code(text):
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth -= 1
    return deepest


def check_shape(text: str) -> None:
    """Refuse, before parsing, a query that is too long or nests too deep (the parser recurses)."""
    if len(text) > MAX_QUERY_CHARS:
        raise KgError("E207", f"the query has {len(text)} characters; at most {MAX_QUERY_CHARS} are allowed")
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise KgError("E207", f"the query nests {depth} levels deep; at most {MAX_DEPTH} are allowed",
                      "flatten the query")


# rdflib's SPARQL grammar (pyparsing) keeps state while it parses: two threads parsing at once corrupt it
# (``TypeError … postParse2``) until the process restarts. The server parses in single-threaded worker
# processes; this lock keeps any other multi-threaded caller in one process safe too.
_PARSE_LOCK = threading.Lock()


def prepare(text: str) -> Prepared:
    """Parse ``text`` with every project prefix predeclared; raises :class:`KgError` on any error."""
    if not text.strip():
        raise KgError("E201", "empty query")
    check_shape(text)
    with _PARSE_LOCK:
        return _prepare(text)


def _prepare(text: str) -> Prepared:
    try:
        tree = parseQuery(text)
    except ParseException as err:
        if is_update(text):
            raise KgError("E202", "SPARQL Update is not allowed here: queries only (read-only)") from None
        raise _syntax_error(text, err) from None
    except RecursionError:
        raise KgError("E207", "the query nests too deep to parse", "flatten the query") from None
    nodes = list(_walk(tree))  # before translation, which rewrites FILTER EXISTS and the like away
    try:
        algebra = translateQuery(tree, initNs={p: str(ns) for p, ns in PREFIXES.items()})
    except RecursionError:
        raise KgError("E207", "the query nests too deep to translate", "flatten the query") from None
    except Exception as err:  # rdflib raises bare Exceptions for unknown prefixes and the like
        raise KgError("E203", f"invalid SPARQL query: {reason(err)}") from None
    form = _FORMS[tree[1].name]
    return Prepared(
        text=text,
        form=form,
        algebra=algebra,
        uses_service=names_service(text) or any(n.name == "ServiceGraphPattern" for n in nodes),
        has_dataset_clause=any(n.name == "DatasetClause" for n in nodes),
        select_star=form == "SELECT" and "projection" not in tree[1],
    )


_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.IGNORECASE)
_STAR = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", re.IGNORECASE)


def prepare_for_oxigraph(text: str) -> Prepared:
    """Read ``text`` for a store that parses it itself (Oxigraph): the same refusals as :func:`prepare` — size,
    depth, SERVICE anywhere (code-point escapes expanded), updates — without rdflib's parser, which costs
    6-120 ms a query. The form is the first query keyword outside strings, IRIs and comments; a syntax error is
    left to Oxigraph (E304, one line)."""
    if not text.strip():
        raise KgError("E201", "empty query")
    check_shape(text)
    code = _code(text)
    found = _FORM.search(code)
    if found is None:
        if is_update(text):
            raise KgError("E202", "SPARQL Update is not allowed here: queries only (read-only)")
        return prepare(text)  # no query form at all: rdflib's parser words the syntax error
    form = found.group(1).upper()
    return Prepared(text=text, form=form, algebra=None, uses_service=names_service(text),
                    select_star=form == "SELECT" and bool(_STAR.match(code, found.start())))


def parse_binding(spec: str) -> tuple[str, Node]:
    """``NAME=VALUE`` → (name, term). VALUE is ``<iri>``, ``prefix:local``, ``"text"@lang``,
    ``"5"^^xsd:integer``, a number, ``true``/``false``, or else taken as a plain string literal."""
    name, sep, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise KgError("E204", f"bad binding {spec!r}", "write NAME=VALUE, e.g. --bind 'name=\"Nguyễn Văn A\"@vi'")
    ns = {p: str(n) for p, n in PREFIXES.items()}
    prefix = value.split(":", 1)[0]
    n3_like = value.startswith(("<", '"', "_:")) or (":" in value and prefix in ns and " " not in value)
    if n3_like or re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false", value):
        try:
            from rdflib import Graph

            nsm = Graph(bind_namespaces="none").namespace_manager
            for p, iri in ns.items():
                nsm.bind(p, iri)
            term = from_n3(value, nsm=nsm)
        except Exception:  # from_n3 raises various types on bad input
            term = None
        if not isinstance(term, URIRef | BNode | Literal):
            raise KgError("E205", f"cannot read the value of binding {name!r}: {value!r}")
        return name, term
    return name, Literal(value)


def run(
    store: Store,
    text: str,
    bindings: Bindings | None = None,
    limit: int | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Parse and run ``text`` on ``store``; bindings are passed to the engine, not spliced into the text."""
    return execute(store, prepare(text), bindings, limit, allow_service)


def execute(
    store: Store,
    prepared: Prepared,
    bindings: Bindings | None = None,
    limit: int | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Run an already prepared query on ``store`` (at most ``limit`` rows or triples)."""
    if prepared.uses_service and not allow_service:
        raise KgError("E206", "SERVICE (federated query) is not allowed: this endpoint never calls out")
    result = store.execute(prepared, bindings, limit)
    if prepared.select_star and result.form == "SELECT":
        _order_columns(result, prepared.text)
    return result


def execute_native(
    store: OxigraphStore, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
) -> Solutions | Triples:
    """:func:`execute` on Oxigraph, the answer left in Oxigraph's terms (:mod:`kg.sparql.oxresults`)."""
    if prepared.uses_service:
        raise KgError("E206", "SERVICE (federated query) is not allowed: this endpoint never calls out")
    if prepared.form in ("CONSTRUCT", "DESCRIBE"):
        return store.triples(prepared, bindings, limit)
    result = store.solutions(prepared, bindings, limit)
    if prepared.select_star and result.form == "SELECT":
        _order_columns(result, prepared.text)
    return result


def _order_columns(result: QueryResult | Solutions, text: str) -> None:
    """``SELECT *`` columns in the order the variables first appear in the query (engines differ)."""

    def first(v: str) -> tuple[int, str]:
        m = re.search(r"[?$]" + re.escape(v) + r"(?![\w])", text)
        return (m.start() if m else len(text), v)

    order = sorted(range(len(result.variables)), key=lambda i: first(result.variables[i]))
    result.variables = [result.variables[i] for i in order]
    result.rows = [tuple(row[i] for i in order) for row in result.rows]
