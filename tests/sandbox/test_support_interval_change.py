"""Interval changes (and free <-> paid) reset the billing cycle anchor and bill now, as at Stripe.

The clock starts at T0 and the monthly period runs 31 days (2026-05-28 → 06-28);
the change happens 10 days in (AT, 2026-06-07), so 21/31 of the month is
credited and the yearly period runs AT → 2027-06-07 (365 days).
"""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest

T0 = 1_780_000_000
PERIOD = 31 * 86400
AT = T0 + 10 * 86400
YEAR = 365 * 86400


def _setup(c, currency: str, old: int, new: int, new_interval: str = "year"):
    """A monthly subscription to ``old`` on a clock at T0, a ``new`` price, the clock at AT."""
    prod = c.v1.products.create({"name": "Stock Photos"})
    p_old = c.v1.prices.create(
        {
            "product": prod.id,
            "currency": currency,
            "unit_amount": old,
            "recurring": {"interval": "month"},
        }
    )
    p_new = c.v1.prices.create(
        {
            "product": prod.id,
            "currency": currency,
            "unit_amount": new,
            "recurring": {"interval": new_interval},
        }
    )
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": T0})
    cus = c.v1.customers.create({"name": "김민준", "test_clock": clock.id})
    params = {"customer": cus.id, "items": [{"price": p_old.id}]}
    pm = None
    if currency == "krw":
        pm = kf.saved_wallet(c, cus.id).payment_method
        params.update(default_payment_method=pm, off_session=True)
    else:  # the sandbox's wallets are KRW-only: bill USD by invoice
        params.update(collection_method="send_invoice", days_until_due=30)
    sub = c.v1.subscriptions.create(params)
    assert sub.status == "active"
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": AT})
    return sub, p_new, clock, pm


def _items(sub, price, **extra):
    return {"items": [{"id": sub["items"].data[0].id, "price": price.id}], **extra}


def _preview(c, sub, price, **details):
    return c.v1.invoices.create_preview(
        {
            "customer": sub.customer,
            "subscription": sub.id,
            "subscription_details": _items(sub, price, **details),
        }
    )


def _lines(inv):
    return [
        (
            ln.amount,
            ln.description,
            ln.period.start,
            ln.period.end,
            ln.parent.subscription_item_details.proration,
        )
        for ln in inv.lines.data
    ]


@pytest.mark.parametrize(
    "currency,old,new,credit,unit",
    [
        ("krw", 100000, 1000000, -67742, "₩1,000,000"),
        ("usd", 1999, 19999, -1354, "$199.99"),
    ],
)
def test_monthly_to_yearly_bills_the_full_year_now(
    sandbox, test_key, currency, old, new, credit, unit
):
    c = kf.client(sandbox, test_key)
    sub, p_new, clock, pm = _setup(c, currency, old, new)
    preview = _preview(c, sub, p_new, proration_date=AT)
    assert preview.billing_reason == "subscription_update"
    assert (preview.period_start, preview.period_end) == (AT, AT)
    lines = _lines(preview)
    assert [ln[0] for ln in lines] == [credit, new]  # not a prorated year
    assert lines[0][1].startswith("Unused time on 1 × Stock Photos after 07 Jun 2026")
    assert lines[0][2:] == (AT, T0 + PERIOD, True)
    assert unit in lines[1][1] and "year" in lines[1][1]
    assert lines[1][2:] == (AT, AT + YEAR, False)
    assert preview.total == preview.amount_due == credit + new
    assert len(c.v1.invoices.list({"subscription": sub.id}).data) == 1  # not stored

    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_new, proration_date=AT))
    assert upd.latest_invoice != sub.latest_invoice  # billed now, not at the renewal
    assert upd.billing_cycle_anchor == AT
    item = upd["items"].data[0]
    assert item.price.id == p_new.id and item.plan.interval == "year"
    assert (item.current_period_start, item.current_period_end) == (AT, AT + YEAR)
    inv = c.v1.invoices.retrieve(upd.latest_invoice, {"expand": ["payments"]})
    assert inv.billing_reason == "subscription_update" and inv.created == AT
    assert [ln[:4] for ln in _lines(inv)] == [ln[:4] for ln in lines]
    assert inv.total == preview.total and inv.amount_due == preview.amount_due
    if currency == "krw":  # a mandated wallet: charged off-session, no approval page
        assert inv.status == "paid" and inv.amount_paid == credit + new
        pi = c.v1.payment_intents.retrieve(inv.payments.data[0].payment.payment_intent)
        assert pi.status == "succeeded" and pi.payment_method == pm
        assert pi.amount == credit + new and pi.next_action is None
        assert c.v1.subscriptions.retrieve(sub.id).status == "active"
    else:
        assert inv.status == "open" and inv.collection_method == "send_invoice"

    # the old monthly renewal no longer happens; the next one is a year after the change
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0 + PERIOD + 3600})
    assert len(c.v1.invoices.list({"subscription": sub.id}).data) == 2
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": AT + YEAR + 3600})
    renewal = c.v1.invoices.retrieve(c.v1.subscriptions.retrieve(sub.id).latest_invoice)
    assert renewal.billing_reason == "subscription_cycle" and renewal.total == new
    assert (renewal.lines.data[0].period.start, renewal.lines.data[0].period.end) == (
        AT + YEAR,
        AT + YEAR + 366 * 86400,
    )  # 2027-06-07 → 2028-06-07 (a leap year)


