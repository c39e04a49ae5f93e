"""Show one given record in a lazily loaded list, whether or not its page has arrived.

The go-to box (Ctrl+K) hands a tab a record it fetched by id. The record may
sit on a page not loaded yet, or the tab may be loading its first page right
now (it was just opened): a row put in before that page arrives would be
wiped by it. So :func:`reveal_record` waits for the current source's first
page when needed, then selects the row, putting the record at the top first
when it is not among the loaded rows (as a newly created object is).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kpadmin.ui.paging import PageFeeder
from kpadmin.ui.table_view import RecordTable


def when_first_page(feeder: PageFeeder, action: Callable[[], None]) -> None:
    """Run ``action`` now if the feeder's current source has answered, else once it has.

    A wait whose page load fails ends without running ``action``, so a later,
    unrelated list (a search the user starts next) does not get the record.
    """
    if feeder.loaded_once:
        action()
        return

    def stop() -> None:
        for signal, slot in ((feeder.firstPageLoaded, once), (feeder.failed, failed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already disconnected or deleted
                pass

    def once() -> None:
        stop()
        action()

    def failed(_exc: object) -> None:
        stop()

    feeder.firstPageLoaded.connect(once)
    feeder.failed.connect(failed)


def reveal_record(feeder: PageFeeder, table: RecordTable, record: Any) -> None:
    """Make ``record`` the current row of ``table`` (added at the top if not loaded)."""

    def show() -> None:
        table.filter_edit.clear()  # an instant filter would hide the row
        if not table.select_id(record.id):
            table.model.prepend_row(record)
            table.select_id(record.id)

    when_first_page(feeder, show)
