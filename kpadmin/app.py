"""Composition root: the one place that builds the application's long-lived objects.

``run()`` creates, in order: the QApplication, translators, logging (with key
redaction, an excepthook and a Qt message handler), the qasync event loop
(asyncio on Qt's loop, same thread), the settings, the keychain
(:class:`~kpadmin.keychain.KeyringSecretStore`), the profile store, the
gateway factory and, on demand, the embedded demo sandbox; then the main
window. Everything is passed down (``AppServices``, ``AppContext``); nothing
is a module-level singleton. The loop runs until the window has closed its
gateway and closed itself; then the demo sandbox stops.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import kpadmin
from kpadmin import i18n
from kpadmin.audit import AuditLog
from kpadmin.keychain import KeyringSecretStore, SecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.settings import APPLICATION, ORGANIZATION, Keys, Settings
from kpadmin.ui.context import AppContext, AppServices, default_gateway_factory

if TYPE_CHECKING:
    from kpadmin.profiles import Profile
    from kpadmin.stripe_api import StripeGateway

log = logging.getLogger(__name__)

# Where kpadmin's own compiled translations (kpadmin_<lang>.qm) are shipped.
TRANSLATIONS_DIR = i18n.TRANSLATIONS_DIR

__all__ = [
    "AppContext",
    "AppServices",
    "DemoSandbox",
    "build_services",
    "install_translators",
    "run",
]


class DemoSandbox:
    """The embedded demo shop, started on first use and stopped at exit."""

    def __init__(self, profiles: ProfileStore) -> None:
        self._profiles = profiles
        self._sandbox = None

    def start(self) -> str:
        """Start the sandbox (once), make the demo profile visible; returns its URL."""
        if self._sandbox is None:
            from kpadmin.sandbox.embedded import EmbeddedSandbox

            sandbox = EmbeddedSandbox(seed="demo")
            sandbox.start()
            self._sandbox = sandbox
            log.info("demo sandbox running at %s", sandbox.url)
        self._profiles.set_demo_api_base(self._sandbox.url)
        return self._sandbox.url

    def stop(self) -> None:
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None


def audited_gateway_factory(audit: AuditLog) -> Callable[[Profile, str], StripeGateway]:
    """Like ``default_gateway_factory``, with every write recorded in ``audit`` for the profile."""

    def make(profile: Profile, key: str) -> StripeGateway:
        from kpadmin.stripe_api import StripeGateway

        return StripeGateway(
            key, api_base=profile.api_base, audit=audit.sink(profile.name, str(profile.mode))
        )

    return make


def build_services(
    settings: Settings, secrets: SecretStore, audit: AuditLog | None = None
) -> tuple[AppServices, DemoSandbox]:
    """Profiles, gateway factory and demo starter over ``settings`` and ``secrets``.

    With ``audit``, every gateway write of every profile goes to that log.
    """
    profiles = ProfileStore(settings, secrets)
    demo = DemoSandbox(profiles)
    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory
        if audit is None
        else audited_gateway_factory(audit),
        start_demo=demo.start,
        audit=audit,
    )
    return services, demo


def install_translators(app: QApplication, language: str = "") -> list[QTranslator]:
    """Load Qt's and kpadmin's translations for ``language`` ("" = the system locale).

    See :mod:`kpadmin.i18n`. The translators are returned so the caller keeps them alive.
    """
    return i18n.install_translators(app, language)[1]


def _set_icon() -> None:
    from kpadmin.ui.app_icon import app_icon

    QApplication.setWindowIcon(app_icon())


def run(
    *,
    demo: bool = False,
    language: str = "",
    argv: list[str] | None = None,
    smoke_test: bool = False,
) -> int:
    """Build everything, show the window, run the qasync loop until the window closes.

    ``smoke_test`` closes the window right after its first paint (see
    :mod:`kpadmin.ui.smoke`): packaging checks start the built app this way.
    """
    import qasync

    from kpadmin.logging_setup import (
        configure_logging,
        install_qt_message_handler,
        loop_exception_handler,
    )
    from kpadmin.main_thread_gc import MainThreadCollector
    from kpadmin.ui.colour_scheme import follow_system_colour_scheme
    from kpadmin.ui.main_window import MainWindow
    from kpadmin.ui.smoke import quit_after_first_paint

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("kpadmin")
    app.setApplicationVersion(kpadmin.__version__)
    follow_system_colour_scheme(app)  # no palette of our own: Windows 10's style needs Fusion
    app.setDesktopFileName("kpadmin")  # Wayland app id: matches packaging/kpadmin.desktop
    app.setQuitOnLastWindowClosed(False)  # the loop below ends when the window has cleaned up
    # Qt objects in garbage cycles must die on this thread, never on the sandbox's.
    MainThreadCollector(app)

    settings = Settings()
    translators = install_translators(app, language or settings.get(Keys.LANGUAGE))
    configure_logging()
    install_qt_message_handler()
    for noisy in ("stripe", "httpx", "httpcore"):  # one INFO line per request otherwise
        logging.getLogger(noisy).setLevel(logging.WARNING)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(loop_exception_handler)

    audit = AuditLog()  # the user's data dir; see kpadmin/audit.py
    services, demo_sandbox = build_services(settings, KeyringSecretStore(), audit)
    if demo:
        services.start_demo()
        services.profiles.set_current(DEMO_PROFILE_NAME)
    elif services.profiles.current_name() == DEMO_PROFILE_NAME:
        services.start_demo()  # the demo was open last time: bring it back

    # Paint the real window first; the SDK, the other tabs and the shortcuts follow right after.
    window = MainWindow(services, paint_first=True)
    window.after_first_paint(_set_icon)  # QtSvg (~20 ms) is not needed for the first frame
    if smoke_test:
        secrets = services.secrets
        keychain = f"{secrets.backend_name}, secure={secrets.secure}"
        quit_after_first_paint(window, {"keychain": keychain})
    window.show()
    closed = loop.create_future()
    app.lastWindowClosed.connect(lambda: closed.done() or closed.set_result(None))
    try:
        with loop:
            loop.run_until_complete(closed)
    finally:
        demo_sandbox.stop()
        audit.close()
        del translators
    return 0
