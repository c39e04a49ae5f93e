"""Help → About kpadmin: the version, and the libraries it ships with under their licences.

The libraries are read from the installed metadata when the dialog opens
(:mod:`kpadmin.ui.licences`), never at start-up: the walk reads a few dozen
metadata files that the first paint does not need.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import kpadmin
from kpadmin.ui.licences import Library, bundled_libraries


class AboutDialog(QDialog):
    """What kpadmin is, its version, and the licence of every bundled library.

    Attributes:
        libraries: the rows of :attr:`table`, as read from the metadata.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About kpadmin"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "kpadmin %1\nStripe Billing subscriptions paid with Kakao Pay.\n"
                "Python %2, Qt %3, Qt for Python %4."
            )
            .replace("%1", kpadmin.__version__)
            .replace("%2", platform.python_version())
            .replace("%3", qVersion())
            .replace("%4", pyside_version)
        )
        intro = QLabel(
            self.tr("kpadmin includes these libraries, each under its own licence:"), self
        )
        intro.setWordWrap(True)
        self.libraries: list[Library] = bundled_libraries()
        self.table = QTableWidget(len(self.libraries), 3, self)
        self.table.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, lib in enumerate(self.libraries):
            for column, text in enumerate((lib.name, lib.version, lib.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def licence_of(self, name: str) -> str | None:
        """The licence shown for library ``name`` (case-insensitive), or None if not listed."""
        for lib in self.libraries:
            if lib.name.lower() == name.lower():
                return lib.licence
        return None
