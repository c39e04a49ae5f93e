"""Each support action sends exactly one write, even when Confirm is clicked twice,
and in LIVE mode only after the agent confirms again."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support_helpers import find_sub, plain_active

from kpadmin.ui.dialogs.confirm_live import OBJECT_NAME as CONFIRM_LIVE
from kpadmin.ui.support.cancel_dialog import CancelDialog
from kpadmin.ui.support.change_plan_dialog import ChangePlanDialog
from kpadmin.ui.support.clock_dialog import AdvanceClockDialog
from kpadmin.ui.support.invoice_actions import VOID, InvoiceActionsDialog
from kpadmin.ui.support.pause_dialog import PauseDialog
from kpadmin.ui.support.payment_method_dialog import PaymentMethodDialog
from kpadmin.ui.support.refund_dialog import RefundDialog
from kpadmin.ui.support.trial_dialog import TrialDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "sandbox"))
import kakao_flow as kf

pytestmark = pytest.mark.usefixtures("english_locale")


def _cancel(ctx, host, qtbot, wait_for, **_):
    return CancelDialog(ctx, find_sub(wait_for, ctx.gateway, "active", plain_active), host)


def _pause(ctx, host, qtbot, wait_for, **_):
    return PauseDialog(ctx, find_sub(wait_for, ctx.gateway, "active", plain_active), host)


def _change_plan(ctx, host, qtbot, wait_for, **_):
    d = ChangePlanDialog(ctx, find_sub(wait_for, ctx.gateway, "active", plain_active), host)
    d.choose(quantity=2)
    qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
    return d


def _trial(ctx, host, qtbot, wait_for, **_):
    return TrialDialog(ctx, find_sub(wait_for, ctx.gateway, "trialing"), host)


def _payment_method(ctx, host, qtbot, wait_for, sandbox, key):
    sub = find_sub(wait_for, ctx.gateway, "active", plain_active)
    pm = kf.saved_wallet(kf.client(sandbox, key), sub.customer_id).payment_method
    d = PaymentMethodDialog(ctx, sub, host)
    qtbot.waitUntil(lambda: d.methods.count() >= 2)
    d.select(pm)
    return d


def _invoice(ctx, host, qtbot, wait_for, **_):
    sub = find_sub(wait_for, ctx.gateway, "past_due")
    d = InvoiceActionsDialog(ctx, sub.latest_invoice, host, sub=sub)
    d.set_choice(VOID)
    return d


def _refund(ctx, host, qtbot, wait_for, **_):
    d = RefundDialog(ctx, find_sub(wait_for, ctx.gateway, "active", plain_active), host)
    qtbot.waitUntil(lambda: d.loaded, timeout=10000)
    return d


def _clock(ctx, host, qtbot, wait_for, **_):
    cus = next(c for c in wait_for(ctx.gateway.customers.list(limit=100)).items if c.test_clock_id)
    d = AdvanceClockDialog(ctx, cus, host)
    qtbot.waitUntil(lambda: d.clock is not None)
    return d


ACTIONS = {
    "cancel": (_cancel, "subscription.cancel_at_period_end"),
    "pause": (_pause, "subscription.pause_collection"),
    "change_plan": (_change_plan, "subscription.change_plan"),
    "trial": (_trial, "subscription.extend_trial"),
    "payment_method": (_payment_method, "subscription.set_payment_method"),
    "invoice": (_invoice, "invoice.void"),
    "refund": (_refund, "refund.create"),
    "clock": (_clock, "test_clock.advance"),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_double_click_sends_one_write(
    name, sctx, host, qtbot, wait_for, audit, demo_sandbox, test_key, wait_idle
):
    make, action = ACTIONS[name]
    dialog = make(sctx, host, qtbot, wait_for, sandbox=demo_sandbox, key=test_key)
    dialog.show()
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=10000)
    before = len(audit.query())
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    dialog.confirm()  # and once more from code, as a queued second click would
    qtbot.waitUntil(lambda: dialog.carried_out, timeout=10000)
    dialog.confirm()  # after the result: nothing more is sent
    wait_idle(dialog)
    rows = audit.query()
    assert len(rows) - before == 1
    assert (rows[0].action, rows[0].outcome) == (action, "ok")
    assert rows[0].idempotency_key == dialog.last_key and rows[0].request_id.startswith("req_")
    assert not dialog.confirm_button.isVisible() and dialog.result_label.text()


def _answer_live(qtbot, dialog, accept):
    box = None

    def shown():
        nonlocal box
        box = dialog.findChild(QMessageBox, CONFIRM_LIVE)
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    assert "LIVE" in box.text()
    if accept:
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ).click()
    else:
        box.reject()


def test_live_mode_asks_first(sctx, host, qtbot, wait_for, audit):
    live = dataclasses.replace(sctx, profile=dataclasses.replace(sctx.profile, mode="live"))
    sub = find_sub(wait_for, sctx.gateway, "active", plain_active)
    dialog = PauseDialog(live, sub, host)
    dialog.show()
    dialog.confirm()
    _answer_live(qtbot, dialog, accept=False)
    qtbot.waitUntil(dialog.confirm_button.isEnabled)
    assert not dialog.carried_out and audit.query() == []
    dialog.confirm()
    _answer_live(qtbot, dialog, accept=True)
    qtbot.waitUntil(lambda: dialog.carried_out, timeout=10000)
    assert [e.action for e in audit.query()] == ["subscription.pause_collection"]
