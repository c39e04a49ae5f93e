"""Python's cycle collector, run on the Qt main thread only.

CPython runs its cycle collector in whichever thread happens to allocate when
a generation's threshold is crossed. kpadmin has threads besides Qt's: the
embedded sandbox of ``--demo`` (its own asyncio loop, allocating on every
request) and asyncio's executor for name lookups. Unreachable cycles often
hold Qt objects (a closed profile's :class:`~kpadmin.ui.pending_approvals.PendingApprovals`
with its task runner, a ``QSettings``, widgets kept by a lambda), and
collecting such a cycle on another thread runs the Qt destructor there, and
the ``destroyed`` callbacks that cancel asyncio tasks with it. Qt objects
must be destroyed on the thread they live in: done elsewhere it races with
the event loop, which runs without the GIL, and can crash the process
(seen as a segmentation fault with the main thread "Garbage-collecting").

:class:`MainThreadCollector` therefore switches automatic collection off and
runs the collector from a timer on the main thread, generation by
generation, with the thresholds CPython would have used. Other threads then
never collect; their cycles are freed by the main thread's next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects cyclic garbage on the thread it lives in (the main thread) and nowhere else.

    Args:
        parent: the owner (the application object), so it lives as long as the loop.
        interval_ms: how often the allocation counts are checked.

    Attributes:
        thresholds: CPython's ``gc.get_threshold()`` when installed; a generation is
            collected once its count passes its threshold, as automatic collection would.
    """

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation past its threshold (younger ones with it).

        Returns:
            The number of unreachable objects found (0 when nothing was due).
        """
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0

    def uninstall(self) -> None:
        """Stop the timer and give collection back to CPython (if it had it before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
