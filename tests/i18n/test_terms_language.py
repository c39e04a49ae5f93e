"""The consent terms are in the customer's language, whatever the UI speaks, with a switch.

The approval dialog reads the customer's ``preferred_locales`` from the
sandbox when its caller did not pass them, shows the terms in that language
(or in the UI's when the customer states none), lets the agent switch, and
the language shown when the agent confirmed goes into the audit log.
"""

from __future__ import annotations

import kpadmin_tests_gui_fixtures as gui
import pytest

from kpadmin.redirect.approval import Kind
from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog

KO_LEAD = "카카오페이에서 승인하시면"
JA_LEAD = "Kakao Pay で承認すると"
EN_LEAD = "By approving in Kakao Pay"

# The approval link opens in a caught browser, as in tests/gui (autouse there).
browser = gui.browser


@pytest.fixture
def customer_with(sctx, wait_for):
    """A new customer of the demo shop who prefers ``locales`` (none: states no language)."""

    def make(name: str, *locales: str):
        draft = CustomerDraft(name=name, preferred_locales=locales)
        return wait_for(sctx.gateway.customers.create(draft, idempotency_key=new_action_key()))

    return make


def _setup_dialog(sctx, qtbot, customer_id: str) -> ApprovalDialog:
    """The "Add Kakao Pay" consent step, as a caller that did not read the customer opens it."""
    dialog = ApprovalDialog(sctx, kind=Kind.SETUP, customer_id=customer_id, customer_label="x")
    qtbot.addWidget(dialog)
    dialog.show()
    # The consent waits for the customer's language, so nobody agrees to the wrong text.
    qtbot.waitUntil(dialog.consent.isEnabled, timeout=10000)
    return dialog


def _pick(dialog: ApprovalDialog, language: str) -> None:
    """The agent picks a language in the switch (as a click on the combo does)."""
    combo = dialog.terms_view.combo
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())


def test_a_korean_customer_gets_korean_terms_in_an_english_ui(
    sctx, qtbot, customer_with, wait_for, audit
):
    customer = customer_with("김서연", "ko-KR", "en")
    dialog = _setup_dialog(sctx, qtbot, customer.id)
    assert dialog.terms_language == "ko" and dialog.terms_view.combo.currentText() == "한국어"
    assert KO_LEAD in dialog.terms.text() and EN_LEAD not in dialog.terms.text()
    assert dialog.terms_box.title() == "Terms to give the customer before they approve"

    # The agent reads them in English; the switch says so and the text follows.
    _pick(dialog, "en")
    assert dialog.terms_view.combo.currentText() == "English"
    assert EN_LEAD in dialog.terms.text() and KO_LEAD not in dialog.terms.text()
    _pick(dialog, "ko")

    # Confirmed with the Korean terms on screen: the request's audit record says so.
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.flowStarted, timeout=10000) as started:
        dialog.start_button.click()
    flow = started.args[0]
    assert flow.terms_language == "ko"
    qtbot.waitUntil(lambda: bool(audit.query(action="setup_intents.create")), timeout=10000)
    (entry,) = audit.query(action="setup_intents.create")
    assert entry.customer_id == customer.id and entry.detail == "terms_language=ko"
    dialog.cancel_request()
    qtbot.waitUntil(lambda: flow.done, timeout=10000)


def test_a_customer_without_a_language_gets_the_ui_language(sctx, qtbot, customer_with):
    dialog = _setup_dialog(sctx, qtbot, customer_with("Alex Kim").id)
    assert dialog.terms_language == "en" and EN_LEAD in dialog.terms.text()
    # A language the terms do not exist in counts as none.
    dialog = _setup_dialog(sctx, qtbot, customer_with("Amélie", "fr-FR").id)
    assert dialog.terms_language == "en"


def test_in_a_korean_ui_a_japanese_customer_reads_japanese(sctx, qtbot, customer_with, ui_language):
    ui_language("ko")
    silent = _setup_dialog(sctx, qtbot, customer_with("이도윤").id)
    assert silent.terms_language == "ko" and KO_LEAD in silent.terms.text()
    japanese = _setup_dialog(sctx, qtbot, customer_with("山田花子", "ja").id)
    assert japanese.terms_language == "ja" and JA_LEAD in japanese.terms.text()
    assert japanese.terms_box.title() == "승인 전에 고객에게 안내할 약관"


def test_passed_locales_need_no_lookup(sctx, qtbot):
    dialog = ApprovalDialog(
        sctx,
        kind=Kind.PAYMENT,
        customer_id="cus_not_read",
        customer_label="x",
        payment=("pi_x", "sub_x", None, "₩9,900", ("month", 3)),
        customer_locales=("ja-JP",),
    )
    qtbot.addWidget(dialog)
    assert dialog.consent.isEnabled() and dialog.terms_language == "ja"
    assert "₩9,900" in dialog.terms.text() and "3 か月ごと" in dialog.terms.text()
