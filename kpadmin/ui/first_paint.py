"""Paint-first start-up: hold back the slow work until the window's first frame is on screen.

``kpadmin.app`` builds the main window with ``paint_first=True``: until the first
paint the profile's gateway is a :class:`~kpadmin.ui.context.LazyGateway`, every
tab is a placeholder, no shortcut is installed and the demo sandbox is not
built yet (bench/startup.py: the SDK, the tabs, the go-to box and the demo
shop were most of the time to first paint).
:class:`FirstPaint` watches for that paint and queues the callbacks that wait
for it; the window decides what its own deferred start-up does.

Start-up marks: when ``KPADMIN_STARTUP_MARKS`` names a file, :func:`mark`
appends ``<event> <time.monotonic()>`` lines to it: ``painted`` once the
window's first frame has been painted and flushed, and later events of the
start-up (the demo sandbox serving, the first rows). ``bench/startup.py``
launches the ``kpadmin`` entry point and reads them; the clock is the
system-wide monotonic one, so the launcher can subtract its own start time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: The environment variable naming the start-up marks file (unset: no marks).
MARKS_ENV = "KPADMIN_STARTUP_MARKS"


def marks_enabled() -> bool:
    """True when start-up marks are asked for (a benchmark is timing this start)."""
    return bool(os.environ.get(MARKS_ENV))


def mark(event: str) -> None:
    """Append ``event`` and the monotonic time to the marks file, if one is asked for.

    Safe from any thread: one small append per event.
    """
    path = os.environ.get(MARKS_ENV)
    if path:
        with open(path, "a", encoding="ascii") as marks:
            marks.write(f"{event} {time.monotonic():.6f}\n")


class FirstPaint(QObject):
    """Whether the first paint is still to come, and what runs right after it.

    Args:
        window: The window whose first paint is awaited (also the parent).
        on_painted: Called once, on the event-loop turn after the first paint.
        pending: False when the window paints normally (no deferred start-up):
            then nothing is watched and :meth:`after` runs callbacks soon.
    """

    def __init__(self, window: QWidget, on_painted: Callable[[], None], *, pending: bool) -> None:
        super().__init__(window)
        self._window = window
        self._on_painted = on_painted
        self._callbacks: list[Callable[[], None]] = []
        self._hold: Callable[[Callable[[], None]], None] | None = None
        # True until :meth:`finish` (start-up only).
        self.pending = pending
        if pending:
            window.installEventFilter(self)

    def after(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` right after the first paint (soon, if that is not pending)."""
        if self.pending:
            self._callbacks.append(callback)
        else:
            QTimer.singleShot(0, callback)

    def hold(self, resume_with: Callable[[Callable[[], None]], None]) -> None:
        """Hand the work that follows the first paint to ``resume_with`` instead of running it.

        ``kpadmin.app`` paints the first frame on a plain Qt event loop, before asyncio
        is even imported: ``resume_with(work)`` ends that loop, and ``work`` (which
        needs asyncio) runs on the qasync loop started after it. A window closed
        before it was ever painted also calls ``resume_with``, with nothing to do.
        """
        self._hold = resume_with

    def finish(self) -> None:
        """End the pending state and run the callbacks queued by :meth:`after`, in order."""
        self.pending = False
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The filter goes with the first paint; the work runs on the next turn so that
        # the frame reaches the screen first.
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        elif (
            watched is self._window and event.type() == QEvent.Type.Close and self._hold is not None
        ):
            self._hold(_nothing)  # closed before the first frame: nothing was started
        return False

    def _painted(self) -> None:
        # The paint event came inside the backing store's sync; this turn comes after
        # the whole frame was painted and flushed to the window system.
        mark("painted")
        if self._hold is not None:
            self._hold(self._on_painted)
        else:
            self._on_painted()


def _nothing() -> None:
    pass
