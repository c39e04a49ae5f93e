"""Composition root: the one place that builds the application's long-lived objects.

``run()`` creates, in order: the QApplication, the settings, translators,
logging (with key redaction, an excepthook and a Qt message handler), the
keychain (:class:`~kpadmin.keychain.KeyringSecretStore`), the profile store,
the gateway factory and, on demand, the embedded demo sandbox; then the main
window, painted on Qt's own event loop; then, on the turn after that paint,
the qasync event loop (asyncio on Qt's loop, same thread) that runs the rest. Everything is passed down (``AppServices``, ``AppContext``); nothing
is a module-level singleton. The loop runs until the window has closed its
gateway and closed itself; then the demo sandbox stops.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTranslator
from PySide6.QtWidgets import QApplication

import kpadmin
from kpadmin import i18n
from kpadmin.audit import AuditLog
from kpadmin.keychain import KeyringSecretStore, SecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.settings import APPLICATION, ORGANIZATION, Keys, Settings
from kpadmin.ui.context import AppContext, AppServices, default_gateway_factory
from kpadmin.ui.first_paint import mark

if TYPE_CHECKING:
    import asyncio
    import socket

    from kpadmin.profiles import Profile
    from kpadmin.sandbox.embedded import EmbeddedSandbox
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
    """The embedded demo shop: its address at once, its server on a thread of its own.

    Building the demo shop (importing aiohttp and the sandbox, seeding) takes
    about a second, longer than everything else start-up does. So
    :meth:`reserve` only binds a listening socket on 127.0.0.1, which is
    enough to open the demo profile and paint the window; :meth:`serve` then
    builds and starts the sandbox on a thread, and the window's first
    request, sent meanwhile, waits in the socket's backlog and is answered as
    soon as the sandbox serves: the first rows follow one request after that.
    If the sandbox fails to start, the socket is closed, so waiting requests
    fail as a lost connection (the window says it cannot reach Stripe).
    """

    def __init__(self, profiles: ProfileStore) -> None:
        self._profiles = profiles
        self._socket: socket.socket | None = None
        self._sandbox: EmbeddedSandbox | None = None
        self._starter: threading.Thread | None = None
        self.url = ""

    def reserve(self) -> str:
        """Listen on a free port and make the demo profile visible there; returns its URL."""
        if self._socket is None:
            import socket  # only the demo needs it before the first paint

            self._socket = socket.create_server(("127.0.0.1", 0))
            self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._profiles.set_demo_api_base(self.url)
        return self.url

    def serve(self) -> None:
        """Start the sandbox on the reserved socket, on a thread (once; after :meth:`reserve`)."""
        if self._socket is not None and self._starter is None:
            # The sandbox's modules are imported here, on the calling thread, and the thread
            # only seeds and serves: a module imported by two threads at once (the window
            # builds its tabs meanwhile) can be seen half-initialised by one of them, and
            # seed.py failing that way left the demo shop empty.
            from kpadmin.sandbox import embedded, page_texts, resources, seed  # noqa: F401

            resources.all_routes()  # imports every resource module (and the SDK's params)

            self._starter = threading.Thread(
                target=self._start, args=(self._socket,), name="kpadmin-demo-start", daemon=True
            )
            self._starter.start()

    def start(self) -> str:
        """Reserve and serve (the welcome page's "Try the demo"); returns the URL at once."""
        url = self.reserve()
        self.serve()
        return url

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait until the sandbox serves; False if it failed or was never asked to serve."""
        if self._starter is not None:
            self._starter.join(timeout)
        return self._sandbox is not None

    def _start(self, sock: socket.socket) -> None:
        try:
            from kpadmin.sandbox.embedded import EmbeddedSandbox

            sandbox = EmbeddedSandbox(seed="demo", sock=sock)
            sandbox.start()
        except Exception:
            log.exception("the demo sandbox did not start")
            sock.close()  # requests waiting in the backlog now fail instead of hanging
            return
        self._sandbox = sandbox
        mark("sandbox")
        log.info("demo sandbox running at %s", sandbox.url)

    def stop(self) -> None:
        """Stop serving (after a start that is under way has finished); safe to call twice."""
        if self._starter is not None:
            self._starter.join(30)
            self._starter = None
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
        elif self._socket is not None:
            self._socket.close()
        self._socket = None


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


def _start_asyncio(app: QApplication) -> tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]:
    """The qasync loop (asyncio on Qt's loop, same thread) and a future set at the end.

    The future is set when the last window has closed, which the main window does
    after cleaning up (``MainWindow.closeEvent``).
    """
    import asyncio

    import qasync

    from kpadmin.logging_setup import loop_exception_handler

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(loop_exception_handler)
    closed: asyncio.Future[None] = loop.create_future()

    def window_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    app.lastWindowClosed.connect(window_closed)
    return loop, closed


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
    from kpadmin.logging_setup import configure_logging, install_qt_message_handler, start_logging
    from kpadmin.main_thread_gc import MainThreadCollector
    from kpadmin.redirect import quiet_browser
    from kpadmin.ui.colour_scheme import follow_system_colour_scheme
    from kpadmin.ui.main_window import MainWindow
    from kpadmin.ui.window_title import DISPLAY_NAME

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)  # window titles end with it (window_title)
    app.setApplicationVersion(kpadmin.__version__)
    follow_system_colour_scheme(app)  # no palette of our own: Windows 10's style needs Fusion
    app.setDesktopFileName("kpadmin")  # Wayland app id: matches packaging/kpadmin.desktop
    app.setQuitOnLastWindowClosed(False)  # the loop below ends when the window has cleaned up
    # Qt objects in garbage cycles must die on this thread, never on the sandbox's.
    MainThreadCollector(app)
    quiet_browser.install(app)  # the browser's own messages stay out of kpadmin's terminal

    settings = Settings()
    translators = install_translators(app, language or settings.get(Keys.LANGUAGE))
    early_records = start_logging()  # the log file is opened after the first paint
    install_qt_message_handler()
    for noisy in ("stripe", "httpx", "httpcore"):  # one INFO line per request otherwise
        logging.getLogger(noisy).setLevel(logging.WARNING)

    audit = AuditLog(open_now=False)  # the user's data dir; opened after the first paint
    services, demo_sandbox = build_services(settings, KeyringSecretStore(), audit)
    # The demo opens on its reserved address; its sandbox is built after the first paint.
    if demo:
        demo_sandbox.reserve()
        services.profiles.set_current(DEMO_PROFILE_NAME)
    elif services.profiles.current_name() == DEMO_PROFILE_NAME:
        demo_sandbox.reserve()  # the demo was open last time: bring it back

    # Paint the real window first, on a plain Qt event loop; asyncio and qasync (~50 ms of
    # imports) start once the frame is painted, and the window's own start-up work, which
    # needs them, runs on the qasync loop. The sandbox, the SDK, the other tabs and the
    # shortcuts follow.
    window = MainWindow(services, paint_first=True)
    first_frame = QEventLoop()
    held: list[Callable[[], None]] = []

    def resume_after_first_frame(work: Callable[[], None]) -> None:
        held.append(work)
        first_frame.quit()

    window.hold_first_paint_work(resume_after_first_frame)
    window.after_first_paint(_set_icon)  # QtSvg (~20 ms) is not needed for the first frame
    window.after_first_paint(audit.open)  # sqlite3 and the writer's thread: not for it either

    # logging.handlers and platformdirs (~25 ms): records wait in memory until then.
    def open_log_file() -> None:
        configure_logging(early=early_records)  # its log file's path is not needed here

    window.after_first_paint(open_log_file)
    if smoke_test:
        from kpadmin.ui.smoke import quit_after_first_paint

        secrets = services.secrets
        keychain = f"{secrets.backend_name}, secure={secrets.secure}"
        quit_after_first_paint(window, {"keychain": keychain})
        demo_sandbox.serve()  # the check closes the window at once: prove the sandbox serves
    window.show()
    try:
        first_frame.exec()  # until the first frame is painted (or the window closed)
        if window.isVisible():
            loop, closed = _start_asyncio(app)
            with loop:  # type: ignore[attr-defined]  # qasync's loop is a context manager
                for work in held:
                    loop.call_soon(work)
                # The demo sandbox is imported and started once the window's first request
                # is on its way (two loop turns after the work: the tab's load task takes
                # the first): seeding on its thread then does not slow the window's own
                # work, and the request waits in the socket's backlog.
                loop.call_soon(loop.call_soon, loop.call_soon, demo_sandbox.serve)
                loop.run_until_complete(closed)
    finally:
        if smoke_test and demo_sandbox.url:
            print(f"sandbox: {'serving' if demo_sandbox.wait() else 'failed'}", flush=True)
        demo_sandbox.stop()
        if early_records in logging.getLogger().handlers:  # closed before the first paint
            configure_logging(early=early_records)
        audit.close()
        del translators
    return 0
