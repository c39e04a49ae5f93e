"""Open "hand the customer the link" for an invoice or a waiting approval.

These read what the message needs from Stripe (the customer's name, email
and ``preferred_locales``; the shop's name; the amount), check the link and
open :class:`~kpadmin.ui.dialogs.customer_message_dialog.CustomerMessageDialog`.
The invoice actions, the Needs-attention tab and the approval dialog call
them with one line.

The shop is named by the invoice's ``account_name`` (the Stripe account's
public business name), else by the plan's product; a read that fails leaves
that part out of the message rather than the message out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kpadmin.domain import customer_message
from kpadmin.domain.customer_message import Facts
from kpadmin.redirect import browser, links
from kpadmin.redirect.approval import ApprovalFlow, Kind
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, Invoice, Subscription
from kpadmin.ui.context import AppContext

if TYPE_CHECKING:  # the dialog is imported when opened
    from kpadmin.ui.dialogs.customer_message_dialog import CustomerMessageDialog


def can_send_invoice(invoice: Invoice | None) -> bool:
    """Whether the invoice has a page the customer can pay on (open, with a hosted page)."""
    return invoice is not None and invoice.status == "open" and bool(invoice.hosted_invoice_url)


async def _customer(context: AppContext, customer_id: str | None) -> Customer | None:
    if not customer_id:
        return None
    try:
        return await context.gateway.customers.retrieve(customer_id)
    except GatewayError:  # the message without a name, in the UI's language
        return None


async def _product_name(context: AppContext, sub: Subscription | None) -> str:
    """The name of the subscription's plan's product ("" when it cannot be read)."""
    if sub is None or not sub.items:
        return ""
    try:
        return str((await context.gateway.products.retrieve(sub.items[0].price.product_id)).name)
    except GatewayError:
        return ""


async def _subscription(context: AppContext, sub_id: str | None) -> Subscription | None:
    if not sub_id:
        return None
    try:
        return await context.gateway.subscriptions.retrieve(sub_id)
    except GatewayError:
        return None


def _sandbox_origin(context: AppContext) -> str | None:
    return context.profile.api_base if context.mode == "sandbox" else None


def _open(
    facts: Facts,
    link: links.LinkCheck,
    customer: Customer | None,
    customer_id: str | None,
    parent: QWidget | None,
) -> CustomerMessageDialog:
    from kpadmin.ui.dialogs.customer_message_dialog import CustomerMessageDialog

    dialog = CustomerMessageDialog(
        facts,
        link,
        # The id when the customer could not be read: the title still says whose link it is.
        customer_label=(customer.name or customer.email or customer.id)
        if customer
        else customer_id or "",
        email=(customer.email or "") if customer else "",
        locales=customer.preferred_locales if customer else (),
        parent=parent,
    )
    dialog.show()
    return dialog


async def open_invoice_message(
    context: AppContext,
    invoice: Invoice,
    parent: QWidget | None,
    sub: Subscription | None = None,
) -> CustomerMessageDialog:
    """The invoice's hosted payment page, and a message asking the customer to pay there."""
    customer = await _customer(context, invoice.customer_id)
    shop = invoice.account_name or ""
    if not shop:
        sub = sub or await _subscription(context, invoice.subscription_id)
        shop = await _product_name(context, sub)
    renewal = invoice.billing_reason == "subscription_cycle"
    facts = Facts(
        kind=customer_message.PAY_RENEWAL if renewal else customer_message.PAY_INVOICE,
        link="",
        shop=shop,
        amount=invoice.amount_remaining,
        currency=invoice.currency,
        invoice_number=invoice.number or "",
        customer_name=(customer.name or "") if customer else "",
    )
    link = browser.check_url(
        invoice.hosted_invoice_url or "", sandbox_origin=_sandbox_origin(context)
    )
    return _open(facts, link, customer, invoice.customer_id, parent)


async def open_approval_message(
    context: AppContext, flow: ApprovalFlow, link: links.LinkCheck, parent: QWidget | None
) -> CustomerMessageDialog:
    """The waiting approval's link (as its dialog checked it), with a message around it."""
    customer = await _customer(context, flow.customer_id)
    amount: int | None = None
    currency = ""
    intent_id = flow.status.intent_id
    if flow.kind is Kind.PAYMENT and intent_id:
        try:
            pi = await context.gateway.payment_intents.retrieve(intent_id)
            amount, currency = pi.amount, pi.currency
        except GatewayError:
            pass  # the message without the amount
    sub = await _subscription(context, flow.subscription_id)
    latest = sub.latest_invoice if sub is not None else None
    shop = (latest.account_name if latest is not None else None) or await _product_name(
        context, sub
    )
    facts = Facts(
        kind=customer_message.APPROVE_WALLET
        if flow.kind is Kind.SETUP
        else customer_message.APPROVE_PAYMENT,
        link="",
        shop=shop,
        amount=amount,
        currency=currency,
        invoice_number=(latest.number or "") if latest is not None else "",
        customer_name=(customer.name or "") if customer else "",
    )
    return _open(facts, link, customer, flow.customer_id, parent)
