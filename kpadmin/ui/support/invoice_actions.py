"""A failed payment: retry the open invoice, or write it off (uncollectible or void).

- **Retry** charges the invoice now, off-session, with the subscription's
  wallet (``/v1/invoices/{id}/pay``). A decline comes back with Stripe's
  reason. When the wallet needs the customer (``authentication_required``, or
  the PaymentIntent is left in ``requires_action``) the dialog hands over to
  the Kakao Pay approval dialog, which confirms the invoice's PaymentIntent
  with the customer present.
- **Mark uncollectible**: still owed, no longer chased (it can be voided later).
- **Void**: nothing is owed any more. Cannot be undone.

"Send payment link…" (an open invoice) hands the customer the invoice's
hosted page instead: the link, its QR code and a message in their language
(:mod:`kpadmin.ui.dialogs.customer_messages`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.redirect.approval import Kind
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Invoice, Subscription
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.customer_messages import can_send_invoice, open_invoice_message
from kpadmin.ui.formatting import format_money
from kpadmin.ui.kakao_actions import Payer, who_pays_what
from kpadmin.ui.support.base import SupportDialog
from kpadmin.ui.widgets.status_chip import status_text
from kpadmin.ui.widgets.terms_view import cadence_of

RETRY = "retry"
UNCOLLECTIBLE = "uncollectible"
VOID = "void"

# PaymentIntent statuses that mean the customer must approve in their wallet.
NEEDS_CUSTOMER = frozenset({"requires_action", "requires_confirmation"})


def allowed_actions(invoice: Invoice) -> tuple[str, ...]:
    """What can be done with ``invoice`` as it stands (Stripe's rules)."""
    if invoice.status == "open":
        return (RETRY, UNCOLLECTIBLE, VOID)
    if invoice.status == "uncollectible":
        return (VOID,)
    return ()


def needs_customer(err: GatewayError) -> bool:
    """Whether a failed retry means the customer must approve the payment themselves."""
    return err.kind == "card" and err.code == "authentication_required"


class InvoiceActionsDialog(SupportDialog):
    """Retry, mark uncollectible or void ``invoice``.

    Args:
        sub: the invoice's subscription, for the approval hand-over (its payment method).

    Attributes:
        approval: the approval dialog opened by a hand-over, if any.
        message: the "Send payment link" dialog opened last, if any.
    """

    def __init__(
        self,
        context: AppContext,
        invoice: Invoice,
        parent: QWidget | None = None,
        sub: Subscription | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Failed payment"),
            intro=self.tr("Invoice %1 (%2) is %3: %4 is still due.")
            .replace("%1", invoice.number or invoice.id)
            .replace("%2", format_money(invoice.total, invoice.currency))
            .replace("%3", status_text(invoice.status).lower())
            .replace("%4", format_money(invoice.amount_remaining, invoice.currency)),
            confirm_label=self.tr("Confirm"),
            parent=parent,
            **kwargs,
        )
        self._invoice = invoice
        self._sub = sub
        if sub is not None:
            self.name_subject(
                sub,
                amount=self.tr("%1 due").replace(
                    "%1", format_money(invoice.amount_remaining, invoice.currency)
                ),
                ids=(invoice.number or invoice.id, sub.id),
            )
        self.approval: QWidget | None = None
        self.message: QWidget | None = None
        self.link_button = QPushButton(self.tr("Send payment link…"), self)
        self.link_button.setObjectName("sendPaymentLink")
        self.link_button.setAutoDefault(False)
        self.link_button.setEnabled(can_send_invoice(invoice))
        self.link_button.setToolTip(
            self.tr("Give the customer the invoice's payment page: link, QR code and a message")
            if can_send_invoice(invoice)
            else self.tr("Only an open invoice has a page the customer can pay on.")
        )
        self.link_button.clicked.connect(self.send_link)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        choices = QWidget(self)
        box = QVBoxLayout(choices)
        box.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        allowed = allowed_actions(invoice)
        for value, text in (
            (RETRY, self.tr("Retry the payment now")),
            (UNCOLLECTIBLE, self.tr("Mark uncollectible (write off, still owed)")),
            (VOID, self.tr("Void (nothing is owed; cannot be undone)")),
        ):
            radio = QRadioButton(text, choices)
            radio.setEnabled(value in allowed)
            self.radios[value] = radio
            self.group.addButton(radio)
            box.addWidget(radio)
        if allowed:
            self.radios[allowed[0]].setChecked(True)
        self.form.addRow(self.tr("Action"), choices)
        self.group.buttonToggled.connect(self.update_summary)
        self.update_summary()

    def send_link(self) -> None:
        """Open the invoice's payment page as a link, QR code and message for the customer."""
        self.tasks.run(self._send_link(), key="link", busy=[self.link_button])

    async def _send_link(self) -> None:
        # Its child: a window beside this window-modal dialog would be blocked while it is open.
        self.message = await open_invoice_message(self.context, self._invoice, self, self._sub)

    def choice(self) -> str | None:
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def set_choice(self, value: str) -> None:
        self.radios[value].setChecked(True)

    def payload(self) -> Any:
        choice = self.choice()
        return (choice,) if choice else None

    def validation_error(self) -> str:
        return self.tr("This invoice is %1: nothing can be done with it here.").replace(
            "%1", status_text(self._invoice.status).lower()
        )

    def describe(self) -> str:
        due = format_money(self._invoice.amount_remaining, self._invoice.currency)
        choice = self.choice()
        if choice == RETRY:
            return self.tr(
                "%1 is charged now to the subscription's saved wallet, without "
                "the customer. "
                "If the wallet needs the customer's approval, the approval "
                "dialog opens."
            ).replace("%1", due)
        if choice == UNCOLLECTIBLE:
            return self.tr(
                "No more attempts are made to collect %1. The invoice stays "
                "owed and can still be paid or voided later."
            ).replace("%1", due)
        return self.tr(
            "The invoice is voided: the customer no longer owes %1. This cannot be undone."
        ).replace("%1", due)

    async def perform(self, payload: Any, idempotency_key: str) -> Invoice:
        gw, iid = self.gateway, self._invoice.id
        if payload[0] == UNCOLLECTIBLE:
            return await gw.invoices.mark_uncollectible(iid, idempotency_key=idempotency_key)
        if payload[0] == VOID:
            return await gw.invoices.void(iid, idempotency_key=idempotency_key)
        # The subscription's wallet as it is now: after "Payment method…" switched it, the
        # retry charges the new one, not the one the failed attempt used.
        pm_id = self._sub.default_payment_method_id if self._sub is not None else None
        try:
            invoice = await gw.invoices.pay(
                iid, idempotency_key=idempotency_key, payment_method_id=pm_id
            )
        except GatewayError as err:
            if needs_customer(err):
                await self.hand_over(self._invoice)
            raise
        if invoice.status == "open" and invoice.payment_intent_id:
            fresh = await gw.invoices.retrieve(iid)
            status = fresh.payment_intent_status
            if status is None:
                pi = await gw.payment_intents.retrieve(invoice.payment_intent_id)
                status = pi.status
            if status in NEEDS_CUSTOMER:
                await self.hand_over(invoice)
        return invoice

    async def hand_over(self, invoice: Invoice) -> QWidget | None:
        """Open the approval dialog for the invoice's PaymentIntent (the customer approves).

        Titled, like the other approval dialogs, by who pays for what (the
        customer's and the plan's names, read from Stripe), not by the invoice
        number; the terms open in the customer's language.
        """
        from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog

        if not invoice.payment_intent_id:
            return None
        sub = self._sub
        amount = format_money(invoice.amount_remaining, invoice.currency)
        payer = (
            await who_pays_what(self.context, invoice.customer_id, sub)
            if invoice.customer_id
            else Payer(invoice.number or invoice.id, None)
        )
        dialog = ApprovalDialog(
            self.context,
            kind=Kind.PAYMENT,
            customer_id=invoice.customer_id,
            customer_label=payer.label,
            payment=(
                invoice.payment_intent_id,
                invoice.subscription_id,
                sub.default_payment_method_id if sub else None,
                amount,
                cadence_of(sub.items[0].price) if sub is not None and sub.items else None,
            ),
            customer_locales=payer.locales,
            first_payment=invoice.is_first_payment,
            parent=self.parentWidget(),
        )
        dialog.show()
        self.approval = dialog
        if self.isVisible():
            # The approval window takes over: this window-modal dialog would block it (both
            # belong to the main window) until closed, and nothing is left to do here.
            QTimer.singleShot(0, self.close)
        self.result_label.setText(
            self.tr(
                "The customer's wallet needs their approval: continue in "
                "the Kakao Pay approval window."
            )
        )
        self.result_label.show()
        return dialog

    def result_text(self, record: Invoice) -> str:
        if self.approval is not None and record.status == "open":
            return self.tr(
                "The customer's wallet needs their approval: continue in the "
                "Kakao Pay approval window."
            )
        return (
            self.tr("Invoice %1 is now %2.")
            .replace("%1", record.number or record.id)
            .replace("%2", status_text(record.status).lower())
        )
