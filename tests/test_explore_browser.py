"""The explorer, the entity pages and the query page in headless Chromium, served by a real `kg serve` stack.

Every request the page makes is checked: anything not addressed to the local server is aborted and recorded.
Asserts the analyst's path (search → open → expand → timeline → provenance), keyboard use of the search box,
undo/collapse, the view's state in the URL, export, the language toggle, and that markup carried by a report
runs nothing anywhere.
"""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_view_browser import EVIL_NAME, EVIL_TITLE, browser  # noqa: F401 - the shared Chromium fixture
from test_view_project import sample_dataset

from kg.explore.api import Explorer
from kg.explore.routes import ExploreConfig, make_route
from kg.explore.source import Source, open_source
from kg.pipeline import bundled_report, process, to_rdf
from kg.rdf.graphio import write
from kg.sparql.serve import ServeConfig, make_server, start_in_thread
from kg.sparql.store import open_store

pytestmark = pytest.mark.browser
EVIL_SENTENCE = '"><script>window.__pwned=3</script><img src=x onerror="window.__pwned=4"> '


class Served:
    """`kg serve`'s endpoint with the explorer route, on a free port of 127.0.0.1."""

    def __init__(self, paths: list[Path] | None) -> None:
        data = [str(p) for p in paths] if paths else None
        self.server = make_server(open_store(data), "127.0.0.1", 0, ServeConfig(quiet=True))
        self.explorer = Explorer(Source(open_source(data)))
        self.server.routes.append(make_route(self.explorer, ExploreConfig()))
        start_in_thread(self.server)
        host, port = self.server.server_address[:2]
        self.root = f"http://{host}:{port}"

    def api(self, name: str, **params: str) -> dict:
        url = f"{self.root}/explore/api/{name}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=10) as r:
            return json.loads(r.read())

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Tab:
    """A page whose requests may only reach the local server; console messages recorded."""

    def __init__(self, chromium, served: Served, path: str) -> None:  # noqa: ANN001 - playwright's Browser
        self.context = chromium.new_context(viewport={"width": 1400, "height": 860}, accept_downloads=True)
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.console: list[tuple[str, str]] = []
        root = served.root + "/"

        def only_local(route) -> None:  # noqa: ANN001 - playwright's Route
            if route.request.url.startswith(root):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        self.page.route("**/*", only_local)
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.goto(served.root + path)

    def ready(self) -> None:
        self.page.wait_for_selector("body[data-kg-state=ready]", state="attached", timeout=20_000)

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def errors(self) -> list[tuple[str, str]]:
        return [m for m in self.console if m[0] in ("error", "pageerror", "warning")]

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def report() -> Iterator[Served]:
    served = Served(None)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def evil(tmp_path_factory) -> Iterator[Served]:
    """A report whose title and one sentence carry markup, plus a graph whose official's name does."""
    folder = tmp_path_factory.mktemp("evil")
    lines = bundled_report().read_text("utf-8").split("\n")
    body = "\n".join(lines[1:]).replace("Đồng chí Lê Anh Xuân", EVIL_SENTENCE + "Đồng chí Lê Anh Xuân", 1)
    assert EVIL_SENTENCE in body
    report = write(to_rdf(process("evil-report", EVIL_TITLE + "\n" + body)), folder / "report.trig")
    sample = write(sample_dataset(title=EVIL_TITLE, first_official=EVIL_NAME), folder / "sample.trig")
    served = Served([report, sample])
    yield served
    served.stop()


def most_mentioned_official(served: Served) -> dict:
    found = served.api("search", q="a", cls="Official", limit="100")["results"]
    assert found
    return max(found, key=lambda r: (r["articles"], r["label"]))


