"""Stripe's error and decline codes read in the UI's language, with Stripe's own words beneath.

Through the sandbox over real HTTP: the demo shop's past_due subscriptions
have a wallet that ran dry, so retrying their invoice is declined with
``insufficient_funds``; asking for an id that does not exist answers
``resource_missing``.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from kpadmin.stripe_api.errors import GatewayError
from kpadmin.ui.error_codes import code_sentence
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.support.invoice_actions import RETRY, InvoiceActionsDialog


def test_a_declined_retry_says_why_in_korean(sctx, qtbot, wait_for, ui_language):
    ui_language("ko")
    host = QWidget()
    qtbot.addWidget(host)
    page = wait_for(sctx.gateway.subscriptions.list(status="past_due", limit=100))
    sub = wait_for(sctx.gateway.subscriptions.retrieve(page.items[0].id))
    dialog = InvoiceActionsDialog(sctx, sub.latest_invoice, host, sub=sub)
    dialog.show()
    assert dialog.choice() == RETRY
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=10000)
    dialog.confirm_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10000)
    text = dialog.error_label.text()
    assert "카카오페이 지갑의 잔액이 부족합니다." in text  # the sentence, in Korean
    assert "insufficient_funds" in text  # Stripe's code stays, as a detail
    assert "Kakao Pay wallet has insufficient" in text  # and so does Stripe's English message


def test_a_missing_object_in_korean_keeps_the_code(demo_context, wait_for, ui_language):
    ui_language("ko")
    with pytest.raises(GatewayError) as caught:
        wait_for(demo_context.gateway.customers.retrieve("cus_doesnotexist"))
    assert caught.value.code == "resource_missing"
    line = error_text(caught.value)
    assert line.startswith("Stripe에서 이 객체를 찾을 수 없습니다.")
    assert "(resource_missing)" in line and caught.value.message in line
    assert "<code>resource_missing</code>" in error_html(caught.value)


@pytest.mark.parametrize("language", ["ko", "ja"])
@pytest.mark.parametrize(
    "code",
    [
        "setup_intent_authentication_failure",
        "payment_intent_authentication_failure",
        "payment_method_provider_decline",
        "card_declined",
        "generic_decline",
        "resource_missing",
    ],
)
def test_known_codes_are_translated(code, language, ui_language):
    english = code_sentence(code)
    assert english
    ui_language(language)
    assert code_sentence(code) not in (None, english)


def test_a_decline_code_wins_over_its_generic_code():
    assert code_sentence("card_declined", "insufficient_funds") == code_sentence(
        "insufficient_funds"
    )
    assert code_sentence("something_new") is None
