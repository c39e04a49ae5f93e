"""The support actions on the Subscriptions tab (buttons, tooltips, context menu, targeted
row refresh) and "Advance the test clock" on the Customers tab's detail pane."""

from __future__ import annotations

import os

import pytest
from support_helpers import confirm, plain_active

from kpadmin.ui.support import actions as a
from kpadmin.ui.support.pause_dialog import PauseDialog
from kpadmin.ui.tabs.customer_detail import CustomerDetail
from kpadmin.ui.tabs.subscriptions import SubscriptionsTab

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def tab(sctx, qtbot):
    t = SubscriptionsTab(sctx)
    qtbot.addWidget(t)
    t.resize(1300, 640)
    t.show()
    t.refresh()
    qtbot.waitUntil(lambda: t.feeder.loaded_once and not t.model.loading, timeout=10000)
    qtbot.waitUntil(lambda: not t.tasks.tasks())  # the name lookups relabel every row
    yield t
    t.shutdown()


def _select(tab, qtbot, pred):
    sub = next(s for s in tab.model.objects() if pred(s))
    assert tab.table.select_id(sub.id)
    qtbot.waitUntil(
        lambda: tab.support.subscription is not None and tab.support.subscription.id == sub.id
    )
    return sub


def test_buttons_follow_the_status_with_reasons(tab, qtbot):
    buttons = tab.support.buttons
    assert all(not b.isEnabled() for b in buttons.values())
    assert buttons[a.CANCEL].toolTip() == "Select a subscription first."

    _select(tab, qtbot, lambda s: s.status == "canceled")
    assert {k for k, b in buttons.items() if b.isEnabled()} == {a.REFUND, a.INVOICES}
    assert "has ended" in buttons[a.CHANGE_PLAN].toolTip()

    _select(tab, qtbot, lambda s: s.status == "past_due")
    assert buttons[a.INVOICE].isEnabled() and buttons[a.INVOICE].toolTip() == ""
    qtbot.waitUntil(lambda: not tab.tasks.tasks())
    assert tab.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], "support_subscriptions_tab.png")
    )
    assert not buttons[a.TRIAL].isEnabled()
    assert buttons[a.TRIAL].toolTip() == "This subscription is not in a trial."

    _select(tab, qtbot, lambda s: s.cancel_at_period_end)
    assert buttons[a.CANCEL].text() == "Cancellation…"
    _select(tab, qtbot, lambda s: s.pause_collection_behavior == "void")
    assert buttons[a.PAUSE].text() == "Resume payments…"


def test_context_menu_offers_the_same_actions(tab, qtbot):
    _select(tab, qtbot, lambda s: s.status == "trialing")
    menu = tab.table.context_menu()
    support = next(act for act in menu.actions() if act.menu() is tab.support_menu)
    assert support.isEnabled()
    tab.support_menu.aboutToShow.emit()
    items = {act.text(): act.isEnabled() for act in tab.support_menu.actions()}
    assert items["Trial…"] and not items["Failed payment…"]
    assert not items["Resume payment…"]  # the tab's own action, shown with these
    assert len(items) == len(a.ALL) + 1


def test_an_action_replaces_its_row_without_reloading(tab, qtbot, audit):
    sub = _select(tab, qtbot, plain_active)
    row = tab.model.row_of(sub.id)
    count = tab.model.rowCount()
    resets, changed = [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.dataChanged.connect(lambda tl, br, *_: changed.append((tl.row(), br.row())))
    dialog = tab.support.open(a.PAUSE)
    assert isinstance(dialog, PauseDialog) and dialog.isVisible()
    confirm(qtbot, dialog)
    qtbot.waitUntil(
        lambda: tab.model.row_object(row).pause_collection_behavior == "void", timeout=10000
    )
    assert resets == [] and tab.model.rowCount() == count
    assert changed and all(r == (row, row) for r in changed)
    qtbot.waitUntil(lambda: "Paused" in tab.detail.field_text("pause"))
    assert tab.support.buttons[a.PAUSE].text() == "Resume payments…"
    assert [e.action for e in audit.query()] == ["subscription.pause_collection"]


def test_clock_button_only_for_customers_on_a_clock(sctx, qtbot, wait_for):
    detail = CustomerDetail(sctx)
    qtbot.addWidget(detail)
    detail.show()
    customers = wait_for(sctx.gateway.customers.list(limit=100)).items
    detail.show_customer(next(c for c in customers if c.test_clock_id))
    assert detail.clock_button.isVisible()
    dialog = detail.clock_button.open_dialog()
    qtbot.waitUntil(lambda: dialog.clock is not None)
    dialog.close()
    detail.show_customer(next(c for c in customers if not c.test_clock_id))
    assert not detail.clock_button.isVisible()
    detail.shutdown()
