"""Every enabled action acts on the record the detail pane shows, on every tab with actions.

Each test selects a row by clicking it, then refreshes (F5), filters (server
filter and instant filter) and pages, and after every step checks, from what
is on screen, that each enabled action targets exactly the record in the
detail pane, and that with nothing shown no object action is enabled
(``selection_checks``). After a refresh the same record is selected again
when it is still listed. The profile switch is checked on the whole window.
"""

from __future__ import annotations

import pytest
from selection_checks import (
    catalog_price_state,
    catalog_state,
    check,
    click_row,
    customers_state,
    subscriptions_state,
)

from kpadmin.profiles import DEMO_PROFILE_NAME, Profile
from kpadmin.ui.support import actions as rules
from kpadmin.ui.tabs.catalog import CatalogTab
from kpadmin.ui.tabs.customers import CustomersTab
from kpadmin.ui.tabs.subscriptions import SubscriptionsTab

pytestmark = pytest.mark.usefixtures("english_locale")


def _settled(feeder, model):
    return lambda: feeder.loaded_once and not model.loading


def _check_now_and_settled(qtbot, state, tab):
    check(*state(tab))
    qtbot.wait(50)  # let the detail load land: the rule must hold then too
    check(*state(tab))


# ------------------------------------------------------------------ Subscriptions


@pytest.fixture
def subs_tab(sctx, qtbot):
    tab = SubscriptionsTab(sctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    yield tab
    tab.shutdown()


def test_subscription_actions_follow_the_selection(subs_tab, qtbot):
    tab = subs_tab
    active = next(s for s in tab.model.objects() if s.status == "active")
    click_row(qtbot, tab.table, active.id)
    qtbot.waitUntil(lambda: tab.support.buttons[rules.CANCEL].isEnabled())
    _check_now_and_settled(qtbot, subscriptions_state, tab)
    assert subscriptions_state(tab)[0] == active.id

    # F5: the list reloads; the same subscription is selected again, nothing else is acted on.
    tab.refresh()
    check(*subscriptions_state(tab))  # while the list is empty: nothing enabled
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == active.id, timeout=5000)
    _check_now_and_settled(qtbot, subscriptions_state, tab)

    # A status filter that excludes it: no selection, no action.
    tab.set_filters(status="canceled")
    check(*subscriptions_state(tab))
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    _check_now_and_settled(qtbot, subscriptions_state, tab)
    assert subscriptions_state(tab) == (None, {})

    # Back to all, select, then the instant filter hides the row.
    tab.set_filters(status="all")
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    click_row(qtbot, tab.table, active.id)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == active.id)
    tab.table.filter_edit.setText("no row has this text")
    _check_now_and_settled(qtbot, subscriptions_state, tab)
    assert subscriptions_state(tab) == (None, {})
    tab.table.filter_edit.clear()
    _check_now_and_settled(qtbot, subscriptions_state, tab)

    # Refund… opens for the subscription shown, never one selected before.
    click_row(qtbot, tab.table, active.id)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == active.id)
    other = next(s for s in tab.model.objects() if s.id != active.id)
    click_row(qtbot, tab.table, other.id)
    _check_now_and_settled(qtbot, subscriptions_state, tab)
    assert tab.support.subscription is None or tab.support.subscription.id == other.id


def test_a_new_page_keeps_the_selection_and_its_actions(sctx, qtbot):
    tab = SubscriptionsTab(sctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 400)
    tab.show()
    tab.page_size = 3
    tab.refresh()
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    first = tab.model.objects()[0]
    click_row(qtbot, tab.table, first.id)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == first.id)
    tab.table.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 3, timeout=10000)
    _check_now_and_settled(qtbot, subscriptions_state, tab)
    assert subscriptions_state(tab)[0] == first.id
    tab.shutdown()


def test_resume_payment_is_enabled_only_for_what_it_can_resume(subs_tab, qtbot):
    tab = subs_tab
    incomplete = [s for s in tab.model.objects() if s.status == "incomplete"]
    assert incomplete, "the demo shop has an incomplete subscription"
    click_row(qtbot, tab.table, incomplete[0].id)
    qtbot.waitUntil(lambda: subscriptions_state(tab)[0] == incomplete[0].id)
    qtbot.waitUntil(tab.resume_button.isEnabled)
    check(*subscriptions_state(tab))
    tab.refresh()
    check(*subscriptions_state(tab))
    assert not tab.resume_button.isEnabled() or subscriptions_state(tab)[0] is not None


# ------------------------------------------------------------------------ Customers


