"""Who and what a support dialog acts on, in people's words: the first line and the title.

An agent on the phone checks a refund or a cancellation against the name the
customer gave, not against ``sub_…`` ids. So a dialog that moves money or
ends something names, in its window title and its first line, the customer
(name and email), the plan and the amount; the ids follow as a second, quieter
line for anyone who must match them against Stripe.

The subscription record holds only the customer's id, so the dialog reads the
customer from Stripe when it opens (one small GET); until that answer comes,
or if it fails, the customer's id stands in for the name.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kpadmin.stripe_api.records import Customer, Price, Subscription
from kpadmin.ui.formatting import format_money_value
from kpadmin.ui.models.prices_model import per_interval_text

PlanName = Callable[[Price], str]


def plan_of(sub: Subscription, plan_name: PlanName | None = None) -> str:
    """The first item's plan name (nickname, product name or id), "+ N" for more items."""
    if not sub.items:
        return ""
    price = sub.items[0].price
    name = plan_name(price) if plan_name is not None else (price.nickname or price.id)
    extra = len(sub.items) - 1
    return f"{name} + {extra}" if extra else name


def amount_of(sub: Subscription) -> str:
    """What the subscription bills, per interval: "₩100,000 / month"."""
    total = sub.total
    if total is None:
        return ""
    suffix = per_interval_text(sub.items[0].price) if sub.items else ""
    return f"{format_money_value(total)} {suffix}".strip()


class SubjectLabel(QLabel):
    """The first line of a support dialog: customer, plan, amount; ids below.

    Attributes:
        customer: the customer once read from Stripe (None before, or when that failed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportSubject")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer: Customer | None = None
        self._customer_id = ""
        self._plan = ""
        self._amount = ""
        self._ids: tuple[str, ...] = ()
        self.hide()

    def set_subject(
        self, *, customer_id: str, plan: str, amount: str, ids: tuple[str, ...]
    ) -> None:
        self._customer_id = customer_id
        self._plan, self._amount, self._ids = plan, amount, ids
        self._render()

    def set_amount(self, amount: str) -> None:
        self._amount = amount
        self._render()

    def set_customer(self, customer: Customer) -> None:
        if customer.id == self._customer_id:
            self.customer = customer
            self._render()

    def who(self) -> str:
        """ "Name (email)", or the email, or the customer id while neither is known."""
        c = self.customer
        if c is None:
            return self._customer_id
        if c.name and c.email:
            return f"{c.name} ({c.email})"
        return c.name or c.email or c.id

    def headline(self) -> str:
        """Customer, plan and amount in one line of plain text (for the window title)."""
        return " · ".join(p for p in (self.who(), self._plan, self._amount) if p)

    def _render(self) -> None:
        first = " · ".join(
            [f"<b>{html.escape(self.who())}</b>"]
            + [html.escape(p) for p in (self._plan, self._amount) if p]
        )
        ids = " · ".join(html.escape(i) for i in (*self._ids, self._customer_id) if i)
        self.setText(f"{first}<br><span style='color: gray'>{ids}</span>")
        self.show()
