"""Dialogs that move money or end something name the customer, the plan and the amount.

An agent checks a refund against the name and email the caller gives, not
against ids: the window title and the first line say who, which plan and how
much; the ids follow as secondary text. Opened the way the Subscriptions tab
opens them (its support actions, with its plan names), on the demo shop.
"""

from __future__ import annotations

import pytest
from support_helpers import find_sub, plain_active

from kpadmin.ui.support import actions as rules
from kpadmin.ui.support.panel import SupportActions

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def panel(sctx, qtbot):
    p = SupportActions(sctx, lambda price: price.nickname or "Photo plan")
    qtbot.addWidget(p)
    yield p
    p.shutdown()


def _first_line(dialog) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    html = dialog.subject.text()
    return QTextDocumentFragment.fromHtml(html.split("<br>")[0]).toPlainText()


@pytest.mark.parametrize(
    ("action", "status", "amount"),
    [
        (rules.REFUND, "active", "₩100,000 paid"),
        (rules.CANCEL, "active", "₩100,000"),
        (rules.CHANGE_PLAN, "active", "₩100,000"),
        (rules.INVOICE, "past_due", "due"),
    ],
)
def test_the_dialog_names_customer_plan_and_amount(
    panel, sctx, qtbot, wait_for, action, status, amount
):
    pred = plain_active if status == "active" else (lambda s: True)
    sub = find_sub(wait_for, sctx.gateway, status, pred)
    customer = wait_for(sctx.gateway.customers.retrieve(sub.customer_id))
    assert customer.name and customer.email  # the demo's customers have both
    panel.set_subscription(sub)
    dialog = panel.open(action)
    assert dialog is not None

    def named() -> bool:
        line = _first_line(dialog)
        return customer.email in line and amount in line

    qtbot.waitUntil(named, timeout=10000)
    line = _first_line(dialog)
    title = dialog.windowTitle()
    plan = sub.items[0].price.nickname or "Photo plan"
    for text in (f"{customer.name} ({customer.email})", plan, amount):
        assert text in line, (text, line)
        assert text in title, (text, title)
    assert line.startswith(customer.name)
    assert sub.id not in line and sub.id in dialog.subject.text()  # ids: the second line
    dialog.reject()
