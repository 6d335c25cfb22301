"""A remote SPARQL 1.1 endpoint as a :class:`kg.sparql.store.Store` (``kg query --endpoint URL``)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KgError, reason
from kg.rdf.namespace import sparql_prolog
from kg.sparql.auth import authorise
from kg.sparql.store import Bindings, Prepared, QueryResult, _take
from kg.sparql.stream import capped_graph


def _values_clause(bindings: Bindings) -> str:
    """Bindings as a trailing ``VALUES`` block, terms written by rdflib's N-Triples encoder (escaped)."""
    names = sorted(bindings)
    try:
        terms = " ".join(bindings[n].n3() for n in names)
    except Exception as err:  # rdflib refuses to write an IRI with characters that would end it
        raise KgError("E314", f"cannot send the binding: {reason(err, 160)}") from None
    return "\nVALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + terms + ") }\n"


def _term_from_json(cell: Mapping[str, str]) -> Node:
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang, dt = cell.get("xml:lang"), cell.get("datatype")
    if lang:
        return Literal(value, lang=lang)
    if dt and dt != str(XSD.string):
        return Literal(value, datatype=URIRef(dt))
    return Literal(value)  # "literal" and Virtuoso's old "typed-literal" without datatype


class EndpointStore:
    """A remote SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB, ``kg serve``…) queried over HTTP.

    Queries are sent as GET (or POST form-encoded when long) — never ``application/sparql-query``, which
    Virtuoso 7 leaves unanswered. The ontology's prefixes are sent as a prolog; bindings as ``VALUES``.
    """

    name = "endpoint"

    def __init__(
        self, url: str, timeout: float = 60.0, user: str | None = None, password: str | None = None
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise KgError("E310", f"not an HTTP endpoint URL: {url}", "e.g. http://127.0.0.1:8890/sparql")
        self.url = url
        self.timeout = timeout
        self.user, self.password = user, password

    def __len__(self) -> int:
        return 0

    def _request(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": query})
        if len(body) < 1800:
            sep = "&" if "?" in self.url else "?"
            req = urllib.request.Request(self.url + sep + body, headers={"Accept": accept})
        else:
            req = urllib.request.Request(
                self.url,
                data=body.encode("ascii"),
                headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
            )
        if self.user is not None:
            authorise(req, self.user, self.password or "", timeout=self.timeout)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:300].decode("utf-8", "replace").strip().splitlines()
            why = detail[0] if detail else err.reason
            hint = "give --user and --password" if err.code == 401 else ""
            raise KgError("E311", f"the endpoint answered {err.code}: {why}", hint) from None
        except (TimeoutError, urllib.error.URLError, ConnectionError) as err:
            why = str(getattr(err, "reason", None) or err)
            raise KgError("E312", f"cannot reach {self.url}: {why}", "is the endpoint running?") from None

    def execute(
        self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
    ) -> QueryResult:
        """Send the query with the project prolog; parse SPARQL JSON results or Turtle."""
        text = sparql_prolog() + prepared.text + (_values_clause(bindings) if bindings else "")
        if prepared.form in ("CONSTRUCT", "DESCRIBE"):
            data = self._request(text, "text/turtle, application/n-triples;q=0.9")
            parsed = Graph()
            try:
                parsed.parse(data=data.decode("utf-8"), format="turtle")
            except Exception as err:  # rdflib parser errors have many types
                raise KgError("E313", f"cannot parse the endpoint's graph: {reason(err)}") from None
            graph, truncated = capped_graph(iter(parsed), limit)
            return QueryResult(prepared.form, graph=graph, truncated=truncated)
        data = self._request(text, "application/sparql-results+json")
        try:
            doc = json.loads(data.decode("utf-8"))
        except ValueError:
            raise KgError("E313", "the endpoint did not answer SPARQL JSON results") from None
        if prepared.form == "ASK":
            return QueryResult("ASK", boolean=bool(doc.get("boolean")))
        variables = list(doc.get("head", {}).get("vars", []))
        cells: Iterator[tuple[Node | None, ...]] = (
            tuple(_term_from_json(b[v]) if v in b else None for v in variables)
            for b in doc.get("results", {}).get("bindings", [])
        )
        rows, truncated = _take(cells, limit)
        return QueryResult("SELECT", variables=variables, rows=rows, truncated=truncated)
