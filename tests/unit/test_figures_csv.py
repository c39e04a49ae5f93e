"""The Overview's CSV: amounts as plain numbers in major units, one row per month."""

from __future__ import annotations

from datetime import UTC, datetime

from kpadmin.domain.shop_figures import InvoiceFacts, InvoiceLine
from kpadmin.ui.overview.figures import compute, csv_table, plain_amount


def test_plain_amounts_are_major_units_without_grouping():
    assert plain_amount(1_500_000, "krw") == "1500000"
    assert plain_amount(1250, "usd") == "12.50"
    assert plain_amount(-300, "usd") == "-3.00"
    assert plain_amount(5, "bhd") == "0.005"


def test_csv_rows_follow_the_months_and_the_movements():
    now = int(datetime(2026, 6, 15, tzinfo=UTC).timestamp())
    start = int(datetime(2026, 4, 3, tzinfo=UTC).timestamp())

    class Price:
        currency, unit_amount, interval, interval_count = "usd", 1250, "month", 1

    class Item:
        price, quantity = Price(), 1

    class Sub:
        id, customer_id, currency, status, items = "sub_1", "cus_1", "usd", "active", (Item(),)
        created, canceled_at, ended_at, trial_start, trial_end = start, None, None, None, None

    invoice = InvoiceFacts(
        "in_1",
        "cus_1",
        "sub_1",
        "paid",
        "usd",
        start,
        1250,
        1250,
        3,
        "subscription_create",
        (InvoiceLine(1250, start, start + 30 * 86_400),),
    )
    header, rows = csv_table(compute([Sub()], [invoice], "usd", now))
    assert header[1] == "New (USD)" and header[-1] == "Recovered invoices"
    assert len(rows) == 12 and rows[-1][0] == "2026-06"
    april = rows[-3]
    assert april[0] == "2026-04" and april[1] == "12.50"
    assert april[6] == "12.50"  # net change
    assert (april[-2], april[-1]) == ("1", "1")  # failed twice, then paid
