"""Reading again just the rows that changed elsewhere, for the tabs' ``apply_changes``.

A tab hands :func:`read_rows_again` its model, the ids the window's live
updates named and the gateway's ``retrieve`` for that kind of object. Only the
ids the model holds count. A row is made from what the Events carried when
that is all the row needs (``fresh_from``: a renamed customer, a cancelled
subscription: no request at all, so the change shows one round trip after it
happened); otherwise the object is read again, a few at a time (a test
clock's advance over many subscriptions must not flood Stripe). Each row is
replaced in place (one ``dataChanged``; selection and scroll stay) and tinted
for a moment. Objects that are gone leave the list.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from kpadmin.stripe_api import GatewayError
from kpadmin.ui.models.base import RowTableModel

log = logging.getLogger(__name__)

# Retrieves in flight at once.
CONCURRENT_READS = 4
# Past this many changed rows a tab reloads instead (as F5 does): fewer requests.
MAX_ROWS = 40


async def read_rows_again(
    model: RowTableModel,
    ids: Iterable[str],
    retrieve: Callable[[str], Awaitable[Any]],
    *,
    deleted: Iterable[str] = (),
    gone: Callable[[Any], bool] = lambda _record: False,
    fresh_from: Callable[[Any], Any] = lambda _old: None,
) -> list[Any]:
    """Replace the rows of ``ids`` with fresh records; returns the records read.

    Args:
        model: the tab's model.
        ids: the ids that changed (those not in ``model`` are skipped).
        retrieve: the gateway's read of one object.
        deleted: ids known to be gone (removed without a request).
        gone: whether a record read means the object is gone (a deleted customer).
        fresh_from: the new record for a row's old one when the Events carried
            all of it, else None (then it is retrieved).

    Raises:
        GatewayError: the first failure other than "no such object", after every
            other row was applied.
    """
    for object_id in set(deleted):
        model.remove_id(object_id)
    fresh: list[Any] = []

    def apply(object_id: str, result: Any) -> BaseException | None:
        if isinstance(result, GatewayError) and result.kind == "not_found":
            model.remove_id(object_id)
        elif isinstance(result, BaseException):
            return result
        elif gone(result):
            model.remove_id(object_id)
        else:
            model.replace_row(result)
            fresh.append(result)
        return None

    to_read = []
    for object_id in sorted(set(ids)):
        row = model.row_of(object_id)
        record = fresh_from(model.row_object(row)) if row >= 0 else None
        if record is not None:
            apply(object_id, record)  # shown now, before any request
        elif row >= 0:
            to_read.append(object_id)
    limit = asyncio.Semaphore(CONCURRENT_READS)

    async def one(object_id: str) -> Any:
        async with limit:
            return await retrieve(object_id)

    made = len(fresh)
    model.flash(r.id for r in fresh)
    results = await asyncio.gather(*(one(i) for i in to_read), return_exceptions=True)
    failures = [apply(i, r) for i, r in zip(to_read, results, strict=True)]
    model.flash(r.id for r in fresh[made:])
    failure = next((f for f in failures if f is not None), None)
    if failure is not None:
        raise failure
    return fresh


def too_many(model: RowTableModel, ids: Iterable[str]) -> bool:
    """Whether more rows of ``model`` changed than are worth reading one by one."""
    return sum(1 for i in set(ids) if model.row_of(i) >= 0) > MAX_ROWS
