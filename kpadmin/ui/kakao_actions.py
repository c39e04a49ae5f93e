"""The Kakao Pay actions the Customers and Subscriptions tabs offer, in one place.

- :class:`CustomerKakaoBar`: under a customer's details: "Add Kakao Pay",
  "Make default" (for the selected wallet), "New subscription…", and the
  customer's pending approval ("Waiting for approval… Show") while one runs.
- :func:`resume_payment`: "Resume payment" on an incomplete subscription whose
  first PaymentIntent still needs the customer.
- :func:`open_new_subscription`: the new-subscription dialog, wired to
  "Add Kakao Pay" when the customer has no wallet yet.

The tabs add these with a few lines; the logic lives here so the tabs stay
about lists and details.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kpadmin.redirect.approval import ApprovalFlow, Kind
from kpadmin.stripe_api import GatewayError, new_action_key
from kpadmin.stripe_api.records import Customer, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html
from kpadmin.ui.formatting import format_money
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.terms_view import cadence_of

if TYPE_CHECKING:  # the dialogs are imported when opened: the Customers tab paints sooner
    from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog
    from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog

# First-PaymentIntent statuses for which the customer must act.
NEEDS_CUSTOMER = ("requires_action", "requires_payment_method", "requires_confirmation")


def can_resume(sub: Subscription | None) -> bool:
    """Whether "Resume payment" applies: incomplete, and its first payment still needs the customer.

    A list row has no PaymentIntent status (None): allowed, the action
    retrieves it and says so if there is nothing to do.
    """
    if sub is None or sub.status != "incomplete":
        return False
    inv = sub.latest_invoice
    status = inv.payment_intent_status if inv is not None else None
    return status is None or status in NEEDS_CUSTOMER


def customer_label(customer: Customer) -> str:
    return customer.name or customer.email or customer.id


@dataclass(frozen=True, slots=True)
class Payer:
    """Who pays for what, for an approval dialog.

    Attributes:
        label: "Kim Minjun · Cloud backup" (ids where Stripe could not be read).
        locales: the customer's ``preferred_locales``; None when they could not be read.
    """

    label: str
    locales: tuple[str, ...] | None


async def who_pays_what(
    context: AppContext, customer_id: str, sub: Subscription | None = None
) -> Payer:
    """The customer's name and language and the plan's name, read from Stripe."""
    from kpadmin.ui.dialogs.kakao_texts import payment_label

    gateway = context.gateway
    who, plan, locales = customer_id, "", None
    try:
        customer = await gateway.customers.retrieve(customer_id)
        who, locales = customer_label(customer), customer.preferred_locales
    except GatewayError:
        pass  # the id names them still; the approval does not depend on it
    if sub is not None and sub.items:
        price = sub.items[0].price
        plan = price.nickname or price.product_id
        if not price.nickname:
            try:
                plan = (await gateway.products.retrieve(price.product_id)).name
            except GatewayError:
                pass
    return Payer(payment_label(who, plan), locales)


def open_new_subscription(
    context: AppContext,
    customer: Customer | None,
    parent: QWidget | None,
    on_created: Callable[[Subscription], None] | None = None,
) -> NewSubscriptionDialog:
    """Open "New subscription" (non-modal); "Add Kakao Pay" inside it starts the wallet setup."""
    from kpadmin.ui.dialogs.approval_dialog import start_wallet_setup
    from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog

    dialog = NewSubscriptionDialog(context, customer, parent)
    dialog.addWalletRequested.connect(
        lambda c: start_wallet_setup(
            context, c.id, customer_label(c), parent, customer_locales=c.preferred_locales
        )
    )
    if on_created is not None:
        dialog.created.connect(on_created)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


async def resume_payment(
    context: AppContext, sub: Subscription, parent: QWidget | None
) -> ApprovalDialog | None:
    """Show the running approval of ``sub``'s first payment, or prepare a new one.

    Returns None when Stripe says the first payment no longer needs the
    customer (paid meanwhile, or expired); the caller refreshes.
    """
    from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog, show_flow

    running = context.approvals.for_subscription(sub.id)
    if running is not None:
        return show_flow(context, running, parent)
    start = await context.gateway.subscriptions.first_payment(sub.id)
    if not start.needs_customer or start.payment_intent is None:
        return None
    fresh, pi = start.subscription, start.payment_intent
    total = fresh.total
    amount = (
        format_money(total.amount, total.currency)
        if total
        else format_money(pi.amount, pi.currency)
    )
    cadence = cadence_of(fresh.items[0].price) if fresh.items else None
    payer = await who_pays_what(context, fresh.customer_id, fresh)
    dialog = ApprovalDialog(
        context,
        kind=Kind.PAYMENT,
        customer_id=fresh.customer_id,
        customer_label=payer.label,
        payment=(pi.id, fresh.id, fresh.default_payment_method_id, amount, cadence),
        customer_locales=payer.locales,
        parent=parent,
    )
    dialog.show()
    return dialog


class CustomerKakaoBar(QWidget):
    """Kakao Pay actions for the customer shown in a detail pane.

    Args:
        context: the open profile.
        selected_payment_method: returns the id of the payment method selected
            in the pane (for "Make default"), or None.

    Signals:
        customerChanged(object): the customer after "Make default" (the pane reloads).
        reloadRequested(): a wallet was saved or a subscription started.
    """

    customerChanged = Signal(object)
    reloadRequested = Signal()

    def __init__(
        self,
        context: AppContext,
        selected_payment_method: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._selected = selected_payment_method
        self._customer: Customer | None = None
        self._tasks = TaskRunner(self, on_error=self._show_error)

        self.add_button = QPushButton(self.tr("Add Kakao Pay…"), self)
        self.add_button.setToolTip(
            self.tr("Save a Kakao Pay wallet: the customer approves in Kakao Pay")
        )
        self.add_button.clicked.connect(self.add_kakao_pay)
        self.default_button = QPushButton(self.tr("Make default"), self)
        self.default_button.setToolTip(
            self.tr("Charge the selected payment method for this customer's invoices")
        )
        self.default_button.clicked.connect(self.make_default)
        self.subscription_button = QPushButton(self.tr("New subscription…"), self)
        self.subscription_button.clicked.connect(self.new_subscription)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingApproval")
        self.pending_label.setWordWrap(True)
        self.pending_button = QPushButton(self.tr("Show"), self)
        self.pending_button.setAccessibleName(self.tr("Show the pending approval"))
        self.pending_button.clicked.connect(self.show_pending)
        self.error_label = FieldError(self)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.default_button, self.subscription_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        pending = QHBoxLayout()
        pending.setContentsMargins(0, 0, 0, 0)
        pending.addWidget(self.pending_label, 1)
        pending.addWidget(self.pending_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(pending)
        layout.addWidget(self.error_label)
        context.approvals.changed.connect(self._on_flow_changed)
        context.approvals.ended.connect(self._on_flow_ended)
        self.set_customer(None)

    def set_customer(self, customer: Customer | None) -> None:
        self._customer = customer
        self.error_label.clear_error()
        for b in (self.add_button, self.subscription_button):
            b.setEnabled(customer is not None and not customer.deleted)
        self.selection_changed()
        self._update_pending()

    def selection_changed(self) -> None:
        """The pane's selected payment method changed: "Make default" needs one not default yet."""
        customer = self._customer
        pm_id = self._selected()
        self.default_button.setEnabled(
            customer is not None
            and not customer.deleted
            and pm_id is not None
            and pm_id != customer.default_payment_method_id
        )

    def pending_flows(self) -> tuple[ApprovalFlow, ...]:
        if self._customer is None:
            return ()
        return self._context.approvals.for_customer(self._customer.id)

    def _update_pending(self) -> None:
        flows = self.pending_flows()
        if not flows:
            self.pending_label.hide()
            self.pending_button.hide()
            return
        flow = flows[0]
        what = (
            self.tr("saving a Kakao Pay wallet")
            if flow.kind is Kind.SETUP
            # Who pays for what ("Kim Minjun · Cloud backup"), as the approval dialog's title.
            else self.tr("the payment of %1").replace(
                "%1", flow.label or flow.subscription_id or ""
            )
        )
        self.pending_label.setText(
            self.tr("Waiting for the customer's approval: %1.").replace("%1", what)
        )
        self.pending_label.show()
        self.pending_button.show()

    def _on_flow_changed(self, flow: ApprovalFlow) -> None:
        if self._customer is not None and flow.customer_id == self._customer.id:
            self._update_pending()

    def _on_flow_ended(self, flow: ApprovalFlow) -> None:
        if self._customer is not None and flow.customer_id == self._customer.id:
            self._update_pending()
            self.reloadRequested.emit()

    # -- actions ------------------------------------------------------------------------
    def add_kakao_pay(self) -> ApprovalDialog | None:
        if self._customer is None:
            return None
        from kpadmin.ui.dialogs.approval_dialog import start_wallet_setup

        return start_wallet_setup(
            self._context,
            self._customer.id,
            customer_label(self._customer),
            self.window(),
            customer_locales=self._customer.preferred_locales,
        )

    def show_pending(self) -> ApprovalDialog | None:
        from kpadmin.ui.dialogs.approval_dialog import show_flow

        flows = self.pending_flows()
        return show_flow(self._context, flows[0], self.window()) if flows else None

    def new_subscription(self) -> NewSubscriptionDialog | None:
        if self._customer is None:
            return None
        return open_new_subscription(
            self._context,
            self._customer,
            self.window(),
            on_created=lambda _s: self.reloadRequested.emit(),
        )

    def make_default(self) -> None:
        pm_id = self._selected()
        if self._customer is None:
            return
        if not pm_id:
            self.error_label.show_error(self.tr("Select a payment method first."))
            return
        self._tasks.run(
            self._make_default(self._customer.id, pm_id), key="default", busy=[self.default_button]
        )

    async def _make_default(self, customer_id: str, pm_id: str) -> None:
        customer = await self._context.gateway.customers.set_default_payment_method(
            customer_id, pm_id, idempotency_key=new_action_key()
        )
        self.customerChanged.emit(customer)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
