"""The Subscriptions tab against the demo shop: browse, page, filter by status/customer/price,
the detail pane, and a screenshot."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QLocale

from kpadmin.ui.tabs.subscriptions import SubscriptionsTab


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale().name()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale(previous))


@pytest.fixture
def tab(demo_context, qtbot):
    t = SubscriptionsTab(demo_context)
    qtbot.addWidget(t)
    t.resize(1300, 520)
    t.show()
    yield t
    t.shutdown()


def _col(model, key):
    col = model.column_index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _loaded(tab):
    return tab.feeder.loaded_once and not tab.model.loading


def test_browse_all_then_filter_by_status(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    subs = tab.model.objects()
    statuses = {s.status for s in subs}
    assert {"active", "canceled"} <= statuses  # "all" includes canceled ones
    # every row comes with its customer's name
    assert not any(c.startswith("cus_") for c in _col(tab.model, "customer"))
    assert any("₩" in a for a in _col(tab.model, "amount"))
    for status in ("active", "canceled", "past_due"):
        tab.set_filters(status=status)
        qtbot.waitUntil(lambda: _loaded(tab))
        got = {s.status for s in tab.model.objects()}
        assert got <= {status}
        if status in statuses:
            assert got == {status}


def test_pages_lazily(tab, qtbot):
    tab.page_size = 3
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 3)

    def at_end():
        tab.table.view.scrollToBottom()
        return not tab.model.has_more and not tab.model.loading

    qtbot.waitUntil(at_end, timeout=10000)
    ids = [s.id for s in tab.model.objects()]
    assert len(ids) > 3 and len(set(ids)) == len(ids)


def test_filter_by_customer_and_price(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    sub = tab.model.objects()[0]
    tab.set_filters(customer_id=sub.customer_id)
    qtbot.waitUntil(lambda: _loaded(tab))
    assert tab.model.rowCount() >= 1
    assert {s.customer_id for s in tab.model.objects()} == {sub.customer_id}
    price_id = sub.items[0].price.id
    tab.set_filters(price_id=price_id)
    qtbot.waitUntil(lambda: _loaded(tab))
    assert tab.model.rowCount() >= 1
    assert all(price_id in {i.price.id for i in s.items} for s in tab.model.objects())
    # an id typed by hand works too
    tab.customer_combo.setEditText(sub.customer_id)
    tab.price_combo.setCurrentIndex(0)
    tab.apply_filters()
    qtbot.waitUntil(lambda: _loaded(tab))
    assert {s.customer_id for s in tab.model.objects()} == {sub.customer_id}


def test_unknown_customer_shows_error(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    tab.set_filters(customer_id="cus_doesnotexist")
    qtbot.waitUntil(lambda: _loaded(tab))
    # Stripe lists nothing for an unknown customer, or refuses it; either way the UI says so.
    assert tab.model.rowCount() == 0
    assert tab.table.overlay_text() or tab.error_label.isVisible()


def test_detail_pane(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    active = next(s for s in tab.model.objects() if s.status == "active")
    assert tab.table.select_id(active.id)
    qtbot.waitUntil(lambda: tab.detail.field_text("id") == active.id)
    qtbot.waitUntil(lambda: not tab.tasks.busy)
    detail = tab.detail
    assert detail.items.rowCount() == len(active.items)
    assert "₩" in detail.field_text("total")
    assert "–" in detail.field_text("period")
    assert detail.field_text("invoice")
    assert detail.field_text("payment").startswith(("Paid", "₩"))
    if active.default_payment_method_id:
        assert "Kakao Pay" in detail.field_text("payment_method")
    canceled = [s for s in tab.model.objects() if s.status == "canceled"]
    if canceled:
        tab.table.select_id(canceled[0].id)
        qtbot.waitUntil(lambda: detail.field_text("id") == canceled[0].id)
        assert detail.field_text("cancel").startswith("Canceled on")


def test_screenshot_in_main_window(main_window, qtbot, wait_idle):
    main_window.tabs.setCurrentWidget(main_window.tab("subscriptions"))
    tab = main_window.tab("subscriptions")
    qtbot.waitUntil(lambda: _loaded(tab) and tab.customer_combo.count() > 1)
    tab.table.select_id(next(s.id for s in tab.model.objects() if s.status == "past_due"))
    qtbot.waitUntil(lambda: not tab.tasks.busy)
    wait_idle(main_window)
    assert main_window.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], "kpadmin-subscriptions.png")
    )


def test_detail_words_for_approval_trial_and_cancel(qtbot):
    from kpadmin.stripe_api.records import (
        Invoice,
        PaymentMethod,
        Price,
        Subscription,
        SubscriptionItem,
    )
    from kpadmin.ui.widgets.subscription_detail import SubscriptionDetail

    price = Price(
        id="price_1",
        product_id="prod_1",
        currency="krw",
        unit_amount=100_000,
        type="recurring",
        interval="month",
        interval_count=1,
        tax_behavior=None,
        lookup_key=None,
        nickname=None,
        active=True,
        created=0,
        metadata={},
        livemode=False,
    )
    invoice = Invoice(
        id="in_1",
        number="A-1",
        customer_id="cus_1",
        subscription_id="sub_1",
        status="open",
        currency="krw",
        amount_due=100_000,
        amount_paid=0,
        amount_remaining=100_000,
        total=100_000,
        created=0,
        hosted_invoice_url=None,
        payment_intent_id="pi_1",
        payment_intent_status="requires_action",
    )
    sub = Subscription(
        id="sub_1",
        customer_id="cus_1",
        status="trialing",
        items=(
            SubscriptionItem(
                id="si_1",
                price=price,
                quantity=3,
                current_period_start=1_763_942_400,
                current_period_end=1_766_534_400,
            ),
        ),
        currency="krw",
        created=1_763_942_400,
        cancel_at_period_end=True,
        cancel_at=1_766_534_400,
        canceled_at=None,
        ended_at=None,
        trial_start=1_763_942_400,
        trial_end=1_766_534_400,
        default_payment_method_id="pm_1",
        latest_invoice=invoice,
        latest_invoice_id="in_1",
        pause_collection_behavior=None,
        metadata={},
        livemode=False,
    )
    detail = SubscriptionDetail(lambda p: "Stock photos")
    qtbot.addWidget(detail)
    detail.show_subscription(
        sub,
        customer_name="김민지",
        payment_method=PaymentMethod(id="pm_1", type="kakao_pay", customer_id="cus_1", created=0),
    )
    assert detail.field_text("payment") == "₩100,000 due · Waiting for the customer's approval"
    assert detail.field_text("payment_method") == "Kakao Pay (pm_1)"
    assert detail.field_text("total") == "₩300,000 / month"
    assert detail.field_text("trial").startswith("Trial until")
    assert detail.field_text("cancel").startswith("Cancels at the end of the period")
    assert detail.field_text("customer") == "김민지 (cus_1)"
    assert detail.items.item(0, 2).text() == "₩300,000 / month"
    assert detail.status_chip.text() == "Trialing"


def test_resume_and_failed_payment_sit_with_the_subscriptions_actions(tab, qtbot):
    from kpadmin.ui.support import actions as rules

    # "Resume payment…" is among the selected subscription's actions, not in the filter bar.
    assert tab.support.isAncestorOf(tab.resume_button)
    tab.set_filters(status="incomplete")
    qtbot.waitUntil(lambda: _loaded(tab) and tab.model.rowCount() > 0)
    sub = tab.model.row_object(0)
    assert tab.table.select_id(sub.id)
    # Its first payment was declined: it can be asked of the customer again, or retried.
    failed_payment = tab.support.buttons[rules.INVOICE]
    qtbot.waitUntil(
        lambda: (
            tab.support.subscription is not None
            and tab.support.subscription.latest_invoice.payment_intent_status is not None
        )
    )
    assert tab.support.subscription.latest_invoice.payment_intent_status == (
        "requires_payment_method"
    )
    qtbot.waitUntil(tab.resume_button.isEnabled)
    assert failed_payment.isEnabled()


def test_needs_attention_filter_and_status_chips(tab, qtbot):
    import time

    from kpadmin.domain.attention import needs_attention

    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    everything = tab.model.objects()
    now = int(time.time())
    wanted = {s.id for s in everything if needs_attention(s, now)}
    assert {s.id for s in everything if s.status == "past_due"} <= wanted
    tab.set_filters(status="attention")
    assert tab.status_combo.currentText() == "Needs attention"
    qtbot.waitUntil(lambda: _loaded(tab) and tab.model.rowCount() > 0)
    assert {s.id for s in tab.model.objects()} == wanted
    chips = dict(zip((s.status for s in tab.model.objects()), _col(tab.model, "status")))
    assert chips["past_due"] == "Payment failed ×1"
    customer = tab.model.objects()[0].customer_id
    tab.set_filters(status="attention", customer_id=customer)
    qtbot.waitUntil(lambda: _loaded(tab) and tab.model.rowCount() > 0)
    assert {s.customer_id for s in tab.model.objects()} == {customer}
