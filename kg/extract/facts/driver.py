"""The facts stage: every recogniser over the document, in order."""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.facts.context import _Ctx
from kg.extract.facts.events import _events
from kg.extract.facts.holdings import _holdings
from kg.extract.facts.model import Fact
from kg.extract.facts.post_forms import _fold_post_forms
from kg.extract.facts.post_nodes import _date_holdings, names_a_country
from kg.extract.facts.results import _models, _movements, _results
from kg.extract.facts.speeches import _speeches, _tasks
from kg.extract.link import Links


def extract(doc: Document, links: Links) -> list[Fact]:
    """All facts of the document (pure with respect to ``doc``; adds implied bodies/posts to ``links``)."""
    ctx = _Ctx(doc, links)
    # only a sentence with a country's name after a title can give a foreign post (``post_nodes.foreign_post``)
    abroad = [s for s in doc.sentences if (titles := ctx.of(s.index, "title"))
              and names_a_country(doc.text, min(t.end for t in titles), s.end)]
    if abroad:  # a first pass over the sentences naming a foreign country finds the persons holding a foreign post
        ctx.probe = set()  # ("Thủ tướng Trung Quốc A"): a bare title of theirs ("Thủ tướng A") is no office of Viet Nam
        for sent in abroad:
            _holdings(ctx, sent)
        ctx.foreign, ctx.probe = ctx.probe, None
    for sent in doc.sentences:
        _holdings(ctx, sent)
    _events(ctx)
    _date_holdings(ctx)
    speech_of = _speeches(ctx)
    task_sents = _tasks(ctx, speech_of)
    _fold_post_forms(ctx)
    from kg.extract import conferrals  # it builds on this package's context and helpers
    from kg.extract.conferral_committee import committee_givers
    from kg.extract.conferral_grade_committee import grade_committee_givers
    from kg.extract.conferral_launch import launched_prizes

    award_sents = conferrals.awards(ctx)
    award_sents |= launched_prizes(ctx)
    conferrals.merge(ctx)
    committee_givers(ctx)
    grade_committee_givers(ctx)
    _models(ctx)
    _movements(ctx)
    _results(ctx, task_sents | award_sents)
    return ctx.facts
