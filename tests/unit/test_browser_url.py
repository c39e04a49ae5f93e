"""Which approval links may be handed to the system browser."""

from __future__ import annotations

import pytest

from kpadmin.redirect import browser, links
from kpadmin.redirect.browser import check_url

SANDBOX = "http://127.0.0.1:54321"


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.stripe.com/redirect/authenticate/src_123?client_secret=abc",
        "https://pm-redirects.stripe.com/authorize/acct_1/pa_nonce_2",
        "https://stripe.com/x",
        "https://invoice.stripe.com/i/acct_1/test_x",
    ],
)
def test_stripe_https_links_are_opened(url):
    assert check_url(url).ok


@pytest.mark.parametrize(
    "url,reason",
    [
        ("", browser.EMPTY),
        ("   ", browser.EMPTY),
        ("http://hooks.stripe.com/redirect", browser.BAD_SCHEME),
        ("file:///etc/passwd", browser.BAD_SCHEME),
        ("javascript:alert(1)", browser.BAD_SCHEME),
        ("data:text/html,<script>x</script>", browser.BAD_SCHEME),
        ("kakaotalk://pay", browser.BAD_SCHEME),
        ("https://evil.example/stripe.com", browser.NOT_STRIPE),
        ("https://stripe.com.evil.example/", browser.NOT_STRIPE),
        ("https://notstripe.com/", browser.NOT_STRIPE),
        ("https://user:pw@hooks.stripe.com/", browser.CREDENTIALS),
        ("https://hooks.stripe.com@evil.example/", browser.CREDENTIALS),
        # Parsed the way browsers parse it, this goes to evil.com.
        ("https://evil.com\\.stripe.com/kakao", links.UNUSUAL),
        # Stripe writes its links in canonical form; a respelt one is refused.
        ("HTTPS://Hooks.Stripe.COM/redirect", links.NOT_CANONICAL),
    ],
)
def test_everything_else_is_refused_with_a_reason(url, reason):
    verdict = check_url(url)
    assert not verdict.ok
    assert verdict.reason == reason


def test_sandbox_origin_only_in_sandbox_mode():
    page = SANDBOX + "/_sandbox/kakao_pay/authorize/seti_1?token=t"
    assert check_url(page, sandbox_origin=SANDBOX).ok
    assert not check_url(page).ok  # TEST/LIVE profiles: no sandbox origin
    # Another port or host on the same machine is not the sandbox.
    assert not check_url("http://127.0.0.1:54322/x", sandbox_origin=SANDBOX).ok
    assert not check_url("http://localhost:54321/x", sandbox_origin=SANDBOX).ok
    assert not check_url("file:///x", sandbox_origin=SANDBOX).ok
    # Stripe links still work in SANDBOX mode.
    assert check_url("https://hooks.stripe.com/r", sandbox_origin=SANDBOX).ok


def test_open_in_browser_refuses_without_opening(qapp):
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Catch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def open(self, url):
            self.urls.append(url.toString())

    catcher = Catch()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        assert not browser.open_in_browser("file:///etc/passwd").ok
        assert catcher.urls == []
        assert browser.open_in_browser("https://hooks.stripe.com/r").ok
        assert catcher.urls == ["https://hooks.stripe.com/r"]
    finally:
        QDesktopServices.unsetUrlHandler("file")
        QDesktopServices.unsetUrlHandler("https")
