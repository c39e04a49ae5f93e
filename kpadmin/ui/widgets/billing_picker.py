"""How often a price bills: one-time, or every N days/weeks/months/years.

Stripe caps a recurring interval at three years, so the count's maximum
follows the unit (1095 days, 156 weeks, 36 months, 3 years).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

INTERVALS = ("day", "week", "month", "year")
# Stripe caps a billing interval at three years.
MAX_INTERVAL_COUNT = {"day": 1095, "week": 156, "month": 36, "year": 3}


class BillingPicker(QWidget):
    """Recurring/one-time radios and an "every [N] [unit]" row; monthly by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locked = False
        self.recurring_radio = QRadioButton(self.tr("&Recurring"), self)
        self.one_time_radio = QRadioButton(self.tr("&One-time"), self)
        self.type_group = QButtonGroup(self)
        self.type_group.addButton(self.recurring_radio)
        self.type_group.addButton(self.one_time_radio)
        self.recurring_radio.setChecked(True)
        self.recurring_radio.toggled.connect(lambda _c: self._update_enabled())

        self.interval_count_spin = QSpinBox(self)
        self.interval_count_spin.setAccessibleName(self.tr("Interval count"))
        self.interval_count_spin.setRange(1, MAX_INTERVAL_COUNT["month"])
        self.interval_combo = QComboBox(self)
        self.interval_combo.setAccessibleName(self.tr("Billing interval"))
        names = {
            "day": self.tr("day(s)"),
            "week": self.tr("week(s)"),
            "month": self.tr("month(s)"),
            "year": self.tr("year(s)"),
        }
        for interval in INTERVALS:
            self.interval_combo.addItem(names[interval], interval)
        self.interval_combo.setCurrentIndex(INTERVALS.index("month"))
        self.interval_combo.currentIndexChanged.connect(self._on_unit_changed)

        type_row = QHBoxLayout()
        type_row.addWidget(self.recurring_radio)
        type_row.addWidget(self.one_time_radio)
        type_row.addStretch(1)
        interval_row = QHBoxLayout()
        interval_row.addWidget(QLabel(self.tr("every"), self))
        interval_row.addWidget(self.interval_count_spin)
        interval_row.addWidget(self.interval_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(type_row)
        layout.addLayout(interval_row)

    def interval(self) -> str | None:
        """``day``/``week``/``month``/``year``, or None for a one-time price."""
        return self.interval_combo.currentData() if self.recurring_radio.isChecked() else None

    def interval_count(self) -> int:
        return self.interval_count_spin.value() if self.recurring_radio.isChecked() else 1

    def set_billing(self, interval: str | None, count: int | None) -> None:
        """Show a price's billing (None interval: one-time)."""
        if interval in INTERVALS:
            self.recurring_radio.setChecked(True)
            self.interval_combo.setCurrentIndex(INTERVALS.index(interval))
            self.interval_count_spin.setValue(count or 1)
        else:
            self.one_time_radio.setChecked(True)

    def set_locked(self, locked: bool) -> None:
        """Read-only (an existing price: Stripe never changes its interval)."""
        self._locked = locked
        self.recurring_radio.setEnabled(not locked)
        self.one_time_radio.setEnabled(not locked)
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self.recurring_radio.isChecked() and not self._locked
        self.interval_combo.setEnabled(editable)
        self.interval_count_spin.setEnabled(editable)

    def _on_unit_changed(self) -> None:
        self.interval_count_spin.setMaximum(MAX_INTERVAL_COUNT[self.interval_combo.currentData()])
