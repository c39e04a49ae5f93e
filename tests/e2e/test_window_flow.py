"""In the main window: from an empty customer to an active ₩100,000 monthly Kakao Pay subscription.

The test clicks what a merchant clicks and plays the buyer's browser; it
asserts what the window shows.
"""

from __future__ import annotations

import httpx
from buyer import press, saved_wallet
from PySide6.QtWidgets import QPushButton

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft
from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog
from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog


def _seed(window, wait_for, *, wallet: str | None = None):
    gw = window.context.gateway

    async def make():
        customer = await gw.customers.create(
            CustomerDraft(name="박지훈", email="jihun@example.kr"), idempotency_key=new_action_key()
        )
        product = await gw.products.create(
            ProductDraft(name="클라우드 백업"), idempotency_key=new_action_key()
        )
        price = await gw.prices.create(
            PriceDraft(product.id, "krw", 100000, "month"), idempotency_key=new_action_key()
        )
        if wallet:
            await saved_wallet(gw, customer.id, wallet)
        return customer, price

    return wait_for(make())


def _customers_tab(window, qtbot, customer):
    window.tabs.setCurrentWidget(window.tab("customers"))
    tab = window.tab("customers")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    assert tab.table.select_id(customer.id)
    qtbot.waitUntil(lambda: tab.detail.payment_methods.topLevelItemCount() > 0, timeout=10000)
    return tab


def _tree_rows(tree):
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def _dialog(window, cls, qtbot):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(cls)), timeout=5000)
    return next(d for d in window.findChildren(cls) if d.isVisible())


def test_empty_customer_to_active_subscription(window, qtbot, wait_for, browser):
    customer, _price = _seed(window, wait_for)
    tab = _customers_tab(window, qtbot, customer)
    detail = tab.detail
    assert _tree_rows(detail.payment_methods)[0][0] == "No saved payment methods"

    # Add Kakao Pay, from the context menu.
    menu = tab.table.context_menu()
    add = next(a for a in menu.actions() if a.text() == "Add Kakao Pay…")
    assert add.isEnabled()
    add.trigger()
    approval = _dialog(window, ApprovalDialog, qtbot)
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    # Pending on the customer while the buyer has not approved.
    qtbot.waitUntil(lambda: detail.kakao.pending_label.isVisible(), timeout=5000)
    assert "Waiting for the customer's approval" in detail.kakao.pending_label.text()
    back = wait_for(press(browser.urls[0], "authorize"))
    assert back.status_code == 200

    # The saved wallet appears on the customer; the pending note goes away.
    qtbot.waitUntil(
        lambda: any(r[0] == "Kakao Pay" for r in _tree_rows(detail.payment_methods)), timeout=10000
    )
    assert not detail.kakao.pending_label.isVisible()
    approval.close()

    # Make it the default: offered once a wallet that is not the default yet is selected.
    assert not detail.kakao.default_button.isEnabled()
    detail.payment_methods.setCurrentItem(detail.payment_methods.topLevelItem(0))
    assert detail.kakao.default_button.isEnabled()
    detail.kakao.default_button.click()
    qtbot.waitUntil(
        lambda: [r[1] for r in _tree_rows(detail.payment_methods)] == ["Default"], timeout=10000
    )
    detail.payment_methods.setCurrentItem(detail.payment_methods.topLevelItem(0))
    assert not detail.kakao.default_button.isEnabled()  # it is the default already

    # New subscription: ₩100,000 monthly, paid at once off-session with the saved wallet.
    detail.kakao.subscription_button.click()
    new = _dialog(window, NewSubscriptionDialog, qtbot)
    qtbot.waitUntil(
        lambda: new.wallet_combo.count() > 0 and new.create_button.isEnabled(), timeout=10000
    )
    assert "(default)" in new.wallet_combo.currentText()
    with qtbot.waitSignal(new.created, timeout=10000):
        new.create_button.click()
    assert "is Active" in new.result_label.text()
    new.close_button.click()
    qtbot.waitUntil(
        lambda: any(
            r[0] == "Active" and r[1] == "₩100,000" for r in _tree_rows(detail.subscriptions)
        ),
        timeout=10000,
    )


def test_closed_approval_is_found_again_from_the_customer(window, qtbot, wait_for, browser):
    customer, _price = _seed(window, wait_for)
    detail = _customers_tab(window, qtbot, customer).detail
    detail.kakao.add_button.click()
    approval = _dialog(window, ApprovalDialog, qtbot)
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    approval.close()
    qtbot.waitUntil(lambda: detail.kakao.pending_button.isVisible(), timeout=5000)
    detail.kakao.pending_button.click()
    again = _dialog(window, ApprovalDialog, qtbot)
    assert again.link_edit.text() == browser.urls[0]
    again.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in again.state_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: not detail.kakao.pending_label.isVisible(), timeout=5000)
    assert httpx.get(browser.urls[0]).status_code == 409  # the link is dead
    again.close()


def test_resume_payment_from_the_subscriptions_tab(window, qtbot, wait_for, browser):
    customer, price = _seed(window, wait_for, wallet="authorize_dry")
    gw = window.context.gateway
    pms = wait_for(gw.customers.payment_methods.list_all(customer.id))
    start = wait_for(
        gw.subscriptions.create(
            customer.id,
            [(price.id, 1)],
            default_payment_method=pms[0].id,
            idempotency_key=new_action_key(),
        )
    )
    assert start.subscription.status == "incomplete"

    window.tabs.setCurrentWidget(window.tab("subscriptions"))
    tab = window.tab("subscriptions")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    assert tab.table.select_id(start.subscription.id)
    qtbot.waitUntil(tab.resume_button.isEnabled, timeout=10000)
    tab.resume_button.click()
    approval = _dialog(window, ApprovalDialog, qtbot)
    assert "₩100,000" in approval.terms.text() and "monthly" in approval.terms.text()
    # The customer's name and the plan, not the subscription's id.
    assert approval.windowTitle() == "Kakao Pay approval — 박지훈 · 클라우드 백업"
    assert start.subscription.id not in approval.title.text()
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    wait_for(press(browser.urls[0], "authorize"))
    qtbot.waitUntil(lambda: "Active" in approval.detail_label.text(), timeout=10000)
    approval.close()
    # The tab reloads; the subscription now reads Active and needs nothing more.
    qtbot.waitUntil(
        lambda: tab.model.rowCount() > 0 and bool(tab.model.row_object(0).status == "active"),
        timeout=10000,
    )
    assert tab.table.select_id(start.subscription.id)
    qtbot.waitUntil(lambda: not tab.resume_button.isEnabled(), timeout=5000)


def test_new_subscription_button_on_the_subscriptions_tab(window, qtbot, wait_for):
    _seed(window, wait_for)
    window.tabs.setCurrentWidget(window.tab("subscriptions"))
    tab = window.tab("subscriptions")
    assert isinstance(tab.new_button, QPushButton)
    tab.new_button.click()
    dialog = _dialog(window, NewSubscriptionDialog, qtbot)
    qtbot.waitUntil(lambda: dialog.customer_combo.count() > 0, timeout=10000)
    # The customer has no wallet yet: said up front, with the way to add one.
    qtbot.waitUntil(lambda: dialog.wallet_note.isVisible(), timeout=10000)
    assert "no saved Kakao Pay wallet" in dialog.wallet_note.text()
    assert dialog.add_wallet_button.isVisible()
    dialog.create_button.click()
    assert "Kakao Pay wallet" in dialog.error_label.text()
    dialog.reject()
