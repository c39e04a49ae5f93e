"""New subscription in a shop of 130 customers and 105 prices, opened from the Subscriptions tab.

The newest 100 customers are offered before anything is typed; the oldest is
found by typing its name, chosen in the suggestions, its wallet loads and the
subscription starts for it. Every price is listed, the oldest (beyond a first
page of 100) by its product's name. The shop is made through the SDK over
HTTP, oldest first.
"""

from __future__ import annotations

import stripe
from buyer import saved_wallet
from PySide6.QtCore import Qt
from test_window_flow import _dialog

from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog

CUSTOMERS = 130
PRODUCTS = 105


def _seed(url: str) -> tuple[list[str], dict[str, str], str, str]:
    """Customer ids oldest first, their names, the oldest price and its product's name."""
    v1 = stripe.StripeClient("sk_test_anysize0000000000000000", base_addresses={"api": url}).v1
    oldest_price = oldest_product = ""
    for i in range(PRODUCTS):
        product = v1.products.create({"name": f"Photo plan {i:03d}"})
        price = v1.prices.create(
            {
                "product": product.id,
                "currency": "krw",
                "unit_amount": 1000 * (i + 1),
                "recurring": {"interval": "month"},
            }
        )
        if i == 0:
            oldest_price, oldest_product = price.id, product.name
    ids, names = [], {}
    for i in range(CUSTOMERS):
        customer = v1.customers.create({"name": f"Buyer {i:03d} Park"})
        ids.append(customer.id)
        names[customer.id] = customer.name
    return ids, names, oldest_price, oldest_product


def _labels(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_oldest_customer_is_found_by_name_and_subscribed(window, sandbox, qtbot, wait_for):
    ids, names, oldest_price, oldest_product = _seed(sandbox.url)
    oldest = ids[0]
    wallet = wait_for(saved_wallet(window.context.gateway, oldest))
    window.tabs.setCurrentWidget(window.tab("subscriptions"))
    window.tab("subscriptions").new_button.click()
    dialog = _dialog(window, NewSubscriptionDialog, qtbot)
    picker = dialog.customer_combo

    # Before typing: "Choose a customer…", the newest 100 (the newest chosen, as before).
    qtbot.waitUntil(lambda: picker.count() > 100, timeout=10000)
    labels = _labels(picker)
    assert labels[0] == "Choose a customer…" and picker.itemData(0) is None
    assert labels[1:101] == [f"{names[c]} ({c})" for c in reversed(ids[-100:])]
    assert picker.findData(oldest) == -1
    assert picker.currentText() == f"{names[ids[-1]]} ({ids[-1]})"
    # Every price, named by its product, also beyond the first 100.
    prices = dialog.price_combos[0]
    assert prices.itemText(prices.findData(oldest_price)) == f"{oldest_product} · ₩1,000 / month"

    # No customer: said, nothing is sent.
    qtbot.waitUntil(dialog.wallet_note.isVisible, timeout=10000)  # the newest has no wallet
    edit = picker.lineEdit()
    edit.clear()
    dialog.create_button.click()
    assert dialog.error_label.text() == "Choose a customer."
    assert dialog.wallet_combo.count() == 0

    qtbot.keyClicks(edit, names[oldest])
    qtbot.waitUntil(lambda: picker.state == "found", timeout=10000)
    assert _labels(picker)[1:] == [f"{names[oldest]} ({oldest})"]
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    row = next(
        r
        for r in range(popup.model().rowCount())
        if popup.model().index(r, 0).data() == f"{names[oldest]} ({oldest})"
    )
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # Retrieved, with its wallet: the subscription starts for it.
    qtbot.waitUntil(
        lambda: dialog.wallet_combo.currentData() == wallet and dialog.create_button.isEnabled(),
        timeout=10000,
    )
    assert picker.chosen_id() == oldest and dialog._customers[oldest].name == names[oldest]
    prices.setCurrentIndex(prices.findData(oldest_price))
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.create_button.click()
    sub = created.args[0]
    assert sub.customer_id == oldest and sub.status == "active"
    assert sub.default_payment_method_id == wallet
    assert sub.items[0].price.id == oldest_price and sub.total.amount == 1000
    assert "is Active" in dialog.result_label.text()
