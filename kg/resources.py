"""Runtime data shipped inside the package, found through :mod:`importlib.resources`.

The files stay where people read and edit them: ``ontology/`` (ontology, shapes, vocabularies, competency
questions) and ``data/reports/`` (the reference report and its gold facts) at the top of the repository.
``pyproject.toml`` maps those two folders to the packages ``kg.ontology`` and ``kg.reports``
(``[tool.setuptools.package-dir]``), so an editable install reads them in place and a wheel carries them: one copy,
nothing to keep in step. The lexicon (``kg/lexicon``), the query page (``kg/web``) and the viewer assets
(``kg/view/assets``) live inside ``kg`` itself.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

ONTOLOGY_PACKAGE = "kg.ontology"
REPORTS_PACKAGE = "kg.reports"
REFERENCE_REPORT = "thanh-hoa-qpan-2020"
_KEEP = ExitStack()  # keeps the files :func:`as_path` extracted (only from a zipped install) until exit


def ontology_file(name: str) -> Traversable:
    """A file of ``ontology/``: ``vnr.ttl``, ``shapes.ttl``, ``vocabularies.ttl``."""
    return resources.files(ONTOLOGY_PACKAGE).joinpath(name)


def ontology_files() -> list[Traversable]:
    """Every Turtle file of ``ontology/``, by name."""
    return sorted((f for f in resources.files(ONTOLOGY_PACKAGE).iterdir() if f.name.endswith(".ttl")),
                  key=lambda f: f.name)


def queries_dir() -> Traversable:
    """``ontology/queries``: the competency questions ``cqNN-*.rq``."""
    return resources.files(ONTOLOGY_PACKAGE).joinpath("queries")


def report_file(name: str = REFERENCE_REPORT + ".txt") -> Traversable:
    """A file of ``data/reports/``: by default the reference report."""
    return resources.files(REPORTS_PACKAGE).joinpath(name)


def gold_file() -> Traversable:
    """The gold facts of the reference report (``data/reports/thanh-hoa-qpan-2020.gold.json``)."""
    return report_file(REFERENCE_REPORT + ".gold.json")


def lexicon_file(name: str) -> Traversable:
    """A table of ``kg/lexicon``: ``lexicon_file("posts")`` is ``posts.tsv``."""
    return resources.files("kg").joinpath("lexicon", f"{name}.tsv")


def as_path(item: Traversable) -> Path:
    """A file-system path for ``item`` (itself in a normal install; an extracted copy from a zipped one)."""
    if isinstance(item, Path):
        return item
    return _KEEP.enter_context(resources.as_file(item))