def test_search_open_expand_timeline_provenance(browser, report: Served) -> None:  # noqa: F811
    official = most_mentioned_official(report)
    name = official["label"]
    timeline = report.api("timeline", iri=official["iri"])
    assert timeline["posts"], "the report's best-attested official holds a post"
    tab = Tab(browser, report, "/explore")
    try:
        tab.ready()
        tab.page.fill("#kg-search", name.split()[-1].lower())  # the given name, folded case
        tab.page.wait_for_selector("#kg-results li")
        labels = tab.page.locator("#kg-results .kg-result-label").all_text_contents()
        assert name in labels
        target = labels.index(name)
        for _ in range(target):
            tab.page.press("#kg-search", "ArrowDown")
        assert tab.page.get_attribute(f"#kg-result-{target}", "aria-selected") == "true"
        tab.page.press("#kg-search", "Enter")
        tab.page.wait_for_selector("#kg-expand-all")
        assert tab.page.inner_text("#kg-details h2") == name
        assert tab.js("() => kgExplorer.nodes.length") == 1
        tab.page.click("#kg-expand-all")
        expanded = report.api("expand", iri=official["iri"], pred="*", dir="all", limit="10")
        tab.page.wait_for_selector("#kg-undo:not([disabled])")
        count = "() => kgExplorer.nodes.getIds().filter(i => !i.startsWith('more|')).length"
        assert until(lambda: tab.js(count) == 1 + len(expanded["nodes"]))  # drawn when the API has answered
        drawn = tab.js(count)
        assert drawn > 3
        assert tab.js("() => kgExplorer.network.physics.physicsEnabled") is False  # calm: no endless physics
        # the timeline: each post with a link to the article that states it
        tab.page.wait_for_selector("#kg-timeline li")
        post = timeline["posts"][0]
        assert post["post"]["label"] in tab.page.inner_text("#kg-timeline")
        hrefs = tab.page.locator("#kg-timeline a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert "/" + post["article"]["iri"].split("w3id.org/vnreport-kg/", 1)[1] in hrefs
        # provenance: the source sentence with the mention highlighted
        marks = tab.page.locator("#kg-provenance mark").all_text_contents()
        assert marks and set(marks) == {name}
        sentence = tab.page.locator("#kg-provenance .sentence").first.inner_text()
        assert name in sentence and post["article"]["title"] in sentence
        # undo and collapse
        tab.page.click("#kg-undo")
        assert tab.js("() => kgExplorer.nodes.length") == 1
        tab.page.click("#kg-expand-all")
        assert until(lambda: tab.js("() => kgExplorer.nodes.length") > 1)
        tab.page.click("#kg-collapse")
        assert until(lambda: tab.js("() => kgExplorer.nodes.length") < drawn)
        assert tab.errors() == [] and tab.outside == []
    finally:
        tab.close()


def until(check: Callable[[], bool], seconds: float = 15) -> bool:
    """Poll ``check`` until it holds or ``seconds`` pass (the page's CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_view_state_in_the_url_export_and_language(browser, report: Served) -> None:  # noqa: F811
    official = most_mentioned_official(report)
    tab = Tab(browser, report, "/explore")
    try:
        tab.ready()
        tab.page.fill("#kg-search", official["label"])
        tab.page.wait_for_selector("#kg-results li")
        tab.page.press("#kg-search", "Enter")
        tab.page.wait_for_selector("#kg-expand-all")
        tab.page.click("#kg-expand-all")
        drawn = "() => kgExplorer.nodes.getIds().filter(i => !i.startsWith('more|'))"
        assert until(lambda: len(tab.js(drawn)) > 1)  # undo is enabled already by the opening: wait for the nodes
        ids = sorted(tab.js(drawn))
        with tab.page.expect_download() as download:
            tab.page.click("#kg-export-csv")
        rows = Path(download.value.path()).read_text("utf-8").splitlines()
        assert rows[0].startswith("subject,") and any(official["label"] in r for r in rows[1:])
        with tab.page.expect_download() as download:
            tab.page.click("#kg-export-ttl")
        assert "@prefix vnr:" in Path(download.value.path()).read_text("utf-8")
        url = tab.page.url
        again = Tab(browser, report, url.split(report.root, 1)[1])
        try:
            again.ready()
            again.page.wait_for_selector("#kg-expand-all")
            # the view is restored by API calls after the page is ready
            assert until(lambda: sorted(again.js("() => kgExplorer.nodes.getIds()")) == ids)
            assert again.js("() => kgExplorer.selected") == official["iri"]
            post = report.api("timeline", iri=official["iri"])["posts"][0]["post"]
            assert post["label_en"]  # the bundled report's posts carry English labels
            again.page.click("#kg-lang")
            again.page.wait_for_selector("#kg-lang:text-is('VI')")
            again.page.wait_for_selector(f"#kg-timeline a:text-is('{post['label_en']}')")
            assert "lang=en" in again.page.url
            assert again.errors() == [] and again.outside == []
        finally:
            again.close()
        assert tab.errors() == [] and tab.outside == []
    finally:
        tab.close()


def test_markup_in_a_report_runs_nothing(browser, evil: Served) -> None:  # noqa: F811
    tab = Tab(browser, evil, "/explore")
    try:
        tab.ready()
        tab.page.fill("#kg-search", "onerror")
        tab.page.wait_for_selector("#kg-results li")
        assert EVIL_NAME in tab.page.locator("#kg-results .kg-result-label").all_text_contents()
        tab.page.fill("#kg-search", "Lê Anh Xuân")
        tab.page.wait_for_selector("#kg-results .kg-result-label:text-is('Lê Anh Xuân')")  # not the last list
        tab.page.press("#kg-search", "Enter")
        tab.page.wait_for_selector("#kg-provenance .sentence")
        shown = tab.page.inner_text("#kg-provenance")
        assert EVIL_SENTENCE.strip() in shown and EVIL_TITLE in shown  # shown as text
        tab.page.click("#kg-expand-all")
        tab.page.wait_for_selector("#kg-undo:not([disabled])")
        assert tab.js("() => document.querySelectorAll('main img, main script, main b').length") == 0
        assert tab.js("() => window.__pwned === undefined")
        assert tab.errors() == [] and tab.outside == []
    finally:
        tab.close()
    xuan = evil.api("search", q="Lê Anh Xuân", cls="Official")["results"][0]["iri"]
    for path in ("/id/" + xuan.split("/id/", 1)[1], "/"):
        page = Tab(browser, evil, path)
        try:
            if path == "/":
                page.page.fill("#query", "SELECT ?t WHERE { ?r a vnr:Report ; dct:title ?t }")
                page.page.click("#run")
                page.page.wait_for_selector("#results tbody tr")
                assert EVIL_TITLE in page.page.inner_text("#results")
            else:
                assert EVIL_SENTENCE.strip() in page.page.inner_text("body")
            assert page.js("() => document.querySelectorAll('body img, body b').length") == 0
            assert page.js("() => document.scripts.length") == (1 if path == "/" else 0)  # only the page's own
            assert page.js("() => window.__pwned === undefined")
            assert page.errors() == [] and page.outside == []
        finally:
            page.close()
