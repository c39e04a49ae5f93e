"""The open window stays current: changes made by another client appear without F5.

Another client is a plain ``stripe.StripeClient`` (the real SDK, synchronous)
pointed at the same sandbox as the window, as the Dashboard or a colleague's
kpadmin would be. The window's live updates ask every 50 ms here (10 s in use).
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
import stripe

from kpadmin.stripe_api import StripeGateway
from kpadmin.ui.live_link import LiveLink

pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def elsewhere(demo_sandbox, test_key) -> stripe.StripeClient:
    """Another client of the same account."""
    return stripe.StripeClient(test_key, base_addresses={"api": demo_sandbox.url})


def _follow(window, qtbot, key: str):
    """Show tab ``key`` with its first page in, live updates asking every 50 ms."""
    tab = window.tab(key)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    live = window.live.updates
    live.set_intervals(50, 50)
    qtbot.waitUntil(lambda: live.started, timeout=10000)
    return tab


def _resets(model) -> list[int]:
    """Records every reload or page added to ``model`` from now on (none is expected)."""
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(0))
    model.rowsInserted.connect(lambda *_a: seen.append(1))
    return seen


def test_a_customer_renamed_elsewhere_is_renamed_in_the_open_window(
    main_window, qtbot, elsewhere, wait_idle
):
    tab = _follow(main_window, qtbot, "customers")
    model = tab.model
    customer = model.row_object(2)
    tab.table.select_id(customer.id)
    qtbot.waitUntil(lambda: tab.detail.title.text() != "", timeout=5000)
    reloads = _resets(model)
    rows = model.rowCount()

    elsewhere.v1.customers.update(customer.id, {"name": "박서준 (VIP)"})

    def renamed() -> bool:
        return model.row_object(model.row_of(customer.id)).name == "박서준 (VIP)"

    qtbot.waitUntil(renamed, timeout=10000)
    assert customer.id in model.flashing()  # tinted for a moment
    assert reloads == [] and model.rowCount() == rows  # that row only, no listing again
    assert tab.current.id == customer.id and tab.current.object.name == "박서준 (VIP)"
    qtbot.waitUntil(lambda: "박서준 (VIP)" in tab.detail.title.text(), timeout=5000)
    qtbot.waitUntil(lambda: not model.flashing(), timeout=5000)  # and the tint goes
    wait_idle(tab)


def test_a_subscription_cancelled_elsewhere_shows_cancelled(main_window, qtbot, elsewhere):
    tab = _follow(main_window, qtbot, "subscriptions")
    model = tab.model
    sub = next(s for s in model.objects() if s.status == "active")
    reloads = _resets(model)

    elsewhere.v1.subscriptions.cancel(sub.id)

    qtbot.waitUntil(
        lambda: model.row_object(model.row_of(sub.id)).status == "canceled", timeout=10000
    )
    assert reloads == []
    # a customer renamed elsewhere renames their subscriptions' rows too
    elsewhere.v1.customers.update(sub.customer_id, {"name": "새 이름"})
    qtbot.waitUntil(
        lambda: model.customer_text(model.row_object(model.row_of(sub.id))) == "새 이름",
        timeout=10000,
    )
    assert reloads == []


def test_a_renewal_failed_by_a_test_clock_shows_and_is_announced(
    main_window, qtbot, elsewhere, demo_sandbox
):
    tab = _follow(main_window, qtbot, "subscriptions")
    model = tab.model
    clock = next(c for c in elsewhere.v1.test_helpers.test_clocks.list().data)
    on_clock = {
        s.id for s in model.objects() if s.status == "active" and s.test_clock_id == clock.id
    }
    assert len(on_clock) == 2  # the demo's: one renews, one's wallet has run dry
    attention = main_window.tab("attention")
    qtbot.waitUntil(lambda: attention.model.report is not None, timeout=10000)
    assert not on_clock & {r.subscription_id for r in attention.model.objects()}
    main_window.showMinimized()
    notifier = main_window.comforts.notifier
    qtbot.waitUntil(notifier.in_background, timeout=3000)

    with qtbot.waitSignal(notifier.notified, timeout=10000) as told:
        elsewhere.v1.test_helpers.test_clocks.advance(
            clock.id, {"frozen_time": clock.frozen_time + 32 * 86400}
        )
    title, body, good = told.args
    failed = next(
        s
        for s in elsewhere.v1.subscriptions.list({"test_clock": clock.id}).data
        if s.status == "past_due"
    )
    who = elsewhere.v1.customers.retrieve(failed.customer).name
    assert (title, body, good) == (
        "Renewal payment failed",
        f"{who}: the renewal payment failed.",
        False,
    )
    qtbot.waitUntil(
        lambda: model.row_object(model.row_of(failed.id)).status == "past_due", timeout=10000
    )
    renewed = (on_clock - {failed.id}).pop()
    qtbot.waitUntil(
        lambda: (
            model.row_object(model.row_of(renewed)).current_period_end
            > clock.frozen_time + 27 * 86400
        ),
        timeout=10000,
    )
    # "Needs attention" searches again and lists it (its title counts it)
    qtbot.waitUntil(
        lambda: failed.id in {r.subscription_id for r in attention.model.objects()},
        timeout=10000,
    )
    assert renewed not in {r.subscription_id for r in attention.model.objects()}
    main_window.showNormal()


def test_a_product_renamed_and_a_price_archived_elsewhere_show_in_the_catalog(
    main_window, qtbot, elsewhere
):
    tab = main_window.tab("catalog")
    main_window.tabs.setCurrentWidget(tab)
    products, prices = tab.products_model, tab.prices_model
    qtbot.waitUntil(lambda: products.rowCount() > 0, timeout=10000)
    product = products.row_object(0)
    tab.products_table.select_id(product.id)
    qtbot.waitUntil(lambda: prices.rowCount() > 0, timeout=10000)
    price = next(p for p in prices.objects() if p.active and p.id != product.default_price_id)
    live = main_window.live.updates
    live.set_intervals(50, 50)
    qtbot.waitUntil(lambda: live.started, timeout=10000)
    reloads = (_resets(products), _resets(prices))

    elsewhere.v1.products.update(product.id, {"name": "스톡포토 프리미엄 플러스"})
    elsewhere.v1.prices.update(price.id, {"active": False})

    qtbot.waitUntil(
        lambda: (
            products.row_object(products.row_of(product.id)).name == "스톡포토 프리미엄 플러스"
            and not prices.row_object(prices.row_of(price.id)).active
        ),
        timeout=10000,
    )
    assert reloads == ([], [])


@contextmanager
def _linked(qtbot, wait_for, key: str, **sandbox):
    """A window's ``LiveLink`` following a gateway with ``key`` on a sandbox of its own."""
    from PySide6.QtWidgets import QMainWindow

    from kpadmin.sandbox.embedded import EmbeddedSandbox

    sb = EmbeddedSandbox(**sandbox)
    sb.start()
    gateway = StripeGateway(key, api_base=sb.url, timeout=5, max_network_retries=0)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    link = LiveLink(window)
    try:
        link.follow(gateway, now=True)
        yield link, gateway, sb
    finally:
        link.stop()
        wait_for(gateway.aclose())
        sb.stop()


