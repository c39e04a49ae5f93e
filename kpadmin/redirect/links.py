"""The one check every link from Stripe passes before it is shown, copied, encoded or opened.

An approval link (``next_action.redirect_to_url.url``) ends up in four places:
the dialog's link field, the clipboard, the QR code the buyer scans, and the
system browser. A link that is safe for one but not the others is not safe,
so :func:`check_link` decides once, and what it returns is the only string
the UI may put in any of them: :attr:`LinkCheck.url`, the link as serialised
by a WHATWG URL parser (ada, the parser Node.js uses). Browsers and phone
cameras parse links the WHATWG way, where ``\\`` separates path segments and
``https://evil.com\\.stripe.com/`` goes to ``evil.com``; a check made with
another parser (``urllib.parse``) can agree to a link the browser reads
differently.

Allowed:

- ``https`` links, on the default port, without user name or password, to a
  host in ``hosts`` (an exact name, or ``.domain`` for its subdomains). For
  approvals that is :data:`APPROVAL_HOSTS`, the hosts Stripe sends redirect
  payment methods such as Kakao Pay to; Stripe's other pages (hosted
  invoices) use :data:`STRIPE_PAGES`.
- For a SANDBOX profile only: the sandbox's own origin (scheme, host and
  port of its base URL), and only when that origin is on this machine
  (127.0.0.0/8 or ``[::1]``).
- Only links already written the way the parser writes them. Stripe sends
  canonical links; anything else (upper case, ``\\``, tabs, percent-encoded
  or non-ASCII host names, ``:443``, ``https:host``) is someone trying a
  parser trick, and is refused rather than repaired.

Qt-free: the dialog and :mod:`kpadmin.redirect.browser` both call it.
"""

from __future__ import annotations

from dataclasses import dataclass

import ada_url

from kpadmin.domain.connection import is_loopback_host

#: Hosts Stripe sends a redirect payment method's buyer to (``next_action.redirect_to_url``):
#: ``pm-redirects`` for PaymentIntents and SetupIntents, ``hooks`` for older redirects.
APPROVAL_HOSTS: tuple[str, ...] = ("pm-redirects.stripe.com", "hooks.stripe.com")
#: Stripe's own pages (hosted invoices on ``invoice.stripe.com``...): stripe.com and its subdomains.
STRIPE_PAGES: tuple[str, ...] = ("stripe.com", ".stripe.com")

#: Longest link accepted: Stripe's are a few hundred characters, and a QR code at the
#: dialog's error-correction level holds about 2,300.
MAX_LENGTH = 2048

# Reason codes of a refusal (the UI maps them to sentences).
EMPTY = "empty"
UNUSUAL = "unusual"  # characters no Stripe link has: spaces, control, non-ASCII, backslash
TOO_LONG = "too_long"
UNPARSABLE = "unparsable"
BAD_SCHEME = "scheme"
CREDENTIALS = "credentials"
NOT_STRIPE = "host"
PORT = "port"
NOT_CANONICAL = "not_canonical"


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """The verdict on a link.

    Attributes:
        ok: the link may be shown, copied, encoded and opened.
        url: when ``ok``, the parser's serialisation: the exact string to use
            everywhere; "" when refused.
        reason: one of the reason codes above when refused.
        scheme: the scheme as parsed (without ``:``), for the refusal sentence.
        host: the host as parsed (ASCII), for the refusal sentence.
    """

    ok: bool
    url: str = ""
    reason: str = ""
    scheme: str = ""
    host: str = ""


def _refuse(reason: str, scheme: str = "", host: str = "") -> LinkCheck:
    return LinkCheck(False, "", reason, scheme, host)


def _unusual(raw: str) -> bool:
    return any(not ("!" <= ch <= "~") or ch == "\\" for ch in raw)


def loopback_origin(base_url: str | None) -> tuple[str, str, str] | None:
    """``(scheme, host, port)`` of ``base_url`` when it is http(s) on this machine, else None."""
    if not base_url:
        return None
    try:
        url = ada_url.URL(base_url)
    except ValueError:
        return None
    scheme = url.protocol.rstrip(":")
    if scheme not in ("http", "https") or url.username or url.password:
        return None
    host = url.hostname
    if not is_loopback_host(host):
        return None
    return scheme, host, url.port


def _host_allowed(host: str, hosts: tuple[str, ...]) -> bool:
    for allowed in hosts:
        if allowed.startswith("."):
            if host.endswith(allowed) and len(host) > len(allowed):
                return True
        elif host == allowed:
            return True
    return False


def check_link(
    raw: str | None,
    *,
    hosts: tuple[str, ...] = APPROVAL_HOSTS,
    sandbox_origin: str | None = None,
) -> LinkCheck:
    """Whether ``raw`` may be shown, copied, QR-encoded and opened; see the module docstring.

    Args:
        raw: the link as Stripe (or the sandbox) sent it.
        hosts: the Stripe hosts allowed (exact names, or ``.domain`` for subdomains).
        sandbox_origin: the profile's API base URL for a SANDBOX profile; None
            for TEST and LIVE profiles. Its origin is allowed only when it is on
            this machine.
    """
    raw = raw or ""
    if not raw.strip():
        return _refuse(EMPTY)
    if _unusual(raw):
        return _refuse(UNUSUAL)
    if len(raw) > MAX_LENGTH:
        return _refuse(TOO_LONG)
    try:
        url = ada_url.URL(raw)
    except ValueError:
        return _refuse(UNPARSABLE)
    scheme, host, port = url.protocol.rstrip(":"), url.hostname, url.port
    if scheme not in ("http", "https"):
        return _refuse(BAD_SCHEME, scheme, host)
    if url.username or url.password:
        return _refuse(CREDENTIALS, scheme, host)
    sandbox = loopback_origin(sandbox_origin)
    if sandbox is None or (scheme, host, port) != sandbox:
        if scheme != "https":
            return _refuse(BAD_SCHEME, scheme, host)
        if not _host_allowed(host, hosts):
            return _refuse(NOT_STRIPE, scheme, host)
        if port:
            return _refuse(PORT, scheme, host)
    if url.href != raw:
        return _refuse(NOT_CANONICAL, scheme, host)
    return LinkCheck(True, url.href, "", scheme, host)
