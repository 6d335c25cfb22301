"""Rewrite the query page's Content-Security-Policy after its inline script changed (the hash must match).

Usage: python scripts/query_page_csp.py   (rewrites kg/web/index.html in place; a test checks the hash)
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.view.render import _sha256

PAGE = Path(__file__).resolve().parents[1] / "kg" / "web" / "index.html"


def main() -> None:
    text = PAGE.read_text("utf-8")
    script = re.search(r"<script>(.*?)</script>", text, re.S)
    assert script, "the query page has no inline script"
    text = re.sub(r"script-src '[^']*'", f"script-src {_sha256(script.group(1))}", text, count=1)
    PAGE.write_text(text, "utf-8")
    print(f"{PAGE}: script-src {_sha256(script.group(1))}")


if __name__ == "__main__":
    main()
