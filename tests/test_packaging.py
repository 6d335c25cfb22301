"""The package layout of pyproject.toml: every folder under kg/ is shipped, and the runtime data is read from the
one copy at the top of the repository (ontology/, data/reports/), not from a copy that could drift."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kg import resources

ROOT = Path(__file__).resolve().parents[1]
SETUP = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def _folders(top: Path, package: str) -> set[str]:
    return {package + "".join("." + part for part in d.relative_to(top).parts)
            for d in [top, *top.rglob("*")] if d.is_dir() and "__pycache__" not in d.parts and any(d.iterdir())}


def test_every_folder_of_the_package_is_listed() -> None:
    expected = _folders(ROOT / "kg", "kg")
    for package, folder in SETUP["package-dir"].items():
        expected |= _folders(ROOT / folder, package)
    assert set(SETUP["packages"]) == expected, "update [tool.setuptools] packages in pyproject.toml"


def test_runtime_data_is_the_top_level_copy() -> None:
    assert Path(str(resources.ontology_file("vnr.ttl"))).resolve() == (ROOT / "ontology" / "vnr.ttl").resolve()
    assert Path(str(resources.queries_dir())).resolve() == (ROOT / "ontology" / "queries").resolve()
    assert Path(str(resources.report_file())).resolve() == (ROOT / "data/reports/thanh-hoa-qpan-2020.txt").resolve()
    assert not (ROOT / "kg" / "ontology").exists() and not (ROOT / "kg" / "reports").exists()


def test_every_data_file_is_declared() -> None:
    data = SETUP["package-data"]
    for package, folder in {"kg.ontology": "ontology", "kg.reports": "data/reports"}.items():
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc"):
                sub = path.parent.relative_to(ROOT / folder).parts
                pkg = ".".join([package, *sub])
                assert any(path.match(pattern) for pattern in data.get(pkg, [])), f"{path} not in package-data"
