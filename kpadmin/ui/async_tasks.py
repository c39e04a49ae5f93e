"""The one helper that runs a coroutine on behalf of a widget.

Every Stripe call in the UI goes through a :class:`TaskRunner` so that the
same four things always happen, in the same order, whatever the coroutine
does:

1. the widgets passed as ``busy`` are disabled (and a busy label, if given,
   is shown) before the first ``await``;
2. the coroutine runs as an :class:`asyncio.Task` on the qasync loop;
3. when the task ends the widgets are restored, whatever happened (error,
   cancellation even before the first step), so one failure never leaves the
   UI stuck; overlapping tasks on the same widget are counted;
4. an exception goes to exactly one handler (``on_error`` for this call, or
   the runner's default handler) and never escapes as an unhandled task
   exception; :class:`asyncio.CancelledError` is swallowed quietly.

The runner keeps its tasks: :meth:`TaskRunner.cancel_all` (called when the
owning widget is closed or destroyed) cancels them, so a closed tab never
receives a late answer. There are no fire-and-forget tasks.

Usage in a tab::

    self._tasks = TaskRunner(self, on_error=self._show_error)

    def refresh(self) -> None:
        self._tasks.run(self._load(), busy=[self._refresh_button], key="load")

    async def _load(self) -> None:
        page = await self._context.gateway.customers.list()
        self._model.replace_all(page.items)

``key`` names a slot: starting a task with a key that is still running
cancels the older one first (selection changes, searches, refreshes).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    # asyncio (with qasync, ~50 ms) is imported after the window's first paint
    # (kpadmin.app); a runner is built before it and runs its first task after it.
    import asyncio

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs coroutines for one owner widget and cancels them when it goes away.

    Signals:
        busyChanged(bool): True while at least one task runs.
        failed(object): the exception of a task that failed (after the handler ran).

    Attributes:
        default_on_error: handler used when :meth:`run` gets none.
    """

    busyChanged = Signal(bool)
    failed = Signal(object)

    def __init__(self, owner: QObject, *, on_error: ErrorHandler | None = None) -> None:
        super().__init__(owner)
        self.default_on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}
        # id(widget) -> [widget, how many tasks hold it, enabled state before the first]
        self._busy_widgets: dict[int, list[Any]] = {}
        tasks = self._tasks
        alive = self._alive = [True]

        def cancel_on_destroy(*_args: object) -> None:
            alive[0] = False
            for task in list(tasks):
                if not task.done():
                    task.cancel()

        # A closure, not a bound method: the runner (a child) dies with its owner.
        owner.destroyed.connect(cancel_on_destroy)

    @property
    def busy(self) -> bool:
        """Whether any task of this runner is still running."""
        return any(not t.done() for t in self._tasks)

    def tasks(self) -> tuple[asyncio.Task[Any], ...]:
        """The running tasks (for tests and shutdown)."""
        return tuple(t for t in self._tasks if not t.done())

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        busy: Iterable[QWidget] = (),
        busy_label: QWidget | None = None,
        on_error: ErrorHandler | None = None,
        on_success: Callable[[Any], None] | None = None,
        key: str | None = None,
    ) -> asyncio.Task[Any]:
        """Start ``coro`` as a task owned by this runner.

        Args:
            coro: the coroutine to run.
            busy: widgets disabled while it runs (their previous enabled state is restored).
            busy_label: a widget (spinner or "Loading…" label) shown while it runs.
            on_error: handler for an exception; defaults to ``default_on_error``.
            on_success: called with the coroutine's result when it succeeds.
            key: a slot name; a running task in the same slot is cancelled first.

        Returns:
            The task (already scheduled). Await it or ignore it; errors never escape.
        """
        if key is not None:
            previous = self._keyed.pop(key, None)
            if previous is not None and not previous.done():
                previous.cancel()
        widgets = [w for w in busy if w is not None]
        for w in widgets:
            self._acquire(w)
        if busy_label is not None:
            busy_label.setVisible(True)
        was_busy = self.busy
        released = [False]

        def release() -> None:
            # Once per task: before the error/success handlers run (so they see the
            # form usable again) and, failing that, from the done callback.
            if released[0]:
                return
            released[0] = True
            for w in widgets:
                self._release(w)
            if busy_label is not None:
                _set_visible(busy_label, False)

        import asyncio

        task = asyncio.ensure_future(self._guard(coro, release, on_error, on_success))
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task

        def done(t: asyncio.Task[Any]) -> None:
            # A task cancelled before its first step never runs its own code: restore here.
            coro.close()
            release()
            self._forget(t, key)

        task.add_done_callback(done)
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    def _acquire(self, widget: QWidget) -> None:
        entry = self._busy_widgets.get(id(widget))
        if entry is None:
            self._busy_widgets[id(widget)] = [widget, 1, widget.isEnabled()]
            widget.setEnabled(False)
        else:
            entry[1] += 1

    def _release(self, widget: QWidget) -> None:
        entry = self._busy_widgets.get(id(widget))
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del self._busy_widgets[id(widget)]
            try:
                widget.setEnabled(entry[2])
            except RuntimeError:  # deleted by Qt meanwhile
                pass

    async def _guard(
        self,
        coro: Coroutine[Any, Any, Any],
        release: Callable[[], None],
        on_error: ErrorHandler | None,
        on_success: Callable[[Any], None] | None,
    ) -> Any:
        import asyncio

        try:
            result = await coro
        except asyncio.CancelledError:
            return None
        except Exception as exc:  # every error goes to one handler
            release()
            current = asyncio.current_task()
            if not self._alive[0] or (current is not None and current.cancelling()):
                # Cleanup code touching widgets Qt already deleted while being cancelled.
                log.debug("error while cancelling a task of a closed widget", exc_info=exc)
                return None
            self._report(exc, on_error)
            return None
        release()
        if not self._alive[0]:
            return None
        if on_success is not None:
            try:
                on_success(result)
            except Exception as exc:
                self._report(exc, on_error)
        return result

    def _report(self, exc: BaseException, on_error: ErrorHandler | None) -> None:
        handler = on_error or self.default_on_error
        if handler is None:
            log.error("Task failed with no error handler", exc_info=exc)
        else:
            try:
                handler(exc)
            except Exception:  # a broken handler must not lose the error
                log.exception("Error handler failed")
        try:
            self.failed.emit(exc)
        except RuntimeError:  # the runner's C++ side is gone (owner destroyed)
            pass

    def _forget(self, task: asyncio.Task[Any], key: str | None) -> None:
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        if not self.busy:
            try:
                self.busyChanged.emit(False)
            except RuntimeError:
                pass

    def cancel(self, key: str) -> None:
        """Cancel the task in slot ``key``, if any."""
        task = self._keyed.pop(key, None)
        if task is not None and not task.done():
            task.cancel()

    def cancel_all(self, *_args: object) -> None:
        """Cancel every running task except the caller's own (call it on close)."""
        current = _current_task()
        for task in list(self._tasks):
            if not task.done() and task is not current:
                task.cancel()
        self._keyed.clear()


def _current_task() -> asyncio.Task[Any] | None:
    """The task running now; None when no loop runs (asyncio not even loaded yet)."""
    loaded = sys.modules.get("asyncio")
    if loaded is None:
        return None
    try:
        loaded.get_running_loop()
    except RuntimeError:
        return None
    task: asyncio.Task[Any] | None = loaded.current_task()
    return task


def _set_visible(widget: QWidget, visible: bool) -> None:
    try:
        widget.setVisible(visible)
    except RuntimeError:  # deleted by Qt meanwhile
        pass
