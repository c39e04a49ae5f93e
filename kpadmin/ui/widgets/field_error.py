"""The small red text shown under a form field (or at the bottom of a dialog) when it fails.

Rich text, selectable with the mouse so a request id can be copied, hidden
while empty so the form does not reserve space for errors it does not have.
The red is picked for the palette: darker on light windows, lighter on dark,
and picked again when the system switches between the two.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colour()  # the system switched between light and dark

    def _apply_colour(self) -> None:
        # The text colour goes in the palette, not a style sheet: a style-sheeted widget is not
        # told when the application palette changes.
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        colour = QColor("#ff8a80" if dark else "#b3261e")
        if palette.color(QPalette.ColorRole.WindowText) != colour:  # setPalette: PaletteChange
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
