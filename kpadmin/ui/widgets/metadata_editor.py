"""A key/value table for Stripe metadata, with Stripe's limits checked before any request.

Stripe allows at most 50 keys, keys up to 40 characters without square
brackets, values up to 500 characters. Removed keys are unset by the gateway
(``previous_metadata`` of its update calls), not here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The rules live in the domain (one copy for every form and the tests); the words live here.
from kpadmin.domain.validation import METADATA_KEY_MAX as MAX_KEY_LEN
from kpadmin.domain.validation import METADATA_MAX_KEYS as MAX_KEYS
from kpadmin.domain.validation import METADATA_VALUE_MAX as MAX_VALUE_LEN
from kpadmin.domain.validation import metadata_problem

__all__ = [
    "MAX_KEYS",
    "MAX_KEY_LEN",
    "MAX_VALUE_LEN",
    "MetadataEditor",
    "metadata_problem",
    "problem_text",
]


def problem_text(code: str) -> str:
    """The translated sentence for a :func:`metadata_problem` code."""
    texts = {
        "too_many_keys": QCoreApplication.translate(
            "MetadataEditor", "Metadata can have at most 50 keys."
        ),
        "empty_key": QCoreApplication.translate(
            "MetadataEditor", "Every metadata row needs a key."
        ),
        "key_too_long": QCoreApplication.translate(
            "MetadataEditor", "Metadata keys can be at most 40 characters."
        ),
        "key_brackets": QCoreApplication.translate(
            "MetadataEditor", "Metadata keys cannot contain square brackets."
        ),
        "value_too_long": QCoreApplication.translate(
            "MetadataEditor", "Metadata values can be at most 500 characters."
        ),
        "duplicate_key": QCoreApplication.translate(
            "MetadataEditor", "Each metadata key can appear only once."
        ),
        "empty_value": QCoreApplication.translate(
            "MetadataEditor",
            "Every metadata key needs a value (Stripe drops a key whose value is empty).",
        ),
        "control_character": QCoreApplication.translate(
            "MetadataEditor",
            "Metadata contains an invisible control character (pasted text?); remove it.",
        ),
    }
    return texts.get(code, code)


class MetadataEditor(QWidget):
    """Two-column table (key, value) with Add and Remove buttons.

    Signals:
        changed: the rows changed (the dialog clears a stale error).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Metadata"))
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add metadata row"))
        self.add_button.clicked.connect(self._add_empty_row)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove metadata row"))
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_metadata(self, metadata: Mapping[str, str]) -> None:
        """Replace the rows with ``metadata``."""
        self.table.setRowCount(0)
        for key, value in metadata.items():
            self.add_row(key, value)

    def add_row(self, key: str = "", value: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def pairs(self) -> list[tuple[str, str]]:
        """The rows as typed (keys stripped); fully empty rows are ignored."""
        out = []
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            value = value_item.text() if value_item else ""
            if key or value:
                out.append((key, value))
        return out

    def metadata(self) -> dict[str, str]:
        return dict(self.pairs())

    def problem(self) -> str | None:
        """The translated reason the rows are not valid metadata, or None."""
        code = metadata_problem(self.pairs())
        return problem_text(code) if code else None

    def _add_empty_row(self) -> None:
        self.add_row()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()
