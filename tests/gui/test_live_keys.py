"""Live keys are always LIVE: the key decides the mode, never the base URL.

The servers here are real: kpadmin's sandbox, and a scripted server that
answers like a proxy in front of Stripe (``livemode: true``, no sandbox
header). Everything goes through the welcome page's connect form, as a user
would.
"""

from __future__ import annotations

import copy
import json
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
import stripe
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stress"))
from hostile_server import HostileServer

from kpadmin.profiles import Profile
from kpadmin.ui.main_window import MainWindow

LIVE_KEY = "sk_live_" + "P" * 24
TEST_KEY = "sk_test_" + "P" * 24
FIXTURES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "stripe_objects.json").read_text()
)


@pytest.fixture
def proxy():
    """A server on 127.0.0.1 that answers the key check as a live account would."""
    with HostileServer() as srv:
        yield srv


class TlsServer(HostileServer):
    """The scripted server over https, with a certificate made for the test."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__()
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._tls.load_cert_chain(cert, key)

    async def _startup(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self._tls)
        await site.start()
        self.url = f"https://127.0.0.1:{self._runner.addresses[0][1]}"


@pytest.fixture
def tls_proxy(tmp_path, monkeypatch):
    """An https proxy in front of "Stripe" on 127.0.0.1, trusted by the SDK for this test only."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    monkeypatch.setattr(stripe, "ca_bundle_path", str(cert))  # the SDK's trust store
    with TlsServer(cert, key) as srv:
        yield srv


def _customers(livemode: bool) -> dict:
    cus = copy.deepcopy(FIXTURES["customer"])
    cus["livemode"] = livemode
    return {"object": "list", "url": "/v1/customers", "has_more": False, "data": [cus]}


def _window(services, qtbot) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _connect(window, name: str, key: str, base: str) -> None:
    form = window.welcome.connect_form
    form.name_edit.setText(name)
    form.key_edit.setText(key)
    form.base_edit.setText(base)
    form.connect_button.click()


def test_a_live_key_is_never_sent_over_plain_http(services_for, proxy, secrets, qtbot, wait_for):
    """The reproduction: sk_live_ with http://127.0.0.1:PORT was sent and stored as SANDBOX."""
    proxy.answer("GET", "/v1/customers", 200, _customers(livemode=True))
    services = services_for(None)
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    _connect(window, "Live via proxy", LIVE_KEY, proxy.url)

    assert form.base_error.isVisible()
    assert "only ever sent over https" in form.base_error.text()
    qtbot.wait(300)  # a request, had one been started, would have arrived by now
    assert proxy.requests == []  # the key never left
    assert services.profiles.get("Live via proxy") is None and secrets.get("Live via proxy") is None
    assert window.stack.currentWidget() is window.welcome
    assert form.key_edit.text() == LIVE_KEY and form.base_edit.text() == proxy.url  # nothing lost
    wait_for(window.shutdown())


def test_http_to_another_machine_is_refused_even_with_a_test_key(services_for, qtbot, wait_for):
    window = _window(services_for(None), qtbot)
    form = window.welcome.connect_form
    _connect(window, "Remote", TEST_KEY, "http://192.0.2.10:12111")
    assert form.base_error.isVisible() and "127.0.0.1" in form.base_error.text()
    _connect(window, "Remote", TEST_KEY, "http://localhost:12111")
    assert form.base_error.isVisible() and "127.0.0.1" in form.base_error.text()
    wait_for(window.shutdown())


def test_a_test_key_answered_as_live_stops_the_profile(
    services_for, proxy, secrets, qtbot, wait_for
):
    proxy.answer("GET", "/v1/customers", 200, _customers(livemode=True))
    services = services_for(None)
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    _connect(window, "Odd", TEST_KEY, proxy.url)
    qtbot.waitUntil(form.key_error.isVisible, timeout=10000)
    assert "Stopped" in form.key_error.text() and "livemode: true" in form.key_error.text()
    assert services.profiles.get("Odd") is None and secrets.get("Odd") is None
    assert window.stack.currentWidget() is window.welcome
    assert TEST_KEY not in form.key_error.text()
    wait_for(window.shutdown())


