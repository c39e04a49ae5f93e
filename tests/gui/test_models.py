"""Item models and the shared table plumbing, without a server.

qtmodeltester checks the Qt model contract; the paging tests feed pages from
a plain coroutine (a stand-in for the gateway's list call) through the real
PageFeeder, TaskRunner and RecordTable.
"""

from __future__ import annotations

import asyncio
import csv

import pytest
from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import QPushButton

from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, Page
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.dashboard import dashboard_url
from kpadmin.ui.errors import error_text, field_for
from kpadmin.ui.formatting import format_money
from kpadmin.ui.models.base import IdRole, ObjectRole, SortRole
from kpadmin.ui.models.customers_model import CustomersModel
from kpadmin.ui.paging import PageFeeder
from kpadmin.ui.table_view import RecordTable


def customer(i: int, **kw) -> Customer:
    fields = dict(
        id=f"cus_{i:04d}",
        name=f"Customer {i}",
        email=f"c{i}@example.com",
        phone=None,
        description=None,
        preferred_locales=(),
        metadata={},
        created=1_700_000_000 + i,
        default_payment_method_id="pm_1" if i % 2 else None,
        test_clock_id=None,
        livemode=False,
    )
    fields.update(kw)
    return Customer(**fields)


def test_customers_model_contract(qtmodeltester):
    model = CustomersModel()
    model.append_rows([customer(i) for i in range(5)])
    qtmodeltester.check(model, force_py=True)
    model.replace_row(customer(2, name="Renamed"))
    model.remove_id("cus_0003")
    model.prepend_row(customer(99))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Customer 99"
    assert model.rowCount() == 5


def test_roles_and_targeted_change(qtbot):
    model = CustomersModel()
    model.append_rows([customer(i) for i in range(3)])
    idx = model.index(1, CustomersModel.CREATED)
    assert idx.data(SortRole) == 1_700_000_001
    assert idx.data(IdRole) == "cus_0001"
    assert idx.data(ObjectRole).email == "c1@example.com"
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.replace_row(customer(1, email="new@example.com"))
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == 1
    assert model.index(1, CustomersModel.EMAIL).data() == "new@example.com"
    # duplicates from overlapping pages are skipped
    model.append_rows([customer(2), customer(3)])
    assert model.rowCount() == 4


def test_fetch_more_delegates_to_loader():
    model = CustomersModel()
    calls = []
    model.set_loader(lambda: calls.append(1))
    assert not model.canFetchMore(QModelIndex())
    model.set_has_more(True)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert calls == [1] and model.loading
    assert not model.canFetchMore(QModelIndex())  # one request at a time


def test_table_pages_lazily_filters_and_exports(qtbot, loop, tmp_path):
    rows = [customer(i) for i in range(120)]
    requests: list[str | None] = []

    async def source(cursor):
        requests.append(cursor)
        start = 0 if cursor is None else int(cursor) + 1
        await asyncio.sleep(0.01)
        chunk = rows[start : start + 25]
        return Page(
            items=tuple(chunk),
            has_more=start + 25 < len(rows),
            next_cursor=str(start + 24) if chunk else None,
        )

    model = CustomersModel()
    table = RecordTable(model, name="customers", mode="sandbox", empty_text="No customers yet")
    runner = TaskRunner(table)
    feeder = PageFeeder(model, runner)
    table.resize(600, 300)
    table.show()
    assert table.overlay_text() == "No customers yet"
    feeder.set_source(source)
    assert table.overlay_text() == "Loading…"
    qtbot.waitUntil(lambda: model.rowCount() == 25)
    assert requests == [None]
    # scrolling to the end asks for the next page through canFetchMore/fetchMore
    table.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 50)
    assert requests[1] == "24"
    table.filter_edit.setText("customer 1")
    assert 0 < table.proxy.rowCount() < model.rowCount()
    assert all(
        "Customer 1" in table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())
    )
    path = tmp_path / "out.csv"
    n = table.export_csv(str(path))
    with open(path, encoding="utf-8-sig") as fh:
        data = list(csv.reader(fh))
    assert data[0][0] == "Name" and len(data) == n + 1 == table.proxy.rowCount() + 1
    table.filter_edit.setText("zzz-nothing")
    assert table.overlay_text() == "No loaded rows match the filter."
    assert not table.dashboard_action.isVisible()  # sandbox has no Dashboard
    table.close()


def test_task_runner_restores_and_routes_errors(qtbot, loop):
    button = QPushButton()
    errors = []
    runner = TaskRunner(button, on_error=errors.append)

    async def fail():
        await asyncio.sleep(0.01)
        raise GatewayError("invalid", "No such thing", request_id="req_123", param="email")

    task = runner.run(fail(), busy=[button])
    assert not button.isEnabled() and runner.busy
    qtbot.waitUntil(task.done)
    assert button.isEnabled() and not runner.busy
    assert errors and "req_123" in error_text(errors[0]) and field_for(errors[0]) == "email"

    async def slow():
        await asyncio.sleep(10)

    t1 = runner.run(slow(), key="load", busy=[button])
    t2 = runner.run(slow(), key="load")
    qtbot.waitUntil(t1.done)
    assert t1.cancelled() or t1.result() is None
    runner.cancel_all()
    qtbot.waitUntil(t2.done)
    assert button.isEnabled()
    assert len(errors) == 1  # cancellation is not an error


def test_money_in_the_currencys_own_form():
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert format_money(100000, "krw", en) == "₩100,000"
    assert format_money(1000, "usd", en) == "$10.00"
    assert format_money(-50, "usd", en) == "-$0.50"
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert format_money(123456, "eur", de) == "1.234,56\u00a0€"  # the locale places the sign


@pytest.mark.parametrize(
    ("oid", "mode", "url"),
    [
        ("cus_1", "test", "https://dashboard.stripe.com/test/customers/cus_1"),
        ("sub_1", "live", "https://dashboard.stripe.com/subscriptions/sub_1"),
        ("cus_1", "sandbox", None),
        ("pm_1", "test", None),
    ],
)
def test_dashboard_urls(oid, mode, url):
    assert dashboard_url(oid, mode) == url


def test_column_widths_are_remembered(qtbot, tmp_path):
    from kpadmin.settings import Settings

    settings = Settings.at_path(tmp_path / "w.ini")
    first = RecordTable(
        CustomersModel(), name="customers", mode="test", empty_text="", settings=settings
    )
    qtbot.addWidget(first)
    first.view.horizontalHeader().resizeSection(1, 321)
    first.save_column_widths()
    second = RecordTable(
        CustomersModel(), name="customers", mode="test", empty_text="", settings=settings
    )
    qtbot.addWidget(second)
    assert second.view.horizontalHeader().sectionSize(1) == 321
    assert second.dashboard_action.isVisible()  # test mode has a Dashboard


def test_maybe_committed_and_permission_texts():
    from kpadmin.ui.errors import error_html, missing_permission

    err = GatewayError("network", "Connection reset", maybe_committed=True)
    assert "may have been saved" in error_text(err)
    perm = GatewayError(
        "permission",
        "Having the 'rak_customer_read' permission would allow this request to continue.",
        request_id="req_9",
    )
    assert missing_permission(perm) == "rak_customer_read"
    assert "<code>req_9</code>" in error_html(perm)
    assert missing_permission(err) is None
