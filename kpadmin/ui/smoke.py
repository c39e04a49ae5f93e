"""``kpadmin --smoke-test``: quit once the main window has been painted.

Packaging checks start the built binary (offscreen, on the demo shop) to
prove that everything it needs at start-up was bundled: Qt's plugins, the
SDK, the sandbox, the keychain backends. The first paint of the main window
prints ``window shown`` on stdout; the window is then closed the normal way
(tabs shut, gateway closed), so the process exits with code 0 on success.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: What is printed on stdout after the first paint (tests look for it).
SHOWN_MESSAGE = "window shown"


class _QuitAfterFirstPaint(QObject):
    """Event filter on the window: on its first Paint event, report and close it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._done and watched is self._window and event.type() == QEvent.Type.Paint:
            self._done = True
            print(SHOWN_MESSAGE, flush=True)
            QTimer.singleShot(0, self._window.close)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """Arrange for ``window`` to print :data:`SHOWN_MESSAGE` and close after its first paint."""
    window.installEventFilter(_QuitAfterFirstPaint(window))
