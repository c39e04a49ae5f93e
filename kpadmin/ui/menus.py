"""The main window's menu bar: File, View and Help, as desktop apps have them.

The menus hold the very actions the window and its tool bar already own (F5's
Refresh, the tool bar's Activity log), so a shortcut shown in a menu is the
one that works and an action disabled in one place is disabled in the other.
The tab entries (Ctrl+1…) and the Help entries for shortcuts and the go-to box
come from :mod:`kpadmin.ui.shortcuts`, installed after the first paint, which
finds these menus by object name and fills them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

FILE_MENU, VIEW_MENU, HELP_MENU = "fileMenu", "viewMenu", "helpMenu"


class WindowMenus:
    """Builds the menu bar of ``window`` around the actions it is given.

    Attributes:
        file_menu, view_menu, help_menu: the three menus (object names as above).
        quit_action: File → Quit (Ctrl+Q), which closes the window the careful way.
        about_action: Help → About kpadmin.
        about_dialog: the About dialog, while open.
    """

    def __init__(self, window: QMainWindow, *, refresh: QAction, activity_log: QAction) -> None:
        self._window = window
        self.about_dialog: QDialog | None = None
        bar = window.menuBar()
        self.file_menu = self._menu(QCoreApplication.translate("Menus", "&File"), FILE_MENU)
        self.quit_action = QAction(QCoreApplication.translate("Menus", "&Quit"), window)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)  # closeEvent cleans up, then quits
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self._menu(QCoreApplication.translate("Menus", "&View"), VIEW_MENU)
        self.view_menu.addAction(refresh)
        self.view_menu.addAction(activity_log)

        self.help_menu = self._menu(QCoreApplication.translate("Menus", "&Help"), HELP_MENU)
        self.about_action = QAction(QCoreApplication.translate("Menus", "&About kpadmin"), window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        bar.setNativeMenuBar(True)

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self._window.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def show_about(self) -> QDialog:
        """Help → About: the version and the bundled libraries' licences (non-modal)."""
        if self.about_dialog is not None:
            self.about_dialog.raise_()
            return self.about_dialog
        from kpadmin.ui.about_dialog import AboutDialog  # reads metadata: only when asked

        dialog = AboutDialog(self._window)
        dialog.finished.connect(lambda _r: self._forget_about(dialog))
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def _forget_about(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.about_dialog is dialog:
            self.about_dialog = None
