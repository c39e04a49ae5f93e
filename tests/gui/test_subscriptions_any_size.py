"""The Subscriptions tab in a shop of 1,000 customers, subscriptions and 120 products.

Rows are named whatever the shop's size (no bare ``cus_`` where the customer
has a name or e-mail, every plan by its product's name), the instant filter
finds the oldest customer's row by name, and the customer and price filters
search Stripe for what is typed. The shop is made once for the module
through the SDK over HTTP (about 10 s), newest last, so its oldest customers
and products are the ones a first page of 100 never reaches.
"""

from __future__ import annotations

import pytest
import stripe
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from kpadmin.ui.tabs.subscriptions import SubscriptionsTab

pytestmark = pytest.mark.usefixtures("english_locale")

CUSTOMERS = 1000
PRODUCTS = 120


class BigShop:
    """What the shop holds: customer id -> expected label, product names and prices."""

    def __init__(self) -> None:
        self.customer_label: dict[str, str] = {}
        self.product_name: dict[str, str] = {}
        self.price_product: dict[str, str] = {}
        self.oldest_customer = ""
        self.oldest_price = ""


def _seed(url: str, key: str) -> BigShop:
    client = stripe.StripeClient(key, base_addresses={"api": url})
    v1 = client.v1
    shop = BigShop()
    prices = []
    for i in range(PRODUCTS):
        name = f"사진 요금제 {i:03d}"
        product = v1.products.create({"name": name})
        price = v1.prices.create(
            {
                "product": product.id,
                "currency": "krw",
                "unit_amount": 1000 * (i + 1),
                "recurring": {"interval": "month"},
            }
        )
        shop.product_name[product.id] = name
        shop.price_product[price.id] = product.id
        prices.append(price.id)
    for i in range(CUSTOMERS):
        if i % 97 == 5:  # no name and no e-mail: only the id can say who it is
            params: dict[str, str] = {}
            label = ""
        elif i % 50 == 7:  # no name: the e-mail names it, as on Stripe's Dashboard
            label = f"buyer{i:04d}@example.kr"
            params = {"email": label}
        else:
            label = f"고객{i:04d} 김"
            params = {"name": label, "email": f"c{i:04d}@example.kr"}
        customer = v1.customers.create(params)
        shop.customer_label[customer.id] = label or customer.id
        v1.subscriptions.create(
            {
                "customer": customer.id,
                "items": [{"price": prices[i % PRODUCTS]}],
                "trial_period_days": 30,
            }
        )
        if i == 0:
            shop.oldest_customer = customer.id
    shop.oldest_price = prices[0]
    return shop


@pytest.fixture(scope="module")
def sandbox(module_sandbox):
    """One sandbox for the module: the GUI fixtures' ``services`` point at it."""
    return module_sandbox


@pytest.fixture(scope="module")
def big_shop(sandbox) -> BigShop:
    return _seed(sandbox.url, "sk_test_bigshop000000000000000")


@pytest.fixture
def tab(big_shop, context, qtbot):
    t = SubscriptionsTab(context)
    qtbot.addWidget(t)
    t.resize(1300, 520)
    t.show()
    yield t
    t.shutdown()


def _loaded(tab):
    return tab.feeder.loaded_once and not tab.model.loading


