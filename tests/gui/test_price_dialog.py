"""The price and product dialogs on their own: amounts typed the currency's way, validation
before any request, edit-mode limits, and one idempotency key per action kept across retries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import Price, Product, ProductDraft
from kpadmin.ui.dialogs.price_dialog import PriceDialog
from kpadmin.ui.dialogs.product_dialog import ProductDialog
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.metadata_editor import metadata_problem


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale().name()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale(previous))


PRODUCT = Product(
    id="prod_1",
    name="Photos",
    description="",
    active=True,
    default_price_id=None,
    tax_code=None,
    metadata={},
    created=1_700_000_000,
    livemode=False,
)


def krw_price(**kw) -> Price:
    fields = {
        "id": "price_1",
        "product_id": "prod_1",
        "currency": "krw",
        "unit_amount": 100_000,
        "type": "recurring",
        "interval": "month",
        "interval_count": 1,
        "tax_behavior": "unspecified",
        "lookup_key": "photo_monthly",
        "nickname": "Monthly",
        "active": True,
        "created": 1_700_000_000,
        "metadata": {"tier": "pro"},
        "livemode": False,
    }
    fields.update(kw)
    return Price(**fields)


@pytest.fixture
def dialog(qtbot, context):
    d = PriceDialog(context.gateway, PRODUCT)
    qtbot.addWidget(d)
    return d


@pytest.mark.parametrize(
    ("currency", "typed", "minor"),
    [
        ("krw", "₩100,000", 100_000),
        ("krw", "100000", 100_000),
        ("krw", "100,000원", 100_000),
        ("usd", "$10.00", 1_000),
        ("usd", "10", 1_000),
        ("jpy", "¥1,000", 1_000),
        ("eur", "€0.5", 50),
    ],
)
def test_amount_typed_the_currency_way(dialog, currency, typed, minor):
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData(currency))
    dialog.amount_edit.setText(typed)
    assert dialog.validate()
    draft = dialog.draft()
    assert (draft.currency, draft.unit_amount) == (currency, minor)


@pytest.mark.parametrize(
    ("currency", "typed", "words"),
    [
        ("krw", "1.5", "no decimal places"),
        ("krw", "", "Enter an amount"),
        ("krw", "-5", "negative"),
        ("usd", "1.005", "at most 2 decimal places"),
        ("krw", "abc", "not an amount"),
        ("krw", "1000000000", "larger than Stripe allows"),
    ],
)
def test_invalid_amounts_refused_next_to_the_field(dialog, currency, typed, words):
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData(currency))
    dialog.amount_edit.setText(typed)
    dialog.submit()
    assert dialog.tasks.tasks() == ()
    assert not dialog.errors["amount"].isHidden()
    assert words in dialog.errors["amount"].text()


def test_currencies_krw_first_and_placeholder_follows(dialog):
    assert dialog.currency_combo.itemData(0) == "krw"
    assert dialog.amount_edit.placeholderText() == "₩100,000"
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("usd"))
    assert dialog.amount_edit.placeholderText() == "$10.00"


def test_one_time_and_interval_count(dialog):
    dialog.amount_edit.setText("30000")
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData("year"))
    assert dialog.interval_count_spin.maximum() == 3  # Stripe's three-year limit
    dialog.interval_count_spin.setValue(2)
    assert (dialog.draft().interval, dialog.draft().interval_count) == ("year", 2)
    dialog.one_time_radio.setChecked(True)
    assert not dialog.interval_combo.isEnabled()
    assert dialog.draft().interval is None


def test_metadata_limits_checked_before_sending(dialog):
    dialog.amount_edit.setText("1000")
    dialog.metadata_editor.add_row("a" * 41, "x")
    dialog.submit()
    assert dialog.tasks.tasks() == ()
    assert "40 characters" in dialog.errors["metadata"].text()
    assert metadata_problem([("k", "v")] * 2) == "duplicate_key"
    assert metadata_problem([(f"k{i}", "v") for i in range(51)]) == "too_many_keys"
    assert metadata_problem([("a[b]", "v")]) == "key_brackets"
    assert metadata_problem([("k", "v" * 501)]) == "value_too_long"
    assert metadata_problem([("k", "v")]) is None


def test_edit_mode_sends_only_what_stripe_allows(qtbot, context):
    d = PriceDialog(context.gateway, PRODUCT, price=krw_price())
    qtbot.addWidget(d)
    for widget in (
        d.amount_edit,
        d.currency_combo,
        d.interval_combo,
        d.interval_count_spin,
        d.recurring_radio,
        d.one_time_radio,
        d.tax_combo,
    ):
        assert not widget.isEnabled()
    assert d.amount_edit.text() == "₩100,000"
    assert d.changes() == {}
    d.nickname_edit.setText("Monthly 2026")
    d.metadata_editor.set_metadata({})
    assert d.changes() == {
        "nickname": "Monthly 2026",
        "metadata": {},
        "previous_metadata": {"tier": "pro"},
    }
    with qtbot.waitSignal(d.newPriceRequested) as blocker:
        d.new_price_button.click()
    assert blocker.args[0].id == "price_1"


def test_prefilled_new_price_drops_lookup_key(qtbot, context):
    d = PriceDialog(context.gateway, PRODUCT, prefill=krw_price())
    qtbot.addWidget(d)
    assert d.amount_edit.isEnabled() and d.amount_edit.amount() == 100_000
    assert d.lookup_key_edit.text() == ""  # a lookup key belongs to one price at a time
    assert d.nickname_edit.text() == "Monthly"


def test_action_key_kept_across_retries_renewed_on_change():
    keys = ActionKey()
    first = keys.key_for(("a", 1))
    assert keys.key_for(("a", 1)) == first  # a retry of the same request
    second = keys.key_for(("a", 2))  # the user changed the form
    assert second != first
    keys.reset()
    assert keys.key_for(("a", 2)) != second


def test_product_dialog_validation_and_retry_key(qtbot, context, wait_for):
    d = ProductDialog(context.gateway)
    qtbot.addWidget(d)
    d.submit()
    assert d.tasks.tasks() == ()
    assert "needs a name" in d.errors["name"].text()
    d.name_edit.setText("Photos")
    d.tax_code_edit.setText("food")
    d.submit()
    assert "txcd_" in d.errors["tax_code"].text() and d.tasks.tasks() == ()
    d.tax_code_edit.setText("")
    key = d._key.key_for(d.draft())
    # The same key already used for this exact product (a request that "timed out" but
    # reached Stripe): the retry replays instead of creating a second product.
    first = wait_for(
        context.gateway.products.create(ProductDraft(name="Photos"), idempotency_key=key)
    )
    with qtbot.waitSignal(d.saved) as blocker:
        d.submit()
    assert blocker.args[0].id == first.id
    page = wait_for(context.gateway.products.list())
    assert [p.name for p in page.items] == ["Photos"]


def test_product_dialog_edit_prefills(qtbot, context, wait_for):
    product = wait_for(
        context.gateway.products.create(
            ProductDraft(name="Photos", description="Old", metadata={"a": "1", "b": "2"}),
            idempotency_key=new_action_key(),
        )
    )
    d = ProductDialog(context.gateway, product)
    qtbot.addWidget(d)
    assert d.name_edit.text() == "Photos" and d.metadata_editor.metadata() == {"a": "1", "b": "2"}
    d.metadata_editor.set_metadata({"a": "1"})
    d.description_edit.setPlainText("New")
    with qtbot.waitSignal(d.saved) as blocker:
        d.submit()
    assert blocker.args[0].description == "New"
    assert dict(blocker.args[0].metadata) == {"a": "1"}  # "b" removed on Stripe too


def test_price_created_through_dialog(qtbot, context, wait_for):
    product = wait_for(
        context.gateway.products.create(
            ProductDraft(name="Photos"), idempotency_key=new_action_key()
        )
    )
    d = PriceDialog(context.gateway, product)
    qtbot.addWidget(d)
    d.amount_edit.setText("₩9,900")
    d.interval_combo.setCurrentIndex(d.interval_combo.findData("week"))
    d.tax_combo.setCurrentIndex(d.tax_combo.findData("inclusive"))
    d.lookup_key_edit.setText("weekly")
    with qtbot.waitSignal(d.saved) as blocker:
        d.submit()
    price = blocker.args[0]
    assert (price.unit_amount, price.interval, price.tax_behavior, price.lookup_key) == (
        9_900,
        "week",
        "inclusive",
        "weekly",
    )
