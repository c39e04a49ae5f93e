"""Which support actions a subscription's state allows (pure logic, no sandbox)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kpadmin.stripe_api.records import Invoice, Price, Subscription, SubscriptionItem
from kpadmin.ui.support import actions as a
from kpadmin.ui.support.actions import availability, reason_text
from kpadmin.ui.support.invoice_actions import RETRY, UNCOLLECTIBLE, VOID, allowed_actions
from kpadmin.ui.support.pause_dialog import PAUSE, RESUME, UNPAUSE, mode_for

PRICE = Price(
    id="price_1",
    product_id="prod_1",
    currency="krw",
    unit_amount=100000,
    type="recurring",
    interval="month",
    interval_count=1,
    tax_behavior=None,
    lookup_key=None,
    nickname=None,
    active=True,
    created=1,
    metadata={},
    livemode=False,
)
ITEM = SubscriptionItem(
    id="si_1", price=PRICE, quantity=1, current_period_start=1, current_period_end=2
)


def invoice(status, paid=0):
    return Invoice(
        id="in_1",
        number=None,
        customer_id="cus_1",
        subscription_id="sub_1",
        status=status,
        currency="krw",
        amount_due=100000,
        amount_paid=paid,
        amount_remaining=100000 - paid,
        total=100000,
        created=1,
        hosted_invoice_url=None,
    )


def sub(status="active", inv=None, **kw):
    return Subscription(
        id="sub_1",
        customer_id="cus_1",
        status=status,
        items=(ITEM,),
        currency="krw",
        created=1,
        cancel_at_period_end=False,
        cancel_at=None,
        canceled_at=None,
        ended_at=None,
        trial_start=None,
        trial_end=None,
        default_payment_method_id="pm_1",
        latest_invoice=inv if inv is not None else invoice("paid", 100000),
        latest_invoice_id="in_1",
        pause_collection_behavior=None,
        metadata={},
        livemode=False,
        **kw,
    )


def allowed(s):
    return {action for action in a.ALL if availability(s, action).allowed}


def test_active_allows_everything_but_trial_and_failed_payment():
    assert allowed(sub()) == set(a.ALL) - {a.TRIAL, a.INVOICE}
    assert availability(sub(), a.TRIAL).reason == "no_trial"
    assert availability(sub(), a.INVOICE).reason == "no_open_invoice"


def test_past_due_with_an_open_invoice_allows_retry():
    s = sub("past_due", invoice("open"))
    assert a.INVOICE in allowed(s) and a.CHANGE_PLAN in allowed(s)


def test_trialing_allows_the_trial_action():
    assert a.TRIAL in allowed(sub("trialing", invoice("paid", 0)))


@pytest.mark.parametrize("status", ["canceled", "incomplete_expired"])
def test_ended_subscriptions_only_list_invoices_and_refund(status):
    s = sub(status)
    expected = {a.INVOICES} | ({a.REFUND} if status == "canceled" else set())
    assert allowed(s) == expected
    assert availability(s, a.CANCEL).reason == "ended"


def test_incomplete_points_to_resume_payment():
    s = sub("incomplete", invoice("open"))
    assert allowed(s) == {a.CANCEL, a.PAYMENT_METHOD, a.INVOICES}
    assert availability(s, a.INVOICE).reason == "first_payment"
    assert availability(s, a.REFUND).reason == "never_paid"
    assert "Resume payment" in reason_text(availability(s, a.PAUSE).reason)


def test_a_failed_first_payment_can_be_retried_or_written_off():
    inv = replace(invoice("open"), payment_intent_status="requires_payment_method")
    s = sub("incomplete", inv)
    assert availability(s, a.INVOICE).allowed
    waiting = sub("incomplete", replace(invoice("open"), payment_intent_status="requires_action"))
    assert availability(waiting, a.INVOICE).reason == "first_payment"


def test_paused_status_and_several_items_block_plan_changes():
    assert availability(sub("paused"), a.CHANGE_PLAN).reason == "paused"
    two = replace(sub(), items=(ITEM, replace(ITEM, id="si_2")))
    assert availability(two, a.CHANGE_PLAN).reason == "several_items"


def test_nothing_selected_disables_all_with_a_reason():
    for action in a.ALL:
        verdict = availability(None, action)
        assert not verdict.allowed and reason_text(verdict.reason) == "Select a subscription first."


def test_every_reason_has_a_sentence():
    reasons = {
        availability(s, action).reason
        for s in (
            None,
            sub(),
            sub("canceled"),
            sub("incomplete", invoice("open")),
            sub("paused"),
            replace(sub(), items=(ITEM, ITEM)),
        )
        for action in a.ALL
    }
    for reason in reasons - {""}:
        assert reason_text(reason) != reason and reason_text(reason).endswith(".")


def test_pause_mode_and_invoice_actions():
    assert mode_for(sub()) == PAUSE
    assert mode_for(sub(pause_collection_resumes_at=None)) == PAUSE
    assert mode_for(replace(sub(), pause_collection_behavior="void")) == UNPAUSE
    assert mode_for(sub("paused")) == RESUME
    assert allowed_actions(invoice("open")) == (RETRY, UNCOLLECTIBLE, VOID)
    assert allowed_actions(invoice("uncollectible")) == (VOID,)
    assert allowed_actions(invoice("paid", 100000)) == ()
    with pytest.raises(ValueError):
        availability(sub(), "explode")
