"""Failed payments, invoices and test clocks in the GUI, against the demo shop.

The demo's past_due subscriptions have a wallet that ran dry: a retry is
declined (and says so), a new wallet makes the next retry succeed, and
writing an invoice off marks it uncollectible, then void. The demo's test
clock "데모 시계" carries two customers: advancing it a month renews one and
sends the other (dry wallet) to past_due.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from support_helpers import confirm, find_sub, writes

from kpadmin.redirect.approval import Kind
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog
from kpadmin.ui.support.clock_dialog import AdvanceClockButton, AdvanceClockDialog, clock_allowed
from kpadmin.ui.support.invoice_actions import (
    RETRY,
    UNCOLLECTIBLE,
    VOID,
    InvoiceActionsDialog,
    needs_customer,
)
from kpadmin.ui.support.invoices import InvoicesDialog
from kpadmin.ui.support.payment_method_dialog import PaymentMethodDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "sandbox"))
import kakao_flow as kf

pytestmark = pytest.mark.usefixtures("english_locale")


def test_retry_declined_then_new_wallet_then_paid(
    sctx, host, qtbot, wait_for, audit, demo_sandbox, test_key
):
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    invoice = sub.latest_invoice
    dialog = InvoiceActionsDialog(sctx, invoice, host, sub=sub)
    dialog.show()
    assert dialog.choice() == RETRY and "₩100,000" in dialog.intro.text()
    confirm(qtbot, dialog)
    assert not dialog.carried_out and "not have enough funds" in dialog.error_label.text()
    first_key = dialog.last_key
    assert writes(audit) == [("invoice.retry", "failed")]

    # a new wallet, approved by the customer, becomes the subscription's payment method
    new_pm = kf.saved_wallet(kf.client(demo_sandbox, test_key), sub.customer_id).payment_method
    pm_dialog = PaymentMethodDialog(sctx, sub, host)
    pm_dialog.show()
    qtbot.waitUntil(lambda: pm_dialog.methods.count() >= 2)
    pm_dialog.select(new_pm)
    confirm(qtbot, pm_dialog)
    switched = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))

    retry = InvoiceActionsDialog(sctx, switched.latest_invoice, host, sub=switched)
    retry.show()
    confirm(qtbot, retry)
    assert retry.carried_out and "paid" in retry.result_label.text().lower()
    assert retry.last_key != first_key  # a declined attempt is not replayed
    paid = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert paid.status == "active" and paid.latest_invoice.status == "paid"
    assert writes(audit) == [
        ("invoice.retry", "failed"),
        ("subscription.set_payment_method", "ok"),
        ("invoice.retry", "ok"),
    ]


def test_the_same_dialog_retries_with_a_new_key_after_a_decline(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    dialog = InvoiceActionsDialog(sctx, sub.latest_invoice, host, sub=sub)
    dialog.show()
    confirm(qtbot, dialog)
    keys = [dialog.last_key]
    qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled())
    confirm(qtbot, dialog)
    keys.append(dialog.last_key)
    assert keys[0] != keys[1]
    assert [e.idempotency_key for e in reversed(audit.query())] == keys


def test_write_off_uncollectible_then_void(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    dialog = InvoiceActionsDialog(sctx, sub.latest_invoice, host, sub=sub)
    dialog.show()
    dialog.set_choice(UNCOLLECTIBLE)
    assert "still be paid or voided" in dialog.summary.text()
    confirm(qtbot, dialog)
    inv = wait_for(sctx.gateway.invoices.retrieve(sub.latest_invoice.id))
    assert inv.status == "uncollectible"

    void = InvoiceActionsDialog(sctx, inv, host, sub=sub)
    void.show()
    assert not void.radios[RETRY].isEnabled() and void.choice() == VOID
    confirm(qtbot, void)
    assert wait_for(sctx.gateway.invoices.retrieve(inv.id)).status == "void"
    assert writes(audit, object_id=inv.id) == [
        ("invoice.mark_uncollectible", "ok"),
        ("invoice.void", "ok"),
    ]


def test_hand_over_to_the_approval_dialog(sctx, host, qtbot, wait_for):
    assert needs_customer(GatewayError("card", "needs auth", code="authentication_required"))
    assert not needs_customer(GatewayError("card", "no money", code="card_declined"))
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    customer = wait_for(sctx.gateway.customers.retrieve(sub.customer_id))
    price = sub.items[0].price
    plan = price.nickname or wait_for(sctx.gateway.products.retrieve(price.product_id)).name
    dialog = InvoiceActionsDialog(sctx, sub.latest_invoice, host, sub=sub)
    dialog.show()  # window-modal, as the support panel opens it
    assert QApplication.activeModalWidget() is dialog
    approval = wait_for(dialog.hand_over(sub.latest_invoice))
    assert isinstance(approval, ApprovalDialog) and approval.isVisible()
    assert approval._kind is Kind.PAYMENT
    # The approval window takes over: "Failed payment…" closes instead of blocking it.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert approval.isVisible()
    # Named by who pays for what, as the other approval dialogs are, not by the invoice number.
    assert customer.name and plan
    assert approval.windowTitle() == f"Kakao Pay approval — {customer.name} · {plan}"
    assert f"{customer.name} · {plan}" in approval.title.text()
    # The demo's past-due subscription failed a renewal: not its first payment.
    assert sub.latest_invoice.billing_reason == "subscription_cycle"
    assert approval.title.text() == f"<h3>Payment of {customer.name} · {plan}</h3>"
    number = sub.latest_invoice.number
    assert number not in approval.windowTitle() and number not in approval.title.text()
    # The demo's customers prefer Korean: the terms say how often in Korean, amount included.
    assert customer.preferred_locales == ("ko",)
    assert approval.terms_language == "ko"
    assert "₩100,000" in approval.terms.text() and "매월" in approval.terms.text()
    approval.close()


class _UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


def test_invoices_of_subscription_and_customer(sctx, host, qtbot, wait_for, demo_sandbox):
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    dialog = InvoicesDialog(sctx, sub.customer_id, sub, host)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    assert {i.subscription_id for i in dialog.invoices} == {sub.id}
    statuses = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Open" in statuses and "Paid" in statuses
    assert any(dialog.table.item(r, 4).text() == "₩100,000" for r in range(dialog.table.rowCount()))
    dialog.select(sub.latest_invoice.id)
    assert dialog.actions_button.isEnabled()
    paid_row = statuses.index("Paid")
    dialog.table.selectRow(paid_row)
    assert not dialog.actions_button.isEnabled() and dialog.actions_button.toolTip()

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        verdict = dialog.open_hosted_page()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert verdict.ok and catcher.urls == [dialog.invoices[paid_row].hosted_invoice_url]
    assert catcher.urls[0].startswith(demo_sandbox.url)

    dialog.scope.setChecked(True)
    qtbot.waitUntil(lambda: "customer" in dialog.heading.text())
    qtbot.waitUntil(dialog.table.isEnabled)
    assert {i.customer_id for i in dialog.invoices} == {sub.customer_id}

    actions = dialog.open_actions()
    assert isinstance(actions, InvoiceActionsDialog)
    actions.close()


def test_a_refused_invoice_link_says_why(sctx, host, qtbot, wait_for, wait_idle, browser):
    sub = find_sub(wait_for, sctx.gateway, "past_due")
    dialog = InvoicesDialog(sctx, sub.customer_id, sub, host)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    wait_idle(dialog)
    # A page link Stripe never sends: a file on this machine. It has no host to name,
    # so "does not lead to Stripe ()" said nothing; the reason is the scheme.
    odd = dataclasses.replace(dialog.invoices[0], hosted_invoice_url="file:///etc/passwd")
    dialog._fill((odd,))
    dialog.table.selectRow(0)
    verdict = dialog.open_hosted_page()
    assert not verdict.ok and browser.urls == []
    text = dialog.error_label.text()
    assert "()" not in text and "only https links" in text and "“file:”" in text


def test_advance_the_demo_clock_renews_one_and_fails_the_other(sctx, host, qtbot, wait_for, audit):
    gw = sctx.gateway
    on_clock = [c for c in wait_for(gw.customers.list(limit=100)).items if c.test_clock_id]
    assert len(on_clock) == 2
    assert not clock_allowed("live", on_clock[0]) and clock_allowed("sandbox", on_clock[0])
    button = AdvanceClockButton(sctx, host)
    button.set_customer(on_clock[0])
    assert not button.isHidden()
    dialog = button.open_dialog()
    assert isinstance(dialog, AdvanceClockDialog)
    qtbot.waitUntil(lambda: dialog.clock is not None)
    start = dialog.clock.frozen_time
    assert dialog.payload()[1] > start + 27 * 86400  # one month ahead by default
    advanced = []
    button.advanced.connect(advanced.append)
    confirm(qtbot, dialog)
    assert advanced and advanced[0].frozen_time == dialog.frozen_time()
    subs = [wait_for(gw.subscriptions.list(customer_id=c.id)).items[0] for c in on_clock]
    assert sorted(s.status for s in subs) == ["active", "past_due"]
    assert writes(audit) == [("test_clock.advance", "ok")]

    button.set_customer(
        next(c for c in wait_for(gw.customers.list(limit=100)).items if not c.test_clock_id)
    )
    assert button.isHidden()
