"""The main window: mode badge, profile switcher, the tabs (Overview first), the status bar.

The window owns the open profile's gateway: opening a profile builds one
(``AppServices.gateway_factory``), switching closes the old one
(``await gateway.aclose()``) and rebuilds the tabs with a fresh
:class:`~kpadmin.ui.context.AppContext`, so no tab ever sees a profile
change. Closing the window first shuts the tabs (cancelling their calls) and
closes the gateway, then really closes (qasync's ``asyncClose`` idea).

When no profile can be opened the window shows the welcome page instead of
the tabs.

Start-up (``paint_first=True``, what ``kpadmin.app`` asks for) paints the real
window before the slow parts (:mod:`~kpadmin.ui.first_paint`): the profile
opens with a :class:`~kpadmin.ui.context.LazyGateway` and only the current tab
is built; right after the first paint the window reads the key, starts that
tab's load, builds the other tabs and installs the shortcuts.

The window is the shell and owns the open profile; the rest lives beside it:
:mod:`~kpadmin.ui.tab_host` (the tabs), :mod:`~kpadmin.ui.first_paint` (what
waits for the first paint), :mod:`~kpadmin.ui.profile_toolbar` (the switcher
and badge) and :mod:`~kpadmin.ui.profile_actions` (add and remove profile,
preferences, the activity log), :mod:`~kpadmin.ui.menus` (File, View, Help and
About) and :mod:`~kpadmin.ui.status` (status messages that time out).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kpadmin.keychain import KeychainError
from kpadmin.profiles import ProfileError
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.audit_banner import AuditBanner
from kpadmin.ui.context import AppContext, AppServices, LazyGateway
from kpadmin.ui.first_paint import FirstPaint
from kpadmin.ui.live_link import LiveLink
from kpadmin.ui.menus import WindowMenus
from kpadmin.ui.offline_banner import OfflineBanner
from kpadmin.ui.profile_actions import ProfileActions
from kpadmin.ui.profile_toolbar import ProfileToolbar
from kpadmin.ui.status import show_status
from kpadmin.ui.tab_host import TabHost
from kpadmin.ui.window_geometry import restore_geometry, save_geometry
from kpadmin.ui.window_title import window_title

if TYPE_CHECKING:
    from kpadmin.ui.welcome import WelcomePage


class MainWindow(QMainWindow):
    """The application window for whichever profile is open."""

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, paint_first: bool = False
    ) -> None:
        super().__init__(parent)
        self._services = services
        # Until the first paint (start-up only): lazy gateway, one tab, no shortcuts yet.
        self._first_paint = FirstPaint(self, self._after_first_paint, pending=paint_first)
        self._startup_key: str | None = None  # read right after the first paint
        self._refused_key: str | None = None  # a profile whose stored key does not fit it
        self._context: AppContext | None = None
        self._closing = False
        self._closed_cleanly = False
        self._tasks = TaskRunner(self, on_error=self._show_error)
        # Closing old gateways: never cancelled, awaited by shutdown() (sockets must close).
        self._cleanup = TaskRunner(self, on_error=self._show_error)
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 560)

        # Built when first shown (or asked for): an open profile never needs it.
        self._welcome: WelcomePage | None = None
        self._tab_host = TabHost(
            self,
            services.settings,
            painting=lambda: self._first_paint.pending,
            closing=lambda: self._closing,
        )
        self.tabs = self._tab_host.widget
        self._profile_actions = ProfileActions(self, services)
        self._profile_actions.profileAdded.connect(self.open_profile)  # it fills the switcher
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        # While Stripe cannot be reached: a banner above the rows (which stay), then a reload.
        self.offline_banner = OfflineBanner(self)
        self.offline_banner.backOnline.connect(self.refresh_current_tab)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline_banner)
        # While activity-log records wait for the log file (held by another process).
        self.audit_banner = AuditBanner(services.audit, self)
        column.addWidget(self.audit_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current_tab)
        self.addAction(self.refresh_action)
        self.menus = WindowMenus(
            self, refresh=self.refresh_action, activity_log=self.activity_action
        )
        # Shortcuts (Ctrl+1…, Ctrl+F, Ctrl+N, Ctrl+K go-to box, F1) and approval notifications.
        self.comforts: Any = None
        if not paint_first:
            self._install_comforts()
        self.statusBar().setSizeGripEnabled(True)
        # Changes made elsewhere, read from Stripe's Events (kpadmin.ui.live_updates).
        self.live = LiveLink(self)
        self.live.changed.connect(self._on_live_changes)

        restore_geometry(self, self._services.settings)
        self._fill_profiles()
        current = services.profiles.current()
        if current is not None:
            self.open_profile(current.name)  # shows the welcome page if its key is missing
        else:
            self._show_welcome()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page (connect an account, or try the demo), built on first use.

        A window that opens a profile never shows it, and its connect form (with
        ``profile_dialogs`` and the error texts) was a third of building the first frame.
        """
        if self._welcome is None:
            from kpadmin.ui.welcome import WelcomePage

            self._welcome = WelcomePage(
                self._services, self, keychain_later=self._first_paint.pending
            )
            self._welcome.profileReady.connect(self.open_profile)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _install_comforts(self) -> None:
        from kpadmin.ui.shortcuts import install_comforts

        self.comforts = install_comforts(self)
        if self._context is not None:
            self.comforts.profile_opened(self._context)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` right after the first paint (soon, if that is not pending)."""
        self._first_paint.after(callback)

    def hold_first_paint_work(self, resume_with: Callable[[Callable[[], None]], None]) -> None:
        """Give the work after the first paint to ``resume_with`` (see ``FirstPaint.hold``)."""
        self._first_paint.hold(resume_with)

    def _after_first_paint(self) -> None:
        """Start-up, right after the first paint: load, build the other tabs, shortcuts."""
        if not self._first_paint.pending or self._closing:
            return
        self._first_paint.finish()
        if self._context is not None:
            name = self._context.profile.name
            self._startup_key = self._key_for(name)
            if not self._startup_key:
                self._context.close_approvals()
                self._tab_host.close()
                self.offline_banner.detach()
                self.live.stop()
                self._context = None  # its gateway was never built: nothing to close
                self._install_comforts()
                self.open_profile(name)  # shows the welcome page and says why
                self.welcome.connect_form.read_keychain()
                return
        self._install_comforts()
        if self.stack.currentWidget() is self.tabs:
            self._tab_host.start_after_paint()  # first page now, the other tabs just after
            self.live.start()
        if self._welcome is not None:  # imports keyring
            QTimer.singleShot(0, self._welcome.connect_form.read_keychain)

    # -- toolbar (kpadmin.ui.profile_toolbar) ---------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = ProfileToolbar(self, activity_log=self._services.audit is not None)
        self.addToolBar(self.toolbar)
        self.toolbar.profileChosen.connect(self._on_profile_chosen)
        self.toolbar.addProfileRequested.connect(self.add_profile)
        self.toolbar.removeProfileRequested.connect(self.remove_profile)
        self.toolbar.preferencesRequested.connect(self.open_preferences)
        self.toolbar.activityLogRequested.connect(self.open_activity_log)
        self.profile_combo = self.toolbar.profile_combo
        self.add_profile_action = self.toolbar.add_profile_action
        self.remove_profile_action = self.toolbar.remove_profile_action
        self.preferences_action = self.toolbar.preferences_action
        self.activity_action = self.toolbar.activity_action
        self.badge = self.toolbar.badge

    def _fill_profiles(self) -> None:
        self.toolbar.fill(self._services.profiles.list(), self._context)

    def _on_profile_chosen(self, name: str) -> None:
        if self._context is None or name != self._context.profile.name:
            self.open_profile(name)

    # -- profiles ---------------------------------------------------------------------
    @property
    def context(self) -> AppContext | None:
        return self._context

    def open_profile(self, name: str) -> None:
        """Open profile ``name``: new gateway, new tabs; the old gateway is closed."""
        profiles = self._services.profiles
        profile = profiles.get(name)
        startup = self._first_paint.pending and profile is not None
        # Start-up reads the key after the first paint: keyring's import, backend lookup
        # and an unlock prompt are slow; a missing key then shows the welcome page.
        key = None if startup else (self._key_for(name) if profile else None)
        if profile is None or not (key or startup):
            self._show_welcome()
            if profile is not None:
                # A missing key can be given again; a key that does not fit its profile
                # (the form says why) needs a new profile instead.
                if not profile.builtin and self._refused_key != name:
                    self.welcome.connect_form.reconnect(profile)
                show_status(
                    self,
                    self.tr("The key of “%1” is not available: connect the account again.").replace(
                        "%1", name
                    ),
                    error=True,
                )
            return
        factory = self._services.gateway_factory
        if startup:  # the SDK loads after the first paint, with the key read then
            gateway: Any = LazyGateway(lambda: factory(profile, self._startup_key_for(name)))
        else:
            assert key is not None
            gateway = factory(profile, key)
        self._tab_host.close()
        old = self._context
        self._context = self._services.context_for(profile, gateway)
        self.offline_banner.attach(gateway)
        self.live.follow(gateway, now=not startup)
        if old is not None:
            old.close_approvals()  # stop Kakao Pay flows before their gateway closes
            self._cleanup.run(old.gateway.aclose())
        profiles.set_current(name)
        self._tab_host.build(self._context)
        if self.comforts is not None:
            self.comforts.profile_opened(self._context)
        self._fill_profiles()
        self.badge.set_mode(profile.mode)
        self.setWindowTitle(window_title(profile.name, profile.mode))
        self.stack.setCurrentWidget(self.tabs)
        self.statusBar().clearMessage()

    def _startup_key_for(self, name: str) -> str:
        if self._startup_key is None:  # used before the first paint (not expected)
            self._startup_key = self._key_for(name)
        return self._startup_key or ""

    def _key_for(self, name: str) -> str | None:
        """The profile's key, or None (with a status message) when the keychain fails."""
        self._refused_key = None
        try:
            return self._services.profiles.key_for(name)
        except ProfileError as exc:  # the key does not fit the stored profile: never open it
            self._refused_key = name
            self.welcome.connect_form.show_profile_problem(name, exc.reason)
            return None
        except KeychainError as exc:
            show_status(
                self,
                self.tr("The keychain did not give the key of “%1”: %2")
                .replace("%1", name)
                .replace("%2", str(exc)),
                error=True,
            )
            return None

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.badge.set_mode("")
        self.setWindowTitle(window_title())
        self._fill_profiles()

    # -- profile actions (kpadmin.ui.profile_actions) and tabs (kpadmin.ui.tab_host) ---
    def add_profile(self) -> None:
        """Open the "Add profile" dialog (non-blocking); the new profile opens when saved."""
        self._profile_actions.add_profile()

    def remove_profile(self) -> None:
        """Ask, then forget the open profile and delete its key from the keychain."""
        if self._context is not None and not self._context.profile.builtin:
            self._tasks.run(self._remove_profile(self._context.profile.name), key="remove")

    async def _remove_profile(self, name: str) -> None:
        if await self._profile_actions.confirm_remove(name):
            await self._forget_profile(name)

    async def _forget_profile(self, name: str) -> None:
        """Forget profile ``name`` (confirmed), close it, open another one or the welcome page."""
        self._services.profiles.remove(name)
        self._tab_host.close()
        self.offline_banner.detach()
        self.live.stop()
        old, self._context = self._context, None
        if old is not None:
            old.close_approvals()
            await old.gateway.aclose()
        remaining = [p for p in self._services.profiles.list() if p.name != name]
        if remaining and self._key_for(remaining[0].name):
            self.open_profile(remaining[0].name)
        else:
            self._show_welcome()

    def open_preferences(self) -> None:
        """Open the Preferences dialog (non-blocking); a new language needs a restart."""
        self._profile_actions.open_preferences()

    def open_activity_log(self) -> QWidget | None:
        """Show the activity log window (one, raised again if already open)."""
        return self._profile_actions.open_activity_log()

    @property
    def activity_window(self) -> QWidget | None:
        """The activity log window, once opened."""
        return self._profile_actions.activity_window

    def tab(self, key: str) -> QWidget | None:
        """The tab widget for ``overview``, ``catalog``, ``customers`` or ``subscriptions``."""
        return self._tab_host.tab(key)

    def refresh_current_tab(self) -> None:
        """F5: reload the current tab."""
        if self.stack.currentWidget() is self.tabs:
            self._tab_host.refresh_current()

    def _on_live_changes(self, changes: Any) -> None:
        """Changes made elsewhere: the tabs read their rows again; failed renewals notify."""
        self._tab_host.apply_changes(changes)
        if self.comforts is not None:
            self.comforts.notifier.renewals_failed(changes.renewals_failed)

    # -- errors, geometry, close ------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        from kpadmin.ui.errors import error_text  # html and re: not needed for the first frame

        show_status(self, error_text(exc), error=True)

    def save_geometry(self) -> None:
        """Keep the window's size, place and layout for the next run."""
        save_geometry(self, self._services.settings)

    async def shutdown(self) -> None:
        """Cancel every tab's calls and close the gateway (awaited before the window closes)."""
        self._tab_host.close()
        self._tasks.cancel_all()
        self.offline_banner.detach()
        self.live.stop()
        old, self._context = self._context, None
        if old is not None:
            old.close_approvals()
            await old.gateway.aclose()
        pending = self._cleanup.tasks()
        if pending:
            import asyncio  # loaded by now: it runs this coroutine

            await asyncio.gather(*pending, return_exceptions=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Before the first paint nothing was started (no gateway, no task): close at once.
        if self._closed_cleanly or self._context is None or self._first_paint.pending:
            self.save_geometry()
            event.accept()
            return
        event.ignore()
        if not self._closing:
            self._closing = True
            self.save_geometry()
            self._tasks.run(
                self.shutdown(),
                on_success=self._finish_close,
                on_error=lambda _e: self._finish_close(None),
            )

    def _finish_close(self, _result: Any) -> None:
        self._closed_cleanly = True
        QTimer.singleShot(0, self.close)
