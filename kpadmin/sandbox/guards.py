"""Keep web pages the user visits from using the sandbox behind their back.

The sandbox listens on the user's machine, and any web page can make the
browser send requests there. Two doors are closed:

- DNS rebinding: a page on ``evil.example`` points its own name at 127.0.0.1
  and then reads the sandbox as if it were same-origin. The browser still
  sends ``Host: evil.example``, so every route refuses a Host that is not an
  address this server answers on (the socket's own address and port; for a
  loopback socket also ``127.0.0.1``, ``localhost`` and ``[::1]`` with that
  port; plus names given with ``--allow-host``).
- Cross-site requests: a page can post a form to 127.0.0.1. State-changing
  requests outside the API (the admin endpoints, the approval page's buttons)
  are refused when their ``Origin`` (or, lacking one, ``Referer``) is another
  origin. Requests with neither header (curl, tests, the SDK) are allowed: a
  browser always sends ``Origin`` on a cross-site POST.

The API itself needs no Origin check: it wants an API key in a header, which
a cross-site form cannot send.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from aiohttp import web

from kpadmin.sandbox.errors import ApiError

_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def served_hosts(request: web.Request, extra: Iterable[str] = ()) -> frozenset[str]:
    """The ``host:port`` values a request to this socket may name in ``Host``."""
    sock = request.transport.get_extra_info("sockname") if request.transport else None
    if not sock:
        return frozenset()
    ip, port = str(sock[0]), int(sock[1])
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return frozenset()
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    shown = f"[{addr}]" if addr.version == 6 else str(addr)
    names = {shown, *extra}
    if addr.is_loopback:
        names.update(_LOOPBACK_NAMES)
    hosts = {f"{n.lower()}:{port}" for n in names}
    if port == 80:
        hosts.update(n.lower() for n in names)
    return frozenset(hosts)


def check_host(request: web.Request, extra: Iterable[str] = ()) -> None:
    """Refuse a ``Host`` this server does not answer as (DNS rebinding).

    Raises:
        ApiError: 400 naming the Host that was refused.
    """
    allowed = served_hosts(request, extra)
    host = request.headers.get("Host", "").strip().lower()
    if not allowed or host in allowed:
        return
    raise ApiError(
        400,
        "invalid_request_error",
        f"Invalid request: this sandbox does not answer for the host {host!r}. Reach it "
        "by its own address (127.0.0.1 or localhost and its port), or start it with "
        "--allow-host NAME.",
    )


def check_origin(request: web.Request, extra: Iterable[str] = ()) -> None:
    """Refuse a browser request sent from another origin (a cross-site form or fetch).

    Raises:
        ApiError: 403 naming the origin that was refused.
    """
    origin = request.headers.get("Origin")
    source = origin if origin is not None else request.headers.get("Referer")
    if source is None:
        return
    if _own_origin(request, source.strip(), extra):
        return
    raise ApiError(
        403,
        "invalid_request_error",
        f"Invalid request: requests from the origin {source[:200]!r} may not change this "
        "sandbox; use its own pages or call it without a browser.",
    )


def _own_origin(request: web.Request, source: str, extra: Iterable[str]) -> bool:
    """Whether ``source`` (an Origin or Referer) is one of this server's own origins."""
    try:
        parts = urlsplit(source)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # a port that is not a number, brackets that do not close
        return False
    if parts.scheme != request.scheme or not parts.hostname:
        return False
    name = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{name}:{port}".lower() in served_hosts(request, extra)
