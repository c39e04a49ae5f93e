"""The main window's tabs: built per profile, loaded when first shown, shut when it closes.

Each profile gets fresh tabs (the window closes the old ones first), so no tab
ever sees a profile change. A tab loads its first page the first time it is
shown. At start-up, while the first paint is pending, every tab is a
placeholder (the current one saying "Loading…": the tabs' modules, the SDK's
records among them, are a third of what start-up would import before the first
frame); right after that paint the current tab is built and its first page
requested, then the others are built one per event-loop turn (or at once when
asked for). A tab whose title counts something ("Needs attention (3)": it has
a ``countChanged`` signal) loads as soon as it is built, and again on every
F5, so its count is current whichever tab is shown. The Catalog and Subscriptions tabs are
imported lazily; if their module is missing a placeholder page says so instead
of failing.

Tab titles keep the ``MainWindow`` translation context they always had.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from kpadmin.settings import Keys, Settings
from kpadmin.ui.context import AppContext
from kpadmin.ui.first_paint import mark, marks_enabled
from kpadmin.ui.status import show_status

log = logging.getLogger(__name__)

# (settings name, module, class) of each tab, in order.
TAB_SPECS = (
    ("overview", "kpadmin.ui.tabs.overview", "OverviewTab"),
    ("attention", "kpadmin.ui.tabs.attention", "AttentionTab"),
    ("catalog", "kpadmin.ui.tabs.catalog", "CatalogTab"),
    ("customers", "kpadmin.ui.tabs.customers", "CustomersTab"),
    ("subscriptions", "kpadmin.ui.tabs.subscriptions", "SubscriptionsTab"),
)

# Start-up: how long after the first load starts the other tabs are built (ms).
PENDING_TABS_DELAY_MS = 30


def tab_titles() -> dict[str, str]:
    """The translated title of each tab (context ``MainWindow``, as before the split)."""
    return {
        "overview": QCoreApplication.translate("MainWindow", "Overview"),
        "attention": QCoreApplication.translate("MainWindow", "Needs attention"),
        "catalog": QCoreApplication.translate("MainWindow", "Catalog"),
        "customers": QCoreApplication.translate("MainWindow", "Customers"),
        "subscriptions": QCoreApplication.translate("MainWindow", "Subscriptions"),
    }


class TabHost(QObject):
    """Builds, loads and shuts the tabs of :attr:`widget` (the window's ``tabs``).

    Args:
        window: The main window: parent, and the status bar tabs report to.
        settings: Where the last shown tab is kept.
        painting: True while the first paint is pending (start-up).
        closing: True once the window is closing (no more tabs are built).
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        *,
        painting: Callable[[], bool],
        closing: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._painting = painting
        self._closing = closing
        self._context: AppContext | None = None
        self._loaded: set[int] = set()
        self.widget = QTabWidget(window)
        self.widget.setDocumentMode(True)
        self.widget.currentChanged.connect(self.on_tab_changed)

    def build(self, context: AppContext) -> None:
        """Add the tabs for ``context`` (after :meth:`close`); load the current one."""
        self._context = context
        tabs = self.widget
        titles = tab_titles()
        last = self._settings.get(Keys.LAST_TAB)
        keys = [k for k, _m, _c in TAB_SPECS]
        current = keys.index(last) if last in keys else keys.index("customers")
        painting = self._painting()
        self._loaded = set()
        tabs.blockSignals(True)
        for i, (key, module, cls) in enumerate(TAB_SPECS):
            if painting:
                # Built right after the first paint: the current one first, then the others
                # (build_pending). The first frame shows the current one as loading.
                tab = _placeholder(self._window, loading=i == current)
            else:
                tab = self._new_tab(key, module, cls)
            tab.setProperty("tabKey", key)
            tabs.addTab(tab, titles[key])
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        if not painting:
            for i in range(tabs.count()):
                self._load_in_background(i)
            self.on_tab_changed(tabs.currentIndex())

    def _at(self, index: int) -> QWidget:
        """The tab at ``index``, which callers take from within ``count()``."""
        tab = self.widget.widget(index)
        assert tab is not None, index
        return tab

    def start_after_paint(self) -> None:
        """Start-up, after the first paint: load the current tab, then build the others."""
        # The current tab is built now and its first page requested (the SDK loads now).
        self.on_tab_changed(self.widget.currentIndex())
        if marks_enabled():
            _mark_first_rows(self.widget.currentWidget())
        # The other tabs are built while that request is on its way, not before it is sent.
        QTimer.singleShot(PENDING_TABS_DELAY_MS, self.build_pending)

    def build_pending(self) -> None:
        """Build the tabs left as placeholders at start-up, one per event-loop turn."""
        if self._closing():
            return
        for i in range(self.widget.count()):
            if self._at(i).property("pendingTab"):
                self._materialize(i)
                QTimer.singleShot(0, self.build_pending)
                return

    def _new_tab(self, key: str, module: str, cls: str) -> QWidget:
        assert self._context is not None
        tab = _make_tab(self._context, module, cls, self._window)
        tab.setProperty("tabKey", key)
        window = self._window
        status = getattr(tab, "statusMessage", None)
        if status is not None:
            status.connect(lambda text: show_status(window, text))
        count = getattr(tab, "countChanged", None)
        if count is not None:
            count.connect(lambda n, k=key: self._show_count(k, n))
        opens = getattr(tab, "openRequested", None)
        if opens is not None:
            opens.connect(lambda target: _open_in_its_tab(window, target))
        return tab

    def _show_count(self, key: str, count: int) -> None:
        """Put a tab's count in its title: "Needs attention (3)"."""
        title = tab_titles()[key]
        for i in range(self.widget.count()):
            if self._at(i).property("tabKey") == key:
                self.widget.setTabText(i, f"{title} ({count})" if count else title)

    def _load_in_background(self, index: int) -> None:
        """Load a tab whose title counts something (Needs attention) as soon as it is built."""
        tab = self._at(index)
        if getattr(tab, "countChanged", None) is None or index in self._loaded:
            return
        self._loaded.add(index)
        refresh = getattr(tab, "refresh", None)
        if refresh is not None:
            refresh()

    def _materialize(self, index: int) -> QWidget:
        """Replace the placeholder at ``index`` with the real tab (same title and place)."""
        tabs = self.widget
        placeholder = self._at(index)
        key = str(placeholder.property("tabKey"))
        spec = next(s for s in TAB_SPECS if s[0] == key)
        tab = self._new_tab(*spec)
        current = tabs.currentIndex()
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, tab, tab_titles()[key])
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        placeholder.deleteLater()
        if not self._painting():
            self._load_in_background(index)
        return tab

    def close(self) -> None:
        """Remove every tab, shutting it first (which cancels its calls)."""
        tabs = self.widget
        while tabs.count():
            tab = self._at(0)
            tabs.removeTab(0)
            shutdown = getattr(tab, "shutdown", None)
            if shutdown is not None:
                shutdown()
            tab.deleteLater()
        self._loaded = set()

    def tab(self, key: str) -> QWidget | None:
        """The tab widget for ``key``, built now if it was still a placeholder."""
        for i in range(self.widget.count()):
            if self._at(i).property("tabKey") == key:
                if self._at(i).property("pendingTab"):
                    return self._materialize(i)
                return self._at(i)
        return None

    def on_tab_changed(self, index: int) -> None:
        """Remember the shown tab and load it the first time it is shown."""
        if index < 0:
            return
        tab = self._at(index)
        if tab.property("pendingTab"):
            tab = self._materialize(index)
        if self._painting():
            return  # the first load starts after the first paint
        self._settings.set(Keys.LAST_TAB, str(tab.property("tabKey") or ""))
        if index not in self._loaded:
            self._loaded.add(index)
            refresh = getattr(tab, "refresh", None)
            if refresh is not None:
                refresh()

    def apply_changes(self, changes: Any) -> None:
        """Hand changes made elsewhere (``LiveUpdates.changed``) to every built tab."""
        for i in range(self.widget.count()):
            apply = getattr(self._at(i), "apply_changes", None)
            if apply is not None:
                apply(changes)

    def refresh_current(self) -> None:
        """Reload the current tab, and the counting tabs already loaded (their titles)."""
        current = self.widget.currentWidget()
        for i in range(self.widget.count()):
            tab = self._at(i)
            counts = getattr(tab, "countChanged", None) is not None and i in self._loaded
            refresh = getattr(tab, "refresh", None)
            if refresh is not None and (tab is current or counts):
                refresh()


