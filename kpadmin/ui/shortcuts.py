"""Keyboard shortcuts, the go-to box and approval notifications, installed on the main window.

One place declares every shortcut (:func:`shortcut_specs`), so the actions
and the Help → Keyboard shortcuts list cannot disagree. Keys use Qt's
portable names: ``Ctrl`` is ⌘ on macOS, and ``StandardKey.Find``/``New``
follow each platform's own convention.

The window calls :func:`install_comforts` once and
:meth:`Comforts.profile_opened` after each profile switch. The actions act
on whatever tab is current when they fire, so rebuilt tabs need nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.ui.goto_box import GotoBox, Target, open_target
from kpadmin.ui.goto_suggestions import built_tabs, loaded_matches
from kpadmin.ui.notifications import Notifier
from kpadmin.ui.status import show_status
from kpadmin.ui.tab_host import TAB_SPECS, tab_titles


@dataclass(frozen=True, slots=True)
class ShortcutSpec:
    """One shortcut: its action name, what it does (translated) and its keys."""

    name: str
    text: str
    keys: QKeySequence


def shortcut_specs(tab_titles: list[str]) -> list[ShortcutSpec]:
    """Every shortcut of the window; ``tab_titles`` in tab order get Ctrl+1, Ctrl+2…"""
    specs = [
        ShortcutSpec(
            f"tab{i + 1}",
            QCoreApplication.translate("Shortcuts", "Show %1").replace("%1", title),
            QKeySequence(f"Ctrl+{i + 1}"),
        )
        for i, title in enumerate(tab_titles[:9])
    ]
    specs += [
        ShortcutSpec(
            "goto",
            QCoreApplication.translate("Shortcuts", "Go to an id, a customer's name or e-mail"),
            QKeySequence("Ctrl+K"),
        ),
        ShortcutSpec(
            "search",
            QCoreApplication.translate("Shortcuts", "Search or filter the current tab"),
            QKeySequence(QKeySequence.StandardKey.Find),
        ),
        ShortcutSpec(
            "new",
            QCoreApplication.translate("Shortcuts", "New object on the current tab"),
            QKeySequence(QKeySequence.StandardKey.New),
        ),
        ShortcutSpec(
            "new_customer",
            QCoreApplication.translate("Shortcuts", "New customer"),
            QKeySequence("Ctrl+Shift+N"),
        ),
        ShortcutSpec(
            "new_price",
            QCoreApplication.translate("Shortcuts", "New price for the selected product"),
            QKeySequence("Ctrl+Shift+P"),
        ),
        ShortcutSpec(
            "new_subscription",
            QCoreApplication.translate("Shortcuts", "New subscription"),
            QKeySequence("Ctrl+Shift+S"),
        ),
        ShortcutSpec(
            "refresh",
            QCoreApplication.translate("Shortcuts", "Refresh the current tab"),
            QKeySequence(Qt.Key.Key_F5),
        ),
        ShortcutSpec(
            "help",
            QCoreApplication.translate("Shortcuts", "Show keyboard shortcuts"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        ),
    ]
    return specs


# Per tab: the "new" method Ctrl+N calls, and the boxes Ctrl+F focuses (first found wins).
NEW_METHOD = {
    "customers": "create_customer",
    "catalog": "new_product",
    "subscriptions": "new_subscription",
}
SEARCH_BOXES = ("search_edit", "table.filter_edit", "products_table.filter_edit")


def _attr_path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


class Comforts:
    """The window's shortcuts, go-to box and notifier.

    Attributes:
        actions: name -> QAction (F5 is the window's own ``refresh_action``).
        goto_box: the Ctrl+K popup (built on first use, rebuilt per gateway).
        notifier: tells the desktop about approvals that end in the background.
    """

    def __init__(self, window: Any) -> None:
        self._window = window
        self.goto_box: GotoBox | None = None
        self.notifier = Notifier(window)
        self.actions: dict[str, QAction] = {}
        handlers: dict[str, Callable[[], object]] = {
            "goto": self.show_goto,
            "search": self.focus_search,
            "new": self.new_on_current_tab,
            "new_customer": lambda: self._new_on("customers"),
            "new_price": lambda: self._new_on("catalog", "new_price"),
            "new_subscription": lambda: self._new_on("subscriptions"),
            "help": self.show_help,
        }
        generic = [
            QCoreApplication.translate("Shortcuts", "tab %1").replace("%1", str(i + 1))
            for i in range(9)
        ]
        for spec in shortcut_specs(generic):
            if spec.name == "refresh":
                continue  # the window's own action
            action = QAction(spec.text, window)
            action.setObjectName(f"shortcut_{spec.name}")
            action.setShortcut(spec.keys)
            if spec.name.startswith("tab"):
                index = int(spec.name[3:]) - 1
                action.triggered.connect(lambda _c=False, i=index: self.show_tab(i))
            else:
                action.triggered.connect(lambda _c=False, f=handlers[spec.name]: f())
            window.addAction(action)
            self.actions[spec.name] = action
        self._add_to_menus()

    def _add_to_menus(self) -> None:
        """View gets the tab entries (Ctrl+1…), Help the shortcut list and the go-to box.

        The very actions that carry the shortcuts, so the menus show their keys.
        """
        if not isinstance(self._window, QMainWindow):
            return
        bar = self._window.menuBar()
        view = bar.findChild(QMenu, "viewMenu")
        if view is not None:
            first = view.actions()[0] if view.actions() else None
            for i, key in enumerate(k for k, _m, _c in TAB_SPECS):
                action = self.actions[f"tab{i + 1}"]
                action.setText(tab_titles()[key])
                view.insertAction(first, action)  # type: ignore[arg-type]
            view.insertSeparator(first)  # type: ignore[arg-type]
        menu = bar.findChild(QMenu, "helpMenu")
        if menu is None:
            menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
            menu.setObjectName("helpMenu")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.actions["help"])  # type: ignore[arg-type]
        menu.insertAction(first, self.actions["goto"])  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)

    # -- profile ---------------------------------------------------------------------------
    def profile_opened(self, context: Any) -> None:
        """Follow the new profile's approvals; the go-to box is rebuilt on next use."""
        self.notifier.watch(context.approvals if context is not None else None)
        tabs = self._window.tabs
        for i in range(min(tabs.count(), 9)):
            keys = self.actions[f"tab{i + 1}"].shortcut()
            tabs.setTabToolTip(i, keys.toString(QKeySequence.SequenceFormat.NativeText))
        if self.goto_box is not None:
            self.goto_box.deleteLater()
            self.goto_box = None

    # -- actions -----------------------------------------------------------------------------
    def _tabs_shown(self) -> bool:
        w = self._window
        return w.context is not None and w.stack.currentWidget() is w.tabs

    def show_tab(self, index: int) -> None:
        if self._tabs_shown() and 0 <= index < self._window.tabs.count():
            self._window.tabs.setCurrentIndex(index)

    def focus_search(self) -> QWidget | None:
        """Ctrl+F: focus the current tab's search box (or its filter box); returns it."""
        if not self._tabs_shown():
            return None
        tab = self._window.tabs.currentWidget()
        for path in SEARCH_BOXES:
            box = _attr_path(tab, path)
            if isinstance(box, QWidget) and box.isEnabled():
                box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                select_all = getattr(box, "selectAll", None)
                if select_all is not None:
                    select_all()
                return box
        return None

    def new_on_current_tab(self) -> None:
        """Ctrl+N: what "New…" means on the current tab (nothing on the Overview)."""
        if self._tabs_shown():
            key = self._window.tabs.currentWidget().property("tabKey")
            if key in NEW_METHOD:
                self._new_on(key)

    def _new_on(self, key: str, method: str | None = None) -> None:
        if not self._tabs_shown():
            return
        tab = self._window.tab(key)
        handler = getattr(tab, method or NEW_METHOD[key], None)
        if handler is not None:
            self._window.tabs.setCurrentWidget(tab)
            handler()

    def show_goto(self) -> GotoBox | None:
        """Ctrl+K: pop the go-to box up (when a profile is open)."""
        context = self._window.context
        if context is None:
            return None
        if self.goto_box is None:
            tabs = self._window.tabs
            self.goto_box = GotoBox(
                context.gateway,
                self._window,
                loaded=lambda text: loaded_matches(built_tabs(tabs), text),
            )
            self.goto_box.targetChosen.connect(self._open_target)
        self.goto_box.popup()
        return self.goto_box

    def _open_target(self, target: Target) -> None:
        if not open_target(self._window, target):
            show_status(
                self._window,
                QCoreApplication.translate("Shortcuts", "This object cannot be shown here."),
            )

    def show_help(self) -> QDialog:
        """Help → Keyboard shortcuts (non-modal)."""
        dialog = ShortcutsDialog(self._tab_titles(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tab_titles(self) -> list[str]:
        tabs = self._window.tabs
        return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


class ShortcutsDialog(QDialog):
    """A table of every shortcut, in the platform's own notation (⌘ on macOS)."""

    def __init__(self, tab_titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        specs = shortcut_specs(tab_titles)
        self.table = QTableWidget(len(specs), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, spec in enumerate(specs):
            self.table.setItem(row, 0, QTableWidgetItem(spec.text))
            keys = spec.keys.toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 500)


def install_comforts(window: Any) -> Comforts:
    """Add the shortcuts, the go-to box and the notifier to ``window`` (the main window)."""
    return Comforts(window)
