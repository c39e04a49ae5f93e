"""``kpadmin --smoke-test``: quit once the main window has been painted.

Packaging checks start the built binary (offscreen, on the demo shop) to
prove that everything it needs at start-up was bundled: Qt's plugins, the
SDK, the sandbox, the keychain backends, the translations. The first paint
of the main window prints ``window shown`` on stdout, then the window title,
the tab names and Qt's own "Cancel" (translated: a check can see that
kpadmin's and Qt's translations loaded). The window is then closed the
normal way (tabs shut, gateway closed), so the process exits with code 0.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget

# What is printed on stdout after the first paint (tests look for it).
SHOWN_MESSAGE = "window shown"


class _QuitAfterFirstPaint(QObject):
    """Event filter on the window: on its first Paint event, report and close it."""

    def __init__(self, window: QWidget, details: Mapping[str, str]) -> None:
        super().__init__(window)
        self._window = window
        self._details = dict(details)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._window and event.type() == QEvent.Type.Paint:
            self._done = True
            print(SHOWN_MESSAGE, flush=True)
            # What the user reads first, so a check can tell the translations were loaded.
            print(f"title: {self._window.windowTitle()}", flush=True)
            for tabs in self._window.findChildren(QTabWidget):
                names = [tabs.tabText(i) for i in range(tabs.count())]
                print(f"tabs: {' | '.join(names)}", flush=True)
            # A string of Qt's own (qtbase_*.qm): a standard dialog button's text, read
            # from the button so that kpadmin's own .ts files never carry it.
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
            print(f"qt: {cancel}", flush=True)
            for key, value in self._details.items():
                print(f"{key}: {value}", flush=True)
            QTimer.singleShot(0, self._close)
        return False

    def _close(self) -> None:
        # The main window closes through asyncio (its tabs and gateway shut first), and
        # kpadmin.app starts the asyncio loop only once the first frame is painted: the
        # close is queued on that loop, where Qt also tells that the last window closed.
        after = getattr(self._window, "after_first_paint", None)
        if after is not None:
            after(self._close_on_loop)
        else:
            self._window.close()

    def _close_on_loop(self) -> None:
        import asyncio

        asyncio.get_event_loop().call_soon(self._window.close)


def quit_after_first_paint(window: QWidget, details: Mapping[str, str] | None = None) -> None:
    """Arrange for ``window`` to print :data:`SHOWN_MESSAGE` and close after its first paint.

    ``details`` are printed after it as ``key: value`` lines (what start-up chose,
    such as the keychain backend, for the check to judge).
    """
    window.installEventFilter(_QuitAfterFirstPaint(window, details or {}))