def _list_model(tab: QWidget) -> Any:
    """The model of the tab's main list (None for a tab without one, such as Overview)."""
    for name in ("table", "products_table"):
        table = getattr(tab, name, None)
        model = getattr(table, "model", None)
        if model is not None and hasattr(model, "set_loading"):
            return model
    return None


def _placeholder(parent: QWidget, *, loading: bool) -> QWidget:
    """A tab's stand-in until it is built; the current one says it is loading."""
    tab = QWidget(parent)
    tab.setProperty("pendingTab", True)
    if loading:
        label = QLabel(QCoreApplication.translate("RecordTable", "Loading…"), tab)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)  # the muted colour of the tables' own "Loading…"
        QVBoxLayout(tab).addWidget(label)
    return tab


def _mark_first_rows(tab: QWidget) -> None:
    """Write the ``rows`` start-up mark when the tab's list first holds rows."""
    model = _list_model(tab)
    if model is None:
        return
    done = False

    def check(*_args: Any) -> None:
        nonlocal done
        if not done and model.rowCount() > 0:
            done = True
            mark("rows")

    model.rowsInserted.connect(check)
    model.modelReset.connect(check)


def _make_tab(context: AppContext, module: str, cls: str, parent: QWidget) -> QWidget:
    """Import and build a tab; a missing module becomes a placeholder page."""
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


def _open_in_its_tab(window: QMainWindow, target: Any) -> None:
    """A tab asked to open a record elsewhere (a customer's subscription): as Ctrl+K does."""
    from kpadmin.ui.goto_box import open_target  # loaded with the tabs, after the first paint

    open_target(window, target)
