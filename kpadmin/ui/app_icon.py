"""The application icon, drawn from the SVG shipped inside the package.

The same SVG is rendered to PNG/ICO/ICNS for installers by
``packaging/make_icons.py``; at run time it is rendered here at the sizes
window managers and task bars ask for, so no image-format plugin (and no
separate PNG set inside the package) is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# The master icon (kept in the package so pip installs and bundles both have it).
ICON_SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "kpadmin.svg"

# Pixel sizes put in the QIcon; Qt picks or scales the nearest for each use.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """kpadmin's icon at :data:`SIZES`; an empty icon if the SVG is missing (never raises)."""
    icon = QIcon()
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        return icon
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
