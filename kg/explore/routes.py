"""HTTP for the explorer: one ``route(handler, url) -> bool`` that ``kg serve`` tries before its 404.

Paths: ``/explore`` (the page), ``/explore/assets/NAME`` (vendored JS/CSS), ``/explore/api/*`` (JSON),
``/web/NAME`` (the query page's script and style) and ``/id/…`` (entity pages, see :mod:`kg.explore.pages`).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.explore.api import Explorer
from kg.rdf.namespace import BASE, PREFIXES, VNR

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".html": "text/html; charset=utf-8"}
MAX_VIEW = 2000
Route = Callable[[Any, urllib.parse.SplitResult], bool]


@dataclass
class ExploreConfig:
    """What the explorer was started with: the published namespace and the default language."""

    base: str = BASE
    lang: str = "vi"


def send(handler: Any, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
    """Write one complete response with the explorer's security headers (stdlib handler API only)."""
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Content-Security-Policy", CSP)
    handler.send_header("X-Content-Type-Options", "nosniff")
    handler.send_header("Referrer-Policy", "no-referrer")
    for k, v in (extra or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def send_json(handler: Any, value: Any, status: int = 200) -> None:
    """A JSON answer."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    send(handler, status, body, "application/json; charset=utf-8", {"Cache-Control": "no-store"})


@lru_cache(maxsize=32)
def asset(package: str, name: str) -> bytes | None:
    """A packaged static file, or None (names are looked up, never joined into paths)."""
    if package == "vis":
        from kg.view.render import _vis_assets

        js, css = _vis_assets()
        return {"vis-network.min.js": js, "vis-network.css": css}.get(name, "").encode("utf-8") or None
    folder = resources.files("kg").joinpath(*package.split("/"))
    names = {p.name for p in folder.iterdir() if p.is_file()} if folder.is_dir() else set()
    return folder.joinpath(name).read_bytes() if name in names else None


def config_record(cfg: ExploreConfig) -> dict[str, Any]:
    """What the pages need to know: the namespace to link locally, the language, prefixes, ontology terms."""
    terms = sorted(f"vnr:{name}" for name in VNR.__annotations__)
    return {"base": cfg.base, "lang": cfg.lang, "prefixes": {k: str(v) for k, v in PREFIXES.items()},
            "terms": terms}


def make_route(explorer: Explorer, cfg: ExploreConfig | None = None) -> Route:
    """The route function for ``server.routes``."""
    cfg = cfg or ExploreConfig(lang=explorer.lang)
    from kg.explore import pages

    def route(handler: Any, url: urllib.parse.SplitResult) -> bool:
        path = url.path
        if path in ("/explore", "/explore/"):
            page = asset("explore/assets", "explore.html")
            if page is None:
                send(handler, 404, b"the explorer page is not installed\n", "text/plain; charset=utf-8")
            else:
                send(handler, 200, page, TYPES[".html"])
        elif path.startswith("/explore/assets/") or path.startswith("/web/"):
            package = "web" if path.startswith("/web/") else "explore/assets"
            name = path.rsplit("/", 1)[-1]
            body = asset("vis", name) if name.startswith("vis-network") else asset(package, name)
            suffix = "." + name.rsplit(".", 1)[-1]
            if body is None or suffix not in TYPES or name.endswith(".html"):
                send(handler, 404, b"not found\n", "text/plain; charset=utf-8")
            else:
                send(handler, 200, body, TYPES[suffix], {"Cache-Control": "max-age=3600"})
        elif path.startswith("/explore/api/"):
            params = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
            try:
                answer(handler, explorer, cfg, path.rsplit("/", 1)[-1], params)
            except ValueError as err:
                send_json(handler, {"error": str(err)}, 400)
        elif path.startswith("/id/"):
            pages.entity(handler, explorer, cfg, url)
        else:
            return False
        return True

    return route


def answer(handler: Any, ex: Explorer, cfg: ExploreConfig, name: str, params: dict[str, str]) -> None:
    """One API call; unknown names are 404, missing parameters 400 (ValueError)."""
    lang = params["lang"] if params.get("lang") in ("vi", "en") else cfg.lang
    iri = params.get("iri", "")
    if name not in ("search", "config", "provinces", "view", "export") and not iri.startswith(("http://", "https://")):
        raise ValueError("give iri=<an http(s) IRI>")
    limit = _int(params.get("limit"), 20)
    if name == "config":
        send_json(handler, config_record(cfg))
    elif name == "provinces":
        send_json(handler, ex.index.provinces())
    elif name == "search":
        groups = [g for g in params.get("cls", "").split(",") if g]
        send_json(handler, ex.search(params.get("q", ""), groups, params.get("province", ""), min(limit, 100),
                                     lang, params.get("concepts") == "1"))
    elif name == "node":
        send_json(handler, ex.node(iri, lang))
    elif name == "expand":
        direction = params.get("dir", "all")
        if direction not in ("in", "out", "all"):
            raise ValueError("dir is in, out or all")
        send_json(handler, ex.expand(iri, params.get("pred", "*"), direction, limit, lang))
    elif name == "timeline":
        send_json(handler, ex.timeline(iri, lang))
    elif name == "provenance":
        send_json(handler, ex.provenance(iri, min(limit, 50)))
    elif name == "view":
        send_json(handler, ex.view(_iris(params, cfg)[:MAX_VIEW], lang))
    elif name == "export":
        iris = _iris(params, cfg)
        fmt = "csv" if params.get("format") == "csv" else "ttl"
        body, ctype = ex.export(iris[:MAX_VIEW], fmt, lang)
        disposition = f'attachment; filename="view.{fmt}"'
        send(handler, 200, body, ctype, {"Content-Disposition": disposition})
    else:
        send_json(handler, {"error": f"no API {name}"}, 404)


def _iris(params: dict[str, str], cfg: ExploreConfig) -> list[str]:
    """``iris=`` as a list; IRIs of the published namespace may come without it ("id/person/…", a short URL)."""
    given = [i for i in params.get("iris", "").split(" ") if i]
    return list(dict.fromkeys(i if i.startswith(("http://", "https://")) else cfg.base + i for i in given))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        raise ValueError(f"not a number: {value}") from None
