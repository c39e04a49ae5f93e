"""Start a Kakao Pay subscription end to end: active at once, declined, then approved by the buyer."""

from __future__ import annotations

from buyer import press, saved_wallet

from kpadmin.redirect.approval import State
from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft
from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog
from kpadmin.ui.kakao_actions import CustomerKakaoBar


def _shop(context, wait_for, button="authorize", locales=()):
    gw = context.gateway

    async def make():
        customer = await gw.customers.create(
            CustomerDraft(name="김민준", preferred_locales=locales),
            idempotency_key=new_action_key(),
        )
        product = await gw.products.create(
            ProductDraft(name="스톡포토 프리미엄"), idempotency_key=new_action_key()
        )
        usd = await gw.prices.create(
            PriceDraft(product.id, "usd", 1000, "month"), idempotency_key=new_action_key()
        )
        krw = await gw.prices.create(
            PriceDraft(product.id, "krw", 100000, "month"), idempotency_key=new_action_key()
        )
        wallet = await saved_wallet(gw, customer.id, button)
        await gw.customers.set_default_payment_method(
            customer.id, wallet, idempotency_key=new_action_key()
        )
        customer = await gw.customers.retrieve(customer.id)
        return customer, krw, usd, wallet

    return wait_for(make())


def _dialog(context, customer, qtbot):
    dialog = NewSubscriptionDialog(context, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.wallet_combo.count() > 0 and dialog.create_button.isEnabled(), timeout=10000
    )
    return dialog


def test_krw_only_and_default_wallet_preselected(context, qtbot, wait_for):
    customer, krw, usd, wallet = _shop(context, wait_for)
    dialog = _dialog(context, customer, qtbot)
    assert "Korean won only" in dialog.krw_note.text()
    combo = dialog.price_combos[0]
    assert combo.currentData() == krw.id
    usd_index = combo.findData(usd.id)
    assert not combo.model().item(usd_index).isEnabled()
    assert "KRW only" in combo.itemText(usd_index)
    assert dialog.wallet_combo.currentData() == wallet
    assert "(default)" in dialog.wallet_combo.currentText()
    assert "₩100,000" in dialog.summary.text()
    terms = dialog.terms.text()
    assert "₩100,000" in terms and "7 days" in terms and "monthly" in terms
    # No language on the customer: the terms are in the UI's (English here).
    assert dialog.terms_view.language() == "en"


def test_terms_in_the_customers_language(context, qtbot, wait_for):
    customer, *_ = _shop(context, wait_for, locales=("ko-KR",))
    dialog = _dialog(context, customer, qtbot)
    # The customer reads the terms: Korean, though the UI is English.
    assert dialog.terms_view.language() == "ko"
    assert "지금 ₩100,000이 결제되고" in dialog.terms.text() and "매월" in dialog.terms.text()
    dialog.trial_check.setChecked(True)
    dialog.trial_days.setValue(7)
    assert "7일 무료 체험" in dialog.terms.text() and "매월 ₩100,000씩" in dialog.terms.text()
    dialog.terms_view.combo.setCurrentIndex(dialog.terms_view.combo.findData("en"))
    dialog.terms_view.combo.activated.emit(dialog.terms_view.combo.currentIndex())
    assert "free trial of 7 days" in dialog.terms.text() and "매월" not in dialog.terms.text()


def test_active_at_once(context, qtbot, wait_for):
    customer, krw, _usd, wallet = _shop(context, wait_for)
    dialog = _dialog(context, customer, qtbot)
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    sub = created.args[0]
    assert sub.status == "active" and sub.default_payment_method_id == wallet
    assert sub.items[0].price.id == krw.id and sub.total.amount == 100000
    assert "is Active" in dialog.result_label.text()


def test_retried_click_makes_one_subscription(context, qtbot, wait_for):
    customer, _krw, _usd, _wallet = _shop(context, wait_for)
    dialog = _dialog(context, customer, qtbot)
    dialog.create_subscription()
    dialog.create_subscription()  # a retry of the same action: same idempotency key
    qtbot.waitUntil(lambda: dialog.result_label.isVisible(), timeout=10000)
    subs = wait_for(context.gateway.subscriptions.list(status="all", customer_id=customer.id))
    assert len(subs.items) == 1


