"""Where Debian's Chromium is and the flags it needs here (headless, no sandbox as root, no background network).

Shared by the browser tests and the viewer scripts; the viewer itself never starts a browser.
"""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS: list[str] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
