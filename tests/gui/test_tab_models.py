"""The Catalog and Subscriptions item models, without a server.

qtmodeltester checks the Qt model contract; the other tests check what a
shop owner reads in the cells (amounts in the currency's own form, billing
words, names once known) and that label updates emit targeted dataChanged.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from kpadmin.stripe_api.records import (
    Invoice,
    Price,
    Product,
    Subscription,
    SubscriptionItem,
)
from kpadmin.ui.models.base import ExportRole, SortRole
from kpadmin.ui.models.prices_model import PricesModel, billing_text, price_label
from kpadmin.ui.models.products_model import ProductsModel
from kpadmin.ui.models.subscriptions_model import SubscriptionsModel


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale().name()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale(previous))


def product(i: int, **kw) -> Product:
    fields = {
        "id": f"prod_{i:03d}",
        "name": f"Product {i}",
        "description": "",
        "active": True,
        "default_price_id": None,
        "tax_code": None,
        "metadata": {},
        "created": 1_700_000_000 + i,
        "livemode": False,
    }
    fields.update(kw)
    return Product(**fields)


def price(i: int, **kw) -> Price:
    fields = {
        "id": f"price_{i:03d}",
        "product_id": "prod_001",
        "currency": "krw",
        "unit_amount": 100_000,
        "type": "recurring",
        "interval": "month",
        "interval_count": 1,
        "tax_behavior": "unspecified",
        "lookup_key": None,
        "nickname": None,
        "active": True,
        "created": 1_700_000_000 + i,
        "metadata": {},
        "livemode": False,
    }
    fields.update(kw)
    return Price(**fields)


def subscription(i: int, *, status="active", items=None, **kw) -> Subscription:
    items = (
        items
        if items is not None
        else (
            SubscriptionItem(
                id=f"si_{i}",
                price=price(1),
                quantity=1,
                current_period_start=1_700_000_000,
                current_period_end=1_702_592_000,
            ),
        )
    )
    fields = {
        "id": f"sub_{i:03d}",
        "customer_id": "cus_001",
        "status": status,
        "items": items,
        "currency": "krw",
        "created": 1_700_000_000 + i,
        "cancel_at_period_end": False,
        "cancel_at": None,
        "canceled_at": None,
        "ended_at": None,
        "trial_start": None,
        "trial_end": None,
        "default_payment_method_id": None,
        "latest_invoice": None,
        "latest_invoice_id": None,
        "pause_collection_behavior": None,
        "metadata": {},
        "livemode": False,
    }
    fields.update(kw)
    return Subscription(**fields)


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, model.column_index(key)).data(role)


def test_products_model_contract_and_default_price_label(qtmodeltester, qtbot):
    model = ProductsModel()
    model.append_rows([product(i) for i in range(4)])
    model.replace_row(product(1, default_price_id="price_009", active=False))
    qtmodeltester.check(model, force_py=True)
    assert cell(model, 1, "status") == "Archived"
    assert cell(model, 1, "default_price") == "price_009"  # the id until the price is known
    col = model.column_index("default_price")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_price_labels({"price_009": "₩100,000 / month"})
    assert blocker.args[0].column() == col and blocker.args[1].column() == col
    assert cell(model, 1, "default_price") == "₩100,000 / month"
    assert cell(model, 1, "default_price", ExportRole) == "price_009"


def test_prices_model_contract_amounts_and_default_marker(qtmodeltester):
    model = PricesModel()
    model.append_rows(
        [
            price(1),
            price(
                2,
                currency="usd",
                unit_amount=1000,
                type="one_time",
                interval=None,
                interval_count=None,
                active=False,
            ),
            price(3, unit_amount=None),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert cell(model, 0, "amount") == "₩100,000"  # never ₩1,000.00
    assert cell(model, 1, "amount") == "$10.00"
    assert cell(model, 0, "amount", ExportRole) == "100000"
    assert cell(model, 2, "amount") == "Variable"
    assert cell(model, 0, "billing") == "Monthly"
    assert cell(model, 1, "billing") == "One-time"
    assert cell(model, 1, "status") == "Archived"
    model.set_default_price_id("price_001")
    assert cell(model, 0, "status") == "Active · Default"
    assert cell(model, 0, "created", SortRole) == 1_700_000_001


@pytest.mark.parametrize(
    ("interval", "count", "words", "label"),
    [
        ("month", 1, "Monthly", "₩100,000 / month"),
        ("month", 3, "Every 3 months", "₩100,000 / 3 months"),
        ("year", 1, "Yearly", "₩100,000 / year"),
        ("week", 2, "Every 2 weeks", "₩100,000 / 2 weeks"),
        ("day", 1, "Daily", "₩100,000 / day"),
    ],
)
def test_billing_words(interval, count, words, label):
    p = price(1, interval=interval, interval_count=count)
    assert billing_text(p) == words
    assert price_label(p) == label


def test_subscriptions_model_contract_plan_amount_and_names(qtmodeltester, qtbot):
    two_items = (
        SubscriptionItem(
            id="si_a",
            price=price(1, nickname="Photo plan"),
            quantity=2,
            current_period_start=1_700_000_000,
            current_period_end=1_702_592_000,
        ),
        SubscriptionItem(
            id="si_b",
            price=price(2, unit_amount=5_000),
            quantity=1,
            current_period_start=1_700_000_000,
            current_period_end=1_701_000_000,
        ),
    )
    model = SubscriptionsModel()
    model.append_rows(
        [
            subscription(1),
            subscription(2, status="past_due", items=two_items),
            subscription(3, status="canceled", items=()),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert cell(model, 0, "customer") == "cus_001"
    assert cell(model, 0, "plan") == "price_001 · ₩100,000 / month"
    with qtbot.waitSignal(model.dataChanged):
        model.set_labels(customers={"cus_001": "김민지"}, products={"prod_001": "Stock photos"})
    assert cell(model, 0, "customer") == "김민지"
    assert cell(model, 0, "plan") == "Stock photos · ₩100,000 / month"
    assert cell(model, 1, "plan") == "Photo plan · ₩100,000 / month + 1 more"
    assert cell(model, 1, "amount") == "₩205,000 / month"  # 2 × 100,000 + 5,000
    assert cell(model, 1, "status") == "Past due"
    assert cell(model, 1, "status", ExportRole) == "past_due"
    assert cell(model, 1, "period_end", SortRole) == 1_701_000_000  # earliest item end
    assert cell(model, 2, "plan") == ""
    assert cell(model, 0, "status", Qt.ItemDataRole.ForegroundRole) is not None


def test_subscription_with_latest_invoice_keeps_row(qtmodeltester):
    invoice = Invoice(
        id="in_1",
        number="A-1",
        customer_id="cus_001",
        subscription_id="sub_001",
        status="open",
        currency="krw",
        amount_due=100_000,
        amount_paid=0,
        amount_remaining=100_000,
        total=100_000,
        created=1_700_000_000,
        hosted_invoice_url=None,
        payment_intent_status="requires_action",
    )
    model = SubscriptionsModel()
    model.set_rows([subscription(1, status="incomplete", latest_invoice=invoice)])
    qtmodeltester.check(model, force_py=True)
    assert cell(model, 0, "status") == "Incomplete"


def test_status_chips_say_what_matters_most(qtmodeltester):
    import time
    from datetime import datetime

    failed = Invoice(
        id="in_2",
        number=None,
        customer_id="cus_001",
        subscription_id="sub_002",
        status="open",
        currency="krw",
        amount_due=100_000,
        amount_paid=0,
        amount_remaining=100_000,
        total=100_000,
        created=1_700_000_000,
        hosted_invoice_url=None,
        attempt_count=2,
    )
    jan3 = int(datetime(2027, 1, 3, 12).timestamp())
    in_two_days = int(time.time()) + 2 * 86400 - 60
    model = SubscriptionsModel()
    model.set_rows(
        [
            subscription(1, cancel_at=jan3),
            subscription(2, status="past_due", latest_invoice=failed),
            subscription(3, pause_collection_behavior="void", pause_collection_resumes_at=jan3),
            subscription(4, status="trialing", trial_end=in_two_days),
            subscription(5, status="canceled", cancel_at=jan3),
            subscription(6, status="trialing", trial_end=int(time.time()) + 86400 - 60),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert [cell(model, r, "status") for r in range(6)] == [
        "Cancels Jan 3",
        "Payment failed ×2",
        "Paused until Jan 3",
        "Trial ends in 2 days",
        "Canceled",
        "Trial ends tomorrow",
    ]
    assert cell(model, 0, "status", Qt.ItemDataRole.ToolTipRole) == "Active"
    assert cell(model, 0, "status", ExportRole) == "active"
    grey = cell(model, 4, "status", Qt.ItemDataRole.ForegroundRole)
    assert cell(model, 0, "status", Qt.ItemDataRole.ForegroundRole) == grey  # ending: grey
