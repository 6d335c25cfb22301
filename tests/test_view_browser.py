"""The viewer in a real headless Chromium (Debian's /usr/bin/chromium via Playwright), with the network off.

Asserts: no console errors, no request leaves the file, the drawn node and edge counts equal the networkx
graph's, the report's officials are found by the search box, the class filter and neighbourhood highlight
work, and markup injected into the report is shown as text and never runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from test_view_project import sample_dataset

from kg.pipeline import bundled_report, default_dataset
from kg.view.chromium import ARGS, CHROMIUM
from kg.view.ontology import project_ontology
from kg.view.project import project
from kg.view.render import write_html

EVIL_NAME = 'Lê <img src=x onerror="window.__pwned=1"> Xuân'
EVIL_TITLE = "Báo cáo <script>window.__pwned=2</script> <b onmouseover=alert(1)>x</b>"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is absent (apt-get install chromium); browser tests skipped"
        print(reason)
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """An offline page with every console message and request recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-kg-state=stable]", state="attached", timeout=30_000)

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def drawn(self) -> tuple[int, int]:
        return tuple(
            self.js("() => [kgViewer.network.body.nodeIndices.length, kgViewer.network.body.edgeIndices.length]")
        )

    def search(self, text: str) -> list[str]:
        self.page.fill("#kg-search", text)
        return self.page.locator("#kg-results li .kg-result-label").all_text_contents()

    def errors(self) -> list[tuple[str, str]]:
        return [m for m in self.console if m[0] in ("error", "pageerror", "warning")]

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    g = project(default_dataset())
    path = write_html(g, tmp_path_factory.mktemp("viz") / "report.html", title="report")
    return g, path


def visible(g) -> tuple[int, int]:
    """Nodes and edges drawn by default: everything but the concepts (hidden until asked for)."""
    shown = {n for n, c in g.nodes(data="cls") if c != "Concept"}
    return len(shown), sum(1 for u, v in g.edges() if u in shown and v in shown)


def test_report_page_draws_the_whole_graph_offline_without_errors(browser, report) -> None:
    g, path = report
    page = Page(browser, path)
    try:
        assert page.drawn() == visible(g)
        assert g.number_of_nodes() > 50
        assert page.js("() => kgViewer.stabilized") is True
        physics = page.js("() => kgViewer.network.physics.physicsEnabled")
        assert physics is False  # settled, then stopped
        assert page.errors() == []
        assert page.foreign_requests() == []
    finally:
        page.close()


def test_search_box_finds_every_official_of_the_report(browser, report) -> None:
    g, path = report
    text = bundled_report().read_text("utf-8")
    officials = {d["label_vi"]: n for n, d in g.nodes(data=True) if d["cls"] == "Official"}
    assert {"Lê Anh Xuân", "Trịnh Huy Triều"} <= set(officials)
    assert all(name in text for name in officials)
    page = Page(browser, path)
    try:
        for name, node in sorted(officials.items()):
            assert name in page.search(name)
            folded = name.lower().replace("ê", "e").replace("ị", "i").replace("ề", "e").replace("â", "a")
            assert name in page.search(folded)  # accents and case do not matter
            page.page.press("#kg-search", "Enter")
            assert page.js("() => kgViewer.selected") == node
            details = page.page.inner_text("#kg-details")
            assert name in details and "Đồng chí" in details  # the source sentence is shown
        assert page.search("không có tên này xyz") == []
        assert page.search("w3id.org") == [] and page.search("official") == []  # labels, never ids
        assert page.errors() == []
    finally:
        page.close()


def test_neighbourhood_highlight_labels_exactly_the_incident_edges(browser, report) -> None:
    g, path = report
    node = next(n for n, d in g.nodes(data=True) if d["label_vi"] == "Lê Anh Xuân")
    page = Page(browser, path)
    try:
        page.search("Lê Anh Xuân")
        page.page.press("#kg-search", "Enter")
        labelled = page.js("() => kgViewer.edges.get().filter(e => e.label).map(e => e.kgLabel)")
        incident = [d["label_vi"] for _, _, d in [*g.in_edges(node, data=True), *g.out_edges(node, data=True)]]
        assert sorted(labelled) == sorted(incident) and incident
        page.page.mouse.click(1200, 780)  # the background clears the highlight
        assert page.js("() => kgViewer.edges.get().filter(e => e.label).length") == 0
        page.search("Lê Anh Xuân")
        page.page.press("#kg-search", "Enter")
        assert page.js("() => kgViewer.edges.get().filter(e => e.label).length") == len(incident)
        page.page.click("#kg-fit")  # so does the fit button
        assert page.js("() => [kgViewer.selected, kgViewer.edges.get().filter(e => e.label).length]") == [None, 0]
    finally:
        page.close()


def test_hover_tooltip_shows_class_labels_attributes_and_sources(browser, report) -> None:
    g, path = report
    meeting = next(n for n, d in g.nodes(data=True) if d["cls"] == "Meeting")
    data = g.nodes[meeting]
    page = Page(browser, path)
    try:
        x, y = page.page.evaluate(
            """(id) => {
                const n = kgViewer.network;
                n.focus(id, {scale: 1.5, animation: false});
                const p = n.canvasToDOM(n.getPositions([id])[id]);
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + p.x, r.top + p.y];
            }""",
            meeting,
        )
        page.page.mouse.move(x, y)
        tip = page.page.locator("div.vis-tooltip .kg-tip")
        tip.wait_for(state="visible", timeout=5_000)
        text = tip.text_content()
        assert "Hội nghị, cuộc họp" in text and data["label_vi"] in text and data["label_en"] in text
        assert all(a["value"] in text for a in data["attributes"] if len(a["value"]) < 40)
        assert data["sources"] and all(s["text"] in text for s in data["sources"])
        assert page.errors() == []
    finally:
        page.close()


