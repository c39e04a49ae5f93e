"""The Overview's "how is the shop doing" row: four figures, the movements chart, CSV export.

Each figure's tooltip says how it is computed and what Stripe does not keep.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.ui.csv_export import write_csv
from kpadmin.ui.formatting import format_money, ui_locale
from kpadmin.ui.overview.charts import new_chart_view
from kpadmin.ui.overview.figures import ShopFigures, csv_table
from kpadmin.ui.overview.movements_chart import show_movements


def _card(parent: QWidget, name: str, tooltip: str) -> QLabel:
    label = QLabel(parent)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMargin(6)
    label.setAccessibleName(name)
    label.setToolTip(tooltip)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FiguresPanel(QWidget):
    """Shows one :class:`ShopFigures` (or that it is still being read).

    Attributes:
        figures: what is shown (None until the history is read).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: ShopFigures | None = None
        self.movement_card = _card(
            self,
            self.tr("MRR movements this month"),
            self.tr(
                "Each customer's monthly recurring revenue at the end of a month, compared "
                "with the end of the month before: from nothing is new (or reactivated when "
                "the customer paid before), more is expansion, less is contraction, nothing "
                "is churned. Stripe keeps only a subscription's current items, so past amounts "
                "come from its recurring invoices (prorations left out)."
            ),
        )
        self.churn_card = _card(
            self,
            self.tr("Churn rate last month"),
            self.tr(
                "Customers whose recurring revenue fell to nothing during the last complete "
                "month, divided by the customers paying at its start. Stripe does not keep "
                "past statuses: a subscription counts from its start to its end, except "
                "during its trial."
            ),
        )
        self.trial_card = _card(
            self,
            self.tr("Trial-to-paid conversion"),
            self.tr(
                "Trials that ended in the last twelve months, and how many of them were "
                "followed by a paid invoice with an amount."
            ),
        )
        self.recovery_card = _card(
            self,
            self.tr("Failed-payment recovery"),
            self.tr(
                "Invoices of the last twelve months whose payment failed (attempted more "
                "than once, or attempted and never paid), and how many were paid after all. "
                "Stripe keeps the number of attempts, not each attempt."
            ),
        )
        self.chart_view = new_chart_view(self.tr("MRR movements chart"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the figures to CSV"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._ask_export)

        cards = QVBoxLayout()
        for card in (self.movement_card, self.churn_card, self.trial_card, self.recovery_card):
            cards.addWidget(card)
        cards.addStretch(1)
        cards.addWidget(self.export_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards, 2)
        layout.addWidget(self.chart_view, 5)
        self.show_reading()

    def show_reading(self) -> None:
        text = self.tr("Reading the invoices…")
        for card in (self.movement_card, self.churn_card, self.trial_card, self.recovery_card):
            card.setText(text)

    def show_figures(self, figures: ShopFigures) -> None:
        self.figures = figures
        self.export_button.setEnabled(True)
        show_movements(self.chart_view, figures.movements, figures.currency)
        self._texts()

    def redraw(self) -> None:
        if self.figures is not None:
            show_movements(self.chart_view, self.figures.movements, self.figures.currency)

    def _texts(self) -> None:
        f = self.figures
        assert f is not None
        cur = f.currency
        mv = f.movements.values
        up = mv["new"][-1] + mv["expansion"][-1] + mv["reactivated"][-1]
        down = mv["contraction"][-1] + mv["churned"][-1]
        net = format_money(up - down, cur)
        self.movement_card.setText(
            self.tr(
                "MRR this month: %1 (new %2, expansion %3, reactivated %4, contraction %5, churned %6)"
            )
            .replace("%1", ("+" if up >= down else "") + net)
            .replace("%2", format_money(mv["new"][-1], cur))
            .replace("%3", format_money(mv["expansion"][-1], cur))
            .replace("%4", format_money(mv["reactivated"][-1], cur))
            .replace("%5", format_money(mv["contraction"][-1], cur))
            .replace("%6", format_money(mv["churned"][-1], cur))
        )
        rate = f.movements.churn_rate[-2] if len(f.movements.months) > 1 else None
        self.churn_card.setText(
            self.tr("Churn last month: %1 (%2 of %3 paying customers)")
            .replace("%1", _percent(rate))
            .replace("%2", str(f.movements.churned_customers[-2]))
            .replace("%3", str(f.movements.paying_at_start[-2]))
        )
        trials = f.trials.total
        self.trial_card.setText(
            self.tr("Trial to paid: %1 (%2 of %3 trials, twelve months)")
            .replace("%1", _percent(trials.rate))
            .replace("%2", str(trials.part))
            .replace("%3", str(trials.whole))
        )
        rec = f.recovery.total
        self.recovery_card.setText(
            self.tr("Recovered: %1 (%2 of %3 failed invoices, %4)")
            .replace("%1", _percent(rec.rate))
            .replace("%2", str(rec.part))
            .replace("%3", str(rec.whole))
            .replace("%4", format_money(f.recovery.recovered_amount.get(cur, 0), cur))
        )

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), "overview.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> int:
        """Write every monthly series to ``path``; returns the number of months written."""
        assert self.figures is not None
        header, rows = csv_table(self.figures)
        return write_csv(path, header, rows)


def _percent(rate: float | None) -> str:
    if rate is None:
        return "–"
    return ui_locale().toString(rate * 100, "f", 1) + "%"
