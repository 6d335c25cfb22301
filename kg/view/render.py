"""Render a projected graph (:mod:`kg.view.project`) as one self-contained, offline HTML page.

pyvis assembles the vis-network node, edge and option records; the page itself is our own template
(``kg/view/assets/viewer.html``) because pyvis's page pulls Bootstrap and vis-network from CDNs even with
``cdn_resources="in_line"``. Everything the page needs is inline: vis-network's JS and CSS (shipped inside the
pyvis package), our script and style, and the graph as JSON. Nothing is fetched at run time; a
Content-Security-Policy with script hashes forbids it and any script we did not write.

Text from the report is data, never markup: it travels as JSON inside ``<script type="application/json">``
with ``<``, ``>`` and ``&`` escaped, and the page inserts it with ``textContent`` only.
Same graph in, byte-identical HTML out: nodes and edges are sorted and every option is fixed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.view.layout import initial_positions
from kg.view.project import label_of, shorten
from kg.view.vocabulary import OTHER_CLASS, PARENT_CLASS

VIS_VERSION = "9.1.2"
LABEL_LIMIT = 40
# Class → (colour, vis-network shape). Shapes keep the label below the node, so long names stay readable.
STYLES: dict[str, tuple[str, str]] = {
    "Official": ("#d62728", "dot"),
    "Body": ("#4e79a7", "square"),
    "PartyCommittee": ("#b10026", "square"),
    "PeoplesCouncil": ("#8c6d31", "square"),
    "PeoplesCommittee": ("#1f77b4", "square"),
    "PoliceForce": ("#17becf", "square"),
    "MilitaryForce": ("#2ca02c", "square"),
    "AdministrativeUnit": ("#9467bd", "square"),
    "StateAgency": ("#4e79a7", "square"),
    "PublicServiceUnit": ("#7f7f7f", "square"),
    "Enterprise": ("#bcbd22", "square"),
    "MassOrganisation": ("#ff7f0e", "square"),
    "Post": ("#f28e2b", "diamond"),
    "PostHolding": ("#ffbe7d", "diamond"),
    "Place": ("#59a14f", "triangleDown"),
    "Event": ("#76b7b2", "hexagon"),
    "Meeting": ("#499894", "hexagon"),
    "Congress": ("#2f6f6a", "hexagon"),
    "Election": ("#86bcb6", "hexagon"),
    "Speech": ("#6a9fb5", "hexagon"),
    "SecurityModel": ("#e6b800", "triangle"),
    "Movement": ("#b07aa1", "triangle"),
    "Task": ("#ff6f91", "star"),
    "AwardConferral": ("#e8a317", "star"),
    "Result": ("#9c755f", "dot"),
    "Concept": ("#a5a09b", "dot"),
    "Report": ("#333333", "square"),
    "Sentence": ("#c7c7c7", "dot"),
    "Paragraph": ("#b5b5b5", "dot"),
    "Phrase": ("#dddddd", "dot"),
    "OntologyClass": ("#4e79a7", "square"),
    "ObjectProperty": ("#f28e2b", "diamond"),
    "DatatypeProperty": ("#59a14f", "triangle"),
    "ExternalClass": ("#a5a09b", "square"),
    "ExternalProperty": ("#c9c4bf", "diamond"),
    OTHER_CLASS: ("#999999", "dot"),
}
UI: dict[str, dict[str, str]] = {
    "vi": {
        "search": "Tìm theo tên…",
        "classes": "Lớp",
        "nodes": "nút",
        "edges": "cạnh",
        "layout": "Đang sắp xếp",
        "ready": "Đã sắp xếp xong",
        "sources": "Nguồn trong báo cáo",
        "chars": "ký tự",
        "noMatch": "Không tìm thấy",
        "hint": "Nhấn vào một nút để xem chi tiết và các nút lân cận; nhấn vào nền để bỏ chọn.",
        "empty": "Đồ thị trống.",
        "fit": "Toàn cảnh",
    },
    "en": {
        "search": "Search by name…",
        "classes": "Classes",
        "nodes": "nodes",
        "edges": "edges",
        "layout": "Laying out",
        "ready": "Layout done",
        "sources": "Source in the report",
        "chars": "characters",
        "noMatch": "No match",
        "hint": "Click a node for its details and neighbours; click the background to clear.",
        "empty": "The graph is empty.",
        "fit": "Fit all",
    },
}
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# What a reader looks for first: drawn larger, with larger labels. Concepts (fields, sectors …) are hidden
# until the legend (or `kg viz --concepts`) shows them: they link everything to everything and crowd the view.
PROMINENT = frozenset(
    {"Official", "Post", "AwardConferral", "Body", *(c for c, parent in PARENT_CLASS.items() if parent == "Body")}
)
HIDDEN_BY_DEFAULT: tuple[str, ...] = ("Concept",)


def node_size(cls: str, degree: int) -> float:
    """Node size: by degree, and larger for the prominent classes."""
    return round((16 + 4 * math.sqrt(degree)) if cls in PROMINENT else (8 + 2 * math.sqrt(degree)), 2)


def node_font(cls: str, big: bool) -> dict[str, Any]:
    """Label font of a node: prominent classes larger and darker, the rest smaller and grey."""
    if cls in PROMINENT:
        return {"size": 20 if big else 26, "color": "#111111"}
    return {"size": 14 if big else 18, "color": "#444444"}


def style_of(cls: str) -> tuple[str, str]:
    """The (colour, shape) a class is drawn with."""
    return STYLES.get(cls, STYLES[OTHER_CLASS])


def json_for_html(value: Any) -> str:
    """JSON that is safe inside ``<script>``: sorted keys, and ``<``, ``>``, ``&`` as ``\\u003c`` etc."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and CSS as shipped in the pyvis package (never fetched)."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
    return (lib / "vis-network.min.js").read_text("utf-8"), (lib / "vis-network.css").read_text("utf-8")


