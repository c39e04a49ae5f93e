"""Save a Kakao Pay wallet end to end: consent, the browser hand-off, the buyer's choice, the result."""

from __future__ import annotations

from buyer import press

from kpadmin.redirect.approval import State
from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.dialogs.approval_dialog import show_flow, start_wallet_setup


def _customer(context, wait_for):
    return wait_for(
        context.gateway.customers.create(
            CustomerDraft(name="김민준", email="minjun@example.kr"),
            idempotency_key=new_action_key(),
        )
    )


def _start(context, customer, qtbot, browser):
    # Not qtbot.addWidget: the dialog deletes itself on close; the context fixture's
    # close_approvals() closes every dialog still following a flow.
    dialog = start_wallet_setup(context, customer.id, customer.name, None)
    assert not dialog.start_button.isEnabled()  # no request before the customer's consent
    assert "7 days" in dialog.terms.text() and "30 days" in dialog.terms.text()
    dialog.consent.setChecked(True)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    return dialog


def test_authorize_saves_the_wallet(context, qtbot, wait_for, browser):
    customer = _customer(context, wait_for)
    dialog = _start(context, customer, qtbot, browser)
    url = browser.urls[0]
    assert url == dialog.link_edit.text() and dialog.qr.text_encoded == url
    assert "Waiting for the customer" in dialog.state_label.text()
    assert context.approvals.for_customer(customer.id)  # visible on the customer meanwhile

    back = wait_for(press(url, "authorize"))
    assert back.status_code == 200 and "close this tab" in back.text
    qtbot.waitUntil(lambda: dialog.flow.done, timeout=10000)
    assert dialog.flow.status.state is State.APPROVED
    assert "Approved" in dialog.state_label.text()
    pm_id = dialog.flow.status.payment_method_id
    assert pm_id and pm_id in dialog.detail_label.text()
    assert not dialog.link_box.isVisible() and not dialog.cancel_button.isVisible()
    wallets = wait_for(context.gateway.customers.payment_methods.list_all(customer.id))
    assert [w.id for w in wallets] == [pm_id] and wallets[0].is_kakao_pay
    qtbot.waitUntil(lambda: not context.approvals.for_customer(customer.id))


def test_fail_shows_stripes_reason(context, qtbot, wait_for, browser):
    customer = _customer(context, wait_for)
    dialog = _start(context, customer, qtbot, browser)
    wait_for(press(browser.urls[0], "fail"))
    qtbot.waitUntil(lambda: dialog.flow.done, timeout=10000)
    assert dialog.flow.status.state is State.FAILED
    assert "Not approved" in dialog.state_label.text()
    detail = dialog.detail_label.text()
    assert "authentication failed" in detail  # Stripe's own message
    assert "did not approve saving the wallet" in detail
    assert wait_for(context.gateway.customers.payment_methods.list_all(customer.id)) == ()


def test_cancel_cancels_the_setup_intent(context, qtbot, wait_for, browser):
    customer = _customer(context, wait_for)
    dialog = _start(context, customer, qtbot, browser)
    qtbot.waitUntil(lambda: dialog.flow.status.intent_id is not None)
    intent_id = dialog.flow.status.intent_id
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.flow.done, timeout=10000)
    assert dialog.flow.status.state is State.CANCELLED
    si = wait_for(context.gateway.setup_intents.retrieve(intent_id))
    assert si.status == "canceled" and si.cancellation_reason == "abandoned"
    # The link is dead for the buyer too.
    import httpx

    assert httpx.get(browser.urls[0]).status_code == 409


def test_closed_dialog_is_found_again_and_result_arrives_by_polling(
    context, qtbot, wait_for, browser
):
    customer = _customer(context, wait_for)
    dialog = _start(context, customer, qtbot, browser)
    flow = dialog.flow
    dialog.close()
    assert not flow.done and context.approvals.for_customer(customer.id) == (flow,)
    # The buyer approves "on their phone": the return page is never visited.
    from urllib.parse import urljoin

    import httpx

    page = httpx.get(browser.urls[0])
    token = page.text.split('name="token" value="')[1].split('"')[0]
    resp = httpx.post(
        urljoin(browser.urls[0], "?"),
        data={"token": token, "action": "authorize"},
        follow_redirects=False,
    )
    assert resp.status_code == 303
    again = show_flow(context, flow, None)
    assert again is not dialog
    qtbot.waitUntil(lambda: flow.done, timeout=10000)
    assert flow.status.state is State.APPROVED
    assert "Approved" in again.state_label.text()
    assert len(browser.urls) == 1  # reopening did not open the browser again


def test_custom_return_page_polling_carries_the_flow(context, qtbot, wait_for, browser):
    from kpadmin.settings import Keys

    context.settings.set(Keys.CUSTOM_RETURN_URL, "https://shop.example.kr/kakao/done")
    customer = _customer(context, wait_for)
    dialog = _start(context, customer, qtbot, browser)
    assert not dialog.flow.uses_listener
    answer = wait_for(press(browser.urls[0], "authorize", follow=False))
    assert answer.headers["location"].startswith("https://shop.example.kr/kakao/done?")
    qtbot.waitUntil(lambda: dialog.flow.done, timeout=10000)
    assert dialog.flow.status.state is State.APPROVED


def test_a_non_https_custom_return_page_is_not_used(context):
    from kpadmin.settings import Keys

    context.settings.set(Keys.CUSTOM_RETURN_URL, "http://shop.example.kr/kakao/done")
    assert context.approvals.custom_return_url() == ""
