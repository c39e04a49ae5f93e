"""The go-to box (Ctrl+K) on the demo shop: ids and names open the right tab and row."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt


def _go(window, qtbot, text: str):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.comforts.goto_box
    assert box is not None and box.isVisible()
    box.edit.setText(text)
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    return box


def _opened(window, qtbot, key: str, table_attr: str, object_id: str) -> None:
    tab = window.tab(key)
    table = getattr(tab, table_attr)
    qtbot.waitUntil(
        lambda: (
            window.tabs.currentWidget() is tab
            and getattr(table.current_object(), "id", None) == object_id
        ),
        timeout=10000,
    )


def _all_subscriptions(window, wait_for):
    return wait_for(window.context.gateway.subscriptions.list(status="all", limit=100)).items


def test_customer_id_and_unknown_id(main_window, qtbot, wait_for):
    window = main_window
    customers = wait_for(window.context.gateway.customers.list(limit=100)).items
    oldest = customers[-1]  # beyond the first page the tab loads? either way it must open
    window.tabs.setCurrentWidget(window.tab("overview"))
    box = _go(window, qtbot, oldest.id)
    _opened(window, qtbot, "customers", "table", oldest.id)
    assert not box.isVisible()

    box = _go(window, qtbot, "cus_doesnotexist0000")
    qtbot.waitUntil(
        lambda: box.message.isVisible() and "No object" in box.message.text(), timeout=10000
    )
    assert box.isVisible()
    box.hide()


def test_subscription_invoice_and_payment_intent_ids(main_window, qtbot, wait_for):
    window = main_window
    subs = _all_subscriptions(window, wait_for)
    canceled = next(s for s in subs if s.status == "canceled")  # not in the default list
    sub_tab = window.tab("subscriptions")
    window.tabs.setCurrentWidget(sub_tab)
    sub_tab.set_filters(status="active")
    _go(window, qtbot, canceled.id)
    _opened(window, qtbot, "subscriptions", "table", canceled.id)
    assert sub_tab.filters() == ("all", None, None)

    with_invoice = next(s for s in subs if s.latest_invoice_id and s.id != canceled.id)
    _go(window, qtbot, with_invoice.latest_invoice_id)
    _opened(window, qtbot, "subscriptions", "table", with_invoice.id)

    invoice = wait_for(window.context.gateway.invoices.retrieve(with_invoice.latest_invoice_id))
    if invoice.payment_intent_id:
        _go(window, qtbot, invoice.payment_intent_id)
        _opened(window, qtbot, "customers", "table", with_invoice.customer_id)


def test_price_id_opens_product_then_price(main_window, qtbot, wait_for):
    window = main_window
    prices = wait_for(window.context.gateway.prices.list(limit=100)).items
    price = prices[-1]
    _go(window, qtbot, price.id)
    _opened(window, qtbot, "catalog", "products_table", price.product_id)
    tab = window.tab("catalog")
    qtbot.waitUntil(lambda: getattr(tab.current_price(), "id", None) == price.id, timeout=10000)

    product = wait_for(window.context.gateway.products.retrieve(price.product_id))
    _go(window, qtbot, product.id)
    _opened(window, qtbot, "catalog", "products_table", product.id)


def test_name_and_email_search(main_window, qtbot, wait_for):
    window = main_window
    customers = wait_for(window.context.gateway.customers.list(limit=100)).items
    target = next(c for c in customers if c.email)
    _go(window, qtbot, target.email)
    _opened(window, qtbot, "customers", "table", target.id)

    # Text matching several customers lists them; Enter opens the highlighted one.
    domains = [c.email.split("@")[1] for c in customers if c.email]
    common = max(set(domains), key=domains.count)
    assert domains.count(common) > 1
    box = _go(window, qtbot, common)
    qtbot.waitUntil(lambda: box.results.isVisible() and box.results.count() > 1, timeout=10000)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert box.grab().save(os.path.join(path, "kpadmin-goto-box.png"))
    box.results.setCurrentRow(1)
    chosen = box.results.item(1).data(Qt.ItemDataRole.UserRole).records[0]
    qtbot.keyClick(box.results, Qt.Key.Key_Return)
    _opened(window, qtbot, "customers", "table", chosen.id)

    box = _go(window, qtbot, "zz no such person zz")
    qtbot.waitUntil(lambda: "No customer" in box.message.text(), timeout=10000)
    box.hide()


def _double_click(qtbot, tree, item):
    """Press, release, then the double-click, as a mouse sends them (a view opens only
    the row the first press was on)."""
    centre = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_in_a_customers_detail_opens_subscription_and_invoice(
    main_window, qtbot, wait_for
):
    window = main_window
    subs = _all_subscriptions(window, wait_for)
    sub = next(s for s in subs if s.latest_invoice_id and s.status == "canceled")
    customers = window.tab("customers")
    window.tabs.setCurrentWidget(customers)
    customer = wait_for(window.context.gateway.customers.retrieve(sub.customer_id))
    customers.open_record(customer)
    detail = customers.detail
    tree = detail.subscriptions

    def listed(tree, object_id):
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return next((i for i in items if getattr(i.data(0, 256), "id", None) == object_id), None)

    qtbot.waitUntil(lambda: listed(tree, sub.id) is not None, timeout=10000)
    _double_click(qtbot, tree, listed(tree, sub.id))
    _opened(window, qtbot, "subscriptions", "table", sub.id)  # canceled: the filter is cleared

    window.tabs.setCurrentWidget(customers)
    invoices = detail.invoices
    qtbot.waitUntil(lambda: listed(invoices, sub.latest_invoice_id) is not None, timeout=10000)
    window.tab("subscriptions").set_filters(status="active")
    _double_click(qtbot, invoices, listed(invoices, sub.latest_invoice_id))
    _opened(window, qtbot, "subscriptions", "table", sub.id)


def _suggested(box):
    return [box.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.results.count())]


def test_suggestions_while_typing_loaded_rows_first_then_stripe(main_window, qtbot, wait_for):
    window = main_window
    subs_tab = window.tab("subscriptions")
    window.tabs.setCurrentWidget(subs_tab)
    qtbot.waitUntil(lambda: subs_tab.model.rowCount() > 0, timeout=10000)
    sub = subs_tab.model.objects()[0]
    customer = wait_for(window.context.gateway.customers.retrieve(sub.customer_id))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.comforts.goto_box
    qtbot.keyClicks(box.edit, customer.email)
    assert not box.results.isVisible()  # nothing while typing: a pause suggests

    def keys():
        return [(t.tab, t.records[0].id) for t in _suggested(box)]

    # The loaded subscription row (only a loaded row can suggest it), and the customer
    # once, loaded or found on Stripe; none chosen, so Enter would still resolve the text.
    qtbot.waitUntil(lambda: ("customers", customer.id) in keys(), timeout=10000)
    assert ("subscriptions", sub.id) in keys()
    assert keys().count(("customers", customer.id)) == 1
    customers_model = getattr(window.tab("customers"), "model", None)
    loaded = {s.id for s in subs_tab.model.objects()} | {
        c.id for c in (customers_model.objects() if customers_model else ())
    }
    from_stripe = [object_id not in loaded for _tab, object_id in keys()]
    assert from_stripe == sorted(from_stripe)  # loaded rows first, then Stripe's
    assert box.results.currentItem() is None and box.edit.text() == customer.email

    # Not loaded anywhere: only Stripe can suggest a price by its id.
    price = sub.items[0].price
    box.edit.clear()
    qtbot.keyClicks(box.edit, price.id)
    qtbot.waitUntil(lambda: keys() == [("catalog", price.product_id)], timeout=10000)
    qtbot.keyClick(box.edit, Qt.Key.Key_Down)  # into the list, first row chosen
    assert box.results.currentRow() == 0
    qtbot.keyClick(box.results, Qt.Key.Key_Return)
    catalog = window.tab("catalog")
    qtbot.waitUntil(
        lambda: (
            window.tabs.currentWidget() is catalog
            and getattr(catalog.current_price(), "id", None) == price.id
        ),
        timeout=10000,
    )
