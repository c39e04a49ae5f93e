"""GUI fixtures: app services over a real sandbox, settings in a temp INI file, a fake keychain.

Everything below the widgets is real: the SDK speaks HTTP to the embedded
sandbox; only the keychain is the in-memory ``MemorySecretStore`` (the real
Secret Service has its own tests under tests/keychain).
"""

from __future__ import annotations

import pytest
from captured_browser import captured_browser
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from kpadmin.app import audited_gateway_factory
from kpadmin.audit import AuditLog
from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.settings import Settings
from kpadmin.ui.context import AppServices, default_gateway_factory


@pytest.fixture(autouse=True)
def browser(qapp):
    """Links the window opens are caught here; no GUI test starts the machine's browser."""
    with captured_browser() as catcher:
        yield catcher


@pytest.fixture
def host(qtbot):
    """A plain parent widget for dialogs under test."""
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at_path(tmp_path / "kpadmin.ini")


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


def make_services(settings, secrets, demo_url: str | None) -> AppServices:
    profiles = ProfileStore(settings, secrets)

    def start_demo() -> str:
        profiles.set_demo_api_base(demo_url)
        return demo_url

    return AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=start_demo if demo_url else None,
    )


@pytest.fixture
def services_for(settings, secrets):
    """Build AppServices whose demo starter points at a given URL (None: no demo)."""
    return lambda demo_url=None: make_services(settings, secrets, demo_url)


def open_context(services: AppServices):
    """The demo profile's context (the demo sandbox must be started)."""
    services.start_demo()
    profile = services.profiles.get(DEMO_PROFILE_NAME)
    gateway = services.gateway_factory(profile, services.profiles.key_for(profile.name))
    return services.context_for(profile, gateway)


@pytest.fixture
def services(sandbox, settings, secrets) -> AppServices:
    """Services whose "demo" is an empty sandbox."""
    return make_services(settings, secrets, sandbox.url)


@pytest.fixture
def demo_services(demo_sandbox, settings, secrets) -> AppServices:
    """Services whose demo is the seeded demo shop."""
    return make_services(settings, secrets, demo_sandbox.url)


@pytest.fixture
def context(services, wait_for):
    """An AppContext on an empty sandbox (the demo profile pointing at it)."""
    ctx = open_context(services)
    yield ctx
    wait_for(ctx.gateway.aclose())


@pytest.fixture
def demo_context(demo_services, wait_for):
    """An AppContext on the demo shop."""
    ctx = open_context(demo_services)
    yield ctx
    wait_for(ctx.gateway.aclose())


@pytest.fixture
def main_window(demo_services, qtbot, wait_for):
    """The main window on the demo shop's profile, shown at a fixed size."""
    from kpadmin.ui.main_window import MainWindow

    demo_services.start_demo()
    demo_services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(demo_services)
    window.resize(1200, 760)
    window.show()
    yield window
    # The real close path: closeEvent shuts the tabs and awaits gateway.aclose(), then closes.
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
    window.deleteLater()


# --------------------------------------------------------------------- support actions
# The context's gateway is the real, audited one (as ``kpadmin.app`` builds it) on
# the seeded demo shop, so every write an action sends lands in a temporary audit
# log: the support tests count writes there.


@pytest.fixture
def english_locale():
    """Amounts and dates as the assertions spell them (modules opt in with ``usefixtures``)."""
    previous = QLocale().name()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale(previous))


@pytest.fixture
def audit(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3")
    yield log
    log.close()


@pytest.fixture
def sctx(demo_sandbox, settings, secrets, audit, wait_for):
    """An AppContext on the demo shop whose gateway records every write in ``audit``."""
    profiles = ProfileStore(settings, secrets)
    profiles.set_demo_api_base(demo_sandbox.url)
    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=audited_gateway_factory(audit),
        audit=audit,
    )
    profile = profiles.get(DEMO_PROFILE_NAME)
    gateway = services.gateway_factory(profile, profiles.key_for(profile.name))
    gateway.test_clocks.poll_interval = 0.01
    ctx = services.context_for(profile, gateway)
    yield ctx
    ctx.close_approvals()
    wait_for(gateway.aclose())
