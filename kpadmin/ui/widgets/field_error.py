"""The small red text shown under a form field (or at the bottom of a dialog) when it fails.

Rich text, selectable with the mouse so a request id can be copied, hidden
while empty so the form does not reserve space for errors it does not have.
The red is picked for the palette: darker on light windows, lighter on dark.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    """An error label tied to one field; empty and hidden until :meth:`show_error`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Error"))
        self._apply_colour()
        self.hide()

    def show_error(self, text: str, *, rich: bool = False) -> None:
        """Show ``text`` (escaped unless ``rich``) and make it visible."""
        self.setText(text if rich else html.escape(text))
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()

    def _apply_colour(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = "#ff8a80" if dark else "#b3261e"
        self.setStyleSheet(f"QLabel {{ color: {colour}; }}")
