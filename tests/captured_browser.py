"""A stand-in for the system browser and mail app: every http(s) and mailto URL the app
hands to ``openUrl``.

``QDesktopServices.setUrlHandler`` routes the links to :class:`CapturedBrowser`
instead of the desktop's opener. Without it, a test that opens an approval page
would start the machine's real browser where ``xdg-open`` exists, and make Qt's
offscreen platform warn ("does not support openUrl") where it does not.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

SCHEMES = ("http", "https", "mailto")


class CapturedBrowser(QObject):
    """Receives what the app hands to the system browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@contextlib.contextmanager
def captured_browser(schemes: tuple[str, ...] = SCHEMES) -> Iterator[CapturedBrowser]:
    """Catch links of ``schemes`` (http, https and mailto) for the block's duration."""
    catcher = CapturedBrowser()
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # str: bytes is refused
    try:
        yield catcher
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
