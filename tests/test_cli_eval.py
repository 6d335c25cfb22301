"""kg eval: the bundled gold file scores only the bundled report's graph; another graph needs its own --gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.resources import as_path, gold_file

DEFAULT_GOLD = as_path(gold_file())

pytest_plugins = ["sparql_fixtures"]

SECOND = Path(__file__).parent / "data" / "ha-tinh-ktxh-2018.txt"


@pytest.fixture(scope="module")
def other_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.pipeline import build_files
    from kg.rdf.graphio import write

    ds, _, _ = build_files([SECOND])
    return write(ds, tmp_path_factory.mktemp("other") / "other.trig")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["eval", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_bundled_graph_against_its_gold_says_which_gold(capsys, report_trig: Path) -> None:
    code, out, err = run(capsys, "--data", str(report_trig))
    assert code == 0
    assert err == f"kg eval: report thanh-hoa-qpan-2020, gold {DEFAULT_GOLD}\n"
    assert out.splitlines()[0].split()[:2] == ["fact", "type"] and "officials" in out


def test_another_graph_needs_its_own_gold(capsys, other_graph: Path) -> None:
    code, out, err = run(capsys, "--data", str(other_graph))
    assert code == 2 and out == ""
    assert err.startswith("kg eval: error: [E240] the graph holds ha-tinh-ktxh-2018; the default gold file is for "
                          "thanh-hoa-qpan-2020 only") and len(err.splitlines()) == 1


def test_a_gold_file_of_another_report_is_refused(capsys, other_graph: Path) -> None:
    code, out, err = run(capsys, "--data", str(other_graph), "--gold", str(DEFAULT_GOLD))
    assert code == 2 and out == "" and "[E241]" in err and "is for report thanh-hoa-qpan-2020" in err


def test_a_missing_gold_file_is_one_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--gold", str(tmp_path / "absent.json"))
    assert code == 2 and "[E242] cannot read the gold file" in err and len(err.splitlines()) == 1
