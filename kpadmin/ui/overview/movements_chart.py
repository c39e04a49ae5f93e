"""The MRR movements chart: each month's new, expansion and reactivated revenue above zero,
contraction and churned revenue below it, on a money axis ("₩2,000,000")."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChartView, QStackedBarSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kpadmin.domain.money import exponent
from kpadmin.domain.shop_figures import Movements
from kpadmin.ui.overview.charts import money_axis, month_labels, reset_chart

# Movement -> (colour, drawn below zero).
_STYLE = {
    "new": ("#1e8e3e", False),
    "expansion": ("#81c995", False),
    "reactivated": ("#1a73e8", False),
    "contraction": ("#f29900", True),
    "churned": ("#d93025", True),
}


def movement_name(movement: str) -> str:
    names = {
        "new": QCoreApplication.translate("OverviewCharts", "New"),
        "expansion": QCoreApplication.translate("OverviewCharts", "Expansion"),
        "reactivated": QCoreApplication.translate("OverviewCharts", "Reactivated"),
        "contraction": QCoreApplication.translate("OverviewCharts", "Contraction"),
        "churned": QCoreApplication.translate("OverviewCharts", "Churned"),
    }
    return names[movement]


def show_movements(view: QChartView, data: Movements, currency: str) -> None:
    """Stacked bars of ``data``'s movements per month (axis in ``currency``'s major units)."""
    chart = reset_chart(
        view,
        QCoreApplication.translate("OverviewCharts", "MRR movements (%1)").replace(
            "%1", currency.upper()
        ),
    )
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    exp = exponent(currency)
    series = QStackedBarSeries()
    for movement, (colour, below) in _STYLE.items():
        values = data.values.get(movement, (0,) * len(data.months))
        bar = QBarSet(movement_name(movement))
        bar.setColor(QColor(colour))
        bar.setBorderColor(QColor(Qt.GlobalColor.transparent))
        bar.append([(-v if below else v) / 10**exp for v in values])
        series.append(bar)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    names, period = month_labels(data)
    months.append(names)
    months.setTitleText(period)
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(months)
    up = [
        sum(data.values[m][i] for m in ("new", "expansion", "reactivated"))
        for i in range(len(data.months))
    ]
    down = [
        sum(data.values[m][i] for m in ("contraction", "churned")) for i in range(len(data.months))
    ]
    axis = money_axis(max(up, default=0), currency, -max(down, default=0))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
