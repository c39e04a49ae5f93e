"""The coloured SANDBOX / TEST / LIVE badge that is always visible in the toolbar.

White bold text on a saturated background reads the same in light and dark
themes (each pair has a contrast ratio above 4.5:1): teal for the local
sandbox, orange for Stripe test mode, red for live money. On a dark window
those backgrounds are only about 2:1 against the window, so under a dark
palette the badge gets a light rim of its own hue (above 3:1, WCAG's minimum
for a control's outline). The badge paints itself rather than using a style
sheet: a style-sheeted widget is not told when the application palette
changes, and the rim must follow the system switching between light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

# mode -> (background, tooltip source text)
COLOURS = {
    "sandbox": "#00695c",
    "test": "#b34700",
    "live": "#b71c1c",
}


def mode_label(mode: str) -> str:
    """The badge text, in the UI's language, as Stripe's own Dashboard names its modes.

    Stripe's Korean and Japanese Dashboards translate test and live mode
    (테스트 모드, テストモード), so an owner reading kpadmin in Korean knows
    the words already; the colour carries the warning whatever the language.
    """
    labels = {
        #: Badge for kpadmin's own local sandbox (a server inside kpadmin, on this computer),
        #: which is NOT Stripe's test mode nor a Stripe "sandbox" account: nothing reaches
        #: Stripe. Short, upper case where the script has case; it sits beside TEST and LIVE.
        "sandbox": QCoreApplication.translate("ModeBadge", "SANDBOX"),
        #: Badge for Stripe's test mode (a sk_test_ key): Stripe's Dashboard says "test mode".
        "test": QCoreApplication.translate("ModeBadge", "TEST"),
        #: Badge for Stripe's live mode (a sk_live_ key): real money. Stripe's Dashboard word.
        "live": QCoreApplication.translate("ModeBadge", "LIVE"),
    }
    return labels.get(mode, mode.upper())


class ModeBadge(QLabel):
    """A label showing the open profile's mode in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("modeBadge")
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(10, 3, 10, 3)
        self.set_mode("")

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        if not mode:  # text-less, not hidden: a toolbar widget is shown/hidden via its action
            self.setText("")
            self.setToolTip("")
            self.setAccessibleName("")
            return
        self.setText(mode_label(mode))
        self.update()
        tips = {
            "sandbox": self.tr("Local sandbox: nothing here reaches Stripe.")
            + "\n"
            + self.tr("The demo shop resets when kpadmin closes."),
            "test": self.tr("Stripe test mode: no real money moves."),
            "live": self.tr("LIVE: real customers and real money."),
        }
        self.setToolTip(tips.get(mode, ""))
        self.setAccessibleName(self.tr("Mode: %1").replace("%1", mode_label(mode)))

    @property
    def mode(self) -> str:
        return self._mode

    def background(self) -> QColor:
        """The badge's fill for the current mode."""
        return QColor(COLOURS.get(self._mode, "#424242"))

    def rim(self) -> QColor:
        """The outline: the fill itself on light windows, a light tint of it on dark ones."""
        fill = self.background()
        if self.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
            return fill
        rgb = (fill.redF(), fill.greenF(), fill.blueF())
        return QColor.fromRgbF(*((c + 1.0) / 2 for c in rgb))  # halfway to white

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._mode:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.rim(), 1))
        painter.setBrush(self.background())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
