"""Which mode a connection is in, and where a key may be sent: decided by the key itself.

A profile's mode drives the badge, the window title and the LIVE
confirmations before money moves, so it must never depend on something as
weak as "a custom base URL was given": an ``sk_live_`` key sent through a
local proxy is still a live key moving real money. The rules:

- The key's prefix decides between LIVE and TEST (:func:`key_mode`).
- SANDBOX is a TEST key answered by a server that says it is kpadmin's
  sandbox (the :data:`SANDBOX_HEADER` response header, which Stripe never
  sends); it only widens what a test profile may open (the sandbox's own
  approval page), never what a live key may do.
- Stripe's answers carry ``livemode``; when it disagrees with the key
  (:func:`livemode_disagrees`) the profile is not used.
- A live key is only sent over https; ``http://`` is only for a server on
  this machine and a test key (:func:`check_api_base`).

Qt-free and I/O-free: the connect form, the profile store and the gateway's
key check all apply the same functions.
"""

from __future__ import annotations

import ipaddress
from typing import Literal

KeyMode = Literal["test", "live"]

#: Response header kpadmin's sandbox adds to every API answer (Stripe never sends it).
SANDBOX_HEADER = "Kpadmin-Sandbox"

#: Secret and restricted key prefixes and the mode each one means.
KEY_PREFIXES: dict[str, KeyMode] = {
    "sk_live_": "live",
    "rk_live_": "live",
    "sk_test_": "test",
    "rk_test_": "test",
}

# Reasons an API base URL is refused (the UI maps them to sentences).
BASE_NOT_URL = "not_url"
BASE_SCHEME = "scheme"
BASE_CREDENTIALS = "credentials"
BASE_QUERY = "query"
BASE_HTTP_REMOTE = "http_remote"
BASE_HTTP_LIVE = "http_live"


def key_mode(key: str) -> KeyMode | None:
    """``live`` or ``test`` from the key's prefix; None for anything else (``pk_``, garbage)."""
    for prefix, mode in KEY_PREFIXES.items():
        if key.startswith(prefix):
            return mode
    return None


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (as a URL writes it) is an address on this machine.

    Only IP literals count: ``localhost`` is a name that a hosts file or a
    resolver may point anywhere.
    """
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_api_base(base: str | None, mode: KeyMode) -> str | None:
    """Why a key of ``mode`` must not be sent to ``base``, or None when it may.

    None (Stripe's own https API) is always fine. ``https://`` anywhere is
    fine. ``http://`` only on this machine (127.0.0.0/8, ``[::1]``) and only
    with a test key: a live key never travels in clear text, not even
    through a local proxy.
    """
    if base is None:
        return None
    import ada_url  # ~10 ms: not before the window's first paint, which reads no key

    try:
        url = ada_url.URL(base)
    except ValueError:
        return BASE_NOT_URL
    scheme = url.protocol.rstrip(":")
    if scheme not in ("http", "https") or not url.hostname:
        return BASE_SCHEME
    if url.username or url.password:
        return BASE_CREDENTIALS
    if url.search or url.hash:
        return BASE_QUERY
    if scheme == "http":
        if mode == "live":
            return BASE_HTTP_LIVE
        if not is_loopback_host(url.hostname):
            return BASE_HTTP_REMOTE
    return None


def normalise_api_base(base: str) -> str:
    """``base`` as a URL parser writes it, without a trailing ``/`` (the SDK adds ``/v1``)."""
    import ada_url

    return ada_url.URL(base).href.rstrip("/")


def livemode_disagrees(mode: KeyMode, livemode: bool | None) -> bool:
    """Whether the server's ``livemode`` contradicts the key (unknown never contradicts)."""
    return livemode is not None and livemode != (mode == "live")


def profile_mode(mode: KeyMode, sandbox: bool) -> Literal["test", "live", "sandbox"]:
    """The profile's mode: a live key is LIVE whatever answered; SANDBOX needs a test key."""
    if mode == "live":
        return "live"
    return "sandbox" if sandbox else "test"
