"""Handing the customer their link, against the demo shop: a renewal failed by the test clock
is opened from "Needs attention", and the customer gets the invoice's hosted page as a link,
a QR code and a message in their own language, ready for the mail app; a waiting Kakao Pay
approval gets the same message around its approval link."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qs, unquote, urlsplit

import aiohttp
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from kpadmin.domain import attention as rules
from kpadmin.domain import customer_message as cm
from kpadmin.redirect import browser as hand_off
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.dialogs.approval_dialog import show_flow
from kpadmin.ui.dialogs.customer_message_dialog import CustomerMessageDialog
from kpadmin.ui.support.invoice_actions import InvoiceActionsDialog
from kpadmin.ui.support.invoices import InvoicesDialog
from kpadmin.ui.tabs.attention import AttentionTab

pytestmark = pytest.mark.usefixtures("english_locale")


def _set_customer(gw, wait_for, customer, *, locales, email=None, key):
    draft = CustomerDraft(
        name=customer.name or "",
        email=customer.email or "" if email is None else email,
        phone=customer.phone or "",
        description=customer.description or "",
        preferred_locales=tuple(locales),
        metadata=dict(customer.metadata),
    )
    return wait_for(
        gw.customers.update(
            customer.id, draft, idempotency_key=key, previous_metadata=customer.metadata
        )
    )


def _failed_renewal(sctx, qtbot, wait_for):
    """Advance a demo test clock past a renewal the wallet cannot pay; the tab shows it."""
    gw = sctx.gateway
    customer = next(
        c for c in wait_for(gw.customers.list(limit=100)).items if c.test_clock_id and c.email
    )
    sub = wait_for(gw.subscriptions.list(customer_id=customer.id)).items[0]
    clock = wait_for(gw.test_clocks.retrieve(customer.test_clock_id))
    wait_for(
        gw.test_clocks.advance(clock.id, clock.frozen_time + 32 * 86400, idempotency_key="adv")
    )
    tab = AttentionTab(sctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.refresh()
    row = next(r for r in tab.model.objects() if r.subscription_id == sub.id)
    assert (row.kind, row.action) == (rules.PAYMENT_FAILED, rules.RETRY) and row.invoice_id
    return tab, row, wait_for(gw.customers.retrieve(customer.id))


def _open_message(qtbot, actions):
    before = actions.message
    qtbot.waitUntil(actions.link_button.isEnabled, timeout=10000)
    actions.link_button.click()
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.message, CustomerMessageDialog) and actions.message is not before
        ),
        timeout=10000,
    )
    return actions.message


def _mailed(qtbot, browser, dialog):
    count = len(browser.urls)
    dialog.mail_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) > count, timeout=5000)
    parts = urlsplit(browser.urls[-1])
    assert parts.scheme == "mailto"
    return unquote(parts.path), parse_qs(parts.query, strict_parsing=True)


async def _get_page(url):
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


@contextlib.contextmanager
def blocked_windows(app):
    """Object names of the windows a modal dialog blocked while the block ran."""
    names: set[str] = set()

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.WindowBlocked:
                names.add(obj.objectName())
            return False

    spy = Spy()
    app.installEventFilter(spy)
    try:
        yield names
    finally:
        app.removeEventFilter(spy)


def test_a_failed_renewal_hands_the_hosted_page_in_the_customers_language(
    sctx, qtbot, wait_for, browser, qapp
):
    gw = sctx.gateway
    tab, row, customer = _failed_renewal(sctx, qtbot, wait_for)
    customer = _set_customer(gw, wait_for, customer, locales=["ko"], key="ko")
    invoice = wait_for(gw.invoices.retrieve(row.invoice_id))
    assert invoice.status == "open" and invoice.attempt_count >= 1 and invoice.hosted_invoice_url
    # The hosted page exists and is the customer's to pay: what is owed and its state.
    status, page = wait_for(_get_page(invoice.hosted_invoice_url))
    assert status == 200 and invoice.number in page and "open" in page

    # The row's action opens "Failed payment…", which hands over the invoice's page.
    assert tab.table.select_id(row.id)
    tab.action_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, InvoiceActionsDialog), timeout=10000)
    actions = tab.dialog
    # "Failed payment…" is window-modal and stays open: the message must not be blocked by it.
    assert actions.windowModality() == Qt.WindowModality.WindowModal and actions.isVisible()
    with blocked_windows(qapp) as blocked:
        dialog = _open_message(qtbot, actions)
        qtbot.waitExposed(dialog)
    assert dialog.objectName() not in blocked
    assert dialog.link_edit.text() == invoice.hosted_invoice_url
    assert dialog.qr.text_encoded == invoice.hosted_invoice_url and dialog.qr.pixmap()
    assert dialog.language == "ko"
    subject, body = dialog.subject_edit.text(), dialog.body_edit.toPlainText()
    assert subject == f"[{invoice.account_name}] 결제가 완료되지 않았습니다"
    assert body.startswith(f"{customer.name} 님, 안녕하세요.")
    assert f"결제 금액: {invoice.amount_remaining:,}원" in body
    assert f"청구서 번호: {invoice.number}" in body and invoice.hosted_invoice_url in body

    # The agent's edit goes into the mail app's draft, with the Korean text intact.
    dialog.body_edit.setPlainText(body + "\n추신: 문의 & 환불? 02-1234-5678")
    address, query = _mailed(qtbot, browser, dialog)
    assert address == customer.email
    assert query["subject"] == [subject]
    assert query["body"] == [(body + "\n추신: 문의 & 환불? 02-1234-5678").replace("\n", "\r\n")]
    assert dialog.mailto == cm.mailto_url(customer.email, subject, dialog.body_edit.toPlainText())
    # What the mail app is handed is that link, to the byte.
    assert QUrl(browser.urls[-1]).toString(QUrl.ComponentFormattingOption.FullyEncoded) == (
        dialog.mailto
    )
    # "Open in browser" shows the agent the customer's page, through the same hand-off.
    dialog.open_link_button.click()
    assert browser.urls[-1] == invoice.hosted_invoice_url
    dialog.close()

    # A customer who reads Japanese gets it in Japanese; the tab's own "Payment link…" opens it.
    customer = _set_customer(gw, wait_for, customer, locales=["ja", "ko"], key="ja")
    assert tab.link_button.isEnabled()
    tab.link_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CustomerMessageDialog), timeout=10000)
    dialog = tab.dialog
    assert dialog.link_edit.text() == invoice.hosted_invoice_url
    assert dialog.language == "ja"
    assert dialog.subject_edit.text() == f"【{invoice.account_name}】お支払いが完了していません"
    body = dialog.body_edit.toPlainText()
    assert body.startswith(f"{customer.name} 様") and "サブスクリプション更新" in body
    # KRW in a Japanese text keeps its own sign: never "円".
    assert f"お支払い金額: ₩{invoice.amount_remaining:,}" in body and "円" not in body
    _address, query = _mailed(qtbot, browser, dialog)
    assert query["subject"] == [dialog.subject_edit.text()]
    assert query["body"] == [body.replace("\n", "\r\n")]
    # The agent can switch the language; the message is written again in it.
    dialog.set_language("en")
    assert dialog.subject_edit.text().endswith(": your payment did not go through")
    dialog.close()

    # Without an email address, the mail app is not offered, and the dialog says why.
    _set_customer(gw, wait_for, customer, locales=["ko"], email="", key="noemail")
    dialog = _open_message(qtbot, actions)
    assert not dialog.mail_button.isEnabled()
    assert dialog.mail_reason.isVisible() and "no email address" in dialog.mail_reason.text()
    assert dialog.open_mail() == "" and dialog.copy_body_button.isEnabled()
    dialog.copy_body()
    assert QGuiApplication.clipboard().text() == dialog.body_edit.toPlainText()
    dialog.close()
    actions.close()

    # The support panel's invoice list offers it for the open invoice, not for paid ones.
    invoices = InvoicesDialog(sctx, customer.id, parent=tab)
    invoices.open()  # window-modal, as the support panel opens it
    qtbot.waitUntil(lambda: len(invoices.invoices) > 1, timeout=10000)
    paid = next(i for i in invoices.invoices if i.status == "paid")
    invoices.select(paid.id)
    assert not invoices.link_button.isEnabled()
    invoices.select(invoice.id)
    assert invoices.link_button.isEnabled()
    with blocked_windows(qapp) as blocked:
        invoices.link_button.click()
        qtbot.waitUntil(lambda: isinstance(invoices.message, CustomerMessageDialog), timeout=10000)
        qtbot.waitExposed(invoices.message)
    assert invoices.message.objectName() not in blocked
    assert invoices.message.link_edit.text() == invoice.hosted_invoice_url
    invoices.message.close()
    invoices.close()


def test_a_waiting_approval_hands_its_link_with_the_same_message(sctx, qtbot, wait_for, browser):
    gw = sctx.gateway
    cus = wait_for(
        gw.customers.create(
            CustomerDraft(name="山田花子", email="hanako@example.jp", preferred_locales=("ja",)),
            idempotency_key="cus",
        )
    )
    flow = sctx.approvals.start_setup(cus.id, "山田花子")
    qtbot.waitUntil(lambda: bool(flow.status.url), timeout=10000)
    approval = show_flow(sctx, flow, None)
    qtbot.waitUntil(approval.link_box.message_button.isEnabled, timeout=10000)
    link = approval.link_box.link.url
    assert link and browser.urls == [link]  # opened once by itself, as before
    approval.link_box.message_button.click()
    qtbot.waitUntil(lambda: isinstance(approval.message, CustomerMessageDialog), timeout=10000)
    dialog = approval.message
    assert dialog.link_edit.text() == link and dialog.qr.text_encoded == link
    assert dialog.language == "ja"
    body = dialog.body_edit.toPlainText()
    assert "Kakao Pay での承認のお願い" in dialog.subject_edit.text()
    assert body.startswith("山田花子 様") and "ウォレット" in body and link in body
    address, query = _mailed(qtbot, browser, dialog)
    assert address == "hanako@example.jp" and query["body"] == [body.replace("\n", "\r\n")]
    dialog.close()
    approval.close()
    sctx.approvals.cancel(flow)
    qtbot.waitUntil(lambda: flow.status.state.terminal, timeout=10000)


@pytest.mark.parametrize(
    "url",
    ["https://invoice.stripe.com/i/x", "file:///etc/passwd", "javascript:alert(1)", "mailto"],
)
def test_the_mail_hand_off_opens_only_mailto_links(url, browser):
    assert not hand_off.open_mail_draft(url)
    assert browser.urls == []


def test_the_mail_hand_off_opens_a_built_link_as_built(browser):
    url = cm.mailto_url("kim+shop@example.kr", "결제 & 확인?", "첫 줄\n둘째 줄 #1")
    assert hand_off.open_mail_draft(url)
    assert (
        browser.urls
        and QUrl(browser.urls[0]).toString(QUrl.ComponentFormattingOption.FullyEncoded) == url
    )


def _dialog(host, url, email="kim@example.kr"):
    facts = cm.Facts(cm.PAY_INVOICE, "", "Shop", 5000, "krw", "KP-1", "김민준")
    check = hand_off.check_url(url)
    return CustomerMessageDialog(
        facts, check, customer_label="김민준", email=email, locales=("ko",), parent=host
    )


def test_a_refused_link_is_shown_nowhere_and_nothing_can_be_sent(host, browser):
    dialog = _dialog(host, "file:///etc/passwd")
    assert dialog.link_edit.text() == "" and dialog.qr.text_encoded == ""
    assert "refused" in dialog.error_label.text()
    assert not dialog.copy_link_button.isEnabled() and not dialog.mail_button.isEnabled()
    assert dialog.body_edit.toPlainText() == "" and dialog.mail_reason.text()
    assert dialog.open_mail() == "" and dialog.open_link().ok is False
    assert browser.urls == []


def test_an_address_a_mailto_link_cannot_carry_is_not_offered(host, browser):
    dialog = _dialog(host, "https://invoice.stripe.com/i/acct_1/test_x", "a@b.kr, c@d.kr")
    assert dialog.body_edit.toPlainText().startswith("김민준 님")  # the text is still there
    assert not dialog.mail_button.isEnabled() and "a@b.kr, c@d.kr" in dialog.mail_reason.text()
    dialog.open_mail()
    assert browser.urls == []
