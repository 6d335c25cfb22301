"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL), with RDFS over the ontology."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.rdf.namespace import bind_prefixes
from kg.resources import ontology_file


@dataclass
class Report:
    conforms: bool
    violations: list[str]
    warnings: list[str]


def _flat(graph: Graph | Dataset) -> Graph:
    flat = bind_prefixes(Graph(bind_namespaces="none"))
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            flat.add((s, p, o))
    else:
        for t in graph:
            flat.add(t)
    return flat


def shapes() -> Graph:
    return Graph().parse(data=ontology_file("shapes.ttl").read_text("utf-8"), format="turtle")


def ontology() -> Graph:
    return Graph().parse(data=ontology_file("vnr.ttl").read_text("utf-8"), format="turtle")


def validate(graph: Graph | Dataset) -> Report:
    """Run the shapes over the union of ``graph``'s named graphs; violations and warnings as lines."""
    from pyshacl import validate as shacl  # imported lazily: slow to import

    data = _flat(graph)
    _conforms, results, _text = shacl(data, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
                                      advanced=False, allow_warnings=True)
    violations: list[str] = []
    warnings: list[str] = []
    for r in sorted(results.subjects(SH.resultSeverity, None), key=str):
        sev = results.value(r, SH.resultSeverity)
        focus = results.value(r, SH.focusNode)
        msg = results.value(r, SH.resultMessage)
        path = results.value(r, SH.resultPath)
        line = f"{focus}: {msg or ''}{f' [{path}]' if path is not None and not msg else ''}"
        (violations if sev == SH.Violation else warnings).append(line)
    return Report(not violations, sorted(violations), sorted(warnings))
