"""The layout keeps the data flow visible: the extraction stages (text → facts) never touch RDF."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[1] / "kg" / "extract"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_nothing_under_kg_extract_imports_rdflib_or_the_rdf_stages() -> None:
    offenders = {
        p.relative_to(EXTRACT).as_posix(): sorted(
            m for m in _imports(p) if m.split(".")[0] in ("rdflib", "pyoxigraph") or m.startswith("kg.rdf"))
        for p in sorted(EXTRACT.rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_extraction_stages_loads_no_rdf_library() -> None:
    code = (
        "import sys\n"
        "from kg.extract import document, facts, link, mentions, normalise, segment\n"
        "doc = document.Document(normalise.normalise_text('Hội nghị\\n\\nĐồng chí Nguyễn Văn A, Bí thư Tỉnh ủy phát"
        " biểu.'), 'x')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'pyoxigraph')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
