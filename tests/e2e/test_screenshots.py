"""Screenshots of the Kakao Pay dialogs for review (saved to the test's tmp_path, or $KPADMIN_SCREENSHOT_DIR)."""

from __future__ import annotations

import os

from test_new_subscription import _shop

from kpadmin.ui.dialogs.approval_dialog import start_wallet_setup
from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog


def _save(widget, name: str) -> None:
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    image = widget.grab()
    assert not image.isNull()
    assert image.save(os.path.join(path, name))


def test_approval_dialog_screenshots(context, qtbot, wait_for, browser, wait_idle):
    customer, *_ = _shop(context, wait_for)
    dialog = start_wallet_setup(context, customer.id, customer.name, None)
    dialog.resize(640, 520)
    wait_idle(dialog)
    _save(dialog, "kpadmin-approval-consent.png")
    dialog.consent.setChecked(True)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.link_box.isVisible(), timeout=10000)
    dialog.adjustSize()
    wait_idle(dialog)
    _save(dialog, "kpadmin-approval-waiting.png")
    dialog.close()


def test_new_subscription_screenshots(context, qtbot, wait_for, wait_idle):
    customer, *_ = _shop(context, wait_for, button="authorize_dry")
    dialog = NewSubscriptionDialog(context, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.wallet_combo.count() > 0 and dialog.create_button.isEnabled(), timeout=10000
    )
    wait_idle(dialog)
    _save(dialog, "kpadmin-new-subscription.png")
    with qtbot.waitSignal(dialog.created, timeout=10000):
        dialog.create_button.click()
    wait_idle(dialog)
    _save(dialog, "kpadmin-new-subscription-declined.png")


def test_customer_with_pending_approval_screenshot(window, qtbot, wait_for, browser, wait_idle):
    from test_window_flow import _customers_tab, _dialog, _seed

    from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog

    customer, _price = _seed(window, wait_for, wallet="authorize")
    detail = _customers_tab(window, qtbot, customer).detail
    detail.kakao.add_button.click()
    approval = _dialog(window, ApprovalDialog, qtbot)
    approval.consent.setChecked(True)
    approval.start_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    approval.close()
    qtbot.waitUntil(lambda: detail.kakao.pending_label.isVisible(), timeout=5000)
    wait_idle(window)
    _save(window, "kpadmin-customer-pending-approval.png")
