"""The coloured SANDBOX / TEST / LIVE badge that is always visible in the toolbar.

White bold text on a saturated background reads the same in light and dark
themes (each pair has a contrast ratio above 4.5:1): teal for the local
sandbox, orange for Stripe test mode, red for live money.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

#: mode -> (background, tooltip source text)
COLOURS = {
    "sandbox": "#00695c",
    "test": "#b34700",
    "live": "#b71c1c",
}


def mode_label(mode: str) -> str:
    """The badge text (not translated: it names Stripe's modes, and must be unmistakable)."""
    return {"sandbox": "SANDBOX", "test": "TEST", "live": "LIVE"}.get(mode, mode.upper())


class ModeBadge(QLabel):
    """A label showing the open profile's mode in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("modeBadge")
        self.set_mode("")

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        if not mode:  # text-less, not hidden: a toolbar widget is shown/hidden via its action
            self.setText("")
            self.setStyleSheet("")
            self.setToolTip("")
            self.setAccessibleName("")
            return
        self.setText(mode_label(mode))
        self.setStyleSheet(
            f"QLabel#modeBadge {{ background: {COLOURS.get(mode, '#424242')}; color: white;"
            " font-weight: bold; padding: 3px 10px; border-radius: 4px; }"
        )
        tips = {
            "sandbox": self.tr("Local sandbox: nothing here reaches Stripe."),
            "test": self.tr("Stripe test mode: no real money moves."),
            "live": self.tr("LIVE: real customers and real money."),
        }
        self.setToolTip(tips.get(mode, ""))
        self.setAccessibleName(self.tr("Mode: %1").replace("%1", mode_label(mode)))

    @property
    def mode(self) -> str:
        return self._mode
