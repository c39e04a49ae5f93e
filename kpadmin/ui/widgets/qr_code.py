"""A QR code of a link, drawn from the ``qrcode`` package's module matrix (no PIL).

The customer often approves on their own phone: scanning the code from the
merchant's screen opens the approval page there. ``qrcode`` computes the
matrix in pure Python; painting it is a few rectangles.
"""

from __future__ import annotations

import qrcode  # type: ignore[import-untyped]  # pure Python, no stubs
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kpadmin.redirect.links import LinkCheck


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules for ``text`` (True = dark), with the standard 4-module quiet zone."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_image(text: str, module: int = 4) -> QImage:
    """``text`` as a black-on-white QImage, ``module`` pixels per module."""
    matrix = qr_matrix(text)
    size = len(matrix) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRect(x * module, y * module, module, module), black)
    finally:
        painter.end()
    return image


class QrCodeLabel(QLabel):
    """Shows the QR code of a checked link (empty for a refused one or none).

    It takes the :class:`~kpadmin.redirect.links.LinkCheck`, not a string, so
    that only a link that passed the check can ever be encoded.
    """

    def __init__(self, parent: QWidget | None = None, *, module: int = 4) -> None:
        super().__init__(parent)
        self._module = module
        self._text = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("QR code of the approval link"))

    @property
    def text_encoded(self) -> str:
        return self._text

    def set_link(self, link: LinkCheck | None) -> None:
        """Encode ``link.url`` when the link passed the check; clear the code otherwise."""
        text = link.url if link is not None and link.ok else ""
        if text == self._text:
            return
        self._text = text
        if text:
            pixmap = QPixmap.fromImage(qr_image(text, self._module))
            self.setPixmap(pixmap)
            self.setFixedSize(pixmap.size())  # never clipped: a cut code does not scan
        else:
            self.clear()
