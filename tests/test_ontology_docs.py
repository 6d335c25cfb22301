"""The committed ontology reference (``docs/ontology/index.html``, ``make docs``) is current with ``vnr.ttl``."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, Graph

from kg.rdf.namespace import ONTOLOGY_IRI, VNR

ROOT = Path(__file__).resolve().parents[1]
HTML = (ROOT / "docs" / "ontology" / "index.html").read_text("utf-8")
ONT = Graph().parse(ROOT / "ontology" / "vnr.ttl")


def test_reference_documents_every_term_of_the_ontology() -> None:
    missing = [name for name in VNR.__annotations__ if f"<code>{VNR._NS}{name}</code>" not in HTML]
    assert not missing, f"run `make docs`: {missing} are not in docs/ontology/index.html"


def test_reference_states_the_ontology_version() -> None:
    version = ONT.value(ONTOLOGY_IRI, OWL.versionInfo)
    assert version is not None and f">{version}<" in HTML, "run `make docs`"


def test_readme_links_the_reference() -> None:
    assert "docs/ontology/index.html" in (ROOT / "README.md").read_text("utf-8")


def test_ontology_header_carries_what_users_of_an_ontology_expect() -> None:
    from importlib.metadata import version

    from rdflib import URIRef
    from rdflib.namespace import DCTERMS, Namespace

    vann = Namespace("http://purl.org/vocab/vann/")
    head = dict(ONT.predicate_objects(ONTOLOGY_IRI))
    assert str(head[OWL.versionInfo]) == version("vnreport-kg")
    assert head[OWL.versionIRI] == URIRef(f"{ONTOLOGY_IRI}/{head[OWL.versionInfo]}")
    assert head[DCTERMS.license] == URIRef("https://spdx.org/licenses/MIT")
    assert DCTERMS.creator in head and str(head[DCTERMS.created]) <= str(head[DCTERMS.modified])
    assert str(head[vann.preferredNamespacePrefix]) == "vnr" and str(head[vann.preferredNamespaceUri]) == str(VNR._NS)
