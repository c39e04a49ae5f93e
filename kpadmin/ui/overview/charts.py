"""The Overview tab's two charts, built with Qt's chart module (PySide6.QtCharts).

The numbers come ready from :mod:`kpadmin.domain.metrics`; this module only
turns them into bar charts: subscriptions per live status, and one
currency's MRR per month. Amounts on the axis are in major units (KRW has no
minor unit, so ₩100,000 is 100000 on the axis); the chart theme follows the palette so
text stays readable in light and dark mode.
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from kpadmin.domain.metrics import MonthPoint, MrrSeries
from kpadmin.domain.money import exponent
from kpadmin.ui.colour_scheme import is_dark
from kpadmin.ui.formatting import format_money, ui_locale
from kpadmin.ui.widgets.status_chip import status_colour, status_text


class HasMonths(Protocol):
    @property
    def months(self) -> tuple[MonthPoint, ...]: ...


def new_chart_view(accessible_name: str, parent: QWidget | None = None) -> QChartView:
    """An empty, antialiased chart view named for screen readers."""
    chart = QChart()
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(accessible_name)
    view.setMinimumHeight(220)
    return view


def reset_chart(view: QChartView, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark
        if is_dark(view.palette())
        else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundRoundness(0)
    chart.setTitle(title)
    return chart


def _value_axis(maximum: float, label_format: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(maximum * 1.1, 1))
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    return axis


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) that covers ``maximum`` in about ``ticks``."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(float(m * power) for m in (1, 2, 5, 10) if m * power >= raw)


def money_ticks(maximum_minor: int, currency: str) -> list[tuple[int, str]]:
    """Tick positions (minor units) and their labels as amounts ("₩2,000,000"), from 0 up.

    The top tick lies above ``maximum_minor``, also when that is a round amount,
    so that the highest bar never reaches the chart's edge (where it looks cut).
    """
    exp = exponent(currency)
    step_major = nice_step(maximum_minor / 10**exp)
    step = max(1, round(step_major * 10**exp))
    top = (max(maximum_minor, 0) // step + 1) * step
    return [(v, format_money(v, currency)) for v in range(0, top + 1, step)]


def signed_money_ticks(
    minimum_minor: int, maximum_minor: int, currency: str
) -> list[tuple[int, str]]:
    """:func:`money_ticks` reaching down to ``minimum_minor`` too (negative amounts), low to high."""
    top = money_ticks(max(maximum_minor, -minimum_minor, 0), currency)
    step = top[1][0]
    # Up to the first tick above the highest bar, down to the first below the lowest.
    ticks = [(v, label) for v, label in top if v <= max(maximum_minor, 0) + step]
    below = (
        [(-v, format_money(-v, currency)) for v, _ in top[1:] if -v >= minimum_minor - step]
        if minimum_minor < 0
        else []
    )
    return list(reversed(below)) + ticks


def money_axis(maximum_minor: int, currency: str, minimum_minor: int = 0) -> QCategoryAxis:
    """A value axis whose labels are amounts in the currency's own format.

    QValueAxis labels are printf-formatted: no group separators and no currency
    sign (``₩`` prints as "?"). A category axis with labels on the tick values
    shows each tick as the rest of the window shows money. Values are in major
    units, as the bars are.
    """
    exp = exponent(currency)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    ticks = signed_money_ticks(minimum_minor, maximum_minor, currency)
    axis.setStartValue(ticks[0][0] / 10**exp)
    for value, label in ticks[1:]:
        axis.append(label, value / 10**exp)
    axis.setRange(ticks[0][0] / 10**exp, ticks[-1][0] / 10**exp)  # the start is unlabelled
    return axis


def show_status_counts(view: QChartView, counts: dict[str, int]) -> None:
    """Horizontal bars of how many subscriptions are in each live status.

    One bar set per status, stacked, with the count in its own row only: each
    row gets the status chip's colour, and the status names have the room of
    the left axis instead of being cut under narrow columns.
    """
    chart = reset_chart(
        view, QCoreApplication.translate("OverviewCharts", "Subscriptions by status")
    )
    statuses = list(reversed(counts))  # the axis runs bottom-up: the first status on top
    series = QHorizontalStackedBarSeries()
    series.setLabelsVisible(True)
    for i, status in enumerate(statuses):
        bar = QBarSet(status_text(status))
        bar.setColor(status_colour(status))
        bar.setBorderColor(QColor(Qt.GlobalColor.transparent))
        bar.setLabelColor(QColor("white"))
        bar.append([float(counts[status]) if j == i else 0.0 for j in range(len(statuses))])
        series.append(bar)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([status_text(s) for s in statuses])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = _value_axis(max(counts.values(), default=0), "%d")
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)


def month_labels(series_data: HasMonths, locale: QLocale | None = None) -> tuple[list[str], str]:
    """Short month names for the axis and the period as its title ("Dec 2025 – Nov 2026")."""
    loc = ui_locale(locale)
    names = [loc.monthName(m.month, QLocale.FormatType.ShortFormat) for m in series_data.months]
    if not series_data.months:
        return names, ""
    first, last = series_data.months[0], series_data.months[-1]
    # A month of a year as the language writes it ("Dec 2025", "2025년 12월", "2025年12月").
    pattern = QCoreApplication.translate("OverviewCharts", "MMM yyyy")
    title = (
        f"{loc.toString(QDate(first.year, first.month, 1), pattern)} – "
        f"{loc.toString(QDate(last.year, last.month, 1), pattern)}"
    )
    return names, title


def show_mrr(view: QChartView, series_data: MrrSeries, currency: str) -> None:
    """Bars of ``currency``'s MRR for each month of ``series_data`` (axis in major units)."""
    chart = reset_chart(
        view,
        QCoreApplication.translate("OverviewCharts", "Monthly recurring revenue (%1)").replace(
            "%1", currency.upper()
        ),
    )
    exp = exponent(currency)
    values = series_data.values.get(currency, (0,) * len(series_data.months))
    bar = QBarSet(currency.upper())
    bar.setColor(QColor("#1a73e8"))
    bar.setBorderColor(QColor(Qt.GlobalColor.transparent))
    bar.append([v / 10**exp for v in values])
    series = QBarSeries()
    series.append(bar)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    names, period = month_labels(series_data)
    months.append(names)
    months.setTitleText(period)
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(months)
    axis = money_axis(max(values, default=0), currency)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
