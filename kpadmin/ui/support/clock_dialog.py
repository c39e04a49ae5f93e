"""Advance a customer's test clock (SANDBOX and TEST mode only).

A test clock (``/v1/test_helpers/test_clocks``) is the time a test customer
lives in. Moving it forward makes Stripe do what would happen meanwhile:
renewals, their payments, a failed payment and ``past_due``, the end of a
trial or a scheduled cancellation. LIVE accounts have no test clocks, so the
button is never offered there (:func:`clock_allowed`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPushButton, QWidget

from kpadmin.stripe_api.records import Customer
from kpadmin.stripe_api.records_support import TestClock
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_timestamp
from kpadmin.ui.support.base import SupportDialog


def clock_allowed(mode: str, customer: Customer | None) -> bool:
    """Whether "Advance the clock" applies: a customer on a test clock, not in LIVE mode."""
    return mode in ("sandbox", "test") and customer is not None and bool(customer.test_clock_id)


class AdvanceClockDialog(SupportDialog):
    """Move ``customer``'s test clock forward.

    Attributes:
        clock: the clock as last loaded.
    """

    def __init__(
        self, context: AppContext, customer: Customer, parent: QWidget | None = None, **kwargs: Any
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Advance the test clock"),
            intro=self.tr(
                "Move the test clock of %1 forward: Stripe bills everything that "
                "falls due meanwhile (renewals, retries, trial ends), as it would "
                "in real time. Every customer on this clock moves with it."
            ).replace("%1", customer.name or customer.id),
            confirm_label=self.tr("Advance"),
            parent=parent,
            **kwargs,
        )
        assert customer.test_clock_id, "the customer has no test clock"
        self._clock_id = customer.test_clock_id
        self.clock: TestClock | None = None
        self.now_label = QLabel(self.tr("Loading…"), self)
        self.form.addRow(self.tr("Clock time now"), self.now_label)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Advance by"))
        for text, days, months in (
            (self.tr("1 day"), 1, 0),
            (self.tr("1 week"), 7, 0),
            (self.tr("1 month"), 0, 1),
            (self.tr("2 months"), 0, 2),
        ):
            self.preset.addItem(text, (days, months))
        self.preset.setCurrentIndex(2)
        self.form.addRow(self.tr("Advance by"), self.preset)
        self.target = QDateTimeEdit(self)
        self.target.setCalendarPopup(True)
        self.target.setAccessibleName(self.tr("New clock time"))
        self.form.addRow(self.tr("New clock time"), self.target)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.target.dateTimeChanged.connect(self.update_summary)
        self.tasks.run(self._load(), key="load", busy=[self.body])
        self.update_summary()

    async def _load(self) -> None:
        self.clock = await self.gateway.test_clocks.retrieve(self._clock_id)
        self.now_label.setText(format_timestamp(self.clock.frozen_time))
        self._apply_preset()

    def _apply_preset(self, *_args: object) -> None:
        if self.clock is None:
            return
        days, months = self.preset.currentData()
        start = QDateTime.fromSecsSinceEpoch(self.clock.frozen_time)
        self.target.setDateTime(start.addDays(days).addMonths(months))
        self.update_summary()

    def frozen_time(self) -> int:
        return self.target.dateTime().toSecsSinceEpoch()

    def payload(self) -> Any:
        if self.clock is None or self.frozen_time() <= self.clock.frozen_time:
            return None
        return (self._clock_id, self.frozen_time())

    def validation_error(self) -> str:
        if self.clock is None:
            return self.tr("Loading the clock…")
        return self.tr("Choose a time after the clock's current time.")

    def describe(self) -> str:
        return (
            self.tr(
                "The clock moves from %1 to %2. What falls due in between is "
                "billed and charged now."
            )
            .replace("%1", format_timestamp(self.clock.frozen_time if self.clock else None))
            .replace("%2", format_timestamp(self.frozen_time()))
        )

    async def perform(self, payload: Any, idempotency_key: str) -> TestClock:
        clock_id, frozen_time = payload
        return await self.gateway.test_clocks.advance(
            clock_id, frozen_time, idempotency_key=idempotency_key
        )

    def result_text(self, record: TestClock) -> str:
        if not record.ready:
            return self.tr("Stripe is still advancing the clock; refresh in a moment.")
        return self.tr("The clock is now at %1.").replace(
            "%1", format_timestamp(record.frozen_time)
        )


class AdvanceClockButton(QPushButton):
    """ "Advance the test clock…" for the customer in a detail pane; hidden when not offered.

    Signals:
        advanced(object): the clock after it moved (the pane reloads the customer's objects).

    Attributes:
        dialog: the dialog opened last (tests drive it).
    """

    advanced = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Advance the test clock…"))
        self.setToolTip(
            self.tr(
                "Move this test customer's clock forward to see renewals "
                "and failed payments happen (SANDBOX and TEST mode only)"
            )
        )
        self._context = context
        self._customer: Customer | None = None
        self.dialog: AdvanceClockDialog | None = None
        self.clicked.connect(self.open_dialog)
        self.set_customer(None)

    def set_customer(self, customer: Customer | None) -> None:
        self._customer = customer
        self.setVisible(clock_allowed(self._context.mode, customer))

    def open_dialog(self) -> AdvanceClockDialog | None:
        if not clock_allowed(self._context.mode, self._customer):
            return None
        assert self._customer is not None
        self.dialog = AdvanceClockDialog(self._context, self._customer, self.window())
        self.dialog.completed.connect(self.advanced.emit)
        self.dialog.open()
        return self.dialog