def test_arrow_keys_choose_among_search_results(browser, report) -> None:
    g, path = report
    page = Page(browser, path)
    try:
        hits = page.search("TP Thanh Hóa")
        assert len(hits) >= 3
        page.page.press("#kg-search", "ArrowDown")
        page.page.press("#kg-search", "ArrowDown")
        page.page.press("#kg-search", "Enter")
        chosen = page.js("() => kgViewer.selected")
        assert g.nodes[chosen]["label_vi"] == hits[2]
    finally:
        page.close()


def test_class_filter_hides_and_shows_a_class(browser, report) -> None:
    g, path = report
    tasks = sum(1 for _, c in g.nodes(data="cls") if c == "Task")
    assert tasks > 0
    page = Page(browser, path)
    try:
        box = page.page.locator("input.kg-class-toggle[data-cls=Task]")
        box.uncheck()
        assert page.drawn()[0] == visible(g)[0] - tasks
        box.check()
        assert page.drawn()[0] == visible(g)[0]
    finally:
        page.close()


IN_VIEW = """() => {
  const net = kgViewer.network, box = net.body.container.getBoundingClientRect();
  return net.body.nodeIndices.every(id => {
    const p = net.canvasToDOM(net.getPosition(id));
    return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
  });
}"""


def test_concepts_start_hidden_and_the_view_refits_after_a_class_filter(browser, report) -> None:
    g, path = report
    concepts = sum(1 for _, c in g.nodes(data="cls") if c == "Concept")
    assert concepts > 10  # the report's fields, sectors, security areas …
    page = Page(browser, path)
    try:
        box = page.page.locator("input.kg-class-toggle[data-cls=Concept]")
        assert not box.is_checked() and page.drawn()[0] == g.number_of_nodes() - concepts
        scale = page.js("() => kgViewer.network.getScale()")
        box.check()
        assert page.drawn()[0] == g.number_of_nodes()
        assert page.js(IN_VIEW) is True  # every node drawn is in view: the view was fitted again
        assert page.js("() => kgViewer.network.getScale()") != scale
        page.page.locator("input.kg-class-toggle[data-cls=Official]").uncheck()
        assert page.js(IN_VIEW) is True
        assert page.errors() == []
    finally:
        page.close()


def test_injected_markup_is_shown_as_text_and_never_runs(browser, tmp_path) -> None:
    g = project(sample_dataset(title=EVIL_TITLE, first_official=EVIL_NAME))
    path = write_html(g, tmp_path / "evil.html", title=EVIL_TITLE)
    page = Page(browser, path)
    try:
        assert EVIL_NAME in page.search("onerror")
        page.page.press("#kg-search", "Enter")
        assert EVIL_NAME in page.page.inner_text("#kg-details")
        page.page.hover("#kg-graph")
        assert page.page.inner_text("#kg-title") == EVIL_TITLE
        assert page.page.title() == EVIL_TITLE
        assert page.js("() => document.querySelectorAll('img, b, #kg-details script').length") == 0
        assert page.js("() => window.__pwned === undefined")
        assert page.drawn() == visible(g)
        assert page.errors() == []  # a blocked inline script would be reported here
        assert page.foreign_requests() == []
    finally:
        page.close()


def test_ontology_page_draws_without_errors(browser, tmp_path) -> None:
    g = project_ontology()
    page = Page(browser, write_html(g, tmp_path / "ontology.html", lang="en", title="ontology"))
    try:
        assert page.drawn() == visible(g)
        assert any(re.match(r"vnr:Official\b", s) for s in page.search("vnr:Official"))
        assert page.errors() == [] and page.foreign_requests() == []
    finally:
        page.close()


@pytest.mark.parametrize("size", [0, 1, 3], ids=["empty", "one-node", "isolated-only"])
def test_graphs_with_nothing_to_simulate_still_settle(browser, tmp_path, size) -> None:
    full = project(sample_dataset())
    g = nx.MultiDiGraph(class_labels=full.graph["class_labels"])
    for n in sorted(full.nodes)[:size]:  # nodes without a single edge between them
        g.add_node(n, **full.nodes[n])
    page = Page(browser, write_html(g, tmp_path / "small.html"))
    try:
        assert page.drawn() == visible(g)
        assert page.errors() == []
    finally:
        page.close()


def test_provenance_view_draws_sentences_and_mentions(browser, tmp_path) -> None:
    g = project(default_dataset(), provenance=True, holdings=True)
    kinds = {c for _, c in g.nodes(data="cls")}
    assert {"Sentence", "Phrase", "Report", "PostHolding"} <= kinds
    page = Page(browser, write_html(g, tmp_path / "provenance.html"))
    try:
        assert page.drawn() == visible(g)
        assert page.errors() == [] and page.foreign_requests() == []
    finally:
        page.close()
