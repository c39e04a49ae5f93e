"""Keyboard shortcuts of the main window: tabs, search, new objects, help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from kpadmin.ui.shortcuts import ShortcutsDialog, shortcut_specs

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(window, qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, key, modifiers)


def test_ctrl_digits_switch_tabs_in_order(main_window, qtbot):
    window = main_window
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    names = ("overview", "attention", "catalog", "customers", "subscriptions")
    for key, name in zip(keys, names, strict=True):
        _press(window, qtbot, key, CTRL)
        assert window.tabs.currentWidget() is window.tab(name)
    _press(window, qtbot, Qt.Key.Key_9, CTRL)  # no ninth tab: nothing changes
    assert window.tabs.currentWidget() is window.tab("subscriptions")
    assert window.tabs.tabToolTip(0) == QKeySequence("Ctrl+1").toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_ctrl_f_focuses_the_current_tabs_search(main_window, qtbot):
    window = main_window
    expected = {
        "customers": lambda t: t.search_edit,
        "subscriptions": lambda t: t.table.filter_edit,
        "catalog": lambda t: t.products_table.filter_edit,
    }
    for name, box_of in expected.items():
        window.tabs.setCurrentWidget(window.tab(name))
        _press(window, qtbot, Qt.Key.Key_F, CTRL)
        box = box_of(window.tab(name))
        qtbot.waitUntil(lambda b=box: QApplication.focusWidget() is b, timeout=3000)


def test_new_shortcuts_open_the_right_dialog(main_window, qtbot):
    window = main_window
    customers = window.tab("customers")
    window.tabs.setCurrentWidget(window.tab("overview"))
    _press(window, qtbot, Qt.Key.Key_N, CTRL)  # nothing to create on the Overview
    assert customers.current_dialog() is None
    assert window.tabs.currentWidget() is window.tab("overview")

    _press(window, qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # new customer, from anywhere
    assert window.tabs.currentWidget() is customers
    dialog = customers.current_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: customers.current_dialog() is None, timeout=3000)

    _press(window, qtbot, Qt.Key.Key_N, CTRL)  # Ctrl+N on Customers: the same dialog
    assert customers.current_dialog() is not None
    customers.current_dialog().reject()

    catalog = window.tab("catalog")
    window.tabs.setCurrentWidget(catalog)
    qtbot.waitUntil(lambda: catalog.products_model.rowCount() > 0, timeout=10000)
    _press(window, qtbot, Qt.Key.Key_N, CTRL)
    assert catalog.current_dialog is not None
    catalog.current_dialog.reject()


def test_help_lists_every_shortcut_and_none_is_ambiguous(main_window, qtbot):
    window = main_window
    _press(window, qtbot, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    specs = shortcut_specs(titles)
    shown = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {s.keys.toString(QKeySequence.SequenceFormat.NativeText) for s in specs} == shown
    assert dialog.table.rowCount() == len(specs) == 5 + 8
    dialog.close()

    # Two window-wide actions with the same keys would make Qt fire neither.
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for keys in action.shortcuts():
            text = keys.toString()
            if text and action.parent() is window:
                assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
                seen[text] = action.text()
    assert {"Ctrl+K", "Ctrl+F", "Ctrl+N", "F5", "Ctrl+1"} <= set(seen)
