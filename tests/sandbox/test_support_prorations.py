"""Prorations and invoice previews in KRW (zero-decimal) and USD, on a test clock.

The clock starts at T0 and a monthly period runs 31 days (2026-05-28 → 06-28);
changes happen 10 days in, so 21/31 of the period is left and amounts are
fractional before rounding (half to even, to the currency's minor unit).
"""

from __future__ import annotations

import kakao_flow as kf
import pytest
import stripe

from kpadmin.sandbox.resources.prorations import prorate

T0 = 1_780_000_000
PERIOD = 31 * 86400
AT = T0 + 10 * 86400


def _setup(c, currency: str, old: int, new: int):
    """A subscription to ``old`` on a clock at T0, a second price ``new``, the clock at AT."""
    prod = c.v1.products.create({"name": "Stock Photos"})
    p_old, p_new = (
        c.v1.prices.create(
            {
                "product": prod.id,
                "currency": currency,
                "unit_amount": a,
                "recurring": {"interval": "month"},
            }
        )
        for a in (old, new)
    )
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": T0})
    cus = c.v1.customers.create({"name": "김민준", "test_clock": clock.id})
    params = {"customer": cus.id, "items": [{"price": p_old.id}]}
    if currency == "krw":
        params.update(
            default_payment_method=kf.saved_wallet(c, cus.id).payment_method, off_session=True
        )
    else:  # the sandbox's wallets are KRW-only: bill USD by invoice
        params.update(collection_method="send_invoice", days_until_due=30)
    sub = c.v1.subscriptions.create(params)
    assert sub.status == "active"
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": AT})
    return sub, p_new, clock


def _change(sub, price, **extra):
    return {"items": [{"id": sub["items"].data[0].id, "price": price.id}], **extra}


def _preview(c, sub, price, behavior="create_prorations"):
    return c.v1.invoices.create_preview(
        {
            "customer": sub.customer,
            "subscription": sub.id,
            "subscription_details": {
                "items": [{"id": sub["items"].data[0].id, "price": price.id}],
                "proration_behavior": behavior,
                "proration_date": AT,
            },
        }
    )


def test_rounding_is_half_to_even_per_line():
    assert prorate(5, 0, 2, 1) == 2 and prorate(7, 0, 2, 1) == 4
    assert prorate(100000, 0, PERIOD, 10 * 86400) == 67742  # 67741.93… KRW
    assert prorate(1999, 0, PERIOD, 10 * 86400) == 1354  # 1354.16… cents
    assert prorate(1000, 0, 10, 20) == 0 and prorate(1000, 0, 10, -5) == 1000


@pytest.mark.parametrize(
    "currency,old,new,credit,debit",
    [
        ("krw", 100000, 200000, -67742, 135484),
        ("usd", 1999, 2999, -1354, 2032),
    ],
)
def test_preview_then_always_invoice_bills_the_same_lines(
    sandbox, test_key, currency, old, new, credit, debit
):
    c = kf.client(sandbox, test_key)
    sub, p_new, _ = _setup(c, currency, old, new)
    preview = _preview(c, sub, p_new, "always_invoice")
    assert preview.id.startswith("upcoming_") and preview.currency == currency
    lines = preview.lines.data
    assert [ln.amount for ln in lines] == [credit, debit]
    assert all(ln.parent.subscription_item_details.proration for ln in lines)
    assert lines[0].description.startswith("Unused time on 1 × Stock Photos after 07 Jun 2026")
    assert lines[1].description.startswith("Remaining time on 1 × Stock Photos")
    assert (lines[0].period.start, lines[0].period.end) == (AT, T0 + PERIOD)
    assert preview.total == preview.amount_due == credit + debit
    # a preview is not stored
    assert len(c.v1.invoices.list({"subscription": sub.id}).data) == 1

    upd = c.v1.subscriptions.update(
        sub.id, _change(sub, p_new, proration_behavior="always_invoice")
    )
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert inv.billing_reason == "subscription_update"
    assert [ln.amount for ln in inv.lines.data] == [credit, debit]
    assert inv.total == credit + debit and inv.created == AT
    if currency == "krw":
        assert inv.status == "paid" and inv.amount_paid == credit + debit
    else:
        assert inv.status == "open" and inv.collection_method == "send_invoice"


