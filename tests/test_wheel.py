"""The wheel, not the working tree: build it, install it into a fresh venv and run the README's commands from a
directory outside the repository (so nothing can be found by walking up from the sources).

Needs the package registry (the build backend and the dependencies are installed like a user would); 55 s on a
loaded 2-core machine with a warm pip cache (`pytest tests/test_wheel.py --durations=3`).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.wheel


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    return env


def _run(cmd: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    res = subprocess.run(cmd, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout)
    assert res.returncode == 0, f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stdout}\n{res.stderr}"
    return res


@pytest.fixture(scope="module")
def kg_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``kg`` script of a fresh venv into which only the built wheel (and its dependencies) was installed."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    # A clean copy of the source: setuptools' build/ folder in a working tree keeps files since renamed.
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "out", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache"))
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(source)], cwd=base)
    wheels = sorted(dist.glob("vnreport_kg-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    _run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
          str(wheels[0])], cwd=base)
    return env_dir / "bin" / "kg"


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("outside")
    assert ROOT not in work.parents
    return work


def test_the_wheel_carries_the_runtime_data(kg_bin: Path) -> None:
    python = kg_bin.parent / "python"
    code = ("import kg, kg.resources as r; print(kg.__file__); print(r.ontology_file('vnr.ttl')); "
            "print(len([c for c in r.queries_dir().iterdir() if c.name.endswith('.rq')]))")
    out = _run([str(python), "-c", code], cwd=kg_bin.parent).stdout.splitlines()
    assert "site-packages" in out[0] and "site-packages" in out[1] and ROOT.as_posix() not in "".join(out)
    assert int(out[2]) == len(list((ROOT / "ontology" / "queries").glob("cq*.rq")))


def test_build_validate_query_viz_from_the_wheel(kg_bin: Path, outside: Path) -> None:
    build = _run([str(kg_bin), "build", "-o", "report.trig"], cwd=outside)
    assert "0 violations" in build.stdout + build.stderr and (outside / "report.trig").stat().st_size > 10_000
    assert "0 violations" in _run([str(kg_bin), "validate", "report.trig"], cwd=outside).stdout
    table = _run([str(kg_bin), "query", "--cq", "4"], cwd=outside).stdout
    report = (ROOT / "data" / "reports" / "thanh-hoa-qpan-2020.txt").read_text("utf-8")
    assert "Lê Anh Xuân" in table and "Lê Anh Xuân" in report
    _run([str(kg_bin), "viz", "--data", "report.trig", "-o", "graph.html"], cwd=outside)
    assert "Lê Anh Xuân" in (outside / "graph.html").read_text("utf-8")


def test_serve_from_the_wheel(kg_bin: Path, outside: Path) -> None:
    proc = subprocess.Popen([str(kg_bin), "serve", "--port", "0", "--quiet"], cwd=outside, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30)  # the server prints its address once it listens
        line = proc.stdout.readline() if ready else ""
        m = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert m, line
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/vnreport-kg/ontology#AwardConferral> }"
        url = m.group(1) + "?" + urllib.parse.urlencode({"query": query})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    body = json.load(resp)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert int(body["results"]["bindings"][0]["n"]["value"]) >= 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_other_readme_commands_from_the_wheel(kg_bin: Path, outside: Path) -> None:
    """eval (the packaged gold file), stats, load + query --store, build --corpus: the rest of the README but push."""
    assert "awards" in _run([str(kg_bin), "eval"], cwd=outside).stdout
    assert _run([str(kg_bin), "stats"], cwd=outside).stdout.strip()
    if not (outside / "report.trig").exists():
        _run([str(kg_bin), "build", "-o", "report.trig"], cwd=outside)
    _run([str(kg_bin), "load", "report.trig", "--store", "store"], cwd=outside)
    assert "Lê Anh Xuân" in _run([str(kg_bin), "query", "--cq", "4", "--store", "store"], cwd=outside).stdout
    (outside / "sample.jsonl").write_bytes((ROOT / "tests" / "data" / "corpus-sample.jsonl").read_bytes())
    res = subprocess.run([str(kg_bin), "build", "--corpus", "sample.jsonl", "-o", "corpus.nq", "-j", "1", "-q"],
                         cwd=outside, env=_env(), capture_output=True, text=True, timeout=300)
    assert res.returncode == 3, res.stderr  # 3: the sample's malformed lines are skipped, each reported
    assert (outside / "corpus.nq").stat().st_size > 10_000
