"""The explorer's index and JSON API on the bundled report, and its HTTP routes through a real `kg serve`."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.explore.api import Explorer
from kg.explore.index import fold
from kg.explore.pages import local_path
from kg.explore.routes import ExploreConfig, make_route
from kg.explore.source import Source, open_source
from kg.sparql.serve import make_server, start_in_thread
from kg.sparql.store import open_store
from kg.view.render import _sha256

XUAN = "https://w3id.org/vnreport-kg/id/person/le-anh-xuan-1a83ad"


@pytest.fixture(scope="module")
def ex() -> Explorer:
    return Explorer(Source(open_source()))


@pytest.fixture(scope="module")
def server(ex: Explorer) -> Iterator[str]:
    srv = make_server(open_store(), port=0)
    srv.config.quiet = True
    srv.routes.append(make_route(ex, ExploreConfig()))
    start_in_thread(srv)
    host, port = srv.server_address[:2]
    yield f"http://{host}:{port}"
    srv.shutdown()
    srv.server_close()


def get(url: str, accept: str = "") -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_fold_ignores_case_diacritics_and_tone_placement() -> None:
    assert fold("Thanh Hóa") == fold("thanh hoá") == fold("THANH HOA") == "thanh hoa"
    assert fold("Đức") == "duc"


def test_search_prefix_infix_folded_and_by_class(ex: Explorer) -> None:
    labels = lambda r: [x["label"] for x in r["results"]]  # noqa: E731
    assert labels(ex.search("Xuân", [], "", 5, "vi"))[0] == "Lê Anh Xuân"
    assert "Lê Anh Xuân" in labels(ex.search("le anh", [], "", 5, "vi"))  # prefix, no diacritics
    hoa = ex.search("Hoa", [], "", 50, "vi")["results"]
    assert any("Hóa" in x["label"] for x in hoa)  # "Hoa" finds "Hóa"
    officials = ex.search("a", ["Official"], "", 50, "vi")["results"]
    assert officials and {x["group"] for x in officials} == {"Official"}
    top = officials[0] if officials[0]["label"] == "Lê Anh Xuân" else next(x for x in officials if x["iri"] == XUAN)
    assert top["hint"] == "Bí thư Thành ủy TP Thanh Hóa" and top["articles"] == 1
    assert top["provinces"] == ["Thanh Hóa"]
    assert ex.search("không có tên này xyz", [], "", 5, "vi")["results"] == []
    assert all(x["group"] != "Concept" for x in ex.search("an ninh", [], "", 50, "vi")["results"])
    assert any(x["group"] == "Concept" for x in ex.search("an ninh", [], "", 50, "vi", concepts=True)["results"])
    assert ex.search("thanh hoa", [], "Hà Nội", 50, "vi")["results"] == []


def test_node_counts_and_capped_expand(ex: Explorer) -> None:
    node = ex.node(XUAN, "vi")
    assert node["label"] == "Lê Anh Xuân" and node["group"] == "Official"
    out = {c["curie"]: c["count"] for c in node["out"]}
    incoming = {c["curie"]: c["count"] for c in node["in"]}
    assert out["org:holds"] == 1 and incoming["vnr:issuedBy"] >= 2 and incoming["vnr:speaker"] == 1
    assert "prov:wasDerivedFrom" not in out and "rdf:type" not in out
    capped = ex.expand(XUAN, "https://w3id.org/vnreport-kg/ontology#issuedBy", "in", 1, "vi")
    assert len(capped["nodes"]) == 1 and capped["more"][0]["more"] == incoming["vnr:issuedBy"] - 1
    everything = ex.expand(XUAN, "*", "all", 100, "vi")
    assert len(everything["edges"]) == sum(out.values()) + sum(incoming.values())
    assert everything["more"] == []


def test_timeline_lists_posts_with_articles_awards_and_meetings(ex: Explorer) -> None:
    tl = ex.timeline(XUAN, "vi")
    assert [p["post"]["label"] for p in tl["posts"]] == ["Bí thư Thành ủy TP Thanh Hóa"]
    assert tl["posts"][0]["article"]["id"] == "thanh-hoa-qpan-2020" and tl["posts"][0]["date"] == "2020-12-11"
    assert [(a["role"], a["award"]["label"]) for a in tl["awards"]] == [("given", "Giấy khen")]
    assert {m["role"] for m in tl["meetings"]} == {"spoke", "conferred"}


def test_provenance_highlights_the_mention_in_its_sentence(ex: Explorer) -> None:
    prov = ex.provenance(XUAN)
    assert prov["total"] == 3
    for item in prov["items"]:
        assert [item["text"][b:e] for b, e in item["spans"]] == ["Lê Anh Xuân"]
        assert item["article"]["id"] == "thanh-hoa-qpan-2020"
    holding = ex.timeline(XUAN, "vi")["posts"][0]["holding"]
    marked = {item["text"][b:e] for item in ex.provenance(holding)["items"] for b, e in item["spans"]}
    assert "Lê Anh Xuân" in marked  # a fact highlights the entities it links


def test_export_turtle_and_csv(ex: Explorer) -> None:
    post = ex.timeline(XUAN, "vi")["posts"][0]["post"]["iri"]
    ttl, ctype = ex.export([XUAN, post], "ttl", "vi")
    assert ctype.startswith("text/turtle") and b"org:holds" in ttl and "Lê Anh Xuân".encode() in ttl
    assert ex.export([XUAN, post], "ttl", "vi")[0] == ttl  # deterministic
    rows = ex.export([XUAN, post], "csv", "vi")[0].decode().splitlines()
    assert rows[0].startswith("subject,") and any("org:holds" in r and "Bí thư" in r for r in rows)


def test_http_api_and_entity_pages_negotiate(server: str) -> None:
    status, headers, body = get(server + "/explore/api/search?q=xuan&cls=Official")
    assert status == 200 and json.loads(body)["results"][0]["iri"] == XUAN
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    path = "/id/person/le-anh-xuan-1a83ad"
    status, headers, body = get(server + path, "text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assert "<h1>Lê Anh Xuân</h1>" in page and "<mark>Lê Anh Xuân</mark>" in page and "<script" not in page
    assert 'href="/id/post/bi-thu-thanh-uy-thanh-pho-thanh-hoa-8248f7"' in page
    status, headers, body = get(server + path, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and b"org:holds" in body
    status, headers, body = get(server + path, "application/ld+json")
    assert status == 200 and any(d.get("@id") == XUAN for d in json.loads(body).get("@graph", [json.loads(body)]))
    status, _, body = get(server + path, "application/n-triples")
    assert status == 200 and body.decode().splitlines()[0].startswith(f"<{XUAN}>")
    assert get(server + path + "?format=ttl")[2] == get(server + path, "text/turtle")[2]
    assert get(server + "/id/person/no-such-person")[0] == 404
    assert get(server + path, "image/png")[0] == 406
    assert get(server + "/explore/api/node")[0] == 400
    assert get(server + "/explore/assets/../../__init__.py")[0] == 404
    status, _, body = get(server + "/explore/assets/vis-network.min.js")
    assert status == 200 and len(body) > 100_000


def test_base_maps_the_published_namespace_onto_the_server() -> None:
    assert local_path(XUAN, ExploreConfig()) == "/id/person/le-anh-xuan-1a83ad"
    other = ExploreConfig(base="https://example.org/kg/")
    assert local_path("https://example.org/kg/id/person/x", other) == "/id/person/x"
    assert local_path(XUAN, other) is None  # outside the namespace: no local page, shown unlinked


def test_query_page_csp_pins_its_inline_script() -> None:
    page = (Path(__file__).resolve().parents[1] / "kg" / "web" / "index.html").read_text("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1 and "<script src" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and f"script-src {_sha256(scripts[0])};" in csp.group(1)  # else: python scripts/query_page_csp.py
    assert "default-src 'none'" in csp.group(1) and "unsafe-eval" not in csp.group(1)
    assert "innerHTML" not in scripts[0] and "insertAdjacentHTML" not in scripts[0]


def test_explorer_scripts_insert_text_only() -> None:
    assets = Path(__file__).resolve().parents[1] / "kg" / "explore" / "assets"
    for name in ("explore.js", "explore-graph.js"):
        code = (assets / name).read_text("utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", code)


def test_kg_serve_command_serves_the_explorer_in_english() -> None:
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
         "serve", "--port", "0", "--quiet", "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()
        match = re.search(r"explorer (http://127\.0\.0\.1:\d+)/explore", line)
        assert match, line
        status, headers, body = get(match[1] + "/explore")
        assert status == 200 and b"explore.js" in body and "script-src 'self'" in headers["Content-Security-Policy"]
        assert json.loads(get(match[1] + "/explore/api/config")[2])["lang"] == "en"
        status, _, body = get(match[1] + "/id/person/le-anh-xuan-1a83ad", "text/html")
        assert status == 200 and '<html lang="en">' in body.decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