def test_a_custom_base_url_alone_does_not_make_a_sandbox(
    services_for, proxy, secrets, qtbot, wait_for
):
    """A server that does not say it is kpadmin's sandbox leaves a test key in TEST."""
    proxy.answer("GET", "/v1/customers", 200, _customers(livemode=False))
    proxy.answer("GET", "/v1/.*", 200, {"object": "list", "data": [], "has_more": False})
    services = services_for(None)
    window = _window(services, qtbot)
    _connect(window, "Test via proxy", TEST_KEY, proxy.url)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    assert services.profiles.get("Test via proxy").mode == "test"
    assert window.windowTitle() == "Test via proxy — TEST — kpadmin"
    assert window.badge.text() == "TEST"
    wait_for(window.shutdown())


def test_the_sandbox_says_so_and_becomes_sandbox(services_for, sandbox, qtbot, wait_for):
    services = services_for(None)
    window = _window(services, qtbot)
    _connect(window, "Local", TEST_KEY, sandbox.url + "/")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    profile = services.profiles.get("Local")
    assert profile.mode == "sandbox" and profile.api_base == sandbox.url
    assert window.badge.text() == "SANDBOX"
    wait_for(window.shutdown())


@pytest.mark.parametrize("paint_first", [False, True])
def test_a_stored_live_key_marked_sandbox_is_not_opened(
    services_for, proxy, settings, secrets, qtbot, wait_for, paint_first
):
    """A profile saved by an older kpadmin (SANDBOX because it had a base URL) is stopped.

    Also at start-up, where the window paints before the key is read: no
    request goes out with the key, and the window ends on the welcome page.
    """
    services = services_for(None)
    store = services.profiles
    store._save([Profile("Old live", "sandbox", proxy.url)])
    secrets.set("Old live", LIVE_KEY)
    store.set_current("Old live")

    window = MainWindow(services, paint_first=paint_first)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    form = window.welcome.connect_form
    assert window.context is None
    assert "was not opened" in form.form_error.text() and "LIVE" in form.form_error.text()
    assert form.name_edit.text() == "Old live"
    assert window.badge.text() != "SANDBOX"
    qtbot.wait(300)
    assert proxy.requests == []  # the live key was never sent over plain http
    wait_for(window.shutdown())


def test_a_live_key_over_https_through_a_proxy_is_live(
    services_for, tls_proxy, secrets, qtbot, wait_for
):
    """A custom base URL does not change what a live key is: LIVE title, badge, confirmations."""
    tls_proxy.answer("GET", "/v1/customers", 200, _customers(livemode=True))
    tls_proxy.answer("GET", "/v1/.*", 200, {"object": "list", "data": [], "has_more": False})
    services = services_for(None)
    window = _window(services, qtbot)
    _connect(window, "Live via proxy", LIVE_KEY, tls_proxy.url)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=15000)
    assert services.profiles.get("Live via proxy").mode == "live"
    assert secrets.get("Live via proxy") == LIVE_KEY
    assert window.windowTitle() == "Live via proxy — LIVE — kpadmin"
    assert window.badge.text() == "LIVE"
    assert window.context.is_live  # what every LIVE confirmation asks
    wait_for(window.shutdown())


def test_a_live_key_answered_as_test_stops_the_profile(
    services_for, tls_proxy, secrets, qtbot, wait_for
):
    tls_proxy.answer("GET", "/v1/customers", 200, _customers(livemode=False))
    services = services_for(None)
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    _connect(window, "Odd live", LIVE_KEY, tls_proxy.url)
    qtbot.waitUntil(form.key_error.isVisible, timeout=15000)
    assert "Stopped" in form.key_error.text() and "livemode: false" in form.key_error.text()
    assert services.profiles.get("Odd live") is None and secrets.get("Odd live") is None
    wait_for(window.shutdown())
