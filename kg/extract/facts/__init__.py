"""Stage 5 — facts: relations between entities and values, each with the sentence(s) that state it.

A :class:`Fact` either describes an existing entity (``subject`` is an entity id, ``cls`` empty) or is an
n-ary node of its own (post holding, speech, task, award conferral, result). Properties are CURIEs of the
ontology or a standard vocabulary; values are :class:`Ref` (an entity) or :class:`Lit` (a typed literal).

One module per kind of fact — :mod:`.holdings` (posts; :mod:`.post_forms` joins the forms of one post),
:mod:`.events` (dates, organisers, location), :mod:`.speeches` (and tasks), :mod:`.results` (models, movements,
results and who achieved them); award conferrals are :mod:`kg.extract.conferrals` — over the shared
:mod:`.context` and the :mod:`.model`; :mod:`.driver` runs them in order.
"""

from __future__ import annotations

# :mod:`kg.extract.conferrals` builds on the context and the post helpers (it reads them as ``facts._Ctx`` …)
from kg.extract.facts.context import _Ctx as _Ctx
from kg.extract.facts.driver import extract
from kg.extract.facts.holdings import _post_phrases as _post_phrases
from kg.extract.facts.model import Fact, Lit, Ref, en, integer, vi, year
from kg.extract.facts.post_nodes import _post_entity as _post_entity
from kg.extract.facts.post_nodes import _title_entry as _title_entry
from kg.extract.facts.post_nodes import _title_key as _title_key
from kg.extract.facts.speeches import _event_ref as _event_ref

__all__ = ["Fact", "Lit", "Ref", "en", "extract", "integer", "vi", "year"]