@pytest.fixture
def customers_tab(sctx, qtbot):
    tab = CustomersTab(sctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    yield tab
    tab.shutdown()


def test_customer_actions_follow_the_selection(customers_tab, qtbot):
    tab = customers_tab
    customers = tab.model.objects()
    target = customers[1]
    click_row(qtbot, tab.table, target.id)
    _check_now_and_settled(qtbot, customers_state, tab)
    assert customers_state(tab)[0] == target.id

    tab.refresh()  # F5
    check(*customers_state(tab))
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    qtbot.waitUntil(lambda: customers_state(tab)[0] == target.id, timeout=5000)
    _check_now_and_settled(qtbot, customers_state, tab)

    # A Stripe search that does not list it.
    tab.search_edit.setText("nobody-matches-this-search")
    tab.search()
    check(*customers_state(tab))
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    _check_now_and_settled(qtbot, customers_state, tab)
    assert customers_state(tab) == (None, {})

    # Back to the list; the instant filter hides the selected row.
    tab.search_edit.clear()
    tab.search()
    qtbot.waitUntil(_settled(tab.feeder, tab.model), timeout=10000)
    click_row(qtbot, tab.table, target.id)
    qtbot.waitUntil(lambda: customers_state(tab)[0] == target.id)
    tab.table.filter_edit.setText("no row has this text")
    _check_now_and_settled(qtbot, customers_state, tab)
    assert customers_state(tab) == (None, {})
    tab.table.filter_edit.clear()
    _check_now_and_settled(qtbot, customers_state, tab)

    # The row goes away (deleted elsewhere in the window): nothing acts on it.
    click_row(qtbot, tab.table, target.id)
    qtbot.waitUntil(lambda: customers_state(tab)[0] == target.id)
    tab.model.remove_id(target.id)
    _check_now_and_settled(qtbot, customers_state, tab)
    assert customers_state(tab) == (None, {})


# -------------------------------------------------------------------------- Catalog


@pytest.fixture
def catalog_tab(sctx, qtbot):
    tab = CatalogTab(sctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(_settled(tab.products_feeder, tab.products_model), timeout=10000)
    yield tab
    tab.shutdown()


def test_catalog_actions_follow_the_selection(catalog_tab, qtbot):
    tab = catalog_tab
    product = tab.products_model.objects()[0]
    click_row(qtbot, tab.products_table, product.id)
    qtbot.waitUntil(_settled(tab.prices_feeder, tab.prices_model), timeout=10000)
    _check_now_and_settled(qtbot, catalog_state, tab)
    assert catalog_state(tab)[0] == product.id
    price = tab.prices_model.objects()[0]
    click_row(qtbot, tab.prices_table, price.id)
    check(*catalog_price_state(tab))
    assert catalog_price_state(tab)[0] == price.id

    tab.refresh()  # F5
    check(*catalog_state(tab))
    check(*catalog_price_state(tab))
    qtbot.waitUntil(_settled(tab.products_feeder, tab.products_model), timeout=10000)
    qtbot.waitUntil(lambda: catalog_state(tab)[0] == product.id, timeout=5000)
    qtbot.waitUntil(_settled(tab.prices_feeder, tab.prices_model), timeout=10000)
    _check_now_and_settled(qtbot, catalog_state, tab)
    check(*catalog_price_state(tab))

    # The "archived" filter does not list an active product.
    tab.set_filter("archived")
    check(*catalog_state(tab))
    check(*catalog_price_state(tab))
    qtbot.waitUntil(_settled(tab.products_feeder, tab.products_model), timeout=10000)
    _check_now_and_settled(qtbot, catalog_state, tab)
    assert catalog_state(tab) == (None, {})
    assert catalog_price_state(tab) == (None, {})

    # The instant filter hides the selected product.
    tab.set_filter("active")
    qtbot.waitUntil(_settled(tab.products_feeder, tab.products_model), timeout=10000)
    click_row(qtbot, tab.products_table, product.id)
    qtbot.waitUntil(lambda: catalog_state(tab)[0] == product.id)
    tab.products_table.filter_edit.setText("no row has this text")
    _check_now_and_settled(qtbot, catalog_state, tab)
    assert catalog_state(tab) == (None, {})
    check(*catalog_price_state(tab))


# ------------------------------------------------------------------- profile switch


def test_a_profile_switch_leaves_no_action_enabled(main_window, demo_services, demo_sandbox, qtbot):
    window = main_window
    demo_services.profiles.add(
        Profile("Shop B", "sandbox", demo_sandbox.url), "sk_test_kpadmin0000000000000000"
    )
    window._fill_profiles()
    checks = {
        "subscriptions": (subscriptions_state, "table", "feeder", "model"),
        "customers": (customers_state, "table", "feeder", "model"),
        "catalog": (catalog_state, "products_table", "products_feeder", "products_model"),
    }
    for key, (state, table, feeder, model) in checks.items():
        tab = window.tab(key)
        window.tabs.setCurrentWidget(tab)
        tab.refresh()
        qtbot.waitUntil(_settled(getattr(tab, feeder), getattr(tab, model)), timeout=10000)
        first = getattr(tab, model).objects()[0]
        click_row(qtbot, getattr(tab, table), first.id)
        qtbot.waitUntil(lambda s=state, t=tab, f=first: s(t)[0] == f.id, timeout=5000)
        check(*state(tab))
    window.open_profile("Shop B")
    assert window.context.profile.name == "Shop B"
    for key, (state, *_rest) in checks.items():
        tab = window.tab(key)
        check(*state(tab))
        assert state(tab)[0] is None  # a new profile starts with nothing selected
    window.open_profile(DEMO_PROFILE_NAME)
    for key, (state, *_rest) in checks.items():
        check(*state(window.tab(key)))
