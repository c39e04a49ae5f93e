"""Support action dialogs against the demo shop: cancel, pause, change plan, trial,
payment method, refund. Each test drives the dialog as an agent would and checks both
what Stripe (the sandbox) now holds and the one audited write."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from support_helpers import confirm, find_sub, plain_active, writes

from kpadmin.stripe_api import new_action_key
from kpadmin.ui.support.cancel_dialog import AT_PERIOD_END, NOW, UNDO, CancelDialog
from kpadmin.ui.support.change_plan_dialog import ChangePlanDialog
from kpadmin.ui.support.pause_dialog import PauseDialog
from kpadmin.ui.support.payment_method_dialog import PaymentMethodDialog
from kpadmin.ui.support.refund_dialog import RefundDialog
from kpadmin.ui.support.trial_dialog import TrialDialog

pytestmark = pytest.mark.usefixtures("english_locale")


def test_cancel_at_period_end_then_undo_then_now(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = CancelDialog(sctx, sub, host)
    dialog.show()
    assert dialog.choice() == AT_PERIOD_END
    dialog.feedback.setCurrentIndex(dialog.feedback.findData("too_expensive"))
    dialog.comment.setText("가격이 부담돼요")
    assert "stays active until" in dialog.summary.text()
    done = []
    dialog.completed.connect(done.append)
    confirm(qtbot, dialog)
    assert dialog.carried_out and done[0].cancel_at_period_end
    assert "Cancellation scheduled" in dialog.result_label.text()
    fresh = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert fresh.cancellation_feedback == "too_expensive"
    assert fresh.cancellation_comment == "가격이 부담돼요"

    undo = CancelDialog(sctx, fresh, host)
    undo.show()
    assert undo.choice() == UNDO and not undo.radios[AT_PERIOD_END].isEnabled()
    confirm(qtbot, undo)
    assert not wait_for(sctx.gateway.subscriptions.retrieve(sub.id)).cancel_at_period_end

    now = CancelDialog(sctx, fresh, host)
    now.show()
    now.set_choice(NOW)
    assert now.prorate.isEnabled() and not now.invoice_now.isEnabled()
    now.prorate.setChecked(True)
    now.invoice_now.setChecked(True)
    assert "cannot be restarted" in now.summary.text() and "credited" in now.summary.text()
    confirm(qtbot, now)
    gone = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert gone.status == "canceled"
    assert gone.latest_invoice is not None and gone.latest_invoice.total < 0  # the credit
    assert writes(audit, object_id=sub.id) == [
        ("subscription.cancel_at_period_end", "ok"),
        ("subscription.undo_cancellation", "ok"),
        ("subscription.cancel_now", "ok"),
    ]


def test_pause_with_resume_date_then_resume(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = PauseDialog(sctx, sub, host)
    dialog.show()
    dialog.behavior.setCurrentIndex(dialog.behavior.findData("keep_as_draft"))
    dialog.until_check.setChecked(True)
    assert "stays a draft" in dialog.summary.text() and "until" in dialog.summary.text()
    confirm(qtbot, dialog)
    paused = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert paused.pause_collection_behavior == "keep_as_draft"
    assert paused.pause_collection_resumes_at == dialog.resumes_at()
    assert "paused until" in dialog.result_label.text()

    again = PauseDialog(sctx, paused, host)
    again.show()
    assert again.mode == "unpause" and again.windowTitle() == "Resume payments"
    confirm(qtbot, again)
    assert wait_for(sctx.gateway.subscriptions.retrieve(sub.id)).pause_collection_behavior is None
    assert writes(audit, object_id=sub.id) == [
        ("subscription.pause_collection", "ok"),
        ("subscription.unpause_collection", "ok"),
    ]


def _rows(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_change_plan_previews_in_won_and_bills_the_preview(sctx, host, qtbot, wait_for, audit):
    # basic (₩30,000 a month) -> premium (₩100,000 a month): same interval, an upgrade
    sub = find_sub(
        wait_for, sctx.gateway, "active", lambda s: s.items[0].price.unit_amount == 30000
    )
    premium = next(
        p
        for p in wait_for(sctx.gateway.prices.list(limit=100)).items
        if p.unit_amount == 100000 and p.currency == "krw" and p.active
    )
    dialog = ChangePlanDialog(sctx, sub, host, plan_name=lambda p: p.nickname or "베이직")
    dialog.resize(720, 560)
    dialog.show()
    assert not dialog.confirm_button.isEnabled()
    assert "Choose another price" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.price_combo.findData(premium.id) > 0)
    # USD prices cannot join a KRW subscription
    assert all("$" not in dialog.price_combo.itemText(i) for i in range(dialog.price_combo.count()))
    dialog.choose(price_id=premium.id, behavior="always_invoice")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    preview = dialog.preview
    assert preview.currency == "krw" and preview.billing_reason == "subscription_update"
    rows = _rows(dialog.lines)
    assert len(rows) == len(preview.lines) >= 2
    for row, line in zip(rows, preview.lines):
        assert row[0] == line.description
        assert row[2].replace("-", "").replace("₩", "").replace(",", "") == str(abs(line.amount))
        assert "." not in row[2]  # KRW has no minor unit
    assert any(r[2].startswith("-₩") for r in rows)  # the unused-time credit
    assert f"₩{preview.amount_due:,}" in dialog.totals.text()
    assert "charged ₩" in dialog.summary.text()
    assert dialog.confirm_button.isEnabled()

    assert dialog.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], "support_change_plan.png")
    )

    confirm(qtbot, dialog)
    changed = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert changed.items[0].price.id == premium.id
    assert changed.latest_invoice.total == preview.total
    assert changed.latest_invoice.status == "paid"
    assert writes(audit) == [("subscription.change_plan", "ok")]


def test_change_plan_form_change_invalidates_the_preview(sctx, host, qtbot, wait_for):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = ChangePlanDialog(sctx, sub, host)
    dialog.show()
    dialog.choose(quantity=3, behavior="create_prorations")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    first = dialog.preview
    assert first.billing_reason == "upcoming"
    dialog.choose(quantity=2)
    assert dialog.preview is None and not dialog.confirm_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.payload()[1] == 2 and dialog.preview.total < first.total


def test_trial_extend_then_end_now(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "trialing")
    dialog = TrialDialog(sctx, sub, host)
    dialog.show()
    dialog.until.setDate(dialog.until.date().addDays(-30))  # before the current end
    assert not dialog.confirm_button.isEnabled()
    dialog.until.setDate(dialog.until.date().addDays(40))
    confirm(qtbot, dialog)
    extended = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert extended.status == "trialing" and extended.trial_end == dialog.trial_end()

    end = TrialDialog(sctx, extended, host)
    end.show()
    end.end_now.setChecked(True)
    assert "₩100,000" in end.summary.text()
    confirm(qtbot, end)
    ended = wait_for(sctx.gateway.subscriptions.retrieve(sub.id))
    assert ended.status == "active" and ended.latest_invoice.amount_paid == 100000
    assert writes(audit, object_id=sub.id) == [
        ("subscription.extend_trial", "ok"),
        ("subscription.end_trial", "ok"),
    ]


def test_switch_payment_method(sctx, host, qtbot, wait_for, audit, demo_sandbox, test_key):
    sys.path.insert(0, str(Path(__file__).parents[1] / "sandbox"))
    import kakao_flow as kf

    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    second = kf.saved_wallet(kf.client(demo_sandbox, test_key), sub.customer_id).payment_method
    dialog = PaymentMethodDialog(sctx, sub, host)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.methods.count() >= 2)
    assert any("(current)" in dialog.methods.item(i).text() for i in range(dialog.methods.count()))
    dialog.select(sub.default_payment_method_id)
    assert not dialog.confirm_button.isEnabled()  # already the current one
    dialog.select(second)
    assert second in dialog.summary.text() and "Kakao Pay" in dialog.summary.text()
    confirm(qtbot, dialog)
    assert wait_for(sctx.gateway.subscriptions.retrieve(sub.id)).default_payment_method_id == second
    assert writes(audit) == [("subscription.set_payment_method", "ok")]


def test_refund_partly_then_the_rest(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = RefundDialog(sctx, sub, host)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert "₩100,000 paid on" in dialog.payment_label.text()
    assert (
        "365 days" in dialog.rules.text() and "Partial refunds are allowed" in dialog.rules.text()
    )
    assert dialog.amount.placeholderText() == "up to ₩100,000"
    dialog.partial.setChecked(True)
    dialog.amount.setText("200000")  # more than was paid
    assert not dialog.confirm_button.isEnabled()
    assert "at most ₩100,000" in dialog.summary.text()
    dialog.amount.setText("30,000")
    dialog.reason.setCurrentIndex(dialog.reason.findData("requested_by_customer"))
    assert dialog.summary.text().startswith("₩30,000 goes back")
    confirm(qtbot, dialog)
    assert "₩30,000" in dialog.result_label.text()

    rest = RefundDialog(sctx, sub, host)
    rest.show()
    qtbot.waitUntil(lambda: rest.loaded, timeout=10000)
    assert "Already refunded: ₩30,000" in rest.payment_label.text()
    assert "₩70,000" in rest.full.text()
    assert rest.amount.placeholderText() == "up to ₩70,000"  # not an example above it
    confirm(qtbot, rest)
    payment = wait_for(sctx.gateway.invoices.latest_payment(sub.id))
    assert payment.amount_refunded == 100000 and payment.refundable_amount == 0
    rows = audit.query(action="refund.create")
    assert [r.outcome for r in rows] == ["ok", "ok"]
    assert "amount=70000 krw" in rows[0].detail and "amount=30000 krw" in rows[1].detail

    third = RefundDialog(sctx, sub, host)
    third.show()
    qtbot.waitUntil(lambda: third.loaded, timeout=10000)
    assert not third.confirm_button.isEnabled()
    assert "refunded in full" in third.summary.text()


def test_add_kakao_pay_opens_the_approval_dialog_and_reloads_after(sctx, host, qtbot, wait_for):
    from kpadmin.redirect.approval import Kind
    from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog

    sub = find_sub(wait_for, sctx.gateway, "past_due")
    dialog = PaymentMethodDialog(sctx, sub, host, customer_label="박유진")
    dialog.show()
    qtbot.waitUntil(lambda: dialog.methods.count() >= 1)
    approval = dialog.add_kakao_pay()
    assert isinstance(approval, ApprovalDialog) and approval.isVisible()
    assert approval._kind is Kind.SETUP
    assert approval.parentWidget() is host  # outlives the payment method dialog
    approval.flowEnded.emit(None)  # as when the customer approved: the list reloads
    qtbot.waitUntil(lambda: not dialog.methods.isEnabled())
    qtbot.waitUntil(dialog.methods.isEnabled)
    approval.close()


def test_cancel_button_closes_without_writing(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = PauseDialog(sctx, sub, host)
    closed = []
    dialog.finished.connect(closed.append)
    dialog.open()
    dialog.close_button.click()
    assert closed == [0] and audit.query() == []


def test_cancel_dialog_names_the_customer_and_keeps_by_default(sctx, host, qtbot, wait_for, audit):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    customer = wait_for(sctx.gateway.customers.retrieve(sub.customer_id))
    dialog = CancelDialog(sctx, sub, host)
    closed = []
    dialog.finished.connect(closed.append)
    dialog.open()
    # The safe button says what it does; beside "Cancel subscription", "Cancel" did not.
    assert dialog.close_button.text() == "Keep subscription"
    assert dialog.close_button.icon().isNull()  # not the style's red Cancel cross
    assert dialog.confirm_button.text() == "Cancel subscription"
    # Title and first line name the customer and the plan; the id only on the quiet line.
    qtbot.waitUntil(lambda: customer.name in dialog.windowTitle())
    assert dialog.windowTitle().startswith("Cancel subscription — ")
    assert sub.id not in dialog.windowTitle() and sub.id not in dialog.intro.text()
    dialog.close_button.click()
    assert closed == [0] and audit.query() == []


def test_cancel_dialog_of_a_scheduled_cancellation_offers_close(sctx, host, wait_for):
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    scheduled = wait_for(
        sctx.gateway.subscriptions.schedule_cancellation(sub.id, idempotency_key=new_action_key())
    )
    dialog = CancelDialog(sctx, scheduled, host)
    # Closing leaves the scheduled cancellation in place: not "Keep subscription".
    assert dialog.close_button.text() == "Close"
    dialog.reject()
