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
        lambda cursor: gateway.list_customers(cursor=cursor, limit=PAGE_SIZE)
    )                                   # also reloads
    ...
    self._feeder.reload()               # F5

The source returns a ``Page`` (``items``, ``has_more``, ``next_cursor``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.models.base import RowTableModel

PageSource = Callable[[str | None], Awaitable[Any]]

#: How many rows a list asks for per page (Stripe allows up to 100).
DEFAULT_PAGE_SIZE = 50


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
        self._cursor = None
        self._loaded_once = False
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
        self._cursor = page.next_cursor
        self._model.set_has_more(bool(page.has_more and page.next_cursor))
        if first:
            self._model.set_rows(page.items)
        else:
            self._model.append_rows(page.items)
        self._loaded_once = True
        if first:
            self.firstPageLoaded.emit()
        self.pageLoaded.emit(len(page.items))

    def _on_error(self, exc: BaseException) -> None:
        self._loaded_once = True
        handler = self._runner.default_on_error
        if handler is not None:
            handler(exc)
        self.failed.emit(exc)
