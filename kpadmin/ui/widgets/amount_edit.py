"""A line edit for an amount typed the way its currency is written.

People type "₩100,000" or "100000" for KRW and "$10.00" or "10" for USD.
:func:`kpadmin.domain.money.parse_amount` turns that into minor units and
refuses what the currency cannot hold (``1.5`` KRW); this widget maps its
reason codes to translated sentences shown next to the field, and shows the
currency's own example as placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kpadmin.domain import money


def amount_problem_text(reason: str, currency: str) -> str:
    """The translated sentence for an :class:`AmountError` reason code."""
    code = currency.upper()
    texts = {
        "empty": QCoreApplication.translate("AmountEdit", "Enter an amount."),
        "not_a_number": QCoreApplication.translate(
            "AmountEdit", "This is not an amount. Type digits, for example %1."
        ).replace("%1", example_amount(currency)),
        "negative": QCoreApplication.translate("AmountEdit", "The amount cannot be negative."),
        "too_many_decimals": (
            QCoreApplication.translate(
                "AmountEdit", "%1 has no decimal places: type whole amounts, for example %2."
            )
            if money.exponent(currency) == 0
            else QCoreApplication.translate(
                "AmountEdit", "%1 has at most %3 decimal places, for example %2."
            )
        )
        .replace("%1", code)
        .replace("%2", example_amount(currency))
        .replace("%3", str(money.exponent(currency))),
        "too_large": QCoreApplication.translate(
            "AmountEdit", "The amount is larger than Stripe allows (%1)."
        ).replace("%1", money.format_plain(money.MAX_AMOUNT, currency)),
        "three_decimal_last_digit": QCoreApplication.translate(
            "AmountEdit", "For %1 the last of the three decimals must be 0."
        ).replace("%1", code),
    }
    return texts.get(reason, reason)


def example_amount(currency: str) -> str:
    """A typical amount written the currency's way: ₩100,000, $10.00, ¥1,000."""
    exp = money.exponent(currency)
    minor = {0: 100_000 if currency.lower() == "krw" else 1_000, 2: 1_000, 3: 10_000}[exp]
    return money.format_plain(minor, currency)


class AmountEdit(QLineEdit):
    """Amount entry for one currency at a time.

    Signals:
        amountChanged(object): the parsed minor units (int) or None while the text is invalid.
    """

    amountChanged = Signal(object)

    def __init__(self, currency: str = "krw", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency.lower()
        self._maximum: int | None = None
        self.setAccessibleName(self.tr("Amount"))
        self.textChanged.connect(lambda _t: self.amountChanged.emit(self.amount_or_none()))
        self.editingFinished.connect(self._tidy)
        self._update_placeholder()

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        """Switch currency; the text is kept and re-read in the new currency."""
        self._currency = currency.lower()
        self._update_placeholder()
        self.amountChanged.emit(self.amount_or_none())

    def amount(self) -> int:
        """The amount in minor units.

        Raises:
            money.AmountError: with the reason the text is not an amount of this currency.
        """
        return money.parse_amount(self.text(), self._currency)

    def amount_or_none(self) -> int | None:
        try:
            return self.amount()
        except money.AmountError:
            return None

    def problem(self) -> str | None:
        """The translated reason the text is not a valid amount, or None."""
        try:
            self.amount()
        except money.AmountError as exc:
            return amount_problem_text(exc.reason, self._currency)
        return None

    def set_amount(self, minor: int) -> None:
        """Show ``minor`` units the currency's way (₩100,000, $10.00)."""
        self.setText(money.format_plain(minor, self._currency))

    def _tidy(self) -> None:
        """Rewrite a valid amount in the currency's own form once the user leaves the field."""
        value = self.amount_or_none()
        if value is not None:
            tidy = money.format_plain(value, self._currency)
            if tidy != self.text():
                self.setText(tidy)

    def set_maximum_hint(self, minor: int | None) -> None:
        """Show "up to <minor>" as the placeholder instead of an example amount.

        Where an upper bound exists (what is left to refund), an example above it
        would suggest an amount that cannot be sent.
        """
        self._maximum = minor
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self._maximum is not None:
            self.setPlaceholderText(
                self.tr("up to %1").replace("%1", money.format_plain(self._maximum, self._currency))
            )
        else:
            self.setPlaceholderText(example_amount(self._currency))
