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
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import kpadmin
from kpadmin.keychain import KeyringSecretStore, SecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.settings import APPLICATION, ORGANIZATION, Keys, Settings
from kpadmin.ui.context import AppContext, AppServices, default_gateway_factory

log = logging.getLogger(__name__)

#: Where kpadmin's own compiled translations (kpadmin_<lang>.qm) are shipped.
TRANSLATIONS_DIR = Path(__file__).parent / "resources" / "translations"

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


def build_services(settings: Settings, secrets: SecretStore) -> tuple[AppServices, DemoSandbox]:
    """Profiles, gateway factory and demo starter over ``settings`` and ``secrets``."""
    profiles = ProfileStore(settings, secrets)
    demo = DemoSandbox(profiles)
    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=demo.start,
    )
    return services, demo


def install_translators(app: QApplication, language: str = "") -> list[QTranslator]:
    """Load Qt's and kpadmin's translations for ``language`` ("" = the system locale).

    Missing ``.qm`` files are fine (English source text is shown). The
    translators are returned so the caller keeps them alive.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("kpadmin", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


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
    from kpadmin.ui.app_icon import app_icon
    from kpadmin.ui.main_window import MainWindow
    from kpadmin.ui.smoke import quit_after_first_paint

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("kpadmin")
    app.setApplicationVersion(kpadmin.__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("kpadmin")  # Wayland app id: matches packaging/kpadmin.desktop
    app.setQuitOnLastWindowClosed(False)  # the loop below ends when the window has cleaned up

    settings = Settings()
    translators = install_translators(app, language or settings.get(Keys.LANGUAGE))
    configure_logging()
    install_qt_message_handler()
    for noisy in ("stripe", "httpx", "httpcore"):  # one INFO line per request otherwise
        logging.getLogger(noisy).setLevel(logging.WARNING)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(loop_exception_handler)

    services, demo_sandbox = build_services(settings, KeyringSecretStore())
    if demo:
        services.start_demo()
        services.profiles.set_current(DEMO_PROFILE_NAME)
    elif services.profiles.current_name() == DEMO_PROFILE_NAME:
        services.start_demo()  # the demo was open last time: bring it back

    window = MainWindow(services)
    if smoke_test:
        quit_after_first_paint(window)
    window.show()
    closed = loop.create_future()
    app.lastWindowClosed.connect(lambda: closed.done() or closed.set_result(None))
    try:
        with loop:
            loop.run_until_complete(closed)
    finally:
        demo_sandbox.stop()
        del translators
    return 0