def _column(tab, key):
    model, col = tab.model, tab.model.column_index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _type(edit, text):
    """Type Hangul as an input method does: one committed syllable at a time (Qt's test
    key clicks take ASCII only)."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(edit, event)


def _enter(edit):
    """Focus arrives as from a click (the offscreen platform activates no window)."""
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason))


def _load_everything(tab, qtbot):
    tab.page_size = 100
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))

    def at_end():
        tab.table.view.scrollToBottom()
        return not tab.model.has_more and not tab.model.loading

    qtbot.waitUntil(at_end, timeout=60000)


def test_every_row_is_named_at_a_thousand(tab, big_shop, qtbot):
    _load_everything(tab, qtbot)
    subs = tab.model.objects()
    assert len(subs) == CUSTOMERS
    customers, plans = _column(tab, "customer"), _column(tab, "plan")
    bare = [
        (sub.customer_id, shown)
        for sub, shown in zip(subs, customers)
        if shown != big_shop.customer_label[sub.customer_id]
    ]
    assert bare == []
    named = sum(not label.startswith("cus_") for label in big_shop.customer_label.values())
    assert sum(not c.startswith("cus_") for c in customers) == named  # ids only where no name
    for sub, plan in zip(subs, plans):
        product_id = big_shop.price_product[sub.items[0].price.id]
        assert plan.startswith(big_shop.product_name[product_id] + " · ₩"), plan


def test_instant_filter_finds_the_oldest_customer_by_name(tab, big_shop, qtbot):
    _load_everything(tab, qtbot)
    name = big_shop.customer_label[big_shop.oldest_customer]
    _type(tab.table.filter_edit, name)
    qtbot.waitUntil(lambda: tab.table.proxy.rowCount() == 1)
    row = tab.table.proxy.index(0, tab.model.column_index("customer"))
    assert row.data() == name


def test_customer_filter_searches_stripe_as_one_types(tab, big_shop, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    picker = tab.customer_combo
    name = big_shop.customer_label[big_shop.oldest_customer]
    edit = picker.lineEdit()
    _enter(edit)
    qtbot.waitUntil(lambda: edit.selectedText() == "Any customer")  # typing replaces it
    _type(edit, name)
    qtbot.waitUntil(lambda: picker.state == "found")
    assert edit.text() == name  # the answer never replaces what was typed
    labels = [picker.itemText(i) for i in range(1, picker.count())]
    assert labels == [f"{name} ({big_shop.oldest_customer})"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _loaded(tab) and tab.filters()[1] == big_shop.oldest_customer)
    assert [s.customer_id for s in tab.model.objects()] == [big_shop.oldest_customer]


def test_price_filter_finds_prices_by_product_name(tab, big_shop, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: _loaded(tab))
    picker = tab.price_combo
    product = big_shop.price_product[big_shop.oldest_price]
    _enter(picker.lineEdit())
    qtbot.waitUntil(lambda: picker.lineEdit().selectedText() == "Any price")
    _type(picker.lineEdit(), big_shop.product_name[product])
    qtbot.waitUntil(lambda: picker.state == "found")
    index = picker.findData(big_shop.oldest_price)
    assert index > 0
    assert picker.itemText(index) == f"{big_shop.product_name[product]} · ₩1,000 / month"
    picker.setCurrentIndex(index)
    picker.activated.emit(index)  # what a click on the choice sends
    qtbot.waitUntil(lambda: _loaded(tab) and tab.filters()[2] == big_shop.oldest_price)
    subs = tab.model.objects()
    assert subs and all(s.items[0].price.id == big_shop.oldest_price for s in subs)


def test_a_search_with_no_match_says_so_and_keeps_the_text(tab, qtbot):
    picker = tab.customer_combo
    picker.lineEdit().clear()
    _type(picker.lineEdit(), "아무도없음")
    qtbot.waitUntil(lambda: picker.state == "none")
    assert picker.lineEdit().text() == "아무도없음"
    note = picker.itemText(picker.count() - 1)
    assert "아무도없음" in note and picker.findData(None) == 0


def test_a_typed_id_is_looked_up_and_a_wrong_one_matches_nothing(tab, big_shop, qtbot):
    picker = tab.customer_combo
    edit = picker.lineEdit()
    edit.clear()
    qtbot.keyClicks(edit, big_shop.oldest_customer)
    qtbot.waitUntil(lambda: picker.state == "found")
    name = big_shop.customer_label[big_shop.oldest_customer]
    assert picker.itemText(1) == f"{name} ({big_shop.oldest_customer})"
    edit.clear()
    qtbot.keyClicks(edit, "cus_nosuchcustomer")
    qtbot.waitUntil(lambda: picker.state == "none")
    assert picker.chosen_id() == "cus_nosuchcustomer"  # Stripe's list says so (no rows)
