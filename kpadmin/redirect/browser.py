"""Handing an approval URL to the system browser, after checking it is one we expect.

The URL comes from Stripe's answer (``next_action.redirect_to_url.url``), but
it is opened by the operating system, which will happily run ``file:`` or
custom-scheme URLs. So before ``QDesktopServices.openUrl`` the URL must be
``https`` on a Stripe host (``stripe.com`` or a subdomain: Stripe's redirect
pages live on such hosts), or, for a SANDBOX profile only, on the sandbox's
own origin (``http://127.0.0.1:PORT``). Anything else is refused with a reason
code the UI translates.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

# Hosts (and their subdomains) that may serve an approval page in TEST and LIVE modes.
STRIPE_HOSTS = ("stripe.com",)

# Reason codes of a refusal (the UI maps them to sentences).
EMPTY = "empty"
BAD_SCHEME = "scheme"
CREDENTIALS = "credentials"
NOT_STRIPE = "host"


@dataclass(frozen=True, slots=True)
class UrlCheck:
    """The verdict on a URL: ``ok``, or ``reason`` (one of the codes above) and the scheme/host."""

    ok: bool
    reason: str = ""
    scheme: str = ""
    host: str = ""


def _origin(url: str) -> tuple[str, str, int | None] | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def check_url(url: str, *, sandbox_origin: str | None = None) -> UrlCheck:
    """Whether ``url`` may be opened in the browser.

    Args:
        url: the approval page URL Stripe returned.
        sandbox_origin: the sandbox base URL for a SANDBOX profile (its
            origin is allowed too); None in TEST and LIVE modes.
    """
    url = (url or "").strip()
    if not url:
        return UrlCheck(False, EMPTY)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return UrlCheck(False, BAD_SCHEME)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if parts.username is not None or parts.password is not None:
        return UrlCheck(False, CREDENTIALS, scheme, host)
    if sandbox_origin:
        origin = _origin(sandbox_origin)
        if origin is not None and (scheme, host, port) == origin and scheme in ("http", "https"):
            return UrlCheck(True, "", scheme, host)
    if scheme != "https":
        return UrlCheck(False, BAD_SCHEME, scheme, host)
    if not any(host == h or host.endswith("." + h) for h in STRIPE_HOSTS):
        return UrlCheck(False, NOT_STRIPE, scheme, host)
    return UrlCheck(True, "", scheme, host)


def open_in_browser(url: str, *, sandbox_origin: str | None = None) -> UrlCheck:
    """Check ``url`` and, if allowed, hand it to the system browser.

    Returns the check; ``ok`` False means nothing was opened. ``ok`` True with
    ``reason == "failed"`` means the desktop had no browser to open it with.
    """
    verdict = check_url(url, sandbox_origin=sandbox_origin)
    if not verdict.ok:
        return verdict
    if not QDesktopServices.openUrl(QUrl(url.strip(), QUrl.ParsingMode.StrictMode)):
        return UrlCheck(True, "failed", verdict.scheme, verdict.host)
    return verdict
