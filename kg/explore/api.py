"""The explorer's JSON API: search, a node's view, capped expansion, an official's timeline, provenance, export.

Each method answers one endpoint with plain dicts; :mod:`kg.explore.routes` turns them into HTTP. All queries
are the constant templates below with the node bound by substitution.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pyoxigraph as ox

from kg.explore.index import GROUP_ORDER, Index, local_name
from kg.explore.source import Source, lang, text
from kg.rdf.namespace import curie
from kg.view.vocabulary import load_vocabulary

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# Edges the graph view does not draw: types, provenance and the NIF text layer (shown in the provenance panel).
HIDDEN_EDGES = frozenset({
    RDF_TYPE,
    "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://www.w3.org/2005/11/its/rdf#taIdentRef",
    *(f"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#{n}"
      for n in ("referenceContext", "sentence", "superString", "nextSentence", "previousSentence", "broaderContext")),
})
LABEL_LITERALS = frozenset({
    "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://schema.org/name", "http://www.w3.org/2004/02/skos/core#altLabel",
})
LONG_LITERAL = 400
MAX_EXPAND = 100

LITERALS = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) } LIMIT 200"
TYPES = "SELECT DISTINCT ?s ?c WHERE { ?s a ?c }"
OUT_COUNTS = "SELECT ?s ?p (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?o)) } GROUP BY ?s ?p"
IN_COUNTS = "SELECT ?s ?p (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ?p ?s FILTER(isIRI(?x)) } GROUP BY ?s ?p"
OUT_OF = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) } LIMIT 2000"
IN_OF = "SELECT DISTINCT ?s ?p ?x WHERE { ?x ?p ?s FILTER(isIRI(?x)) } LIMIT 2000"
MENTIONS = """SELECT ?s ?sent ?stext ?sb ?mb ?me WHERE {
  ?m itsrdf:taIdentRef ?s ; nif:beginIndex ?mb ; nif:endIndex ?me ; nif:sentence ?sent .
  ?sent nif:anchorOf ?stext ; nif:beginIndex ?sb .
} LIMIT 500"""
DERIVED = """SELECT ?s ?sent ?stext ?sb WHERE {
  ?s prov:wasDerivedFrom ?sent . ?sent nif:anchorOf ?stext ; nif:beginIndex ?sb .
} LIMIT 500"""
IN_SENTENCE = """SELECT ?sent ?t ?mb ?me WHERE {
  ?m nif:sentence ?sent ; itsrdf:taIdentRef ?t ; nif:beginIndex ?mb ; nif:endIndex ?me .
}"""
OBJECTS = "SELECT DISTINCT ?s ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) } LIMIT 2000"
POSTS = """SELECT DISTINCT ?s ?post ?holding ?r ?date WHERE {
  { ?holding org:member ?s ; vnr:post ?post . OPTIONAL { ?holding vnr:inReport ?r }
    OPTIONAL { ?holding vnr:attestedOn ?date } }
  UNION { ?s org:holds ?post . FILTER NOT EXISTS { ?h org:member ?s ; vnr:post ?post } }
}"""
AWARDS = """SELECT DISTINCT ?s ?a ?role ?r ?event WHERE {
  { ?a vnr:conferredBy ?s . BIND("given" AS ?role) } UNION { ?a vnr:recipient ?s . BIND("received" AS ?role) }
  OPTIONAL { ?a vnr:inReport ?r } OPTIONAL { ?a vnr:atEvent ?event }
}"""
MEETINGS = """SELECT DISTINCT ?s ?event ?role ?r ?date WHERE {
  { ?x vnr:speaker ?s ; vnr:atEvent ?event . BIND("spoke" AS ?role) }
  UNION { ?x vnr:conferredBy ?s ; vnr:atEvent ?event . BIND("conferred" AS ?role) }
  OPTIONAL { ?x vnr:inReport ?r } OPTIONAL { ?event schema:startDate ?date }
}"""
DESCRIBE = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


class Explorer:
    """The API over one source and its index."""

    def __init__(self, source: Source, index: Index | None = None, lang_: str = "vi") -> None:
        self.source = source
        self.index = index or Index(source)
        self.lang = lang_
        self.vocab = load_vocabulary()

    # ------------------------------------------------------------------ helpers

    def term_label(self, iri: str, lang_: str) -> str:
        """The label of an ontology term (class or property) in ``lang_``."""
        return self.vocab.label(iri, lang_)

    def node_record(self, iri: str, lang_: str) -> dict[str, Any]:
        """The public record of any IRI (labelled or not)."""
        e = self.index.get(iri)
        if e is not None:
            return e.public(lang_)
        return {"iri": iri, "label": local_name(iri), "label_vi": "", "label_en": "", "cls": "", "group": "Other",
                "articles": 0, "hint": "", "provinces": []}

    def _rank(self, iri: str) -> tuple[int, int, str]:
        e = self.index.get(iri)
        if e is None:
            return (len(GROUP_ORDER), 0, iri)
        return (GROUP_ORDER.index(e.group) if e.group in GROUP_ORDER else len(GROUP_ORDER), -e.articles, e.label)

    def _report(self, r: Any, lang_: str) -> dict[str, str] | None:
        if r is None:
            return None
        e = self.index.get(text(r))
        return {"iri": text(r), "title": e.label if e else local_name(text(r)), "date": e.date if e else "",
                "id": local_name(text(r))}

    # ------------------------------------------------------------------ endpoints

    def search(self, q: str, groups: list[str], province: str, limit: int, lang_: str,
               concepts: bool = False) -> dict[str, Any]:
        """Search results as records."""
        found = self.index.search(q, groups=set(groups) or None, province=province, limit=limit, concepts=concepts)
        return {"query": q, "results": [e.public(lang_) for e in found]}

    def node(self, iri: str, lang_: str) -> dict[str, Any]:
        """A node's labels, classes, literals and neighbour counts per predicate, out and in."""
        rec = self.node_record(iri, lang_)
        entry = self.index.get(iri)
        rec["names"] = entry.names if entry else []
        rec["classes"] = [{"iri": text(r["c"]), "label": self.term_label(text(r["c"]), lang_)}
                          for r in self.source.select(TYPES, s=iri)]
        literals = []
        for row in self.source.select(LITERALS, s=iri):
            p, o = text(row["p"]), row["o"]
            if p in LABEL_LITERALS:
                continue
            value = text(o)
            literals.append({"pred": p, "label": self.term_label(p, lang_), "value": value[:LONG_LITERAL],
                             "cut": len(value) > LONG_LITERAL, "lang": lang(o)})
        rec["literals"] = sorted(literals, key=lambda x: (x["label"], x["value"]))
        rec["out"] = self._counts(OUT_COUNTS, iri, lang_)
        rec["in"] = self._counts(IN_COUNTS, iri, lang_)
        return rec

    def _counts(self, template: str, iri: str, lang_: str) -> list[dict[str, Any]]:
        out = [{"pred": text(r["p"]), "curie": curie(text(r["p"])), "label": self.term_label(text(r["p"]), lang_),
                "count": int(text(r["n"]))}
               for r in self.source.select(template, s=iri) if text(r["p"]) not in HIDDEN_EDGES]
        return sorted(out, key=lambda x: (-x["count"], x["curie"]))

    def expand(self, iri: str, pred: str, direction: str, limit: int, lang_: str) -> dict[str, Any]:
        """Neighbours along one predicate (or every one with ``pred='*'``), the most prominent first, capped."""
        limit = max(1, min(limit, MAX_EXPAND))
        wanted = []
        for d in (("out", "in") if direction == "all" else (direction,)):
            counts = self._counts(OUT_COUNTS if d == "out" else IN_COUNTS, iri, lang_)
            wanted += [(d, c["pred"], c["count"]) for c in counts if pred in ("*", c["pred"])]
        nodes: dict[str, dict[str, Any]] = {}
        edges, more = [], []
        for d, p, total in wanted:
            template, var = (OUT_OF, "o") if d == "out" else (IN_OF, "x")
            found = sorted((text(r[var]) for r in self.source.select(template, s=iri, p=p)), key=self._rank)
            shown = found[:limit]
            for other in shown:
                nodes.setdefault(other, self.node_record(other, lang_))
                src, dst = (iri, other) if d == "out" else (other, iri)
                edges.append({"from": src, "to": dst, "pred": p, "label": self.term_label(p, lang_)})
            if total > len(shown):
                more.append({"pred": p, "dir": d, "label": self.term_label(p, lang_), "total": total,
                             "shown": len(shown), "more": total - len(shown)})
        return {"iri": iri, "nodes": list(nodes.values()), "edges": edges, "more": more}

    def timeline(self, iri: str, lang_: str) -> dict[str, Any]:
        """An official's posts (with the article stating each), awards given and received, meetings."""
        posts = []
        for r in self.source.select(POSTS, s=iri):
            posts.append({"post": self.node_record(text(r["post"]), lang_), "date": text(r["date"]),
                          "holding": text(r["holding"]), "article": self._report(r["r"], lang_)})
        awards = []
        for r in self.source.select(AWARDS, s=iri):
            awards.append({"award": self.node_record(text(r["a"]), lang_), "role": text(r["role"]),
                           "event": self.node_record(text(r["event"]), lang_) if r["event"] else None,
                           "article": self._report(r["r"], lang_)})
        meetings = []
        for r in self.source.select(MEETINGS, s=iri):
            meetings.append({"event": self.node_record(text(r["event"]), lang_), "role": text(r["role"]),
                             "date": text(r["date"]), "article": self._report(r["r"], lang_)})

        def when(item: dict[str, Any]) -> tuple[str, str, str]:
            art = item.get("article") or {}
            return (item.get("date") or art.get("date") or "9999", art.get("id", ""), str(item))

        return {"iri": iri, "node": self.node_record(iri, lang_), "posts": sorted(posts, key=when),
                "awards": sorted(awards, key=when), "meetings": sorted(meetings, key=when)}

    def provenance(self, iri: str, limit: int = 20) -> dict[str, Any]:
        """Source sentences of a node (its mentions, then the sentences it is derived from), spans highlighted.

        A fact (a post holding, an award) has no mention of its own: its derived-from sentences highlight the
        mentions of the entities it links to.
        """
        sentences: dict[str, dict[str, Any]] = {}
        for r in self.source.select(MENTIONS, s=iri):
            item = self._sentence(sentences, r)
            base = int(text(r["sb"]))
            item["spans"].add((int(text(r["mb"])) - base, int(text(r["me"])) - base))
        derived = [r for r in self.source.select(DERIVED, s=iri) if text(r["sent"]) not in sentences]
        if derived:
            linked = {iri} | {text(r["o"]) for r in self.source.select(OBJECTS, s=iri)}
            for r in sorted(derived, key=lambda r: _sentence_key(text(r["sent"])))[:limit]:
                item = self._sentence(sentences, r)
                base = int(text(r["sb"]))
                for m in self.source.select(IN_SENTENCE, sent=text(r["sent"])):
                    if text(m["t"]) in linked:
                        item["spans"].add((int(text(m["mb"])) - base, int(text(m["me"])) - base))
        items = []
        for sent in sorted(sentences, key=_sentence_key)[:limit]:
            item = sentences[sent]
            report = self._report(ox.NamedNode(item["report"]), self.lang) or {}
            items.append({**item, "spans": _merge(item["spans"], len(item["text"])), "article": report})
        return {"iri": iri, "total": len(sentences), "items": items}

    @staticmethod
    def _sentence(sentences: dict[str, dict[str, Any]], row: dict[str, Any]) -> dict[str, Any]:
        sent = text(row["sent"])
        return sentences.setdefault(sent, {"sentence": sent, "text": text(row["stext"]), "spans": set(),
                                           "report": sent.split("#")[0]})

    def view(self, iris: list[str], lang_: str) -> dict[str, Any]:
        """Records of the given nodes and the drawn edges among them (to restore a view from its URL)."""
        keep = set(iris)
        edges = [{"from": str(getattr(t.subject, "value", t.subject)), "to": t.object.value, "pred": t.predicate.value,
                  "label": self.term_label(t.predicate.value, lang_)}
                 for t in self._view_triples(keep) if isinstance(t.object, ox.NamedNode)
                 and t.predicate.value != RDF_TYPE]
        return {"nodes": [self.node_record(i, lang_) for i in iris], "edges": edges}

    def export(self, iris: list[str], fmt: str, lang_: str) -> tuple[bytes, str]:
        """The current view as Turtle (every triple of the nodes among themselves, plus their literals) or CSV."""
        keep = set(iris)
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(["subject", "subject_label", "predicate", "object", "object_label"])
            for s, p, o in self._view_triples(keep):
                w.writerow([s.value, self.node_record(s.value, lang_)["label"], curie(p.value), o.value,
                            self.node_record(o.value, lang_)["label"] if isinstance(o, ox.NamedNode) else ""])
            return buf.getvalue().encode("utf-8"), "text/csv; charset=utf-8"
        return rdf_bytes(self._view_triples(keep), "ttl"), "text/turtle; charset=utf-8"

    def _view_triples(self, keep: set[str]) -> list[ox.Triple]:
        out = []
        for iri in sorted(keep):
            for r in self.source.select(DESCRIBE, s=iri):
                p, o = r["p"], r["o"]
                if p.value in HIDDEN_EDGES - {RDF_TYPE}:
                    continue
                if isinstance(o, ox.Literal) or o.value in keep or p.value == RDF_TYPE:
                    out.append(ox.Triple(r["s"], p, o))
        return sorted(set(out), key=str)


def rdf_bytes(triples: list[ox.Triple], fmt: str) -> bytes:
    """Triples as sorted N-Triples, or as Turtle / JSON-LD through the project's deterministic serialiser."""
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    lines = sorted({ln for ln in nt.decode("utf-8").splitlines() if ln.strip()})
    data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if fmt == "nt":
        return data
    from kg.rdf.graphio import serialise
    from kg.rdf.namespace import new_graph

    g = new_graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return serialise(g, "turtle" if fmt == "ttl" else "json-ld")


def _sentence_key(iri: str) -> tuple[str, int]:
    report, _, frag = iri.partition("#char=")
    start = frag.split(",")[0]
    return (report, int(start) if start.isdigit() else 0)


def _merge(spans: set[tuple[int, int]], length: int) -> list[list[int]]:
    """Sorted, non-overlapping spans clipped to the sentence."""
    out: list[list[int]] = []
    for b, e in sorted(spans):
        b, e = max(0, b), min(length, e)
        if e <= b:
            continue
        if out and b <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([b, e])
    return out