def test_trial_is_trialing(context, qtbot, wait_for):
    customer, *_ = _shop(context, wait_for)
    dialog = _dialog(context, customer, qtbot)
    dialog.trial_check.setChecked(True)
    dialog.trial_days.setValue(7)
    assert "free trial of 7 days" in dialog.terms.text()
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    assert created.args[0].status == "trialing"


def test_declined_then_approved_by_the_buyer(context, qtbot, wait_for, browser):
    customer, _krw, _usd, _wallet = _shop(context, wait_for, button="authorize_dry")
    dialog = _dialog(context, customer, qtbot)
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    sub = created.args[0]
    assert sub.status == "incomplete"
    text = dialog.result_label.text()
    assert "incomplete" in text and "does not have enough funds" in text
    assert "insufficient funds" in text  # Stripe's own message
    assert "top up" in text and "Resume payment" in text
    assert dialog.approve_button.isVisible()

    with qtbot.waitSignal(dialog.approvalOpened, timeout=5000) as opened:
        dialog.approve_button.click()
    approval = opened.args[0]
    assert "₩100,000" in approval.terms.text()
    # Named by who pays for what, not by the subscription's id.
    assert approval.windowTitle() == "Kakao Pay approval — 김민준 · 스톡포토 프리미엄"
    assert "First payment of 김민준 · 스톡포토 프리미엄" in approval.title.text()
    assert sub.id not in approval.title.text()
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    # The customer's pane says what waits for them by plan, not by subscription id.
    bar = CustomerKakaoBar(context, lambda: None)
    qtbot.addWidget(bar)
    bar.set_customer(customer)
    assert bar.pending_label.text() == (
        "Waiting for the customer's approval: the payment of 김민준 · 스톡포토 프리미엄."
    )
    wait_for(press(browser.urls[0], "authorize"))
    qtbot.waitUntil(lambda: approval.flow.done, timeout=10000)
    assert approval.flow.status.state is State.APPROVED
    qtbot.waitUntil(lambda: "Active" in approval.detail_label.text(), timeout=10000)
    again = wait_for(context.gateway.subscriptions.retrieve(sub.id))
    assert again.status == "active"
    approval.close()


def test_buyer_fails_the_payment(context, qtbot, wait_for, browser):
    customer, *_ = _shop(context, wait_for, button="authorize_dry")
    dialog = _dialog(context, customer, qtbot)
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    approval = dialog.ask_customer()
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    wait_for(press(browser.urls[0], "fail"))
    qtbot.waitUntil(lambda: approval.flow.done, timeout=10000)
    assert approval.flow.status.state is State.FAILED
    assert "did not go through" in approval.state_label.text()
    assert "did not approve the payment" in approval.detail_label.text()
    assert "Resume payment" in approval.detail_label.text()
    sub = wait_for(context.gateway.subscriptions.retrieve(created.args[0].id))
    assert sub.status == "incomplete"
    approval.close()


def test_a_typed_customer_id_lists_its_wallets_before_anything_starts(context, qtbot, wait_for):
    customer, krw, _usd, wallet = _shop(context, wait_for)
    newer = wait_for(
        context.gateway.customers.create(
            CustomerDraft(name="이서연"), idempotency_key=new_action_key()
        )
    )
    dialog = NewSubscriptionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing preselected: the newest customer is chosen, as a first page listed it.
    qtbot.waitUntil(lambda: dialog.wallet_note.isVisible(), timeout=10000)
    assert dialog.customer_combo.chosen_id() == newer.id
    edit = dialog.customer_combo.lineEdit()
    edit.clear()
    qtbot.keyClicks(edit, customer.id)  # typed, never chosen from the list
    dialog.create_button.click()
    assert "Kakao Pay wallet" in dialog.error_label.text()  # listed first, then chosen
    qtbot.waitUntil(
        lambda: dialog.wallet_combo.currentData() == wallet and dialog.create_button.isEnabled(),
        timeout=10000,
    )
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    assert created.args[0].customer_id == customer.id
    assert created.args[0].items[0].price.id == krw.id


def test_typing_another_name_takes_the_last_customers_wallet_off_the_form(context, qtbot, wait_for):
    customer, _krw, _usd, wallet = _shop(context, wait_for)
    dialog = NewSubscriptionDialog(context, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.wallet_combo.currentData() == wallet, timeout=10000)
    edit = dialog.customer_combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Kim")  # another name begins: no wallet of the previous one stays
    assert dialog.wallet_combo.count() == 0
