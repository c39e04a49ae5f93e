"""The "Needs attention" tab against the demo shop: a renewal that fails when the demo's
test clock advances appears with its decline in words, and its row's action retries it."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from support_helpers import confirm

from kpadmin.domain import attention as rules
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.attention import source
from kpadmin.ui.support.cancel_dialog import UNDO, CancelDialog
from kpadmin.ui.support.invoice_actions import RETRY, InvoiceActionsDialog
from kpadmin.ui.tabs.attention import AttentionTab

pytestmark = pytest.mark.usefixtures("english_locale")


def _tab(sctx, qtbot):
    tab = AttentionTab(sctx)
    qtbot.addWidget(tab)
    counts: list[int] = []
    tab.countChanged.connect(counts.append)
    _reload(tab, qtbot)
    return tab, counts


def _reload(tab, qtbot):
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.refresh()
    _settled(tab, qtbot)


def _settled(tab, qtbot):
    """The names read after the rows are in, too (nothing left in flight)."""
    qtbot.waitUntil(lambda: not tab.tasks.tasks(), timeout=10000)


def _rows(tab):
    return list(tab.model.objects())


def _clock_subscriptions(gw, wait_for):
    on_clock = [c for c in wait_for(gw.customers.list(limit=100)).items if c.test_clock_id]
    subs = [wait_for(gw.subscriptions.list(customer_id=c.id)).items[0] for c in on_clock]
    return on_clock, subs


def test_a_renewal_failed_by_the_test_clock_appears_with_its_reason(sctx, qtbot, wait_for):
    gw = sctx.gateway
    tab, counts = _tab(sctx, qtbot)
    ModelTester(None).check(tab.model)  # type: ignore[arg-type]
    on_clock, subs = _clock_subscriptions(gw, wait_for)
    before = {r.id for r in _rows(tab)}
    assert not {s.id for s in subs} & before  # both renew without trouble so far
    assert counts[-1] == len(before) == tab.count

    clock = wait_for(gw.test_clocks.retrieve(on_clock[0].test_clock_id))
    wait_for(
        gw.test_clocks.advance(clock.id, clock.frozen_time + 32 * 86400, idempotency_key="adv")
    )
    _reload(tab, qtbot)
    failed = [r for r in _rows(tab) if r.subscription_id in {s.id for s in subs}]
    assert len(failed) == 1
    row = failed[0]
    assert (row.kind, row.action, row.currency, row.attempts) == (
        rules.PAYMENT_FAILED,
        rules.RETRY,
        "krw",
        1,
    )
    assert row.amount > 0 and counts[-1] == len(before) + 1
    at = tab.model.row_of(row.id)
    text = {c.key: tab.model.index(at, i).data() for i, c in enumerate(tab.model.columns)}
    assert text["what"] == "Renewal payment failed"
    assert text["reason"] == "The Kakao Pay wallet does not have enough funds."
    assert text["next"] == "No automatic retry"
    assert text["at_risk"].startswith("₩") and text["action"] == "Retry payment…"
    qtbot.waitUntil(lambda: tab.model.index(at, 1).data() != row.customer_id, timeout=10000)

    # Money at risk orders the rows: KRW first, the largest amount first.
    krw = [r.amount for r in _rows(tab) if r.currency == "krw" and r.amount]
    assert krw == sorted(krw, reverse=True)

    # The row's one action opens "Failed payment…" on that invoice, and the retry is declined.
    assert tab.table.select_id(row.id)
    assert tab.action_button.text() == "Retry payment…"
    tab.action_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, InvoiceActionsDialog), timeout=10000)
    dialog = tab.dialog
    assert dialog.choice() == RETRY
    confirm(qtbot, dialog)
    assert not dialog.carried_out and "not have enough funds" in dialog.error_label.text()
    dialog.close()


def test_a_scheduled_cancellation_offers_undo_and_leaves_the_list(sctx, qtbot, wait_for):
    gw = sctx.gateway
    sub = next(
        s
        for s in wait_for(gw.subscriptions.list(status="active", limit=100)).items
        if not s.cancel_at_period_end and s.current_period_end
    )
    tab, _counts = _tab(sctx, qtbot)
    wait_for(gw.subscriptions.schedule_cancellation(sub.id, idempotency_key="c1"))
    tab.now = lambda: sub.current_period_end - rules.CANCEL_WINDOW - 60
    _reload(tab, qtbot)
    assert sub.id not in {r.id for r in _rows(tab)}  # more than a week ahead: not yet
    tab.now = lambda: sub.current_period_end - 2 * 86400
    _reload(tab, qtbot)
    rows = {r.id: r for r in _rows(tab)}
    assert rows[sub.id].action == rules.UNDO_CANCEL
    tab.run_action(rows[sub.id])
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CancelDialog), timeout=10000)
    assert tab.dialog.choice() == UNDO
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        confirm(qtbot, tab.dialog)
    _settled(tab, qtbot)
    assert sub.id not in {r.id for r in _rows(tab)}


def test_a_waiting_wallet_approval_is_listed_and_opens_nothing_else(sctx, qtbot, wait_for):
    gw = sctx.gateway
    cus = wait_for(gw.customers.create(CustomerDraft(name="대기 고객"), idempotency_key="cus"))
    tab, counts = _tab(sctx, qtbot)
    n = tab.count
    flow = sctx.approvals.start_setup(cus.id, "대기 고객")
    qtbot.waitUntil(lambda: flow.status.intent_id is not None, timeout=10000)
    _reload(tab, qtbot)
    waiting = [r for r in _rows(tab) if r.kind == rules.APPROVAL and r.customer_id == cus.id]
    assert len(waiting) == 1 and waiting[0].intent_id == flow.status.intent_id
    assert counts[-1] == n + 1 and waiting[0].action == rules.OPEN_CUSTOMER
    # It sorts after every row with money at risk.
    assert _rows(tab)[-1].amount == 0
    # Cancelled (its SetupIntent too), it leaves the list: the tab reloads by itself.
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        sctx.approvals.cancel(flow)
    _settled(tab, qtbot)
    assert flow.status.state.terminal
    assert not [r for r in _rows(tab) if r.kind == rules.APPROVAL and r.customer_id == cus.id]


def test_reads_are_searches_bounded_per_query(sctx, qtbot, wait_for, monkeypatch):
    """10,000 customers are never listed: only searches (and the bounded SetupIntent list)."""
    monkeypatch.setattr(source, "MAX_PAGES", 1)
    monkeypatch.setattr(source, "PAGE_SIZE", 1)
    calls: list[str] = []
    gw = sctx.gateway
    real = gw.subscriptions.search

    async def counting(query, page=None, limit=100):
        calls.append(query)
        return await real(query, page=page, limit=limit)

    monkeypatch.setattr(gw.subscriptions, "search", counting)
    monkeypatch.setattr(gw.customers, "list", None)  # would fail loudly if called
    tab, _counts = _tab(sctx, qtbot)
    assert sorted(calls) == sorted(
        [source.PROBLEMS_QUERY, source.CANCELLING_QUERY, source.TRIALS_QUERY]
    )
    assert tab.model.report.partial and "more than kpadmin reads" in tab.summary.text()


def test_the_tab_title_counts_without_being_shown_and_f5_recounts(main_window, qtbot, wait_for):
    window = main_window
    tab = window.tab("attention")
    index = window.tabs.indexOf(tab)
    assert window.tabs.currentWidget() is not tab
    qtbot.waitUntil(lambda: window.tabs.tabText(index) != "Needs attention", timeout=10000)
    assert window.tabs.tabText(index) == f"Needs attention ({tab.count})" and tab.count > 0
    _settled(tab, qtbot)
    past_due = next(r for r in _rows(tab) if r.kind == rules.PAYMENT_FAILED)
    gw = window.context.gateway
    wait_for(gw.invoices.void(past_due.invoice_id, idempotency_key="void"))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        window.refresh_action.trigger()  # F5 on another tab
    _settled(tab, qtbot)
    assert window.tabs.tabText(index) == f"Needs attention ({tab.count})"
    assert past_due.invoice_id not in {r.invoice_id for r in _rows(tab)}
    # Shown again after work elsewhere, it searches again.
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        window.tabs.setCurrentWidget(tab)
    _settled(tab, qtbot)
