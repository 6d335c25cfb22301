"""vnreport-kg: Vietnamese government reports to an RDF knowledge graph.

Stages (one module each, run in this order by :mod:`kg.pipeline`):
text → :mod:`kg.extract.normalise` → :mod:`kg.extract.segment` (paragraphs, sentences) → :mod:`kg.extract.mentions`
→ :mod:`kg.extract.link` (entities) → :mod:`kg.extract.facts` → :mod:`kg.rdf.emit` (RDF) → store / query / view.
"""

__version__ = "0.1.0"
