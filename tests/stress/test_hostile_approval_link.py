"""A hostile approval link in the dialog: never shown, copied, QR-encoded or opened.

The server answers a Kakao Pay setup with ``next_action.redirect_to_url.url``
set to a link that is not Stripe's. The real approval dialog follows the
real flow over HTTP; the test then tries everything a merchant could do with
the link and checks that the link went nowhere, and that the dialog says why
and what to do. A control run with a Stripe link proves the same checks see a
link when there is one.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from captured_browser import captured_browser
from hostile_server import HostileServer
from PySide6.QtGui import QGuiApplication

from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import Profile, ProfileStore
from kpadmin.redirect.approval import State, backoff_delays
from kpadmin.settings import Settings
from kpadmin.stripe_api import StripeGateway
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.approval_dialog import start_wallet_setup

KEY = "sk_test_" + "L" * 24
FIXTURES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "stripe_objects.json").read_text()
)
STRIPE_LINK = "https://pm-redirects.stripe.com/authorize/acct_1/sa_nonce_Xy12"
SENTINEL = "clipboard before the test"


@pytest.fixture
def opened(qapp):
    """What would have been opened, whatever its scheme."""
    with captured_browser(("http", "https", "javascript", "file", "data")) as catcher:
        yield catcher.urls


@pytest.fixture
def srv():
    with HostileServer() as s:
        yield s


@pytest.fixture
def context(srv, tmp_path, wait_for):
    settings = Settings.at_path(tmp_path / "kpadmin.ini")
    profiles = ProfileStore(settings, MemorySecretStore())
    profile = Profile("Hostile", "test", srv.url)
    ctx = AppContext(settings, profiles, profile, StripeGateway(KEY, api_base=srv.url))
    ctx.approvals.delays = lambda: backoff_delays(0.05, 1.5, 0.3)
    yield ctx
    ctx.close_approvals()
    wait_for(ctx.gateway.aclose())


def _answer_with(srv: HostileServer, url: str) -> None:
    si = copy.deepcopy(FIXTURES["setup_intent"])
    si.update(
        id="seti_odd",
        status="requires_action",
        customer="cus_x",
        next_action={
            "type": "redirect_to_url",
            "redirect_to_url": {"url": url, "return_url": "http://127.0.0.1:1/r"},
        },
    )
    srv.answer("POST", "/v1/setup_intents", 200, si)
    srv.answer("GET", "/v1/setup_intents/seti_odd", 200, si)


def _waiting_dialog(context, qtbot):
    dialog = start_wallet_setup(context, "cus_x", "김민준", None)
    dialog.consent.setChecked(True)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.flow.status.state is State.WAITING, timeout=10000)
    qtbot.waitUntil(lambda: dialog.flow.status.checks >= 1, timeout=10000)  # re-rendered once
    return dialog


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "http://evil.example/kakao",
        "https://evil.com\\.stripe.com/kakao",
        "https://pm-redirects.stripe.com@evil.example/authorize",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_a_hostile_link_is_not_shown_copied_encoded_or_opened(srv, context, qtbot, opened, url):
    _answer_with(srv, url)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(SENTINEL)
    dialog = _waiting_dialog(context, qtbot)
    assert dialog.flow.status.url == url  # Stripe's answer did carry it

    assert dialog.link_edit.text() == "" and not dialog.link_box.isVisible()
    assert dialog.qr.text_encoded == "" and dialog.qr.pixmap().isNull()
    assert not dialog.copy_button.isEnabled() and not dialog.open_button.isEnabled()
    dialog.copy_link()
    dialog.open_in_browser()
    assert clipboard.text() == SENTINEL
    assert opened == []
    said = dialog.error_label.text()
    assert "refused" in said and "cancel this request" in said
    assert url not in said


def test_control_a_stripe_link_is_shown_copied_encoded_and_opened(srv, context, qtbot, opened):
    _answer_with(srv, STRIPE_LINK)
    QGuiApplication.clipboard().setText(SENTINEL)
    dialog = _waiting_dialog(context, qtbot)

    assert dialog.link_edit.text() == STRIPE_LINK and dialog.link_box.isVisible()
    assert dialog.qr.text_encoded == STRIPE_LINK and not dialog.qr.pixmap().isNull()
    assert opened == [STRIPE_LINK]  # handed to the browser once, when the link came
    dialog.copy_link()
    assert QGuiApplication.clipboard().text() == STRIPE_LINK
    assert "refused" not in dialog.error_label.text()