def test_a_key_that_cannot_read_events_says_so_once(qtbot, wait_for, loop):
    key = "rk_test_kpadminNoEvents0000000000"
    with _linked(qtbot, wait_for, key, restricted={key: frozenset({"customer_read"})}) as (
        link,
        _gateway,
        _sb,
    ):
        told: list[str] = []
        link.updates.unavailable.connect(told.append)
        qtbot.waitUntil(lambda: not link.updates.running, timeout=5000)
        assert link.notice.isVisible() and "F5" in link.notice.text()
        asked = link.updates.asks
        link.updates.poll_now()  # stopped: it asks nothing and says nothing again
        link.updates.start()
        assert link.updates.asks == asked and not link.updates.running
        assert len(told) == 1
        link.stop()
        assert not link.notice.isVisible()  # the next profile may read Events


def test_no_asking_while_offline_and_at_once_when_back(qtbot, wait_for, loop):
    with _linked(qtbot, wait_for, "sk_test_kpadminOffline00000000", seed="demo") as (
        link,
        gateway,
        sb,
    ):
        live = link.updates
        live.set_intervals(50, 50)
        qtbot.waitUntil(lambda: live.started and live.asks >= 3, timeout=5000)

        sb.server.faults.configure(rate=1.0, kinds="drop-before")  # the network goes away
        qtbot.waitUntil(lambda: not gateway.online, timeout=5000)
        qtbot.waitUntil(lambda: not live.busy, timeout=5000)
        assert live.interval_ms() is None and not live.waiting  # nothing scheduled
        asks = live.asks

        sb.server.faults.configure(rate=0.0)  # back: the first call that gets through says so
        assert live.asks == asks
        wait_for(gateway.customers.list(limit=1))  # the offline banner's probe, say
        qtbot.waitUntil(lambda: live.asks > asks, timeout=5000)
        qtbot.waitUntil(lambda: live.waiting, timeout=5000)  # and on every interval again
        assert live.running and link.notice.isHidden()
