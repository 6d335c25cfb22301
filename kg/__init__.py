"""vnreport-kg: Vietnamese government reports to an RDF knowledge graph.

Stages (one module each, run in this order by :mod:`kg.pipeline`):
text → :mod:`kg.normalise` → :mod:`kg.segment` (paragraphs, sentences) → :mod:`kg.mentions`
→ :mod:`kg.link` (entities) → :mod:`kg.facts` → :mod:`kg.emit` (RDF) → store / query / view.
"""

__version__ = "0.1.0"
