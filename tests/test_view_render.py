"""The viewer page (kg.view.render) as text: self-contained, deterministic, report text only as JSON data."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from test_view_project import OFFICIALS, sample_dataset

from kg.view.layout import initial_positions
from kg.view.ontology import project_ontology
from kg.view.project import project
from kg.view.render import STYLES, json_for_html, page_data, render_html

EVIL_NAME = 'Lê <img src=x onerror="window.__pwned=1"> Xuân'
EVIL_TITLE = "Báo cáo </script><script>window.__pwned=2</script> & co"


def data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def graph():
    return project(sample_dataset())


@pytest.fixture(scope="module")
def page(graph) -> str:
    return render_html(graph, title="Thành phố Thanh Hóa")


def test_same_graph_gives_byte_identical_html(graph, page) -> None:
    assert render_html(project(sample_dataset()), title="Thành phố Thanh Hóa") == page


def test_nothing_is_loaded_from_outside_the_file(page) -> None:
    assert not re.search(r"<script[^>]*\ssrc=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "cdn" not in " ".join(re.findall(r"<(?:script|link|img|iframe)[^>]*>", page, re.I)).lower()
    assert page.count("</script>") == 3  # data, vis-network, viewer: all inline


def test_content_security_policy_allows_exactly_our_two_scripts(page) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]


def test_data_block_holds_every_node_and_edge_with_readable_labels(graph, page) -> None:
    data = data_block(page)
    assert len(data["nodes"]) == graph.number_of_nodes() == 9
    assert len(data["edges"]) == graph.number_of_edges() == 8
    labels = {n["label"] for n in data["nodes"]}
    assert set(OFFICIALS) <= labels
    assert all("://" not in n["label"] for n in data["nodes"])
    xuan = next(n for n in data["nodes"] if n["label"] == OFFICIALS[0])
    assert xuan["clsLabel"] == "Cán bộ" and xuan["shape"] == STYLES["Official"][1]
    assert xuan["sources"][0][0].startswith("Đồng chí Lê Anh Xuân, Bí thư Thành ủy")
    holds = [e for e in data["edges"] if e["prop"] == "org:holds"]
    assert {e["title"] for e in holds} == {"giữ chức vụ"}
    assert sum(c["count"] for c in data["legend"]) == 9
    assert "Lê Anh Xuân" in page  # UTF-8 text, not \u escapes


def test_english_labels(graph) -> None:
    data = page_data(graph, lang="en")
    body = next(n for n in data["nodes"] if n["cls"] == "PartyCommittee")
    assert body["label"] == "Thanh Hoa City Party Committee"
    assert body["clsLabel"] == "Party committee"
    assert data["ui"]["search"].startswith("Search")


def test_report_text_is_json_data_never_markup() -> None:
    g = project(sample_dataset(title=EVIL_TITLE, first_official=EVIL_NAME))
    page = render_html(g, title=EVIL_TITLE)
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    outside = page.replace(block, "")
    assert "__pwned" not in outside.split("</title>", 1)[1]  # only in the escaped <title>
    assert "<img" not in outside
    assert "<title>Báo cáo &lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; &amp; co</title>" in page
    labels = {n["labelVi"] for n in data_block(page)["nodes"]}
    assert EVIL_NAME in labels  # the text survives exactly, as data
    assert data_block(page)["title"] == EVIL_TITLE


def test_json_for_html_escapes_markup_characters() -> None:
    text = json_for_html({"a": "</script><b>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><b>&\u2028"}


def test_physics_stabilises_with_a_fixed_seed(graph) -> None:
    options = page_data(graph)["options"]
    assert options["layout"]["randomSeed"] == 7
    assert options["physics"]["stabilization"]["enabled"] is True


def test_parallel_edges_fan_out() -> None:
    g = project(sample_dataset())
    xuan, post = (
        n for n in sorted(g.nodes) if g.nodes[n]["label_vi"] in (OFFICIALS[0], "Bí thư Thành ủy TP Thanh Hóa")
    )
    g.add_edge(xuan, post, key="vnr:test", prop="x", label_vi="thử", label_en="test")
    edges = [e for e in page_data(g)["edges"] if {e["from"], e["to"]} == {xuan, post}]
    assert len(edges) == 2
    assert [e.get("smooth", {}).get("roundness") for e in edges].count(None) == 1


def test_ontology_page_renders() -> None:
    data = page_data(project_ontology(), lang="en")
    classes = {c["cls"] for c in data["legend"]}
    assert {"OntologyClass", "ObjectProperty", "DatatypeProperty", "ExternalClass"} <= classes
    assert any(n["label"].startswith("vnr:Official") for n in data["nodes"])


def test_initial_layout_places_every_node_and_keeps_isolated_ones_out_of_the_physics() -> None:
    g = project(sample_dataset())
    g.add_node("urn:x:lonely", cls="Concept", label_vi="một mình", label_en="alone", attributes=[], sources=[])
    positions = initial_positions(g)
    assert set(positions) == set(g.nodes) and len(set(positions.values())) == g.number_of_nodes()
    nodes = {n["id"]: n for n in page_data(g)["nodes"]}
    assert nodes["urn:x:lonely"]["physics"] is False
    assert all("physics" not in n for i, n in nodes.items() if i != "urn:x:lonely")
    assert (nodes["urn:x:lonely"]["x"], nodes["urn:x:lonely"]["y"]) == positions["urn:x:lonely"]
    hub = max(g.nodes, key=lambda n: (g.degree(n), n))
    assert max(abs(c) for c in positions[hub]) <= 200  # the best-connected node sits near the centre


def test_officials_posts_bodies_awards_stand_out_and_concepts_start_hidden() -> None:
    from kg.pipeline import default_dataset
    from kg.view.render import PROMINENT

    g = project(default_dataset())
    data = page_data(g)
    nodes = {n["id"]: n for n in data["nodes"]}
    prominent = [n for n in nodes.values() if n["cls"] in PROMINENT]
    others = [n for n in nodes.values() if n["cls"] not in PROMINENT]
    assert {n["cls"] for n in prominent} >= {"Official", "Post"} and others
    assert min(n["font"]["size"] for n in prominent) > max(n["font"]["size"] for n in others) >= 15
    assert min(n["size"] for n in prominent) >= 16 > max(n["size"] for n in others if g.degree(n["id"]) <= 4)
    # among officials, size grows with degree
    officials = sorted((g.degree(n["id"]), n["size"]) for n in prominent if n["cls"] == "Official")
    assert [s for _, s in officials] == sorted(s for _, s in officials)
    concepts = [n for n in nodes.values() if n["cls"] == "Concept"]
    assert concepts and all(n.get("hidden") is True for n in concepts)
    assert not any(n.get("hidden") for n in nodes.values() if n["cls"] != "Concept")
    assert [c["cls"] for c in data["legend"] if c["hidden"]] == ["Concept"]
    shown = page_data(g, concepts=True)
    assert not any(n.get("hidden") for n in shown["nodes"]) and not any(c["hidden"] for c in shown["legend"])


def test_a_focus_view_keeps_at_most_n_nodes_per_class_and_says_how_many_more() -> None:
    from kg.pipeline import default_dataset
    from kg.view.select import select

    g = project(default_dataset())
    whole = select(g, focus="Lê Anh Xuân", depth=2, per_class=0)
    counts: dict[str, int] = {}
    for _n, c in whole.nodes(data="cls"):
        counts[c] = counts.get(c, 0) + 1
    crowded = {c: k for c, k in counts.items() if k > 3}
    assert crowded  # tasks, concepts … around the city's party secretary
    capped = select(g, focus="Lê Anh Xuân", depth=2, per_class=3)
    for cls, k in crowded.items():
        real = [n for n, c in capped.nodes(data="cls") if c == cls and not n.startswith("urn:kg:more:")]
        assert len(real) <= 3 + (cls == "Official")
        more = capped.nodes[f"urn:kg:more:{cls}"]
        assert more["more"] == k - 3 and more["label_en"].startswith(f"+{k - 3} more")
    assert select(g, focus="Lê Anh Xuân", depth=2).number_of_nodes() <= whole.number_of_nodes()