def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text("utf-8")


def _inline_script(code: str) -> str:
    # An inline script ends at the first "</script"; vis-network has none, but be sure.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _inline_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: a seeded layout and physics that stabilise once and are then switched off."""
    big = node_count > 800
    # The layout starts from kg.view.layout's radial trees, so a few hundred iterations refine it; big graphs
    # get fewer and a coarser Barnes-Hut approximation (theta) so that 5,000 nodes settle within seconds.
    iterations = 1000 if node_count <= 250 else max(100, 250_000 // node_count)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},  # positions come from kg.view.layout
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                # small graphs spread out so that labels do not overlap; big ones stay compact and cheap
                "gravitationalConstant": -60 if big else -120,
                "centralGravity": 0.01,
                "springLength": 120 if big else 180,
                "springConstant": 0.08,
                "damping": 0.5,
                "avoidOverlap": 0 if big else 0.6,
                "theta": 1.0 if big else 0.5,
            },
            "maxVelocity": 50,
            "minVelocity": 1,
            "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "keyboard": False,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {"size": 14 if big else 17, "face": "system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "color": {"color": "#a0a7b4", "highlight": "#1f6feb", "hover": "#1f6feb", "inherit": False},
            "font": {"size": 11, "align": "middle", "strokeWidth": 3, "color": "#333333"},
            "width": 1,
            "selectionWidth": 2,
        },
    }


def _attributes(items: list[Mapping[str, str]], lang: str) -> list[list[str]]:
    return [[a.get(f"label_{lang}") or a.get("label_vi") or a["prop"], a["value"]] for a in items]


def _sources(items: list[Mapping[str, Any]]) -> list[list[Any]]:
    return [[s["text"], s.get("begin"), s.get("end")] for s in items]


def _network(g: nx.MultiDiGraph, lang: str, hidden: frozenset[str] = frozenset()) -> Any:
    """A pyvis Network holding the vis-network records of ``g`` (sorted, so the output is stable)."""
    from pyvis.network import Network

    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    net.node_ids = _IdList()  # pyvis checks membership in a list; a set keeps 5,000-node graphs fast
    net.get_nodes = lambda: net.node_ids  # type: ignore[method-assign]
    _add_nodes(net, g, lang, hidden)
    _add_edges(net, g, lang)
    return net


