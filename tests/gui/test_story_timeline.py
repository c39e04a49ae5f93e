"""Timelines in the Customers and Subscriptions detail panes, against the demo shop.

A renewal that fails when the demo's test clock advances appears in the
customer's history with its decline reason and attempt number; what kpadmin
did (audited) sits on the happening it caused, with who sent it; a hidden
view waits until it is shown; a newer selection replaces a slower load.
"""

from __future__ import annotations

import pytest

from kpadmin.domain import story as s
from kpadmin.stripe_api import new_action_key
from kpadmin.ui.story.timeline import StoryView
from kpadmin.ui.tabs.customer_detail import CustomerDetail
from kpadmin.ui.tabs.subscriptions import SubscriptionsTab

pytestmark = pytest.mark.usefixtures("english_locale")


def _loaded(view, qtbot, show):
    with qtbot.waitSignal(view.loaded, timeout=15000):
        show()
    assert view.error_label.isHidden(), view.error_label.text()
    return view.rows()


def _whats(rows):
    return [r["what"] for r in rows]


def test_a_renewal_failed_by_the_test_clock_appears_in_the_customers_history(sctx, qtbot, wait_for):
    gw = sctx.gateway
    on_clock = [c for c in wait_for(gw.customers.list(limit=100)).items if c.test_clock_id]
    pane = CustomerDetail(sctx)
    qtbot.addWidget(pane)
    pane.resize(900, 900)
    pane.show()
    before = {c.id: _loaded(pane.story, qtbot, lambda c=c: pane.show_customer(c)) for c in on_clock}
    assert all("Payment failed (attempt 1)" not in _whats(rows) for rows in before.values())

    clock = wait_for(gw.test_clocks.retrieve(on_clock[0].test_clock_id))
    wait_for(
        gw.test_clocks.advance(clock.id, clock.frozen_time + 32 * 86400, idempotency_key="adv")
    )
    failed = []
    for customer in on_clock:
        rows = _loaded(pane.story, qtbot, lambda c=customer: pane.show_customer(c))
        failed += [
            (customer, i, r) for i, r in enumerate(rows) if r["what"].startswith("Payment failed")
        ]
    assert len(failed) == 1  # one of the demo's two clock customers has a dry wallet
    customer, at, row = failed[0]
    assert row["what"] == "Payment failed (attempt 1)"
    assert row["detail"].startswith("₩")
    invoices = wait_for(gw.invoices.list(customer_id=customer.id)).items
    assert f" · {invoices[0].number} · " in row["detail"]  # the renewal's invoice, by number
    assert row["detail"].endswith("The Kakao Pay wallet does not have enough funds.")
    assert row["by"] == ""  # Stripe's own renewal, not a kpadmin action

    rows = pane.story.rows()
    whats = _whats(rows)
    # The renewal's invoice was finalized just before its payment failed (newest first),
    # the subscription began long before, and the wallet was saved before that.
    assert whats[at + 1] == "Invoice finalized"
    assert whats.index("Subscription created") > at
    assert any(w.startswith("Payment method saved: Kakao Pay") for w in whats)
    entries = [e for e in pane.story.report.entries]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    assert not any(e.upcoming for e in entries[at:])  # the clock's time counts, not the wall's
    # The demo's customers began before the Events Stripe still keeps: the view says so.
    assert customer.created < pane.story.now() - 30 * 86400
    assert pane.story.note.text().startswith("Stripe keeps events for 30 days")
    pane.shutdown()


def test_kpadmins_actions_sit_on_what_they_caused_in_the_subscriptions_history(
    sctx, qtbot, wait_for, audit
):
    gw = sctx.gateway
    sub = next(
        x
        for x in wait_for(gw.subscriptions.list(status="active", limit=100)).items
        if not x.cancel_at_period_end and len(x.items) == 1 and not x.test_clock_id
    )
    other = next(
        p
        for p in wait_for(gw.prices.list(active=True, limit=100)).items
        if p.type == "recurring"
        and p.currency == sub.currency
        and p.id != sub.items[0].price.id
        and p.interval == sub.items[0].price.interval
    )
    wait_for(
        gw.subscriptions.change_plan(
            sub.id, sub.items[0].id, price_id=other.id, idempotency_key=new_action_key()
        )
    )
    wait_for(
        gw.subscriptions.schedule_cancellation(
            sub.id, idempotency_key=new_action_key(), comment="해외 이사"
        )
    )
    assert audit.wait_written(10)

    tab = SubscriptionsTab(sctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.row_of(sub.id) >= 0, timeout=10000)
    rows = _loaded(tab.story, qtbot, lambda: tab.table.select_id(sub.id))
    by_what = {r["what"]: r for r in rows}
    assert rows[0]["what"] == "Subscription ends (cancellation)"  # still ahead: on top
    assert tab.story.report.entries[0].upcoming
    cancel = by_what["Cancellation scheduled"]
    assert cancel["by"].startswith("Cancel at period end · ")
    entry = next(e for e in tab.story.report.entries if e.action and e.happening)
    assert entry.action.os_user and entry.action.hostname in cancel["by"]
    old, new = (wait_for(gw.prices.retrieve(p)) for p in (sub.items[0].price.id, other.id))
    old_name, new_name = (p.nickname or p.product_name for p in (old, new))
    plan = next(r for r in rows if r["what"].startswith("Plan changed: "))
    assert plan["what"] == f"Plan changed: {old_name} → {new_name}"
    assert plan["by"].startswith("Change plan · ")
    assert _whats(rows)[-1] == "Subscription created"
    # The comment typed is in the row's tooltip, with Stripe's request id.
    item = tab.story.tree.topLevelItem(_whats(rows).index("Cancellation scheduled"))
    assert "Comment: 해외 이사" in item.toolTip(1) and "Request: req_" in item.toolTip(1)
    tab.shutdown()


def test_a_hidden_view_loads_when_shown_and_a_newer_object_replaces_an_older_load(
    sctx, qtbot, wait_for
):
    gw = sctx.gateway
    first, second = wait_for(gw.customers.list(limit=2)).items
    view = StoryView(sctx)
    qtbot.addWidget(view)
    view.show_customer(first)
    assert view.report is None and not view._tasks.busy  # hidden: nothing asked yet
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.show()
    assert view.report is not None
    # A slow answer for the first customer never lands once the second is asked for.
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.show_customer(first)
        view.show_customer(second)
    qtbot.waitUntil(lambda: not view._tasks.busy, timeout=10000)
    subs = wait_for(gw.subscriptions.list(status="all", customer_id=second.id)).items
    shown = {e.happening.subscription_id for e in view.report.entries if e.happening}
    assert shown - {None} <= {x.id for x in subs}
    created = [
        e for e in view.report.entries if e.happening and e.happening.kind == s.SUBSCRIPTION_CREATED
    ]
    assert len(created) == len(subs)
    view.show_customer(None)
    assert view.rows() == [] and view.report is None
    hint = view.tree.topLevelItem(0)  # the view says why it is empty (not a bare header)
    assert view.tree.topLevelItemCount() == 1 and hint.text(0) == "Select a row to see its history."
