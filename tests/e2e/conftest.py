"""End-to-end fixtures: the app's services over a real sandbox, and a test that plays the browser.

``browser`` replaces the system browser: ``QDesktopServices.setUrlHandler``
catches every URL the app hands to ``openUrl``. ``buyer.press(url, button)`` then
does what a buyer does: loads the sandbox's Kakao Pay page, submits one of
its buttons, and follows the 303 to the ``return_url`` (the app's loopback
listener). Everything runs over real HTTP on the qasync loop, so the
listener (on that same loop) answers while the test waits.
"""

from __future__ import annotations

import pytest
from captured_browser import captured_browser

from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.redirect.approval import backoff_delays
from kpadmin.settings import Settings
from kpadmin.ui.context import AppServices, default_gateway_factory


@pytest.fixture
def browser(qapp):
    with captured_browser() as catcher:
        yield catcher


@pytest.fixture
def services(sandbox, tmp_path) -> AppServices:
    settings = Settings.at_path(tmp_path / "kpadmin.ini")
    secrets = MemorySecretStore()
    profiles = ProfileStore(settings, secrets)

    def start_demo() -> str:
        profiles.set_demo_api_base(sandbox.url)
        return sandbox.url

    return AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=start_demo,
    )


def fast(context) -> None:
    """Poll quickly (tests): first check after 50 ms, never more than 300 ms apart."""
    context.approvals.delays = lambda: backoff_delays(0.05, 1.5, 0.3)


@pytest.fixture
def context(services, wait_for):
    services.start_demo()
    profile = services.profiles.get(DEMO_PROFILE_NAME)
    gateway = services.gateway_factory(profile, services.profiles.key_for(profile.name))
    ctx = services.context_for(profile, gateway)
    fast(ctx)
    yield ctx
    ctx.close_approvals()
    wait_for(ctx.gateway.aclose())


@pytest.fixture
def window(services, qtbot, loop):
    """The main window on the sandbox profile, closed the real way afterwards."""
    from kpadmin.ui.main_window import MainWindow

    services.start_demo()
    services.profiles.set_current(DEMO_PROFILE_NAME)
    win = MainWindow(services)
    win.resize(1280, 800)
    win.show()
    fast(win.context)
    yield win
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible() and win.context is None, timeout=5000)
    win.deleteLater()
