"""Open web links on Linux without the browser writing into kpadmin's terminal.

``QDesktopServices.openUrl`` runs ``xdg-open`` with kpadmin's own stdout and
stderr, so whatever the browser prints (Chromium logs GPU, sandbox and D-Bus
complaints on every start) lands in the terminal that runs kpadmin, and looks
like kpadmin's own trouble. :class:`QuietOpener` takes over http and https
links (``QDesktopServices.setUrlHandler``) and starts ``xdg-open`` detached,
its output discarded. When ``xdg-open`` cannot be started it hands the link
back to Qt's own opener, so the caller still learns that nothing opened.

Only the composition root installs it (:func:`install`); tests register
their own URL handlers and never see it. Elsewhere than Linux the desktop's
own opener is silent already and nothing is installed.
"""

from __future__ import annotations

import logging
import shutil
import sys

from PySide6.QtCore import QObject, QProcess, QUrl, Slot
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

SCHEMES = ("http", "https")


class QuietOpener(QObject):
    """The http(s) URL handler: ``xdg-open`` detached, its output sent to the null device."""

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program = program

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        process = QProcess()
        process.setProgram(self._program)
        process.setArguments([url.toString(QUrl.ComponentFormattingOption.FullyEncoded)])
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        # The stubs say (bool, pid); PySide6 6.x answers a plain bool.
        started: object = process.startDetached()
        if started is True or (isinstance(started, tuple) and started[0]):
            return
        log.warning("could not start %s; using the desktop's default opener", self._program)
        uninstall()
        try:
            QDesktopServices.openUrl(url)
        finally:
            install_opener(self)


def install_opener(opener: QuietOpener) -> None:
    """Route http and https links through ``opener``."""
    for scheme in SCHEMES:
        # The stubs ask for bytes; PySide6 accepts only the method's name as str at run time.
        QDesktopServices.setUrlHandler(scheme, opener, "open")  # type: ignore[arg-type]


def uninstall() -> None:
    """Give http and https links back to Qt's own opener."""
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def install(parent: QObject) -> QuietOpener | None:
    """On Linux with ``xdg-open``, open web links quietly; returns the opener (kept by ``parent``)."""
    if not sys.platform.startswith("linux"):
        return None
    program = shutil.which("xdg-open")
    if program is None:
        return None
    opener = QuietOpener(program, parent)
    install_opener(opener)
    return opener