@pytest.mark.parametrize(
    "currency,old,new,net", [("krw", 100000, 200000, 67742), ("usd", 1999, 2999, 678)]
)
def test_create_prorations_waits_for_the_renewal(sandbox, test_key, currency, old, new, net):
    c = kf.client(sandbox, test_key)
    sub, p_new, clock = _setup(c, currency, old, new)
    preview = _preview(c, sub, p_new)
    assert preview.billing_reason == "upcoming" and preview.period_start == T0 + PERIOD
    amounts = [ln.amount for ln in preview.lines.data]
    assert sum(amounts[:2]) == net and amounts[2] == new
    assert preview.total == net + new

    upd = c.v1.subscriptions.update(sub.id, _change(sub, p_new, proration_date=AT))
    assert upd.latest_invoice == sub.latest_invoice  # nothing billed now
    again = c.v1.invoices.create_preview({"subscription": sub.id})
    assert [ln.amount for ln in again.lines.data] == amounts  # pending + next period

    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0 + PERIOD + 3600})
    renewal = c.v1.invoices.retrieve(c.v1.subscriptions.retrieve(sub.id).latest_invoice)
    assert renewal.billing_reason == "subscription_cycle"
    assert [ln.amount for ln in renewal.lines.data] == amounts
    assert renewal.total == net + new


def test_none_bills_nothing_and_quantity_changes_prorate(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _ = _setup(c, "krw", 100000, 200000)
    none = c.v1.invoices.create_preview(
        {
            "subscription": sub.id,
            "subscription_details": {
                "items": [{"id": sub["items"].data[0].id, "price": p_new.id}],
                "proration_behavior": "none",
            },
        }
    )
    assert [ln.amount for ln in none.lines.data] == [200000]
    assert none.total == 200000
    item = sub["items"].data[0].id
    upd = c.v1.subscriptions.update(
        sub.id, {"items": [{"id": item, "quantity": 3}], "proration_behavior": "always_invoice"}
    )
    inv = c.v1.invoices.retrieve(upd.latest_invoice)
    assert [ln.amount for ln in inv.lines.data] == [-67742, 203226]
    assert inv.lines.data[1].description.startswith("Remaining time on 3 ×")


def test_preview_rejects_what_stripe_rejects(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _ = _setup(c, "krw", 100000, 200000)
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.invoices.create_preview(
            {
                "subscription": sub.id,
                "subscription_details": {
                    "items": [{"id": sub["items"].data[0].id, "price": p_new.id}],
                    "proration_date": T0 + 90 * 86400,
                },
            }
        )
    assert e.value.param == "subscription_details[proration_date]"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.invoices.create_preview(
            {
                "subscription": sub.id,
                "subscription_details": {"items": [{"id": "si_nope", "price": p_new.id}]},
            }
        )
    c.v1.subscriptions.cancel(sub.id)
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.invoices.create_preview({"subscription": sub.id})
    assert e.value.code == "invoice_upcoming_none"


def test_cancel_now_with_prorate_and_invoice_now(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, p_new, _ = _setup(c, "krw", 100000, 200000)
    c.v1.subscriptions.update(sub.id, _change(sub, p_new))  # pending: -67742 +135484
    done = c.v1.subscriptions.cancel(
        sub.id,
        {
            "prorate": True,
            "invoice_now": True,
            "cancellation_details": {"comment": "moving abroad", "feedback": "too_expensive"},
        },
    )
    assert done.status == "canceled" and done.canceled_at == AT
    assert done.cancellation_details.comment == "moving abroad"
    assert done.cancellation_details.feedback == "too_expensive"
    final = c.v1.invoices.retrieve(done.latest_invoice)
    # pending prorations, then the unused time on the new price (21/31 of ₩200,000)
    assert [ln.amount for ln in final.lines.data] == [-67742, 135484, -135484]
    assert final.total == -67742 and final.amount_due == 0 and final.status == "paid"
