"""The Overview tab against the demo shop: what it reads from Stripe and what it draws."""

from __future__ import annotations

import os
import time

from palettes import dark_palette
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt

from kpadmin.domain.metrics import mrr_at, status_counts
from kpadmin.ui.tabs.overview import OverviewTab


def _bar_values(view) -> list[float]:
    series = [s for s in view.chart().series() if isinstance(s, QAbstractBarSeries)]
    assert len(series) == 1
    values: list[float] = []
    for bar in series[0].barSets():
        values.extend(bar.at(i) for i in range(bar.count()))
    return values


def test_overview_reads_every_subscription_and_charts_them(
    demo_context, qtbot, wait_for, wait_idle
):
    tab = OverviewTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 520)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.refresh()

    everything = []
    cursor = None
    while True:
        page = wait_for(
            demo_context.gateway.subscriptions.list(status="all", cursor=cursor, limit=100)
        )
        everything.extend(page.items)
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert len(tab.subscriptions) == len(everything) > 0
    assert {s.status for s in tab.subscriptions} >= {"active", "canceled"}

    # Status chart: one bar per live status, the heights are the counts.
    assert tab.counts == status_counts(everything)
    assert sum(_bar_values(tab.status_view)) == sum(tab.counts.values()) > 0

    # MRR: the demo shop's subscriptions are in KRW (zero-decimal: the axis shows won).
    assert tab.currency_combo.currentData() == "krw"
    krw_now = mrr_at(everything, int(time.time()))[0]["krw"]
    assert tab.series.latest("krw") == krw_now > 0  # the pure computation's figure
    values = _bar_values(tab.mrr_view)
    assert len(values) == 12 and values[-1] == tab.series.latest("krw")
    assert "₩" in tab.summary.text()

    assert "KRW" in tab.mrr_view.chart().title()
    # The value axis reads as money: "₩500,000", not 500000.
    (axis,) = tab.mrr_view.chart().axes(Qt.Orientation.Vertical)
    labels = axis.categoriesLabels()
    assert labels[0] == "₩500,000" and all(label.startswith("₩") for label in labels)
    assert axis.max() >= values[-1]
    wait_idle(tab)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert tab.grab().save(os.path.join(path, "kpadmin-overview.png"))
    tab.shutdown()


def test_overview_of_an_empty_account(context, qtbot):
    tab = OverviewTab(context)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.refresh()
    assert tab.subscriptions == ()
    assert sum(_bar_values(tab.status_view)) == 0
    assert _bar_values(tab.mrr_view) == [0.0] * 12
    assert "₩0" in tab.summary.text()
    tab.shutdown()


def test_overview_is_the_windows_first_tab(main_window, qtbot, wait_idle):
    window = main_window
    assert window.tabs.widget(0) is window.tab("overview")
    window.tabs.setCurrentIndex(0)
    tab = window.tab("overview")
    qtbot.waitUntil(lambda: len(tab.subscriptions) > 0, timeout=20000)  # loaded when first shown
    wait_idle(window)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert window.grab().save(os.path.join(path, "kpadmin-overview-window.png"))


def test_charts_follow_a_dark_palette(demo_context, qtbot, qapp, wait_idle):
    from PySide6.QtCharts import QChart

    tab = OverviewTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 520)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.refresh()
    assert tab.mrr_view.chart().theme() == QChart.ChartTheme.ChartThemeLight
    light = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        qtbot.waitUntil(
            lambda: tab.mrr_view.chart().theme() == QChart.ChartTheme.ChartThemeDark, timeout=3000
        )
        assert tab.status_view.chart().theme() == QChart.ChartTheme.ChartThemeDark
        wait_idle(tab)
        path = os.environ["KPADMIN_SCREENSHOT_DIR"]
        assert tab.grab().save(os.path.join(path, "kpadmin-overview-dark.png"))
    finally:
        qapp.setPalette(light)
    tab.shutdown()


def _every(list_page):
    """Every object of a list, read serially through the SDK's own auto-paging."""
    return [o.to_dict() for o in list_page.auto_paging_iter()]


