"""After a first-payment approval ends, the Subscriptions tab's actions still act on what it shows.

The approval dialog's end reloads the tab. Before the tab followed its
selection through reloads, the detail pane then said "Select a
subscription…" while Cancel…, Refund… and the rest stayed enabled for the
subscription selected before. Now the same subscription is selected again
and every enabled action targets it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from buyer import press, saved_wallet

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft
from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))
from selection_checks import check, subscriptions_state


def _incomplete_subscription(window, wait_for):
    gw = window.context.gateway

    async def make():
        customer = await gw.customers.create(
            CustomerDraft(name="Min-seo Lee", email="minseo@example.kr"),
            idempotency_key=new_action_key(),
        )
        product = await gw.products.create(
            ProductDraft(name="Photo backup"), idempotency_key=new_action_key()
        )
        price = await gw.prices.create(
            PriceDraft(product.id, "krw", 100000, "month"), idempotency_key=new_action_key()
        )
        await saved_wallet(gw, customer.id, "authorize_dry")
        pms = await gw.customers.payment_methods.list_all(customer.id)
        start = await gw.subscriptions.create(
            customer.id,
            [(price.id, 1)],
            default_payment_method=pms[0].id,
            idempotency_key=new_action_key(),
        )
        return start.subscription

    return wait_for(make())


def test_actions_follow_the_selection_after_the_approval_dialog_closes(
    window, qtbot, wait_for, browser
):
    sub = _incomplete_subscription(window, wait_for)
    assert sub.status == "incomplete"
    window.tabs.setCurrentWidget(window.tab("subscriptions"))
    tab = window.tab("subscriptions")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.row_of(sub.id) >= 0, timeout=10000)
    assert tab.table.select_id(sub.id)
    qtbot.waitUntil(tab.resume_button.isEnabled, timeout=10000)
    check(*subscriptions_state(tab))
    tab.resume_button.click()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(ApprovalDialog)), timeout=5000
    )
    approval = next(d for d in window.findChildren(ApprovalDialog) if d.isVisible())
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    wait_for(press(browser.urls[0], "authorize"))
    qtbot.waitUntil(lambda: "Active" in approval.detail_label.text(), timeout=10000)
    approval.close()
    # The tab reloads: at every moment, nothing acts on a subscription the pane does not show.
    for _ in range(40):
        check(*subscriptions_state(tab))
        qtbot.wait(25)
    qtbot.waitUntil(lambda: tab.feeder.loaded_once and not tab.model.loading, timeout=10000)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == sub.id, timeout=5000)
    qtbot.waitUntil(lambda: tab.current.object.status == "active", timeout=5000)
    check(*subscriptions_state(tab))
    assert not tab.resume_button.isEnabled()  # active now: nothing to resume
