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
window before the slow parts: the profile opens with a
:class:`~kpadmin.ui.context.LazyGateway` (the Stripe SDK loads with the first
page, after the paint), only the current tab is built (its table says
"Loading…"), and right after the first paint the window starts that load,
builds the other tabs and installs the shortcuts (bench/startup.py: the SDK,
the other tabs and the go-to box were ~70% of the time to first paint). The Catalog and Subscriptions tabs are imported lazily; if their
module is missing the window shows a placeholder page instead of failing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kpadmin.keychain import KeychainError
from kpadmin.settings import Keys
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext, AppServices, LazyGateway
from kpadmin.ui.dialogs.confirm_live import ask
from kpadmin.ui.errors import error_text
from kpadmin.ui.mode_badge import ModeBadge, mode_label
from kpadmin.ui.offline_banner import OfflineBanner
from kpadmin.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

#: (settings name, module, class) of each tab, in order.
TAB_SPECS = (
    ("overview", "kpadmin.ui.tabs.overview", "OverviewTab"),
    ("catalog", "kpadmin.ui.tabs.catalog", "CatalogTab"),
    ("customers", "kpadmin.ui.tabs.customers", "CustomersTab"),
    ("subscriptions", "kpadmin.ui.tabs.subscriptions", "SubscriptionsTab"),
)


#: Start-up: how long after the first load starts the other tabs are built (ms).
PENDING_TABS_DELAY_MS = 30


