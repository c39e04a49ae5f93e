"""Feed a :class:`~kpadmin.ui.models.base.RowTableModel` page by page from the gateway.

A tab says *where* pages come from (a coroutine function taking a cursor)
and the feeder does the rest: the first page on :meth:`PageFeeder.reload`,
the next one when the view scrolls to the end (the model's ``fetchMore``
calls the feeder), the cursor in between, the model's loading flag, and
cancellation of a stale load when the source changes (a new search, a new
filter, F5). Every fetch runs through the tab's
:class:`~kpadmin.ui.async_tasks.TaskRunner`, so errors reach the tab's
handler and closing the tab cancels the fetch.

Usage in a tab::

    self._feeder = PageFeeder(self._model, self._tasks)
    self._feeder.set_source(
        lambda cursor: gateway.customers.list(cursor=cursor, limit=PAGE_SIZE)
    )                                   # also reloads
    ...
    self._feeder.reload()               # F5

The source returns a ``Page`` (``items``, ``has_more``, ``next_cursor``).

Read-ahead: nothing is requested before the user scrolls (the first page
only), but once they have asked for a second page the feeder keeps one
request ahead: when a page arrives, the next one is fetched right away and
held until ``fetchMore`` asks for it (or handed over on arrival if it already
has). The round trip then overlaps the parse, insert and repaint of the page
before (bench/ui_bench.py ``load_10k``: 1.13x -> ~1.0x the sum of round trips).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.models.base import RowTableModel

PageSource = Callable[[str | None], Awaitable[Any]]

# How many rows a list asks for per page (Stripe allows up to 100).
DEFAULT_PAGE_SIZE = 50

# Event-loop turns a page waits, after its read-ahead started, before it is inserted:
# the SDK suspends several times before the request is written (bench/ui_bench.py).
AHEAD_YIELDS = 10


class PageFeeder(QObject):
    """Loads pages from a source into a model, lazily.

    Signals:
        firstPageLoaded(): the first page of the current source has arrived.
        pageLoaded(int): a page arrived with this many rows.
        failed(object): a page fetch failed (the runner's handler already showed it).
    """

    firstPageLoaded = Signal()
    pageLoaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self, model: RowTableModel, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or model)
        self._model = model
        self._runner = runner
        self._source: PageSource | None = None
        self._cursor: str | None = None
        self._loaded_once = False
        self._scrolled = False  # the user asked for a page after the first: read ahead
        self._ahead: Any = None  # a page fetched ahead, not shown yet
        self._ahead_running = False
        self._ahead_task: asyncio.Task[Any] | None = None
        self._wanted = False  # fetchMore asked while the page ahead was on its way
        model.set_loader(self._load_next)

    @property
    def loaded_once(self) -> bool:
        """Whether the current source has answered at least once (for the empty state)."""
        return self._loaded_once

    def set_source(self, source: PageSource | None, *, reload: bool = True) -> None:
        """Change where pages come from (a search, a status filter); reloads by default."""
        self._source = source
        if reload:
            self.reload()

    def reload(self) -> None:
        """Forget loaded rows and fetch the first page again."""
        self._runner.cancel("page")
        if self._ahead_task is not None:
            self._ahead_task.cancel()
            self._ahead_task = None
        self._cursor = None
        self._loaded_once = False
        self._scrolled = False
        self._ahead, self._ahead_running, self._wanted = None, False, False
        self._model.clear()
        self._model.set_loading(False)
        if self._source is None:
            return
        self._model.set_loading(True)
        self._start(first=True)

    def _load_next(self) -> None:
        # Called by the model's fetchMore, which already set loading=True.
        if self._source is None:
            self._model.set_loading(False)
            return
        self._scrolled = True
        if self._ahead is not None:  # already here: show it now, fetch the next one
            page, self._ahead = self._ahead, None
            self._model.set_loading(False)
            self._apply(page, first=False)
        elif self._ahead_running:
            self._wanted = True  # shown when it arrives
        else:
            self._start(first=False)

    def _start(self, *, first: bool) -> None:
        self._runner.run(self._fetch(first), key="page", on_error=self._on_error)

    async def _fetch(self, first: bool) -> None:
        source = self._source
        assert source is not None
        try:
            page = await source(None if first else self._cursor)
        finally:
            try:
                self._model.set_loading(False)
            except RuntimeError:  # the model was deleted with its tab while we waited
                pass
        if source is not self._source:
            return
        await self._apply_soon(page, first=first)

    async def _apply_soon(self, page: Any, *, first: bool) -> None:
        source = self._source
        if self._take(page):
            # Let the request ahead go out before the insert: its repaint (a posted
            # event) would otherwise run before the new task's first step.
            for _ in range(AHEAD_YIELDS):
                await asyncio.sleep(0)
            if source is not self._source:
                return
        self._insert(page, first=first)

    def _apply(self, page: Any, *, first: bool) -> None:
        self._take(page)
        self._insert(page, first=first)

    def _take(self, page: Any) -> bool:
        """Note the cursor and whether more exists; True if it started the read-ahead."""
        self._cursor = page.next_cursor
        more = bool(page.has_more and page.next_cursor)
        self._model.set_has_more(more)
        if more and self._scrolled:
            self._start_ahead()  # on the wire while this page is inserted and painted
            return True
        return False

    def _insert(self, page: Any, *, first: bool) -> None:
        if first:
            self._model.set_rows(page.items)
        else:
            self._model.append_rows(page.items)
        self._loaded_once = True
        if first:
            self.firstPageLoaded.emit()
        self.pageLoaded.emit(len(page.items))

    def _start_ahead(self) -> None:
        self._ahead_running, self._wanted = True, False
        # Not in the "page" slot: it is started from the task of that slot (or of the
        # previous read-ahead), which must not be cancelled; reload() cancels it.
        self._ahead_task = self._runner.run(self._fetch_ahead(), on_error=self._on_ahead_error)

    async def _fetch_ahead(self) -> None:
        source = self._source
        assert source is not None
        page = await source(self._cursor)
        if source is not self._source:
            return
        self._ahead_running = False
        if self._wanted:
            self._wanted = False
            self._model.set_loading(False)
            await self._apply_soon(page, first=False)
        else:
            self._ahead = page

    def _on_ahead_error(self, exc: BaseException) -> None:
        self._ahead_running = False
        if self._wanted:  # the user is waiting for this page: fail as a normal fetch
            self._wanted = False
            self._model.set_loading(False)
            self._on_error(exc)
        # Otherwise nobody saw it: the next scroll fetches the page again (and reports).

    def _on_error(self, exc: BaseException) -> None:
        self._loaded_once = True
        handler = self._runner.default_on_error
        if handler is not None:
            handler(exc)
        self.failed.emit(exc)
