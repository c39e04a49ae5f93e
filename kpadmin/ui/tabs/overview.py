"""The Overview tab: live subscriptions by status and monthly recurring revenue per currency.

Everything is computed from what Stripe returns: the tab lists every
subscription (``status="all"``, canceled ones included, since they make the
past months' revenue), page by page, and hands them to
:mod:`kpadmin.domain.metrics`. Nothing is cached between refreshes. A very
large account is read up to :attr:`OverviewTab.max_subscriptions` and the
tab says the figures are partial.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain.metrics import MrrSeries, mrr_series, status_counts
from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.formatting import format_money
from kpadmin.ui.overview.charts import new_chart_view, show_mrr, show_status_counts
from kpadmin.ui.widgets.field_error import FieldError


class OverviewTab(QWidget):
    """Charts of the open profile's subscriptions.

    Signals:
        statusMessage(str): an error line for the window's status bar.
        loaded(): the figures were recomputed (tests wait for it).

    Attributes:
        subscriptions: what the last refresh read.
        series: the MRR series of the last refresh.
        counts: subscriptions per live status of the last refresh.
    """

    statusMessage = Signal(str)
    loaded = Signal()

    # Upper bound of subscriptions read per refresh (pages of 100).
    max_subscriptions = 5000

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.setObjectName("overviewTab")
        self.subscriptions: tuple[Subscription, ...] = ()
        self.series: MrrSeries | None = None
        self.counts: dict[str, int] = {}
        self.partial = False

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Overview summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loading = QLabel(self.tr("Loading subscriptions…"), self)
        self.loading.hide()
        self.currency_combo = QComboBox(self)
        self.currency_combo.setAccessibleName(self.tr("Revenue currency"))
        self.currency_combo.currentIndexChanged.connect(lambda _i: self._draw_mrr())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh overview"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = FieldError(self)

        self.status_view = new_chart_view(self.tr("Subscriptions by status chart"), self)
        self.mrr_view = new_chart_view(self.tr("Monthly recurring revenue chart"), self)

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.loading)
        currency_label = QLabel(self.tr("Currency"), self)
        currency_label.setBuddy(self.currency_combo)
        bar.addWidget(currency_label)
        bar.addWidget(self.currency_combo)
        bar.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.status_view)
        splitter.addWidget(self.mrr_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 630])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self._show(())

    # -- tab convention ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read every subscription again and redraw (F5)."""
        self.error_label.clear_error()
        self._tasks.run(
            self._load(),
            key="load",
            busy=[self.refresh_button],
            busy_label=self.loading,
            on_success=self._loaded,
        )

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> tuple[tuple[Subscription, ...], bool]:
        gateway = self._context.gateway
        subs: list[Subscription] = []
        cursor: str | None = None
        while True:
            page = await gateway.subscriptions.list(status="all", cursor=cursor, limit=100)
            subs.extend(page.items)
            if not page.has_more or not page.next_cursor:
                return tuple(subs), False
            if len(subs) >= self.max_subscriptions:
                return tuple(subs), True
            cursor = page.next_cursor

    def _loaded(self, result: tuple[tuple[Subscription, ...], bool]) -> None:
        subs, partial = result
        self.partial = partial
        self._show(subs)
        self.loaded.emit()

    def _show(self, subs: tuple[Subscription, ...], now: int | None = None) -> None:
        self.subscriptions = subs
        self.series = mrr_series(subs, int(now if now is not None else time.time()))
        self.counts = status_counts(subs)
        current = self.currency_combo.currentData()
        currencies = list(self.series.values) or ["krw"]
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        for c in currencies:
            self.currency_combo.addItem(c.upper(), c)
        wanted = current if current in currencies else ("krw" if "krw" in currencies else None)
        self.currency_combo.setCurrentIndex(currencies.index(wanted) if wanted else 0)
        self.currency_combo.blockSignals(False)
        show_status_counts(self.status_view, self.counts)
        self._draw_mrr()
        self.summary.setText(self._summary_text())

    def changeEvent(self, event: QEvent) -> None:
        """Redraw with the matching chart theme when the palette turns light or dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.series is not None:
            QTimer.singleShot(0, self._redraw)  # after the chart views got the new palette

    def _redraw(self) -> None:
        show_status_counts(self.status_view, self.counts)
        self._draw_mrr()

    def _draw_mrr(self) -> None:
        currency = self.currency_combo.currentData()
        if self.series is not None and currency:
            show_mrr(self.mrr_view, self.series, currency)

    def _summary_text(self) -> str:
        assert self.series is not None
        mrr = " · ".join(format_money(self.series.latest(c), c) for c in self.series.values)
        text = self.tr(
            "Monthly recurring revenue now: %1. Live subscriptions: %2 (%3 read, "
            "canceled included)."
        )
        text = (
            text.replace("%1", mrr or format_money(0, "krw"))
            .replace("%2", str(sum(self.counts.values())))
            .replace("%3", str(len(self.subscriptions)))
        )
        if self.series.skipped_items:
            text += " " + self.tr(
                "Not counted: %n item(s) without a flat price.", "", self.series.skipped_items
            )
        if self.partial:
            text += " " + self.tr(
                "Only the newest %1 subscriptions were read: figures are partial."
            ).replace("%1", str(len(self.subscriptions)))
        return text

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))
