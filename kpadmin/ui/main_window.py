"""The main window: mode badge, profile switcher, the three tabs, the status bar.

The window owns the open profile's gateway: opening a profile builds one
(``AppServices.gateway_factory``), switching closes the old one
(``await gateway.aclose()``) and rebuilds the tabs with a fresh
:class:`~kpadmin.ui.context.AppContext`, so no tab ever sees a profile
change. Closing the window first shuts the tabs (cancelling their calls) and
closes the gateway, then really closes (qasync's ``asyncClose`` idea).

When no profile can be opened the window shows the welcome page instead of
the tabs. The Catalog and Subscriptions tabs are imported lazily; if their
module is missing the window shows a placeholder page instead of failing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kpadmin.keychain import KeychainError
from kpadmin.settings import Keys
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext, AppServices
from kpadmin.ui.dialogs.confirm_live import ask
from kpadmin.ui.errors import error_text
from kpadmin.ui.mode_badge import ModeBadge, mode_label
from kpadmin.ui.profile_dialogs import AddProfileDialog
from kpadmin.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

#: (settings name, module, class) of each tab, in order.
TAB_SPECS = (
    ("catalog", "kpadmin.ui.tabs.catalog", "CatalogTab"),
    ("customers", "kpadmin.ui.tabs.customers", "CustomersTab"),
    ("subscriptions", "kpadmin.ui.tabs.subscriptions", "SubscriptionsTab"),
)


class MainWindow(QMainWindow):
    """The application window for whichever profile is open."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
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
        self.setCentralWidget(self.stack)

        self._build_toolbar()
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current_tab)
        self.addAction(self.refresh_action)
        self.statusBar().setSizeGripEnabled(True)

        self._restore_geometry()
        self._fill_profiles()
        current = services.profiles.current()
        if current is not None:
            self.open_profile(current.name)  # shows the welcome page if its key is missing
        else:
            self._show_welcome()

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
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.badge = ModeBadge(bar)
        bar.addWidget(self.badge)

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
        key = self._key_for(name) if profile else None
        if profile is None or not key:
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
        gateway = self._services.gateway_factory(profile, key)
        self._close_tabs()
        old = self._context
        self._context = self._services.context_for(profile, gateway)
        if old is not None:
            self._cleanup.run(old.gateway.aclose())
        profiles.set_current(name)
        self._build_tabs()
        self._fill_profiles()
        self.badge.set_mode(profile.mode)
        self.setWindowTitle(f"kpadmin — {profile.name} — {mode_label(profile.mode)}")
        self.stack.setCurrentWidget(self.tabs)
        self.statusBar().clearMessage()

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
        old, self._context = self._context, None
        if old is not None:
            await old.gateway.aclose()
        remaining = [p for p in self._services.profiles.list() if p.name != name]
        if remaining and self._key_for(remaining[0].name):
            self.open_profile(remaining[0].name)
        else:
            self._show_welcome()

    # -- tabs -------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        assert self._context is not None
        titles = {
            "catalog": self.tr("Catalog"),
            "customers": self.tr("Customers"),
            "subscriptions": self.tr("Subscriptions"),
        }
        self.tabs.blockSignals(True)
        for key, module, cls in TAB_SPECS:
            tab = _make_tab(self._context, module, cls, self)
            tab.setProperty("tabKey", key)
            status = getattr(tab, "statusMessage", None)
            if status is not None:
                status.connect(self.statusBar().showMessage)
            self.tabs.addTab(tab, titles[key])
        last = self._services.settings.get(Keys.LAST_TAB)
        keys = [k for k, _m, _c in TAB_SPECS]
        self.tabs.setCurrentIndex(keys.index(last) if last in keys else keys.index("customers"))
        self.tabs.blockSignals(False)
        self._tabs_loaded = set()
        self._on_tab_changed(self.tabs.currentIndex())

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
        """The tab widget for ``catalog``, ``customers`` or ``subscriptions``."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("tabKey") == key:
                return self.tabs.widget(i)
        return None

    def _on_tab_changed(self, index: int) -> None:
        if index < 0:
            return
        tab = self.tabs.widget(index)
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
        old, self._context = self._context, None
        if old is not None:
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


def _make_tab(context: AppContext, module: str, cls: str, parent: QWidget) -> QWidget:
    """Import and build a tab; a missing module becomes a placeholder page."""
    import importlib

    try:
        tab_class = getattr(importlib.import_module(module), cls)
    except (ImportError, AttributeError) as exc:
        log.warning("tab %s.%s is not available: %s", module, cls, exc)
        label = QLabel(parent.tr("This tab is not available in this build."), parent)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    return tab_class(context, parent)  # type: ignore[no-any-return]
