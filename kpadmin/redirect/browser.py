"""Handing a link from Stripe to the system browser, after :func:`links.check_link` agreed.

The link comes from Stripe's answer (an approval page, a hosted invoice), but
it is opened by the operating system, which will happily run ``file:`` or
custom-scheme URLs. So nothing reaches ``QDesktopServices.openUrl`` that did
not pass :func:`kpadmin.redirect.links.check_link`, and what is opened is the
string that check returned (its WHATWG serialisation), never the raw text.

A message to the customer goes to the desktop's mail app the same way
(:func:`open_mail_draft`): only a ``mailto:`` link, as
:func:`kpadmin.domain.customer_message.mailto_url` builds it.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kpadmin.redirect.links import (
    BAD_SCHEME,
    CREDENTIALS,
    EMPTY,
    NOT_STRIPE,
    STRIPE_PAGES,
    LinkCheck,
    check_link,
)

# Kept for callers that name the verdict by its older name.
UrlCheck = LinkCheck

__all__ = [
    "BAD_SCHEME",
    "CREDENTIALS",
    "EMPTY",
    "NOT_STRIPE",
    "UrlCheck",
    "check_url",
    "open_checked",
    "open_in_browser",
    "open_mail_draft",
]


def check_url(
    url: str, *, sandbox_origin: str | None = None, hosts: tuple[str, ...] = STRIPE_PAGES
) -> LinkCheck:
    """:func:`~kpadmin.redirect.links.check_link` for Stripe's pages (any stripe.com host)."""
    return check_link(url, hosts=hosts, sandbox_origin=sandbox_origin)


def open_checked(verdict: LinkCheck) -> LinkCheck:
    """Open a link that passed the check (its serialisation); refused verdicts open nothing.

    Returns ``verdict``; ``ok`` True with ``reason == "failed"`` means the
    desktop had no browser to open it with.
    """
    if not verdict.ok or not verdict.url:
        return verdict
    if not QDesktopServices.openUrl(QUrl(verdict.url, QUrl.ParsingMode.StrictMode)):
        return LinkCheck(True, verdict.url, "failed", verdict.scheme, verdict.host)
    return verdict


def open_in_browser(
    url: str, *, sandbox_origin: str | None = None, hosts: tuple[str, ...] = STRIPE_PAGES
) -> LinkCheck:
    """Check ``url`` and, if allowed, hand its serialisation to the system browser.

    Returns the check; ``ok`` False means nothing was opened.
    """
    return open_checked(check_url(url, sandbox_origin=sandbox_origin, hosts=hosts))


def open_mail_draft(url: str) -> bool:
    """Hand a ``mailto:`` link to the desktop's mail app; anything else opens nothing.

    Returns False when the link was refused or no mail app could be opened.
    """
    if not url.startswith("mailto:"):
        return False
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme() != "mailto":
        return False
    return QDesktopServices.openUrl(qurl)
