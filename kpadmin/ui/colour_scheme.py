"""Following the system's light or dark colour scheme, and checking colours against it.

Qt 6.5+ hands the application the platform theme's palette (dark when the
system is dark on GNOME, KDE, macOS and Windows), and styles such as Fusion and
Windows 11 draw with it. kpadmin therefore sets no palette of its own. The one
exception is Windows 10, whose default "windowsvista" style ignores the
palette and paints light controls on a dark system: there, and only while the
system is dark, kpadmin switches to Fusion, which draws with the system's dark
palette (:func:`follow_system_colour_scheme`).

The WCAG contrast helpers let widgets that pick their own colours (the mode
badge, status chips, error text) check them against the current palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Styles that ignore the palette's colour scheme (they paint light controls regardless).
SCHEME_BLIND_STYLES = frozenset({"windowsvista"})


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour, 0 (black) .. 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 .. 21 (4.5 is the minimum for body text)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_for_scheme(style_name: str, scheme: Qt.ColorScheme) -> str | None:
    """The style to switch to for ``scheme``, or None to keep ``style_name``."""
    if scheme == Qt.ColorScheme.Dark and style_name.lower() in SCHEME_BLIND_STYLES:
        return "Fusion"
    return None


def follow_system_colour_scheme(app: QApplication) -> None:
    """Make sure a dark system gives a dark app, now and when the user switches schemes."""
    hints = app.styleHints()

    def apply(scheme: Qt.ColorScheme) -> None:
        replacement = style_for_scheme(app.style().name(), scheme)
        if replacement is not None:
            app.setStyle(replacement)

    apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)