def test_preview_without_proration_date_matches_the_update(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _, _ = _setup(c, "krw", 100000, 1000000)
    preview = _preview(c, sub, p_new, proration_behavior="always_invoice")
    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_new, proration_behavior="always_invoice"))
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert [ln[:4] for ln in _lines(inv)] == [ln[:4] for ln in _lines(preview)]
    assert inv.total == preview.total == 932258 and inv.status == "paid"


def test_none_skips_the_credit_but_still_bills_the_new_period_and_pending(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_year, _, _ = _setup(c, "krw", 100000, 1000000)
    p_month = c.v1.prices.create(
        {
            "product": p_year.product,
            "currency": "krw",
            "unit_amount": 200000,
            "recurring": {"interval": "month"},
        }
    )
    c.v1.subscriptions.update(sub.id, _items(sub, p_month))  # pending: -67742 +135484
    preview = _preview(c, sub, p_year, proration_behavior="none")
    assert [ln.amount for ln in preview.lines.data] == [-67742, 135484, 1000000]
    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_year, proration_behavior="none"))
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert [ln.amount for ln in inv.lines.data] == [-67742, 135484, 1000000]
    assert inv.status == "paid" and inv.amount_paid == 1067742
    assert c.v1.invoices.create_preview({"subscription": sub.id}).period_start == AT + YEAR


def test_free_to_paid_resets_the_anchor_and_paid_to_free_credits(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_paid, _, _ = _setup(c, "krw", 0, 100000, new_interval="month")
    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_paid))
    assert upd.billing_cycle_anchor == AT
    assert upd["items"].data[0].current_period_end == AT + 30 * 86400  # 06-07 → 07-07
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert [ln.amount for ln in inv.lines.data] == [100000] and inv.status == "paid"

    free = c.v1.prices.create(
        {
            "product": p_paid.product,
            "currency": "krw",
            "unit_amount": 0,
            "recurring": {"interval": "month"},
        }
    )
    c.v1.test_helpers.test_clocks.advance(upd.test_clock, {"frozen_time": AT + 15 * 86400})
    down = c.v1.subscriptions.update(sub.id, _items(upd, free))
    assert down.billing_cycle_anchor == AT + 15 * 86400
    credit = c.v1.invoices.retrieve(down.latest_invoice)
    # 15 of 30 days unused, then the free month (a ₩0 line, as Stripe lists free prices)
    assert [ln.amount for ln in credit.lines.data] == [-50000, 0]
    assert credit.amount_due == 0 and credit.status == "paid"


def test_same_interval_changes_keep_the_anchor(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _, _ = _setup(c, "krw", 100000, 200000, new_interval="month")
    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_new))
    assert upd.billing_cycle_anchor == T0 and upd.latest_invoice == sub.latest_invoice
    assert upd["items"].data[0].current_period_end == T0 + PERIOD


def test_a_declined_interval_change_leaves_the_subscription_past_due(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _, pm = _setup(c, "krw", 100000, 1000000)
    httpx.post(f"{sandbox.url}/_sandbox/kakao_pay/wallets/{pm}", data={"dry": "true"})
    upd = c.v1.subscriptions.update(sub.id, _items(sub, p_new))
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert inv.billing_reason == "subscription_update"
    assert inv.status == "open" and inv.attempt_count == 1 and inv.amount_due == 932258
    assert upd.status == "past_due"
    assert c.v1.subscriptions.retrieve(sub.id).status == "past_due"
