"""The window's own chrome: its title names the app once, its menus hold the usual entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

import kpadmin
from kpadmin.ui.window_title import DISPLAY_NAME


def test_title_names_the_app_once_at_its_end(main_window):
    title = main_window.windowTitle()
    assert title == "Demo sandbox — SANDBOX — kpadmin"
    # Qt appends the display name unless the title ends with it: it does, so it stays once.
    assert title.endswith(DISPLAY_NAME) and title.count(DISPLAY_NAME) == 1


def _menu(window, name):
    return window.menuBar().findChild(QMenu, name)


def _texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_file_view_help_menus(main_window, qtbot):
    window = main_window
    qtbot.waitUntil(lambda: window.comforts is not None)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]

    quit_action = _menu(window, "fileMenu").actions()[0]
    assert quit_action.text() == "&Quit" and quit_action.shortcut() == QKeySequence("Ctrl+Q")

    view = _menu(window, "viewMenu")
    assert _texts(view)[:5] == [
        "Overview",
        "Needs attention",
        "Catalog",
        "Customers",
        "Subscriptions",
    ]
    by_text = {a.text(): a for a in view.actions()}
    assert by_text["Customers"].shortcut() == QKeySequence("Ctrl+4")
    assert by_text["Refresh"].shortcut() == QKeySequence(Qt.Key.Key_F5)
    by_text["Customers"].trigger()
    assert window.tabs.currentWidget() is window.tab("customers")

    help_menu = _menu(window, "helpMenu")
    assert _texts(help_menu) == [
        "Show keyboard shortcuts",
        "Go to an id, a customer's name or e-mail",
        "&About kpadmin",
    ]


def test_view_menu_shares_the_activity_log_action(main_window):
    # The fixture's window keeps no activity log: the entry is hidden, like the tool bar's
    # button, being the same action (test_support_audit_window opens it on a window that does).
    view = _menu(main_window, "viewMenu")
    entry = next(a for a in view.actions() if a.text() == "Activity log…")
    assert entry is main_window.activity_action and not entry.isVisible()


def test_about_lists_version_and_bundled_licences(main_window, qtbot):
    dialog = main_window.menus.show_about()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "About kpadmin"
    assert kpadmin.__version__ in dialog.summary.text()
    assert "LGPL-3.0-only" in dialog.licence_of("PySide6_Essentials")
    assert "MIT" in dialog.licence_of("stripe")
    assert dialog.licence_of("qasync").startswith("BSD")
    assert dialog.licence_of("keyring") == "MIT"
    assert "Apache-2.0" in dialog.licence_of("aiohttp")
    assert dialog.licence_of("qrcode").startswith("BSD")
    assert dialog.licence_of("platformdirs") == "MIT"
    assert dialog.table.rowCount() == len(dialog.libraries) > 10
    dialog.reject()
    qtbot.waitUntil(lambda: main_window.menus.about_dialog is None)


def test_quit_closes_the_window_the_careful_way(main_window, qtbot):
    main_window.menus.quit_action.trigger()
    qtbot.waitUntil(lambda: not main_window.isVisible() and main_window.context is None)
