"""Network loss while the window is open: rows stay, a banner says so, calls resume.

The sandbox stands for Stripe; "the network goes away" is fault injection
dropping every connection before it is processed (the client sees exactly
what a dead link gives: connection errors), and "it comes back" is turning
that off. The window is the real MainWindow on the Customers tab.
"""

from __future__ import annotations

import copy

import httpx
import pytest
import stripe
from PySide6.QtCore import QModelIndex

from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import DEMO_KEY, DEMO_PROFILE_NAME, ProfileStore
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.settings import Keys, Settings
from kpadmin.ui.context import AppServices, default_gateway_factory

ROWS = 120


@pytest.fixture
def shop():
    with EmbeddedSandbox() as sb:
        template = httpx.post(
            f"{sb.url}/v1/customers", auth=(DEMO_KEY, ""), data={"name": "Template"}
        ).json()
        sb.store.delete(template["id"])
        for i in range(ROWS):
            obj = copy.deepcopy(template)
            obj.update(
                id=sb.store.new_id("cus"), name=f"Offline {i:03d}", created=template["created"] + i
            )
            sb.store.put(obj)
        yield sb


@pytest.fixture
def window(shop, tmp_path, qtbot, loop, monkeypatch):
    from kpadmin.ui.main_window import MainWindow

    monkeypatch.setattr(stripe.HTTPClient, "INITIAL_DELAY", 0.02)
    monkeypatch.setattr(stripe.HTTPClient, "MAX_DELAY", 0.05)
    settings = Settings.at_path(tmp_path / "kpadmin.ini")
    settings.set(Keys.LAST_TAB, "customers")
    secrets = MemorySecretStore()
    profiles = ProfileStore(settings, secrets)
    profiles.set_demo_api_base(shop.url)
    profiles.set_current(DEMO_PROFILE_NAME)
    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=lambda: shop.url,
    )
    win = MainWindow(services)
    win.show()
    yield win
    task = loop.create_task(win.shutdown())  # closes the gateway, as closing the window does
    qtbot.waitUntil(task.done, timeout=5000)
    win.hide()
    win.deleteLater()


def test_rows_stay_banner_shows_and_calls_resume(window, shop, qtbot):
    banner = window.offline_banner
    banner.probe_interval_ms = 100
    tab = window.tab("customers")
    model = tab.model
    qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=10000)
    assert banner.isHidden()

    shop.server.faults.configure(rate=1.0, kinds="drop-before")  # the network goes away
    model.fetchMore(QModelIndex())  # the user scrolls to the end of the list
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=10000)
    assert model.rowCount() == 50, "rows already loaded must stay"
    assert "cannot be reached" in banner.label.text()
    failed = shop.server.faults.snapshot()["injected"]["drop-before"]
    qtbot.waitUntil(  # a few probes fail meanwhile; the banner stays
        lambda: shop.server.faults.snapshot()["injected"]["drop-before"] >= failed + 2,
        timeout=10000,
    )
    assert not banner.isHidden()

    shop.server.faults.configure(rate=0.0)  # it comes back
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=10000)
    qtbot.waitUntil(lambda: model.rowCount() >= 50 and not model.loading, timeout=10000)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=10000)
