"""The reference report end to end: the extraction against its hand-made gold file, per fact type."""

import json

import pytest

from kg.evaluate import evaluate
from kg.pipeline import default_dataset
from kg.resources import gold_file

GOLD = json.loads(gold_file().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    return {s.fact_type: s for s in evaluate(default_dataset(), GOLD)}


@pytest.mark.parametrize("fact_type", ["officials", "official-posts", "meeting", "speakers", "awards", "models",
                                       "movements", "tasks-planned", "upcoming-events", "results-reviewed",
                                       "city-bodies"])
def test_report_fact_type_is_complete_and_precise(scores, fact_type):
    s = scores[fact_type]
    assert s.gold > 0
    assert s.recall >= 0.9, f"{fact_type}: recall {s.recall:.2f} ({s.tp}/{s.gold})"
    assert s.precision >= 0.8, f"{fact_type}: precision {s.precision:.2f} ({s.tp}/{s.extracted})"


def test_report_award_counts_are_integers_and_sum_to_thirty():
    from kg.evaluate import cq

    rows = cq(default_dataset(), 5)
    assert rows == [{"collectives": "10", "individuals": "20", "total": "30", "conferrals": "2"}]


def test_report_every_fact_links_to_a_sentence_with_offsets_into_the_text():
    ds = default_dataset()
    q = """
    SELECT ?fact ?b ?e ?anchor ?text WHERE {
      ?fact a ?cls ; prov:wasDerivedFrom ?s .
      VALUES ?cls { vnr:PostHolding vnr:Task vnr:AwardConferral vnr:Result vnr:Speech vnr:Official vnr:Post }
      ?s a nif:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?r .
      ?r nif:isString ?text .
    }"""
    from kg.rdf.namespace import sparql_prolog

    rows = list(ds.query(sparql_prolog() + q))
    assert len(rows) >= 25
    for _fact, b, e, anchor, text in rows:
        assert str(text)[int(b) : int(e)] == str(anchor)
    facts = {r[0] for r in rows}
    unlinked = [f for f in ds.query(sparql_prolog() + """
        SELECT ?f WHERE { ?f a ?c . VALUES ?c { vnr:Task vnr:AwardConferral vnr:Result vnr:PostHolding }
                          FILTER NOT EXISTS { ?f prov:wasDerivedFrom ?s } }""")]
    assert unlinked == [] and facts


def test_report_dates_are_typed_and_the_inferred_year_is_marked():
    from rdflib import XSD

    from kg.rdf.namespace import SCHEMA, VNR

    ds = default_dataset()
    dates = list(ds.objects(None, SCHEMA.startDate))
    assert [(str(d), d.datatype) for d in dates] == [("2020-12-11", XSD.date)]
    meeting = next(ds.subjects(SCHEMA.startDate, None))
    assert ds.value(meeting, VNR.dateInferred).toPython() is True
