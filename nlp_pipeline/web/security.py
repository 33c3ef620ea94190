"""What stands between the network and the pages: the Host allowlist, the access token, the
security headers. `create_app` applies them to every response; `serve` chooses the settings.

- Host: a request must name this server as it knows itself. A page of another site that gets
  its name resolved to 127.0.0.1 (DNS rebinding) still sends its own name and is refused.
- Token: served beyond this computer, every request needs the token: an `Authorization: Bearer`
  header (the API), or a cookie the browser gets by opening any page once with `?token=…`.
- Headers: no framing, no sniffing, scripts and styles from this server only, no referrer
  to other sites (search words are in URLs; a browser still names its origin to this one).

Starlette's TrustedHostMiddleware answers a bad Host in English plain text; the pages answer in
Chinese, so the check is here.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urlencode

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
TOKEN_COOKIE = "nlp_pipeline_token"
TOKEN_PARAMETER = "token"
TOKEN_VARIABLE = "NLP_PIPELINE_TOKEN"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port (`[::1]:8000` -> `::1`)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def names_of_this_machine(bind_host: str) -> list[str]:
    """The names a client on the network may use for this server when it binds `bind_host`."""
    names = list(LOOPBACK_NAMES)
    if bind_host not in ("0.0.0.0", "::", ""):
        names.append(bind_host)
        return names
    hostname = socket.gethostname()
    names += [hostname, socket.getfqdn()]
    try:
        names += socket.gethostbyname_ex(hostname)[2]
    except OSError:
        pass
    return list(dict.fromkeys(name.lower() for name in names if name))


@dataclass
class Guard:
    """The settings of the checks; `token` None means none is asked (this computer only)."""

    allowed_hosts: list[str] = field(default_factory=lambda: list(LOOPBACK_NAMES))
    token: str | None = None

    def host_allowed(self, header: str) -> bool:
        return "*" in self.allowed_hosts or host_name(header) in {h.lower() for h in self.allowed_hosts}

    @property
    def cookie_value(self) -> str:
        # the cookie holds a digest, so that it never shows the token itself
        return hashlib.sha256(f"{TOKEN_COOKIE}:{self.token}".encode()).hexdigest()

    def token_matches(self, given: str | None) -> bool:
        if not (self.token and given):
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    def authorized(self, headers, cookies) -> bool:
        if self.token is None:
            return True
        scheme, _, credential = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.token_matches(credential.strip()):
            return True
        cookie = cookies.get(TOKEN_COOKIE, "")
        return bool(cookie) and hmac.compare_digest(cookie, self.cookie_value)


def without_token(path: str, query_items: list[tuple[str, str]]) -> str:
    """The URL to send a browser to once its ?token= has been turned into a cookie."""
    kept = [(key, value) for key, value in query_items if key != TOKEN_PARAMETER]
    return path + (f"?{urlencode(kept)}" if kept else "")
