"""The Overview tab: subscriptions by status, MRR per currency, and how the shop is doing.

Everything is computed from what Stripe returns. The tab reads every
subscription (``status="all"``, canceled ones included, since they make the
past months' revenue), then the invoices of the last thirteen months, both
by ``created`` slices fetched side by side under the rate limit
(:mod:`kpadmin.stripe_api.history`), with a progress bar. The status and MRR
charts are drawn while the subscriptions arrive (the first page is on screen
after one round trip) and final once all are read; the shop figures
(:mod:`kpadmin.ui.overview.figures_panel`) follow the invoices. For test and
live profiles the invoices are cached per profile in the user's cache
directory, so a refresh reads only the recent ones again
(:mod:`kpadmin.stripe_api.history_cache`).
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain.metrics import MrrSeries, last_months, mrr_series, status_counts
from kpadmin.domain.shop_figures import InvoiceFacts, month_start
from kpadmin.stripe_api.history import HistoryReader
from kpadmin.stripe_api.history_cache import InvoiceCache
from kpadmin.stripe_api.records import Subscription
from kpadmin.stripe_api.slices import Progress
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.formatting import format_money
from kpadmin.ui.overview.charts import new_chart_view, show_mrr, show_status_counts
from kpadmin.ui.overview.figures import compute
from kpadmin.ui.overview.figures_panel import FiguresPanel
from kpadmin.ui.widgets.field_error import FieldError


class OverviewTab(QWidget):
    """Charts of the open profile's subscriptions.

    Signals:
        statusMessage(str): an error line for the window's status bar.
        partShown(): the charts were drawn from the subscriptions read so far.
        loaded(): every subscription is read and the status and MRR charts are final.
        figuresLoaded(): the invoices are read and the shop figures are shown.

    Attributes:
        subscriptions: what the last refresh read.
        invoices: the invoices of the figures' period.
        series: the MRR series of the last refresh.
        counts: subscriptions per live status of the last refresh.
    """

    statusMessage = Signal(str)
    partShown = Signal()
    loaded = Signal()
    figuresLoaded = Signal()

    # Seconds between two drawings of the charts while the subscriptions arrive.
    redraw_interval = 1.0

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.setObjectName("overviewTab")
        self.subscriptions: tuple[Subscription, ...] = ()
        self.series: MrrSeries | None = None
        self.counts: dict[str, int] = {}
        self.invoices: tuple[InvoiceFacts, ...] = ()
        self.partial = False
        self.pages_read = 0  # requests the last refresh sent

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Overview summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loading = QLabel(self.tr("Loading subscriptions…"), self)
        self.loading.hide()
        self.currency_combo = QComboBox(self)
        self.currency_combo.setAccessibleName(self.tr("Revenue currency"))
        self.currency_combo.currentIndexChanged.connect(lambda _i: self._currency_changed())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh overview"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = FieldError(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.hide()
        self.figures_panel = FiguresPanel(self)

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
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.figures_panel, 1)
        self._show(())

    # -- tab convention ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read every subscription and the recent invoices again, and redraw (F5)."""
        self.error_label.clear_error()
        self._tasks.run(
            self._load(),
            key="load",
            busy=[self.refresh_button],
            busy_label=self.loading,
        )

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> None:
        gateway = self._context.gateway
        reader = HistoryReader(gateway.transport, gateway.mode)
        now = int(time.time())
        since = month_start(last_months(now, 13)[0])
        cache = self._cache()
        start = cache.read_from(since) if cache is not None else since
        subs: list[Subscription] = []
        fresh: list[InvoiceFacts] = []
        parts = {"subscriptions": Progress(), "invoices": Progress()}
        last_drawn = [0.0]

        def arrived(items: Sequence[Subscription]) -> None:
            subs.extend(items)
            if time.monotonic() - last_drawn[0] >= self.redraw_interval:
                last_drawn[0] = time.monotonic()
                self._show_counts(subs)
                self.partShown.emit()

        def progressed(name: str, progress: Progress) -> None:
            parts[name] = progress
            self._progress(parts)

        async def read_subscriptions() -> None:
            await reader.subscriptions(now, arrived, lambda p: progressed("subscriptions", p))
            self.partial = False
            self._show(tuple(subs), now)
            self.loaded.emit()

        self.figures_panel.show_reading()
        self._progress(parts)
        # Both lists at once: the pacer shares the rate limit between them, and the
        # invoices fill the gaps while the subscriptions' first pages decide their slices.
        both = (
            asyncio.ensure_future(read_subscriptions()),
            asyncio.ensure_future(
                reader.invoices(start, now + 1, fresh.extend, lambda p: progressed("invoices", p))
            ),
        )
        try:
            await asyncio.gather(*both)  # the first failure is raised and shown
        finally:
            for task in both:
                task.cancel()  # the other one, when one failed or the refresh was cancelled
        if cache is not None:
            cache.replace_from(start, fresh)
            cache.save()
            fresh = list(cache.invoices.values())
        self.invoices = tuple(f for f in fresh if f.created >= since)
        self.progress.hide()
        self._show_figures(now)
        self.figuresLoaded.emit()

    def _progress(self, parts: dict[str, Progress]) -> None:
        self.pages_read = sum(p.pages for p in parts.values())
        estimated = sum(max(1, p.estimated) for p in parts.values())
        self.progress.setRange(0, estimated)
        self.progress.setValue(self.pages_read)
        self.progress.setFormat(self.tr("Reading subscriptions and invoices: %v of about %m pages"))
        self.progress.show()

    def _show_counts(self, subs: Sequence[Subscription]) -> None:
        """The status chart from the subscriptions read so far (MRR waits for all of them)."""
        self.partial = True
        self.counts = status_counts(subs)
        show_status_counts(self.status_view, self.counts)
        self.summary.setText(
            self.tr("Still reading: %1 subscriptions so far.").replace("%1", str(len(subs)))
        )

    def _cache(self) -> InvoiceCache | None:
        """The profile's invoice cache; None for sandbox profiles (their data is thrown away)."""
        profile = self._context.profile
        if profile.mode not in ("test", "live"):
            return None
        import platformdirs

        name = f"{profile.name}|{profile.mode}|{profile.api_base or ''}"
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]
        base = Path(platformdirs.user_cache_dir("kpadmin", "kpadmin"))
        return InvoiceCache(base / "overview" / f"{digest}.json")

    def _show_figures(self, now: int | None = None) -> None:
        currency = self.currency_combo.currentData() or "krw"
        at = int(now if now is not None else time.time())
        self.figures_panel.show_figures(compute(self.subscriptions, self.invoices, currency, at))

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
        self.figures_panel.redraw()

    def _currency_changed(self) -> None:
        self._draw_mrr()
        if self.figures_panel.figures is not None:
            self._show_figures()

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
        return text

    def _show_error(self, exc: BaseException) -> None:
        self.progress.hide()
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))
