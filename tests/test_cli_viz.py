"""``kg viz`` and ``kg stats`` end to end through the CLI entry point."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from test_view_project import OFFICIALS, sample_dataset

from kg.cli import main
from kg.rdf.graphio import write
from kg.view.stats import compute


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    return write(sample_dataset(), tmp_path_factory.mktemp("data") / "sample.trig")


def nodes_of(page: Path) -> list[dict]:
    text = page.read_text("utf-8")
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1)
    return json.loads(block)["nodes"]


def test_viz_writes_the_page_and_prints_its_path(trig, tmp_path, capsys) -> None:
    out = tmp_path / "sub" / "graph.html"
    assert main(["viz", "--data", str(trig), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "9 nodes, 8 edges" in captured.err
    assert set(OFFICIALS) <= {n["label"] for n in nodes_of(out)}
    first = out.read_bytes()
    assert main(["viz", "--data", str(trig), "-o", str(out)]) == 0
    assert out.read_bytes() == first


def test_viz_focus_depth_and_classes(trig, tmp_path, capsys) -> None:
    out = tmp_path / "g.html"
    assert main(["viz", "--data", str(trig), "-o", str(out), "--focus", "le anh xuan", "--depth", "1"]) == 0
    assert sorted(n["label"] for n in nodes_of(out)) == ["Bí thư Thành ủy TP Thanh Hóa", "Lê Anh Xuân"]
    assert main(["viz", "--data", str(trig), "-o", str(out), "--classes", "Official", "Body"]) == 0
    assert sorted(n["cls"] for n in nodes_of(out)) == ["Official", "Official", "PartyCommittee", "PeoplesCommittee"]
    assert main(["viz", "--data", str(trig), "-o", str(out), "--lang", "en", "--classes", "Party committee"]) == 0
    assert [n["label"] for n in nodes_of(out)] == ["Thanh Hoa City Party Committee"]


def test_viz_user_errors_are_one_line(trig, tmp_path, capsys) -> None:
    out = tmp_path / "g.html"
    assert main(["viz", "--data", str(trig), "-o", str(out), "--focus", "Nobody Here"]) == 2
    assert main(["viz", "--data", str(trig), "-o", str(out), "--focus", "TP Thanh Hóa"]) == 2
    assert main(["viz", "--data", str(trig), "-o", str(out), "--classes", "Spaceship"]) == 2
    assert main(["viz", "--data", str(tmp_path / "missing.ttl"), "-o", str(out)]) == 2
    assert main(["viz", "--data", str(trig), "-o", str(out), "--depth", "2"]) == 2
    assert main(["viz", "--data", str(trig), "-o", str(out), "--focus", "Lê Anh Xuân", "--depth", "-1"]) == 2
    (tmp_path / "file").write_text("x")
    assert main(["viz", "--data", str(trig), "-o", str(tmp_path / "file" / "g.html")]) == 4  # a file-system fault
    err = capsys.readouterr().err.strip().splitlines()
    assert [line.split("]")[0] for line in err] == [
        "kg viz: error: [E402",
        "kg viz: error: [E403",
        "kg viz: error: [E401",
        "kg viz: error: [E011",
        "kg viz: error: [E404",
        "kg viz: error: [E404",
        "kg viz: error: [E015",
    ]
    assert not out.exists()


def test_viz_ontology(tmp_path, capsys) -> None:
    out = tmp_path / "onto.html"
    assert main(["viz", "--ontology", "-o", str(out), "--lang", "en"]) == 0
    labels = {n["label"] for n in nodes_of(out)}
    assert "vnr:Official · Official" in labels and "schema:Person" in labels


def test_stats_prints_classes_centrality_and_components(trig, capsys) -> None:
    assert main(["stats", "--data", str(trig)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("nodes: 9   edges: 8")
    assert re.search(r"^Official\s+Cán bộ\s+2$", out, re.M)
    degree = out.split("Most central by degree")[1].split("Most central by betweenness")[0]
    first = degree.strip().splitlines()[2]
    assert re.match(r"1\s+Trao khen thưởng: Giấy khen\s+AwardConferral\s+3$", first.strip())
    assert "Connected components (weak): 1; sizes: 9" in out


def test_stats_without_data_uses_the_bundled_report(capsys) -> None:
    assert main(["stats", "--lang", "en", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Official\s+Official\s+2$", out, re.M)
    table = out.split("Most central by degree")[1].split("\n\n")[0]
    assert len(table.strip().splitlines()) == 2 + 3


def test_stats_centrality_and_components_on_a_known_graph() -> None:
    g = nx.MultiDiGraph(class_labels={"Official": {"vi": "Cán bộ", "en": "Official"}})
    for n in "abcd":
        g.add_node(n, cls="Official", label_vi=n.upper(), label_en=n.upper())
    g.add_edge("a", "b", key="x")
    g.add_edge("b", "a", key="y")  # both directions count for degree, once for betweenness
    g.add_edge("b", "c", key="x")
    stats = compute(g, top=2)
    assert (stats.nodes, stats.edges, stats.components, stats.component_sizes) == (4, 3, 2, [3, 1])
    assert [(c.label, c.score) for c in stats.by_degree] == [("B", 3.0), ("A", 2.0)]
    # normalised over the (n-1)(n-2)/2 = 3 pairs that exclude B; only A–C runs through it
    assert [(c.label, c.score) for c in stats.by_betweenness] == [("B", pytest.approx(1 / 3)), ("A", 0.0)]
    assert stats.classes == [("Official", "Cán bộ", 4)]
