"""A page per entity: ``/id/…`` answers HTML to browsers and Turtle, JSON-LD or N-Triples to RDF clients.

The path names the IRI in the published namespace (``--base``, default ``https://w3id.org/vnreport-kg/``), so
``https://w3id.org/vnreport-kg/id/person/x`` is served at ``/id/person/x``. The HTML is built on the server with
every text escaped (no script on the page); IRIs of the namespace link to their local pages.
"""

from __future__ import annotations

import html
import urllib.parse
from typing import Any

import pyoxigraph as ox

from kg.explore.api import HIDDEN_EDGES, Explorer, rdf_bytes
from kg.explore.routes import ExploreConfig, send

RDF_OFFERS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "application/x-turtle": "ttl",
    "text/plain": "nt",
}
FORMATS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}
OUTGOING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
EXISTS = "SELECT ?s WHERE { { ?s ?p ?o } UNION { ?x ?p ?s } } LIMIT 1"
SHOWN_LINKS = 50
UI = {
    "vi": {"names": "Tên khác", "posts": "Chức vụ", "awards": "Khen thưởng", "meetings": "Hội nghị, sự kiện",
           "facts": "Thuộc tính", "links": "Liên kết", "incoming": "Được liên kết từ", "sources": "Câu nguồn",
           "explore": "Mở trong trình khám phá", "article": "Bài", "given": "trao", "received": "nhận",
           "spoke": "phát biểu", "conferred": "trao khen thưởng", "more": "còn {n} nữa", "notfound": "Không có"},
    "en": {"names": "Other names", "posts": "Posts", "awards": "Awards", "meetings": "Meetings and events",
           "facts": "Attributes", "links": "Links", "incoming": "Linked from", "sources": "Source sentences",
           "explore": "Open in the explorer", "article": "Article", "given": "given", "received": "received",
           "spoke": "spoke", "conferred": "conferred awards", "more": "{n} more", "notfound": "Not found"},
}
STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:0 auto;padding:1rem 1.5rem 3rem;color:#1d232a}
h1{font-size:1.4rem;margin:.3rem 0}h2{font-size:1.05rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #d5dbe1}
.cls{color:#5b6670}.iri{font:12px ui-monospace,monospace;color:#5b6670;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:.92rem}td{border-top:1px solid #eef1f4;padding:.25rem .4rem;
vertical-align:top}mark{background:#ffe08a}li{margin:.2rem 0}.src{color:#5b6670;font-size:.85rem}a{color:#0b5cad}"""


def local_path(iri: str, cfg: ExploreConfig) -> str | None:
    """The local path of an IRI of the published namespace (None for any other IRI)."""
    return "/" + iri[len(cfg.base):] if iri.startswith(cfg.base) else None


def entity(handler: Any, ex: Explorer, cfg: ExploreConfig, url: urllib.parse.SplitResult) -> None:
    """Answer ``/id/…`` by content negotiation (``?format=ttl|jsonld|nt|html`` overrides ``Accept``)."""
    from kg.sparql.serve import negotiate

    iri = cfg.base + urllib.parse.unquote(url.path[1:])
    params = urllib.parse.parse_qs(url.query)
    fmt = (params.get("format") or [""])[-1]
    lang = (params.get("lang") or [cfg.lang])[-1]
    lang = lang if lang in UI else cfg.lang
    if fmt not in (*FORMATS, "html"):
        media = negotiate(handler.headers.get("Accept"), RDF_OFFERS)
        if media is None:
            send(handler, 406, ("offered: " + ", ".join(RDF_OFFERS) + "\n").encode(), "text/plain; charset=utf-8")
            return
        fmt = RDF_OFFERS[media]
    vary = {"Vary": "Accept", "Link": f'<{iri}>; rel="canonical"'}
    if not any(True for _ in ex.source.select(EXISTS, s=iri)):
        body = page(lang, UI[lang]["notfound"], f"<h1>{html.escape(UI[lang]['notfound'])}</h1>"
                    f"<p class=iri>{html.escape(iri)}</p>")
        send(handler, 404, body.encode("utf-8"), "text/html; charset=utf-8", vary)
        return
    if fmt in FORMATS:
        media = FORMATS[fmt]
        triples = sorted((ox.Triple(r["s"], r["p"], r["o"]) for r in ex.source.select(OUTGOING, s=iri)), key=str)
        data = rdf_bytes(triples, fmt)
        send(handler, 200, data or b"", f"{media}; charset=utf-8", vary)
        return
    send(handler, 200, render(ex, cfg, iri, lang).encode("utf-8"), "text/html; charset=utf-8", vary)


def page(lang: str, title: str, body: str) -> str:
    """The page skeleton."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>")


def link(rec: dict[str, Any], cfg: ExploreConfig) -> str:
    """An entity's label, linked to its local page when it is in the namespace."""
    label = html.escape(rec["label"])
    path = local_path(rec["iri"], cfg)
    if path:
        return f'<a href="{html.escape(path)}">{label}</a>'
    return f'<span title="{html.escape(rec["iri"])}">{label}</span>'


def _article(art: dict[str, Any] | None, cfg: ExploreConfig, t: dict[str, str]) -> str:
    if not art:
        return ""
    date = f" ({html.escape(art['date'])})" if art.get("date") else ""
    return f'<span class=src>{t["article"]}: {link({"iri": art["iri"], "label": art["title"]}, cfg)}{date}</span>'


def render(ex: Explorer, cfg: ExploreConfig, iri: str, lang: str) -> str:
    """The HTML page of one entity: names, class, timeline (officials), attributes, links, sources."""
    t = UI[lang]
    node = ex.node(iri, lang)
    parts = [f"<h1>{html.escape(node['label'])}</h1>",
             f"<div class=cls>{html.escape(', '.join(c['label'] for c in node['classes']))}"
             f"{' — ' + html.escape(node['hint']) if node['hint'] else ''}</div>",
             f"<div class=iri>{html.escape(iri)}</div>",
             f'<p><a href="/explore#n={urllib.parse.quote(iri, safe="")}">{t["explore"]}</a> · '
             '<a href="?format=ttl">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> · '
             '<a href="?format=nt">N-Triples</a></p>']
    others = [n for n in node["names"] if n != node["label"]]
    if others:
        parts.append(f"<h2>{t['names']}</h2><p>{html.escape('; '.join(others))}</p>")
    if node["group"] == "Official":
        parts.append(_timeline(ex, cfg, iri, lang))
    if node["literals"]:
        rows = "".join(f"<tr><td>{html.escape(x['label'])}</td><td>{html.escape(x['value'])}"
                       f"{'…' if x['cut'] else ''}</td></tr>" for x in node["literals"])
        parts.append(f"<h2>{t['facts']}</h2><table>{rows}</table>")
    parts.append(_links(ex, cfg, iri, lang, node))
    parts.append(_sources(ex, cfg, iri, t))
    return page(lang, node["label"], "".join(parts))


def _timeline(ex: Explorer, cfg: ExploreConfig, iri: str, lang: str) -> str:
    t = UI[lang]
    tl = ex.timeline(iri, lang)
    out = []
    by_post: dict[str, list[dict[str, Any]]] = {}
    for p in tl["posts"]:
        by_post.setdefault(p["post"]["iri"], []).append(p)
    if by_post:
        items: list[str] = []
        for held in sorted(by_post.values(), key=lambda h: (-len(h), h[0]["post"]["label"])):
            stated = "".join(f"<li>{html.escape(p['date']) + ' ' if p['date'] else ''}"
                             f"{_article(p['article'], cfg, t)}</li>" for p in held[:SHOWN_LINKS])
            items.append(f"<li>{link(held[0]['post'], cfg)} ({len(held)})<ul>{stated}</ul></li>")
        out.append(f"<h2>{t['posts']}</h2><ul>{''.join(items)}</ul>")
    if tl["awards"]:
        items_html = "".join(f"<li>{t[a['role']]}: {link(a['award'], cfg)}"
                        f"{' — ' + link(a['event'], cfg) if a['event'] else ''} {_article(a['article'], cfg, t)}</li>"
                        for a in tl["awards"])
        out.append(f"<h2>{t['awards']}</h2><ul>{items_html}</ul>")
    if tl["meetings"]:
        items_html = "".join(f"<li>{link(m['event'], cfg)} ({t[m['role']]})"
                        f"{' · ' + html.escape(m['date']) if m['date'] else ''}"
                        f" {_article(m['article'], cfg, t)}</li>" for m in tl["meetings"])
        out.append(f"<h2>{t['meetings']}</h2><ul>{items_html}</ul>")
    return "".join(out)


def _links(ex: Explorer, cfg: ExploreConfig, iri: str, lang: str, node: dict[str, Any]) -> str:
    t = UI[lang]
    rows = []
    for c in node["out"]:
        if c["pred"] in HIDDEN_EDGES:
            continue
        found = ex.expand(iri, c["pred"], "out", SHOWN_LINKS, lang)
        more = f" <span class=src>({t['more'].format(n=c['count'] - len(found['nodes']))})</span>" \
            if c["count"] > len(found["nodes"]) else ""
        rows.append(f"<tr><td>{html.escape(c['label'])}</td><td>"
                    + ", ".join(link(n, cfg) for n in found["nodes"]) + more + "</td></tr>")
    incoming = "".join(f"<tr><td>{html.escape(c['label'])}</td><td>{c['count']}</td></tr>" for c in node["in"])
    out = f"<h2>{t['links']}</h2><table>{''.join(rows)}</table>" if rows else ""
    return out + (f"<h2>{t['incoming']}</h2><table>{incoming}</table>" if incoming else "")


def _sources(ex: Explorer, cfg: ExploreConfig, iri: str, t: dict[str, str]) -> str:
    prov = ex.provenance(iri, 10)
    if not prov["items"]:
        return ""
    items = []
    for item in prov["items"]:
        text, pos, marked = item["text"], 0, []
        for b, e in item["spans"]:
            marked.append(html.escape(text[pos:b]) + "<mark>" + html.escape(text[b:e]) + "</mark>")
            pos = e
        marked.append(html.escape(text[pos:]))
        items.append(f"<li>{''.join(marked)} {_article(item['article'], cfg, t)}</li>")
    more = f"<p class=src>{t['more'].format(n=prov['total'] - len(items))}</p>" if prov["total"] > len(items) else ""
    return f"<h2>{t['sources']}</h2><ul>{''.join(items)}</ul>{more}"