def _add_nodes(net: Any, g: nx.MultiDiGraph, lang: str, hidden: frozenset[str]) -> None:
    """The node records: style of the class, labels in both languages, tooltip data, initial position (the nodes
    of a ``hidden`` class hidden)."""
    class_labels = g.graph.get("class_labels", {})
    positions = initial_positions(g)
    if hidden:  # the nodes drawn at first are laid out among themselves, not around gaps left by hidden ones
        positions.update(initial_positions(g.subgraph([n for n, c in g.nodes(data="cls") if c not in hidden])))
    for n in sorted(g.nodes):
        data = g.nodes[n]
        cls = data.get("cls", OTHER_CLASS)
        colour, shape = style_of(cls)
        full = label_of(g, n, lang)
        degree = g.degree(n)
        x, y = positions[n]
        extra_node: dict[str, Any] = {} if degree else {"physics": False}  # isolated: stays in its grid cell
        if cls in hidden:
            extra_node["hidden"] = True
        net.add_node(
            n,
            label=shorten(full, LABEL_LIMIT),
            shape=shape,
            color={
                "background": colour,
                "border": "#333333",
                "highlight": {"background": colour, "border": "#000000"},
            },
            size=node_size(cls, degree),
            font=node_font(cls, g.number_of_nodes() > 800),
            cls=cls,
            clsLabel=class_labels.get(cls, {}).get(lang, cls),
            labelVi=data.get("label_vi") or full,
            labelEn=data.get("label_en") or full,
            attrs=_attributes(data.get("attributes", []), lang),
            sources=_sources(data.get("sources", [])),
            x=x,
            y=y,
            **extra_node,
        )


def _add_edges(net: Any, g: nx.MultiDiGraph, lang: str) -> None:
    """The edge records, in a stable order and with stable ids; parallel edges fan out."""
    pairs: dict[tuple[str, str], int] = {}
    for i, (u, v, key, data) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        pair = (min(u, v), max(u, v))
        nth = pairs[pair] = pairs.get(pair, -1) + 1
        label = data.get(f"label_{lang}") or data.get("label_vi") or key
        extra: dict[str, Any] = {}
        if nth:  # parallel edges fan out instead of overlapping
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            title=label,
            kgLabel=label,
            prop=key,
            attrs=_attributes(data.get("attributes", []), lang),
            sources=_sources(data.get("sources", [])),
            **extra,
        )


class _IdList(list):  # type: ignore[type-arg]
    """A list with set-speed membership tests (pyvis appends node ids and asks ``id in ids``)."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        self._seen.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def page_data(g: nx.MultiDiGraph, *, lang: str = "vi", title: str = "", concepts: bool = False) -> dict[str, Any]:
    """Everything the page draws, as plain JSON-ready data (nodes, edges, options, legend, UI strings).

    ``concepts``: show concept nodes from the start (else hidden until their legend box is ticked)."""
    if lang not in UI:
        raise ValueError(f"unknown language {lang!r}")
    hidden = frozenset() if concepts else frozenset(HIDDEN_BY_DEFAULT)
    net = _network(g, lang, hidden)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    counts: dict[str, int] = {}
    for _, cls in g.nodes(data="cls"):
        counts[cls or OTHER_CLASS] = counts.get(cls or OTHER_CLASS, 0) + 1
    class_labels = g.graph.get("class_labels", {})
    legend = [
        {
            "cls": cls,
            "label": class_labels.get(cls, {}).get(lang, cls),
            "color": style_of(cls)[0],
            "shape": style_of(cls)[1],
            "count": counts[cls],
            "hidden": cls in hidden,
        }
        for cls in sorted(counts, key=lambda c: (list(STYLES).index(c) if c in STYLES else len(STYLES), c))
    ]
    return {
        "title": title,
        "lang": lang,
        "ui": UI[lang],
        "legend": legend,
        "nodes": nodes,
        "edges": edges,
        "options": vis_options(g.number_of_nodes()),
    }


def render_html(g: nx.MultiDiGraph, *, lang: str = "vi", title: str = "", concepts: bool = False) -> str:
    """The self-contained viewer page for ``g``: UTF-8 text, no external resource, stable bytes."""
    vis_js, vis_css = _vis_assets()
    vis_js = _inline_script(vis_js)
    app_js = _inline_script(_asset("viewer.js"))
    css = _inline_style(vis_css) + "\n" + _inline_style(_asset("viewer.css"))
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    parts = {
        "LANG": lang,
        "CSP": html.escape(csp, quote=False),
        "TITLE": html.escape(title or "vnreport-kg", quote=False),
        "STYLE": css,
        "DATA": json_for_html(page_data(g, lang=lang, title=title, concepts=concepts)),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _asset("viewer.html"))


def write_html(
    g: nx.MultiDiGraph, path: str | Path, *, lang: str = "vi", title: str = "", concepts: bool = False
) -> Path:
    """Render ``g`` and write the page to ``path`` atomically (UTF-8)."""
    from kg.outfile import write_bytes_atomic

    page = render_html(g, lang=lang, title=title, concepts=concepts).encode("utf-8")
    return write_bytes_atomic(path, page)  # a file-system fault: one-line KgError E015
