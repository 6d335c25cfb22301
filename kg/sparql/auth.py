"""HTTP Basic and Digest authentication for SPARQL stores, computed here: urllib's digest handler fails on large
bodies (the server answers 401 before reading them), so a small probe learns the challenge first
(:meth:`Auth.probe`). Used by ``kg push`` and ``kg query --endpoint`` with credentials.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import KgError


class Auth:
    """HTTP Basic or Digest credentials; the scheme is learnt from the server's first challenge."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.challenge: dict[str, str] | None = None
        self.scheme: str | None = None
        self.count = 0

    def learn(self, header: str) -> None:
        """Read a ``WWW-Authenticate`` header."""
        scheme, _, rest = header.strip().partition(" ")
        self.scheme = scheme.lower()
        self.challenge = {k.lower(): v1 or v2 for k, v1, v2 in re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]*))', rest)}
        self.count = 0

    def header(self, method: str, url: str) -> str | None:
        """The ``Authorization`` value for one request (None before a challenge was learnt)."""
        if self.scheme == "basic":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            return f"Basic {token}"
        if self.scheme != "digest" or self.challenge is None:
            return None
        c = self.challenge
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        self.count += 1
        nc, cnonce = f"{self.count:08x}", os.urandom(8).hex()

        def h(text: str) -> str:
            return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()

        ha1 = h(f"{self.user}:{c.get('realm', '')}:{self.password}")
        ha2 = h(f"{method}:{uri}")
        qop = "auth" if "auth" in c.get("qop", "").split(",") else ""
        if qop:
            response = h(f"{ha1}:{c['nonce']}:{nc}:{cnonce}:{qop}:{ha2}")
        else:
            response = h(f"{ha1}:{c.get('nonce', '')}:{ha2}")
        fields = [
            f'username="{self.user}"',
            f'realm="{c.get("realm", "")}"',
            f'nonce="{c.get("nonce", "")}"',
            f'uri="{uri}"',
            f'response="{response}"',
            "algorithm=MD5",
        ]
        if "opaque" in c:
            fields.append(f'opaque="{c["opaque"]}"')
        if qop:
            fields += [f"qop={qop}", f"nc={nc}", f'cnonce="{cnonce}"']
        return "Digest " + ", ".join(fields)

    def probe(self, url: str, timeout: float) -> None:
        """Learn the challenge with a bodiless HEAD request (no-op when the server wants none)."""
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
                return
        except urllib.error.HTTPError as err:
            challenge = err.headers.get("WWW-Authenticate")
            if err.code == 401 and challenge:
                self.learn(challenge)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
            raise KgError(
                "E501", f"cannot reach {url}: {getattr(err, 'reason', err)}", "is the store running?"
            ) from None


def authorise(request: urllib.request.Request, user: str, password: str, timeout: float = 30.0) -> None:
    """Add an ``Authorization`` header to ``request`` (probing the server for its scheme)."""
    auth = Auth(user, password)
    auth.probe(request.full_url, timeout)
    value = auth.header(request.get_method(), request.full_url)
    if value:
        request.add_header("Authorization", value)