def test_overview_shows_the_shop_figures_and_exports_them(
    demo_context, demo_services, qtbot, tmp_path
):
    import csv

    import stripe

    from kpadmin.domain.metrics import last_months, mrr_at
    from kpadmin.domain.shop_figures import month_start
    from kpadmin.profiles import DEMO_KEY

    tab = OverviewTab(demo_context)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    with qtbot.waitSignal(tab.figuresLoaded, timeout=30000):
        tab.refresh()
    assert tab.progress.isHidden()
    now = int(time.time())
    months = last_months(now, 13)
    since = month_start(months[0])

    # The same shop read independently: the SDK's serial paging, no created slices.
    client = stripe.StripeClient(DEMO_KEY, base_addresses={"api": demo_context.profile.api_base})
    invoices = [i for i in _every(client.v1.invoices.list({"limit": 100})) if i["created"] >= since]
    assert sorted(f.id for f in tab.invoices) == sorted(i["id"] for i in invoices)

    figures = tab.figures_panel.figures
    assert figures is not None and figures.currency == "krw"

    # Failed-payment recovery, counted here from the raw invoices.
    in_period = [i for i in invoices if i["created"] >= month_start(months[1])]
    failed = [
        i
        for i in in_period
        if i["amount_due"] > 0
        and (
            (i["status"] == "paid" and i["attempt_count"] > 1)
            or (i["status"] in ("open", "uncollectible", "void") and i["attempt_count"] >= 1)
        )
    ]
    recovered = [i for i in failed if i["status"] == "paid"]
    assert (figures.recovery.total.part, figures.recovery.total.whole) == (
        len(recovered),
        len(failed),
    )
    assert figures.recovery.total.whole > 0  # the demo shop has failed payments

    # Trials that ended in the period, converted when a paid invoice followed.
    subs = _every(client.v1.subscriptions.list({"status": "all", "limit": 100}))
    paid = {}
    for i in _every(client.v1.invoices.list({"limit": 100, "status": "paid"})):
        sub = ((i.get("parent") or {}).get("subscription_details") or {}).get("subscription")
        if i["amount_paid"] > 0 and sub:
            paid.setdefault(sub, []).append(i["created"])
    ended = [
        s
        for s in subs
        if s["trial_start"] and s["trial_end"] and month_start(months[1]) <= s["trial_end"] <= now
    ]
    converted = [s for s in ended if any(c >= s["trial_end"] - 60 for c in paid.get(s["id"], ()))]
    assert (figures.trials.total.part, figures.trials.total.whole) == (len(converted), len(ended))

    # Movements add up to the change of MRR between the first month's start and now.
    mv = figures.movements.values
    net = sum(mv["new"]) + sum(mv["expansion"]) + sum(mv["reactivated"])
    net -= sum(mv["contraction"]) + sum(mv["churned"])
    start_mrr = mrr_at(tab.subscriptions, months[0].at)[0].get("krw", 0)
    assert net == tab.series.latest("krw") - start_mrr
    assert sum(mv["new"]) > 0

    # The cards say it, the chart draws it, the axis reads as money.
    assert "₩" in tab.figures_panel.movement_card.text()
    assert tab.figures_panel.recovery_card.toolTip()
    chart = tab.figures_panel.chart_view.chart()
    assert len(chart.series()) == 1 and len(chart.series()[0].barSets()) == 5
    (axis,) = chart.axes(Qt.Orientation.Vertical)
    assert all(label.lstrip("-").startswith("₩") for label in axis.categoriesLabels())

    # CSV: one row per month, the same numbers.
    path = tmp_path / "overview.csv"
    assert tab.figures_panel.export_csv(str(path)) == 12
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Month" and rows[0][1] == "New (KRW)"
    assert [r[0] for r in rows[1:]] == [m.label for m in months[1:]]
    assert [int(r[1]) for r in rows[1:]] == list(mv["new"])
    assert sum(int(r[-1]) for r in rows[1:]) == len(recovered)
    tab.shutdown()


def test_a_failed_read_is_shown_next_to_the_figures(demo_context, qtbot, wait_for):
    tab = OverviewTab(demo_context)
    qtbot.addWidget(tab)
    tab.show()
    wait_for(demo_context.gateway.aclose())  # every call now fails as a network error
    with qtbot.waitSignal(tab.statusMessage, timeout=20000) as message:
        tab.refresh()
    assert tab.error_label.isVisible() and tab.error_label.text()
    assert tab.progress.isHidden()
    assert message.args[0]
    assert tab.figures_panel.figures is None and not tab.figures_panel.export_button.isEnabled()
    qtbot.waitUntil(lambda: tab.refresh_button.isEnabled(), timeout=5000)
    tab.shutdown()
