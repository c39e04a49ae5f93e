"""Keeps the open window current: asks Stripe what happened since the last look.

Changes made elsewhere (the Dashboard, another agent, a renewal, a test clock)
reach the window without F5 and without listing again: :class:`LiveUpdates`
asks for the Events newer than the last one it saw (one request per interval
while nothing happens, ``gateway.events.newer_than``), turns them into ids
(:func:`kpadmin.domain.live_updates.changes_from`) and emits :attr:`changed`;
the tabs read just those rows again. The interval follows the window
(:func:`~kpadmin.domain.live_updates.poll_interval_ms`): 10 s while it is the
active window, 60 s behind another program or minimised, nothing while Stripe
cannot be reached; becoming active again asks at once if the last ask is older
than the active interval.

A key that may not read Events (a restricted key without ``rak_event_read``)
gets a 403: asking stops for this profile and :attr:`unavailable` says once
that F5 is how to refresh.

The timer and the task live on the UI thread (qasync loop); the object is a
child of the window and stops with the profile (:meth:`stop`).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kpadmin.domain.live_updates import (
    ACTIVE_INTERVAL_MS,
    BACKGROUND_INTERVAL_MS,
    changes_from,
    poll_interval_ms,
)
from kpadmin.ui.async_tasks import TaskRunner

log = logging.getLogger(__name__)

# Window events after which the interval may change.
_WINDOW_EVENTS = frozenset(
    {
        QEvent.Type.ActivationChange,
        QEvent.Type.WindowStateChange,
        QEvent.Type.Show,
        QEvent.Type.Hide,
    }
)


class LiveUpdates(QObject):
    """Asks for new Events while a profile is open.

    Args:
        window: the main window (whether it is shown and active; parent).
        gateway: the open profile's gateway.

    Signals:
        changed(object): a :class:`~kpadmin.domain.live_updates.Changes` (not empty).
        unavailable(str): this key cannot read Events (the sentence to show, once).
        polled(): an ask ended, whatever it found (benchmarks and tests count them).

    Attributes:
        active_ms: interval while the window is active (:meth:`set_intervals`).
        background_ms: interval otherwise.
    """

    changed = Signal(object)
    unavailable = Signal(str)
    polled = Signal()

    def __init__(self, window: QWidget, gateway: Any) -> None:
        super().__init__(window)
        self._window = window
        self._gateway = gateway
        self.active_ms = ACTIVE_INTERVAL_MS
        self.background_ms = BACKGROUND_INTERVAL_MS
        self._last_id: str | None = None
        self._started = False  # the newest Event is known (the starting point)
        self._running = False
        self._refused = False  # this key may not read Events: never ask again
        self.asks = 0  # asks started (benchmarks count requests with it)
        self._asked_at = 0.0  # time.monotonic() of the last ask's start
        self._tasks = TaskRunner(self, on_error=self._on_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        gateway.add_connectivity_listener(self._on_connectivity)
        window.installEventFilter(self)

    # -- life -------------------------------------------------------------------------
    def start(self) -> None:
        """Take the newest Event as the starting point, then ask every interval."""
        if not self._running and not self._refused:
            self._running = True
            self.poll_now()

    def stop(self) -> None:
        """Stop asking (profile switch, window close, a key without permission)."""
        self._running = False
        self._timer.stop()
        self._tasks.cancel_all()
        self._window.removeEventFilter(self)
        self._gateway.remove_connectivity_listener(self._on_connectivity)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def busy(self) -> bool:
        """Whether an ask is under way."""
        return self._tasks.busy

    @property
    def waiting(self) -> bool:
        """Whether the next ask is scheduled."""
        return self._timer.isActive()

    @property
    def started(self) -> bool:
        """Whether the starting point (the newest Event when asking began) is known."""
        return self._started

    def set_intervals(self, active_ms: int, background_ms: int) -> None:
        """Ask every ``active_ms`` while the window is active, else every ``background_ms``.

        Takes effect at once: the next ask is due one new interval after the last one.
        """
        self.active_ms, self.background_ms = active_ms, background_ms
        self._on_window_changed()

    def interval_ms(self) -> int | None:
        """The wait before the next ask as things are now; None while offline."""
        w = self._window
        return poll_interval_ms(
            online=bool(getattr(self._gateway, "online", True)),
            visible=w.isVisible() and not w.isMinimized(),
            active=w.isActiveWindow(),
            active_ms=self.active_ms,
            background_ms=self.background_ms,
        )

    # -- asking -----------------------------------------------------------------------
    def poll_now(self) -> None:
        """Ask at once (unless an ask is under way)."""
        if self._running and not self._tasks.busy:
            self._timer.stop()
            self._asked_at = time.monotonic()
            self.asks += 1
            self._tasks.run(self._poll(), key="poll")

    async def _poll(self) -> None:
        try:
            found = await self._gateway.events.newer_than(self._last_id if self._started else None)
        finally:
            self.polled.emit()
            self._schedule()
        if found.last_id is not None:
            self._last_id = found.last_id
        if not self._started:
            self._started = True  # what happened before the tabs loaded is in their rows
            return
        changes = changes_from(found.events, complete=found.complete, objects=found.objects)
        if changes:
            self.changed.emit(changes)

    def _schedule(self) -> None:
        """Start the timer for the next ask (none while offline or stopped)."""
        if not self._running:
            return
        wait = self.interval_ms()
        if wait is None:
            self._timer.stop()
            return
        self._timer.start(wait)

    def _on_error(self, exc: BaseException) -> None:
        if getattr(exc, "kind", None) == "permission":
            self._refused = True
            self.stop()
            self.unavailable.emit(
                self.tr(
                    "This key cannot read Stripe's events, so changes made elsewhere appear "
                    "only when you refresh (F5)."
                )
            )
            return
        # Offline: the gateway told the listeners; other failures: the next ask retries.
        log.info("asking for new events failed: %s", exc)

    # -- what changes the interval -----------------------------------------------------
    def _on_connectivity(self, online: bool) -> None:
        if not self._running:
            return
        if online:
            QTimer.singleShot(0, self, self.poll_now)  # back: ask at once, outside the caller
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in _WINDOW_EVENTS and self._running:
            QTimer.singleShot(0, self, self._on_window_changed)
        return False

    def _on_window_changed(self) -> None:
        """Shown or activated: ask now if the last ask is older than the new interval."""
        if not self._running or self._tasks.busy:
            return
        wait = self.interval_ms()
        if wait is None:
            return
        due = self._asked_at + wait / 1000 - time.monotonic()
        if due <= 0:
            self.poll_now()
        else:
            self._timer.start(int(due * 1000))
