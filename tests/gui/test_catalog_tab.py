"""The Catalog tab against the real sandbox: browse, page, filter, create, archive, default price."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QLocale

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import PriceDraft, ProductDraft
from kpadmin.ui.dialogs.price_dialog import PriceDialog
from kpadmin.ui.dialogs.product_dialog import ProductDialog
from kpadmin.ui.tabs.catalog import CatalogTab


@pytest.fixture(autouse=True)
def english_locale():
    previous = QLocale().name()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale(previous))


def _open(context, qtbot):
    tab = CatalogTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 400)
    tab.show()
    return tab


@pytest.fixture
def demo_tab(demo_context, qtbot):
    tab = _open(demo_context, qtbot)
    yield tab
    tab.shutdown()


@pytest.fixture
def tab(context, qtbot):
    tab = _open(context, qtbot)
    yield tab
    tab.shutdown()


def _rows(model, key):
    col = model.column_index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _wait_dialog(qtbot, tab, kind):
    qtbot.waitUntil(lambda: isinstance(tab.current_dialog, kind) and tab.current_dialog.isVisible())
    return tab.current_dialog


def test_browse_demo_products_and_their_prices(demo_tab, qtbot):
    tab = demo_tab
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_model.rowCount() > 0)
    assert all(p.active for p in tab.products_model.objects())
    names = _rows(tab.products_model, "name")
    row = next(i for i, p in enumerate(tab.products_model.objects()) if p.default_price_id)
    assert tab.products_table.select_id(tab.products_model.row_object(row).id)
    qtbot.waitUntil(lambda: tab.prices_model.rowCount() > 0)
    product = tab.current_product()
    assert all(p.product_id == product.id for p in tab.prices_model.objects())
    default = tab.prices_model.row_of(product.default_price_id)
    assert default >= 0
    assert "Default" in _rows(tab.prices_model, "status")[default]
    # amounts in the currency's own form: no decimals for KRW
    krw = [
        a
        for p, a in zip(tab.prices_model.objects(), _rows(tab.prices_model, "amount"))
        if p.currency == "krw"
    ]
    assert krw and all(a.startswith("₩") and "." not in a for a in krw)
    # the default price's label reaches the products table once the price is known
    qtbot.waitUntil(lambda: _rows(tab.products_model, "default_price")[row].startswith(("₩", "$")))
    # instant filter over loaded rows
    tab.products_table.filter_edit.setText(names[row][:4])
    assert 0 < tab.products_table.proxy.rowCount() <= len(names)
    tab.products_table.filter_edit.clear()
    # archived and all
    tab.set_filter("archived")
    qtbot.waitUntil(lambda: not tab.products_model.loading)
    assert all(not p.active for p in tab.products_model.objects())
    tab.set_filter("all")
    qtbot.waitUntil(lambda: tab.products_model.rowCount() >= len(names))


def test_products_page_lazily(tab, context, qtbot, wait_for):
    async def seed():
        for i in range(12):
            await context.gateway.products.create(
                ProductDraft(name=f"Plan {i:02d}"), idempotency_key=new_action_key()
            )

    wait_for(seed())
    tab.page_size = 5
    tab.refresh()
    assert tab.products_table.overlay_text() == "Loading…"
    qtbot.waitUntil(lambda: tab.products_model.rowCount() >= 5)

    def scrolled_to_end():
        tab.products_table.view.scrollToBottom()
        return tab.products_model.rowCount() == 12 and not tab.products_model.loading

    qtbot.waitUntil(scrolled_to_end)  # pages of 5, fetched as the view needs them
    assert not tab.products_model.has_more
    assert sorted(_rows(tab.products_model, "name")) == [f"Plan {i:02d}" for i in range(12)]


def test_empty_state(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_feeder.loaded_once)
    assert "No products" in tab.products_table.overlay_text()


def test_create_product_and_monthly_krw_price(tab, context, qtbot, wait_for):
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_feeder.loaded_once)
    tab.new_product_button.click()
    dialog = _wait_dialog(qtbot, tab, ProductDialog)
    dialog.name_edit.setText("Stock photos")
    dialog.description_edit.setPlainText("Unlimited downloads")
    dialog.metadata_editor.add_row("plan", "pro")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    assert _rows(tab.products_model, "name") == ["Stock photos"]
    assert tab.current_product().name == "Stock photos"
    assert tab.current_product().metadata == {"plan": "pro"}

    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    assert dialog.currency() == "krw"  # KRW first
    dialog.amount_edit.setText("₩100,000")
    assert dialog.recurring_radio.isChecked() and dialog.interval_combo.currentData() == "month"
    dialog.nickname_edit.setText("Monthly plan")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    assert _rows(tab.prices_model, "amount") == ["₩100,000"]
    assert _rows(tab.prices_model, "billing") == ["Monthly"]
    page = wait_for(context.gateway.prices.list(product_id=tab.current_product().id))
    assert [(p.unit_amount, p.currency, p.interval) for p in page.items] == [
        (100000, "krw", "month")
    ]


def _product_with_price(context, wait_for, **price_kw):
    async def make():
        product = await context.gateway.products.create(
            ProductDraft(name="Photos"), idempotency_key=new_action_key()
        )
        price = await context.gateway.prices.create(
            PriceDraft(
                product_id=product.id,
                currency="krw",
                unit_amount=100_000,
                interval="month",
                **price_kw,
            ),
            idempotency_key=new_action_key(),
        )
        return product, price

    return wait_for(make())


def _select_first_product(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_model.rowCount() > 0)
    tab.products_table.select_id(tab.products_model.row_object(0).id)
    qtbot.waitUntil(lambda: tab.prices_model.rowCount() > 0)


def test_invalid_amount_refused_next_to_field_without_request(tab, context, qtbot, wait_for):
    product, _price = _product_with_price(context, wait_for)
    _select_first_product(tab, qtbot)
    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    dialog.amount_edit.setText("1.5")
    dialog.save_button.click()
    assert dialog.tasks.tasks() == ()  # nothing was sent
    assert dialog.errors["amount"].isVisible()
    assert "KRW has no decimal places" in dialog.errors["amount"].text()
    assert dialog.isVisible() and dialog.amount_edit.text() == "1.5"
    page = wait_for(context.gateway.prices.list(product_id=product.id))
    assert len(page.items) == 1


def test_kakao_pay_minimum_hint(tab, context, qtbot, wait_for):
    _product_with_price(context, wait_for)
    _select_first_product(tab, qtbot)
    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    dialog.amount_edit.setText("50")
    assert dialog.kakao_hint.isVisible() and "₩100" in dialog.kakao_hint.text()
    dialog.amount_edit.setText("100")
    assert not dialog.kakao_hint.isVisible()
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("usd"))
    dialog.amount_edit.setText("$0.50")
    assert not dialog.kakao_hint.isVisible()
    assert dialog.amount_edit.amount() == 50


def test_stripe_error_shows_in_dialog_with_input_kept(tab, context, qtbot, wait_for):
    _product_with_price(context, wait_for, lookup_key="photo_monthly")
    _select_first_product(tab, qtbot)
    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    dialog.amount_edit.setText("120,000")
    dialog.lookup_key_edit.setText("photo_monthly")  # already taken, no transfer
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["lookup_key"].isVisible())  # next to the field
    shown = dialog.errors["lookup_key"].text()
    assert "req_" in shown and "lookup" in shown.lower()
    assert dialog.isVisible()
    assert (
        dialog.amount_edit.text() == "120,000" and dialog.lookup_key_edit.text() == "photo_monthly"
    )
    assert dialog.save_button.isEnabled()


def test_archive_restore_and_default_price(tab, context, qtbot, wait_for):
    product, first = _product_with_price(context, wait_for)
    second = wait_for(
        context.gateway.prices.create(
            PriceDraft(
                product_id=product.id, currency="krw", unit_amount=1_000_000, interval="year"
            ),
            idempotency_key=new_action_key(),
        )
    )
    _select_first_product(tab, qtbot)
    qtbot.waitUntil(lambda: tab.prices_model.rowCount() == 2)
    assert tab.prices_table.select_id(second.id)
    assert tab.default_price_button.isEnabled()
    tab.default_price_button.click()
    qtbot.waitUntil(lambda: tab.current_product().default_price_id == second.id)
    assert wait_for(context.gateway.products.retrieve(product.id)).default_price_id == second.id
    assert "Default" in _rows(tab.prices_model, "status")[tab.prices_model.row_of(second.id)]

    assert tab.prices_table.select_id(first.id)
    tab.archive_price_button.click()
    qtbot.waitUntil(
        lambda: not tab.prices_model.row_object(tab.prices_model.row_of(first.id)).active
    )
    assert tab.archive_price_button.text() == "Restore"
    tab.archive_price_button.click()
    qtbot.waitUntil(lambda: tab.prices_model.row_object(tab.prices_model.row_of(first.id)).active)

    tab.archive_product_button.click()  # the active filter drops the archived product
    qtbot.waitUntil(lambda: tab.products_model.rowCount() == 0)
    assert not wait_for(context.gateway.products.retrieve(product.id)).active
    tab.set_filter("archived")
    qtbot.waitUntil(lambda: tab.products_model.rowCount() == 1)
    tab.products_table.select_id(product.id)
    assert tab.archive_product_button.text() == "Restore"
    tab.archive_product_button.click()
    qtbot.waitUntil(lambda: tab.products_model.rowCount() == 0)
    assert wait_for(context.gateway.products.retrieve(product.id)).active


def test_edit_price_locks_amount_and_offers_new_price(tab, context, qtbot, wait_for):
    _product, price = _product_with_price(context, wait_for, nickname="Old")
    _select_first_product(tab, qtbot)
    tab.prices_table.select_id(price.id)
    tab.edit_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    assert not dialog.amount_edit.isEnabled() and not dialog.currency_combo.isEnabled()
    assert not dialog.interval_combo.isEnabled()
    assert dialog.immutable_note.isVisible() and dialog.new_price_button.isVisible()
    dialog.nickname_edit.setText("Monthly (2026)")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    assert _rows(tab.prices_model, "nickname") == ["Monthly (2026)"]

    tab.edit_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    dialog.new_price_button.click()
    qtbot.waitUntil(
        lambda: (
            tab.current_dialog is not None
            and tab.current_dialog is not dialog
            and tab.current_dialog.isVisible()
        )
    )
    new = tab.current_dialog
    assert new.amount_edit.isEnabled() and new.amount_edit.amount() == 100_000
    assert new.interval_combo.currentData() == "month"
    new.amount_edit.setText("110000")
    new.save_button.click()
    qtbot.waitUntil(lambda: tab.prices_model.rowCount() == 2)


def test_screenshot_in_main_window(main_window, qtbot, wait_idle):
    main_window.tabs.setCurrentWidget(main_window.tab("catalog"))
    tab = main_window.tab("catalog")
    qtbot.waitUntil(lambda: tab.products_model.rowCount() > 0)
    premium = next(p for p in tab.products_model.objects() if p.default_price_id)
    tab.products_table.select_id(premium.id)
    qtbot.waitUntil(lambda: tab.prices_model.rowCount() > 0 and not tab.tasks.busy)
    wait_idle(main_window)
    assert main_window.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], "kpadmin-catalog.png")
    )


def test_live_asks_before_archiving(context, qtbot, wait_for):
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from kpadmin.ui.dialogs.confirm_live import OBJECT_NAME

    live = replace(context, profile=replace(context.profile, mode="live"))
    product, _price = _product_with_price(context, wait_for)
    tab = _open(live, qtbot)
    try:
        _select_first_product(tab, qtbot)

        def answer(accept: bool) -> None:
            qtbot.waitUntil(lambda: tab.findChild(QMessageBox, OBJECT_NAME) is not None)
            box = tab.findChild(QMessageBox, OBJECT_NAME)
            role = (
                QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
            )
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()

        tab.archive_product_button.click()
        answer(False)
        qtbot.waitUntil(lambda: not tab.tasks.busy)
        assert wait_for(context.gateway.products.retrieve(product.id)).active
        tab.archive_product_button.click()
        answer(True)
        qtbot.waitUntil(lambda: tab.products_model.rowCount() == 0)
        assert not wait_for(context.gateway.products.retrieve(product.id)).active
    finally:
        tab.shutdown()


def test_first_new_price_becomes_the_default_later_ones_on_request(tab, context, qtbot, wait_for):
    product = wait_for(
        context.gateway.products.create(
            ProductDraft(name="Backup"), idempotency_key=new_action_key()
        )
    )
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_model.rowCount() == 1)
    tab.products_table.select_id(product.id)
    qtbot.waitUntil(lambda: tab.prices_feeder.loaded_once)

    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    assert dialog.default_check.isVisible() and dialog.default_check.isChecked()  # the first
    dialog.amount_edit.setText("₩30,000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    first = tab.prices_model.row_object(0)
    assert wait_for(context.gateway.products.retrieve(product.id)).default_price_id == first.id
    assert tab.current_product().default_price_id == first.id
    assert "Default" in _rows(tab.prices_model, "status")[0]

    tab.new_price_button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    assert not dialog.default_check.isChecked()  # the product has a default already
    dialog.amount_edit.setText("₩300,000")
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData("year"))
    dialog.default_check.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    second = tab.prices_model.row_object(0)
    assert second.id != first.id
    assert wait_for(context.gateway.products.retrieve(product.id)).default_price_id == second.id
    assert tab.current_product().default_price_id == second.id


def test_edit_price_does_not_offer_default(tab, context, qtbot, wait_for):
    _product_with_price(context, wait_for)
    _select_first_product(tab, qtbot)
    tab.prices_table.select_id(tab.prices_model.row_object(0).id)
    tab.edit_price()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    assert not dialog.default_check.isVisible()  # the tab's "Make default" does that
    dialog.reject()


def test_product_without_prices_says_so_and_offers_a_new_price(tab, context, qtbot, wait_for):
    assert tab.prices_table.overlay_text() == "Select a product to see its prices."
    assert not tab.prices_table.empty_button.isVisible()
    product = wait_for(
        context.gateway.products.create(
            ProductDraft(name="Backup"), idempotency_key=new_action_key()
        )
    )
    tab.refresh()
    qtbot.waitUntil(lambda: tab.products_model.rowCount() == 1)
    tab.products_table.select_id(product.id)
    qtbot.waitUntil(lambda: tab.prices_table.overlay_text() == "Backup has no prices yet.")
    button = tab.prices_table.empty_button
    assert button.isVisible() and button.text() == "New price…"
    button.click()
    dialog = _wait_dialog(qtbot, tab, PriceDialog)
    dialog.amount_edit.setText("₩30,000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog is None)
    assert tab.prices_model.rowCount() == 1
    assert tab.prices_table.overlay_text() == "" and not button.isVisible()
