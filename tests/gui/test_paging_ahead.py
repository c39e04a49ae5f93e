"""PageFeeder reads one page ahead once the user scrolls, and never before.

The first page is the only request until the view asks for more (lazy
paging, as in test_models); from the second page on one request stays in
flight ahead, so the next scroll shows rows without waiting a round trip.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QModelIndex

from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, Page
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.models.customers_model import CustomersModel
from kpadmin.ui.paging import PageFeeder

PAGE = 25


def customer(i: int) -> Customer:
    return Customer(
        id=f"cus_{i:04d}",
        name=f"Customer {i}",
        email=f"c{i}@example.com",
        phone=None,
        description=None,
        preferred_locales=(),
        metadata={},
        created=1_700_000_000 + i,
        default_payment_method_id=None,
        test_clock_id=None,
        livemode=False,
    )


def make_source(rows, requests, fail_at=None):
    async def source(cursor):
        requests.append(cursor)
        start = 0 if cursor is None else int(cursor) + 1
        await asyncio.sleep(0.02)
        if fail_at is not None and cursor == fail_at:
            raise GatewayError("network", "connection lost")
        chunk = rows[start : start + PAGE]
        return Page(
            items=tuple(chunk),
            has_more=start + PAGE < len(rows),
            next_cursor=str(start + PAGE - 1) if chunk else None,
        )

    return source


def test_reads_one_page_ahead_only_after_the_user_scrolls(qtbot, loop):
    rows = [customer(i) for i in range(100)]
    requests: list[str | None] = []
    model = CustomersModel()
    runner = TaskRunner(model)
    feeder = PageFeeder(model, runner)
    feeder.set_source(make_source(rows, requests))
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and not runner.busy)
    assert requests == [None]  # nothing ahead before the user scrolls

    model.fetchMore(QModelIndex())  # the user scrolls: page 2, then page 3 ahead
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    qtbot.waitUntil(lambda: len(requests) == 3)
    assert requests == [None, "24", "49"]
    qtbot.waitUntil(lambda: not runner.busy)  # the page ahead has arrived
    assert model.rowCount() == 2 * PAGE  # held until asked for
    assert len(requests) == 3  # one ahead, not more

    model.fetchMore(QModelIndex())  # already here: shown at once, page 4 goes ahead
    assert model.rowCount() == 3 * PAGE
    assert not model.loading
    qtbot.waitUntil(lambda: len(requests) == 4)
    model.fetchMore(QModelIndex())  # asked while on its way: shown when it arrives
    assert model.loading
    qtbot.waitUntil(lambda: model.rowCount() == 4 * PAGE)
    assert not model.loading and not model.canFetchMore(QModelIndex())
    assert requests == [None, "24", "49", "74"]
    assert [model.row_object(i).id for i in range(4 * PAGE)] == [c.id for c in rows]


def test_reload_drops_the_page_ahead(qtbot, loop):
    rows = [customer(i) for i in range(100)]
    requests: list[str | None] = []
    model = CustomersModel()
    runner = TaskRunner(model)
    feeder = PageFeeder(model, runner)
    feeder.set_source(make_source(rows, requests))
    qtbot.waitUntil(lambda: model.rowCount() == PAGE)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: len(requests) == 3)
    feeder.reload()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and not model.loading and not runner.busy)
    assert requests[3:] == [None]  # a fresh start: first page only, no read-ahead
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    assert requests[4] == "24"


def test_a_failed_page_ahead_is_reported_when_the_user_waits_for_it(qtbot, loop):
    rows = [customer(i) for i in range(100)]
    requests: list[str | None] = []
    model = CustomersModel()
    errors: list[BaseException] = []
    feeder = PageFeeder(model, TaskRunner(model, on_error=errors.append))
    feeder.failed.connect(errors.append)
    feeder.set_source(make_source(rows, requests, fail_at="49"))
    qtbot.waitUntil(lambda: model.rowCount() == PAGE)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    model.fetchMore(QModelIndex())  # waits for the page ahead, which fails
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 2 * PAGE
    assert errors and all(isinstance(e, GatewayError) for e in errors)
    assert model.canFetchMore(QModelIndex())  # the next scroll asks again