class MainWindow(QMainWindow):
    """The application window for whichever profile is open."""

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, paint_first: bool = False
    ) -> None:
        super().__init__(parent)
        self._services = services
        #: Until the first paint (start-up only): lazy gateway, one tab, no shortcuts yet.
        self._paint_pending = paint_first
        self._paint_callbacks: list[Callable[[], None]] = []
        self._startup_key: str | None = None  # read right after the first paint
        self._context: AppContext | None = None
        self._tabs_loaded: set[int] = set()
        self._closing = False
        self._closed_cleanly = False
        self._tasks = TaskRunner(self, on_error=self._show_error)
        # Closing old gateways: never cancelled, awaited by shutdown() (sockets must close).
        self._cleanup = TaskRunner(self, on_error=self._show_error)
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 560)

        self.welcome = WelcomePage(services, self)
        self.welcome.profileReady.connect(self.open_profile)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        # While Stripe cannot be reached: a banner above the rows (which stay), then a reload.
        self.offline_banner = OfflineBanner(self)
        self.offline_banner.backOnline.connect(self.refresh_current_tab)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current_tab)
        self.addAction(self.refresh_action)
        # Shortcuts (Ctrl+1…, Ctrl+F, Ctrl+N, Ctrl+K go-to box, F1) and approval notifications.
        self.comforts: Any = None
        if paint_first:
            self.installEventFilter(_FirstPaint(self))
        else:
            self._install_comforts()
        self.statusBar().setSizeGripEnabled(True)

        self._restore_geometry()
        self._fill_profiles()
        current = services.profiles.current()
        if current is not None:
            self.open_profile(current.name)  # shows the welcome page if its key is missing
        else:
            self._show_welcome()

    def _install_comforts(self) -> None:
        from kpadmin.ui.shortcuts import install_comforts

        self.comforts = install_comforts(self)
        if self._context is not None:
            self.comforts.profile_opened(self._context)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` right after the first paint (soon, if that is not pending)."""
        if self._paint_pending:
            self._paint_callbacks.append(callback)
        else:
            QTimer.singleShot(0, callback)

    def _after_first_paint(self) -> None:
        """Start-up, right after the first paint: load, build the other tabs, shortcuts."""
        if not self._paint_pending or self._closing:
            return
        self._paint_pending = False
        callbacks, self._paint_callbacks = self._paint_callbacks, []
        for callback in callbacks:
            callback()
        if self._context is not None:
            name = self._context.profile.name
            self._startup_key = self._key_for(name)
            if not self._startup_key:
                self._context.close_approvals()
                self._close_tabs()
                self.offline_banner.detach()
                self._context = None  # its gateway was never built: nothing to close
                self._install_comforts()
                self.open_profile(name)  # shows the welcome page and says why
                return
        self._install_comforts()
        if self.stack.currentWidget() is self.tabs:
            self._on_tab_changed(self.tabs.currentIndex())  # the first page (the SDK loads now)
            # The other tabs are built while that request is on its way, not before it is sent.
            QTimer.singleShot(PENDING_TABS_DELAY_MS, self._build_pending_tabs)

    def _build_pending_tabs(self) -> None:
        """Build the tabs left as placeholders at start-up, one per event-loop turn."""
        if self._closing:
            return
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("pendingTab"):
                self._materialize(i)
                QTimer.singleShot(0, self._build_pending_tabs)
                return

    # -- toolbar ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Profile"), self)
        bar.setObjectName("profileToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Account:") + " ", bar))
        self.profile_combo = QComboBox(bar)
        self.profile_combo.setAccessibleName(self.tr("Switch profile"))
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.activated.connect(self._on_profile_chosen)
        bar.addWidget(self.profile_combo)
        self.add_profile_action = bar.addAction(self.tr("Add profile…"), self.add_profile)
        self.remove_profile_action = bar.addAction(self.tr("Remove profile…"), self.remove_profile)
        self.preferences_action = bar.addAction(self.tr("Preferences…"), self.open_preferences)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))  # Cmd+, on macOS
        # The audit log of every write (H12); only when the run keeps one.
        self.activity_action = bar.addAction(self.tr("Activity log…"), self.open_activity_log)
        self.activity_action.setVisible(self._services.audit is not None)
        self.activity_window: QWidget | None = None
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.badge = ModeBadge(bar)
        bar.addWidget(self.badge)

    def open_activity_log(self) -> QWidget | None:
        """Show the activity log window (one, raised again if already open)."""
        if self._services.audit is None:
            return None
        if self.activity_window is None:
            from kpadmin.ui.audit_window import AuditWindow

            self.activity_window = AuditWindow(self._services.audit, self)
        else:
            self.activity_window.reload()  # type: ignore[attr-defined]
        self.activity_window.show()
        self.activity_window.raise_()
        return self.activity_window

    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in self._services.profiles.list():
            self.profile_combo.addItem(f"{p.name}  ({mode_label(p.mode)})", p.name)
        current = self._context.profile.name if self._context else ""
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(current), 0))
        self.profile_combo.setEnabled(self.profile_combo.count() > 0)
        self.profile_combo.blockSignals(False)
        builtin = self._context is not None and self._context.profile.builtin
        self.remove_profile_action.setEnabled(self._context is not None and not builtin)

    def _on_profile_chosen(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if name and (self._context is None or name != self._context.profile.name):
            self.open_profile(name)

    # -- profiles ---------------------------------------------------------------------
    @property
    def context(self) -> AppContext | None:
        return self._context

    def open_profile(self, name: str) -> None:
        """Open profile ``name``: new gateway, new tabs; the old gateway is closed."""
        profiles = self._services.profiles
        profile = profiles.get(name)
        startup = self._paint_pending and profile is not None
        # Start-up reads the key after the first paint: keyring's import, backend lookup
        # and an unlock prompt are slow; a missing key then shows the welcome page.
        key = None if startup else (self._key_for(name) if profile else None)
        if profile is None or not (key or startup):
            self._show_welcome()
            if profile is not None:
                if profile.session_only:
                    self.welcome.connect_form.set_name(name)
                self.statusBar().showMessage(
                    self.tr("The key of “%1” is not available: connect the account again.").replace(
                        "%1", name
                    )
                )
            return
        factory = self._services.gateway_factory
        if startup:  # the SDK loads after the first paint, with the key read then
            gateway: Any = LazyGateway(lambda: factory(profile, self._startup_key_for(name)))
        else:
            assert key is not None
            gateway = factory(profile, key)
        self._close_tabs()
        old = self._context
        self._context = self._services.context_for(profile, gateway)
        self.offline_banner.attach(gateway)
        if old is not None:
            old.close_approvals()  # stop Kakao Pay flows before their gateway closes
            self._cleanup.run(old.gateway.aclose())
        profiles.set_current(name)
        self._build_tabs()
        if self.comforts is not None:
            self.comforts.profile_opened(self._context)
        self._fill_profiles()
        self.badge.set_mode(profile.mode)
        self.setWindowTitle(f"kpadmin — {profile.name} — {mode_label(profile.mode)}")
        self.stack.setCurrentWidget(self.tabs)
        self.statusBar().clearMessage()

    def _startup_key_for(self, name: str) -> str:
        if self._startup_key is None:  # used before the first paint (not expected)
            self._startup_key = self._key_for(name)
        return self._startup_key or ""

    def _key_for(self, name: str) -> str | None:
        """The profile's key, or None (with a status message) when the keychain fails."""
        try:
            return self._services.profiles.key_for(name)
        except KeychainError as exc:
            self.statusBar().showMessage(
                self.tr("The keychain did not give the key of “%1”: %2")
                .replace("%1", name)
                .replace("%2", str(exc))
            )
            return None

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.badge.set_mode("")
        self.setWindowTitle("kpadmin")
        self._fill_profiles()

    def add_profile(self) -> None:
        """Open the "Add profile" dialog (non-blocking); the new profile opens when saved."""
        from kpadmin.ui.profile_dialogs import AddProfileDialog

        dialog = AddProfileDialog(self._services, self)
        dialog.connected.connect(self._profile_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _profile_added(self, name: str) -> None:
        self._fill_profiles()
        self.open_profile(name)

    def remove_profile(self) -> None:
        """Ask, then forget the open profile and delete its key from the keychain."""
        if self._context is not None and not self._context.profile.builtin:
            self._tasks.run(self._remove(self._context.profile.name), key="remove")

    async def _remove(self, name: str) -> None:
        ok = await ask(
            self,
            self.tr("Remove profile"),
            self.tr(
                "Remove the profile “%1”? Its API key is deleted from this computer's keychain. "
                "Nothing changes on Stripe."
            ).replace("%1", name),
            confirm_label=self.tr("Remove profile"),
        )
        if not ok:
            return
        self._services.profiles.remove(name)
        self._close_tabs()
        self.offline_banner.detach()
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
        from kpadmin.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._services.settings, self)
        dialog.saved.connect(
            lambda changed: changed and self.statusBar().showMessage(
                self.tr("The new language applies when kpadmin starts again.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- tabs -------------------------------------------------------------------------
    def _tab_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "catalog": self.tr("Catalog"),
            "customers": self.tr("Customers"),
            "subscriptions": self.tr("Subscriptions"),
        }

    def _build_tabs(self) -> None:
        assert self._context is not None
        titles = self._tab_titles()
        last = self._services.settings.get(Keys.LAST_TAB)
        keys = [k for k, _m, _c in TAB_SPECS]
        current = keys.index(last) if last in keys else keys.index("customers")
        self.tabs.blockSignals(True)
        for i, (key, module, cls) in enumerate(TAB_SPECS):
            if self._paint_pending and i != current:
                tab = QWidget(self)  # built right after the first paint (_build_pending_tabs)
                tab.setProperty("pendingTab", True)
            else:
                tab = self._new_tab(key, module, cls)
            tab.setProperty("tabKey", key)
            self.tabs.addTab(tab, titles[key])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._tabs_loaded = set()
        if self._paint_pending:
            _show_loading(self.tabs.widget(current))  # the load starts after the first paint
        else:
            self._on_tab_changed(self.tabs.currentIndex())

    def _new_tab(self, key: str, module: str, cls: str) -> QWidget:
        assert self._context is not None
        tab = _make_tab(self._context, module, cls, self)
        tab.setProperty("tabKey", key)
        status = getattr(tab, "statusMessage", None)
        if status is not None:
            status.connect(self.statusBar().showMessage)
        return tab

    def _materialize(self, index: int) -> QWidget:
        """Replace the placeholder at ``index`` with the real tab (same title and place)."""
        placeholder = self.tabs.widget(index)
        key = str(placeholder.property("tabKey"))
        spec = next(s for s in TAB_SPECS if s[0] == key)
        tab = self._new_tab(*spec)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self._tab_titles()[key])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return tab

    def _close_tabs(self) -> None:
        while self.tabs.count():
            tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            shutdown = getattr(tab, "shutdown", None)
            if shutdown is not None:
                shutdown()
            tab.deleteLater()
        self._tabs_loaded = set()

    def tab(self, key: str) -> QWidget | None:
        """The tab widget for ``overview``, ``catalog``, ``customers`` or ``subscriptions``."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("tabKey") == key:
                if self.tabs.widget(i).property("pendingTab"):
                    return self._materialize(i)
                return self.tabs.widget(i)
        return None

    def _on_tab_changed(self, index: int) -> None:
        if index < 0:
            return
        tab = self.tabs.widget(index)
        if tab.property("pendingTab"):
            tab = self._materialize(index)
        if self._paint_pending:
            return  # the first load starts after the first paint
        self._services.settings.set(Keys.LAST_TAB, str(tab.property("tabKey") or ""))
        if index not in self._tabs_loaded:
            self._tabs_loaded.add(index)
            refresh = getattr(tab, "refresh", None)
            if refresh is not None:
                refresh()

    def refresh_current_tab(self) -> None:
        """F5: reload the current tab."""
        if self.stack.currentWidget() is self.tabs:
            refresh = getattr(self.tabs.currentWidget(), "refresh", None)
            if refresh is not None:
                refresh()

    # -- errors, geometry, close ------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.statusBar().showMessage(error_text(exc))

    def _restore_geometry(self) -> None:
        settings = self._services.settings
        geometry = settings.get(Keys.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = settings.get(Keys.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_geometry(self) -> None:
        settings = self._services.settings
        settings.set(Keys.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(Keys.WINDOW_STATE, self.saveState())
        settings.sync()

    async def shutdown(self) -> None:
        """Cancel every tab's calls and close the gateway (awaited before the window closes)."""
        self._close_tabs()
        self._tasks.cancel_all()
        self.offline_banner.detach()
        old, self._context = self._context, None
        if old is not None:
            old.close_approvals()
            await old.gateway.aclose()
        pending = self._cleanup.tasks()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed_cleanly or self._context is None:
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


class _FirstPaint(QObject):
    """Event filter: after the window's first paint, run its deferred start-up work once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._window._after_first_paint)
        return False


def _show_loading(tab: QWidget) -> None:
    """Show the tab's list as loading in the first frame (its load starts right after it)."""
    for name in ("table", "products_table"):
        table = getattr(tab, name, None)
        model = getattr(table, "model", None)
        if model is not None and hasattr(model, "set_loading"):
            model.set_loading(True)
            return


def _make_tab(context: AppContext, module: str, cls: str, parent: QWidget) -> QWidget:
    """Import and build a tab; a missing module becomes a placeholder page."""
    import importlib

    try:
        tab_class = getattr(importlib.import_module(module), cls)
    except (ImportError, AttributeError) as exc:
        log.warning("tab %s.%s is not available: %s", module, cls, exc)
        label = QLabel(
            QCoreApplication.translate("MainWindow", "This tab is not available in this build."),
            parent,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    return tab_class(context, parent)  # type: ignore[no-any-return]
