"""Invoices and invoice payments: draft → open → paid (or void / uncollectible).

A subscription bills through :func:`new_invoice` and :func:`finalize`; a
finalized invoice with something to pay gets a PaymentIntent, recorded as an
``invoice_payment`` (Stripe's basil-era link: ``invoice.payments.data[].
payment.payment_intent``; invoices have no ``payment_intent`` field any more).
When that intent settles, :func:`after_payment` hears of it (:mod:`settlement`),
updates the invoice and announces the invoice's outcome to its subscription.
"""

from __future__ import annotations

from stripe.params import (
    InvoiceFinalizeInvoiceParams,
    InvoiceListLinesParams,
    InvoiceListParams,
    InvoiceMarkUncollectibleParams,
    InvoicePaymentListParams,
    InvoicePaymentRetrieveParams,
    InvoicePayParams,
    InvoiceRetrieveParams,
    InvoiceSearchParams,
    InvoiceVoidInvoiceParams,
)

from kpadmin.sandbox.core import (
    ApiError,
    Ctx,
    Obj,
    Routes,
    Store,
    invalid,
    list_object,
    p_bool,
    p_enum,
    p_str,
    paginate,
)
from kpadmin.sandbox.resources import billing, payment_intents, settlement
from kpadmin.sandbox.search import FieldSpec, search_response

routes = Routes()

ACCOUNT_NAME = "kpadmin sandbox shop"
SEARCH_FIELDS: dict[str, FieldSpec] = {
    "created": "number",
    "currency": "token",
    "customer": "token",
    "metadata": "metadata",
    "number": "string",
    "receipt_number": "string",
    "status": "token",
    "total": "number",
    "subscription": (
        "token",
        lambda o: ((o.get("parent") or {}).get("subscription_details") or {}).get("subscription"),
    ),
}


def new_invoice(
    ctx: Ctx,
    sub: Obj,
    lines: list[Obj],
    *,
    billing_reason: str,
    period_start: int,
    period_end: int,
    preview: bool = False,
) -> Obj:
    """A draft invoice for ``sub`` with ``lines`` (dicts: item, amount, description, period,
    optional proration flag).

    A net credit (prorations larger than the charges) leaves nothing due; the
    sandbox does not model the customer balance that Stripe would credit.
    ``preview`` builds the same object without storing it or emitting events
    (``create_preview``: an ``upcoming_in_…`` id, never payable).
    """
    store = ctx.store
    iid = ("upcoming_" if preview else "") + store.new_id("in")
    cus = store.get(sub["customer"], "customer")
    total = sum(line["amount"] for line in lines)
    due = max(total, 0)
    inv: Obj = {
        "id": iid,
        "object": "invoice",
        "account_country": "KR",
        "account_name": ACCOUNT_NAME,
        "account_tax_ids": None,
        "amount_due": due,
        "amount_overpaid": 0,
        "amount_paid": 0,
        "amount_paid_off_stripe": 0,
        "amount_remaining": due,
        "amount_shipping": 0,
        "application": None,
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": True,
        "automatic_tax": {
            "disabled_reason": None,
            "enabled": False,
            "liability": None,
            "provider": None,
            "status": None,
        },
        "automatically_finalizes_at": None,
        "billing_reason": billing_reason,
        "collection_method": sub["collection_method"],
        "confirmation_secret": None,
        "created": store.now(),
        "currency": sub["currency"],
        "custom_fields": None,
        "customer": cus["id"],
        "customer_account": None,
        "customer_address": cus.get("address"),
        "customer_email": cus.get("email"),
        "customer_name": cus.get("name"),
        "customer_phone": cus.get("phone"),
        "customer_shipping": cus.get("shipping"),
        "customer_tax_exempt": cus.get("tax_exempt") or "none",
        "customer_tax_ids": [],
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": None,
        "discounts": [],
        "due_date": None,
        "effective_at": None,
        "ending_balance": None,
        "footer": None,
        "from_invoice": None,
        "hosted_invoice_url": None,
        "invoice_pdf": None,
        "issuer": {"type": "self"},
        "last_finalization_error": None,
        "latest_revision": None,
        "lines": list_object(f"/v1/invoices/{iid}/lines", []),
        "livemode": False,
        "metadata": {},
        "next_payment_attempt": None,
        "number": None,
        "on_behalf_of": None,
        "parent": {
            "type": "subscription_details",
            "quote_details": None,
            "subscription_details": {
                "metadata": dict(sub["metadata"]),
                "subscription": sub["id"],
                "subscription_proration_date": None,
            },
        },
        "payment_settings": {
            "default_mandate": None,
            "payment_method_options": None,
            "payment_method_types": sub["payment_settings"]["payment_method_types"],
        },
        "payments": list_object(f"/v1/invoice_payments?invoice={iid}", []),
        "period_end": period_end,
        "period_start": period_start,
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": None,
        "rendering": None,
        "shipping_cost": None,
        "shipping_details": None,
        "starting_balance": 0,
        "statement_descriptor": None,
        "status": "draft",
        "status_transitions": {
            "finalized_at": None,
            "marked_uncollectible_at": None,
            "paid_at": None,
            "voided_at": None,
        },
        "status_details": None,
        "subtotal": total,
        "subtotal_excluding_tax": total,
        "test_clock": sub.get("test_clock"),
        "threshold_reason": None,
        "total": total,
        "total_discount_amounts": [],
        "total_excluding_tax": total,
        "total_pretax_credit_amounts": [],
        "total_taxes": [],
        "webhooks_delivered_at": None,
    }
    for line in lines:
        item = line["item"]
        price = item["price"]
        inv["lines"]["data"].append(
            {
                "id": store.new_id("il"),
                "object": "line_item",
                "amount": line["amount"],
                "currency": sub["currency"],
                "description": line["description"],
                "discount_amounts": [],
                "discountable": True,
                "discounts": [],
                "invoice": iid,
                "livemode": False,
                "metadata": {},
                "parent": {
                    "type": "subscription_item_details",
                    "invoice_item_details": None,
                    "subscription_item_details": {
                        "invoice_item": None,
                        "proration": bool(line.get("proration")),
                        "proration_details": {"credited_items": None},
                        "subscription": sub["id"],
                        "subscription_item": item["id"],
                    },
                },
                "period": {"end": line["period"][1], "start": line["period"][0]},
                "pretax_credit_amounts": [],
                "pricing": {
                    "type": "price_details",
                    "price_details": {"price": price["id"], "product": price["product"]},
                    "unit_amount_decimal": str(price.get("unit_amount") or 0),
                },
                "quantity": item["quantity"],
                "quantity_decimal": str(item["quantity"]),
                "subscription": sub["id"],
                "subtotal": line["amount"],
                "taxes": [],
            }
        )
    if preview:
        return inv
    store.put(inv)
    ctx.emit("invoice.created", inv)
    return inv


def finalize(
    ctx: Ctx, inv: Obj, *, default_pm: str | None = None, description: str = "Subscription creation"
) -> Obj:
    """Open the invoice: a number, a hosted page, and a PaymentIntent when something is due."""
    store = ctx.store
    if inv["status"] != "draft":
        raise invalid(
            "This invoice is already finalized, you can't re-finalize a non-draft invoice.",
            code="invoice_not_editable",
        )
    now = store.now()
    numbered = [i for i in store.all("invoice") if i["customer"] == inv["customer"] and i["number"]]
    prefix = inv["customer"][-8:].upper()
    inv["number"] = f"{prefix}-{len(numbered) + 1:04d}"
    inv["status"] = "open"
    inv["effective_at"] = now
    inv["status_transitions"]["finalized_at"] = now
    inv["hosted_invoice_url"] = f"{ctx.base_url}/_sandbox/invoices/{inv['id']}"
    inv["invoice_pdf"] = None  # the sandbox renders no PDFs
    if inv["collection_method"] == "send_invoice" and inv["due_date"] is None:
        inv["due_date"] = now + 30 * 86400
    if inv["amount_due"] > 0:
        types = inv["payment_settings"]["payment_method_types"] or (
            ["kakao_pay"] if inv["currency"] == "krw" else ["card"]
        )
        pi = payment_intents.new_payment_intent(
            ctx,
            amount=inv["amount_due"],
            currency=inv["currency"],
            customer=inv["customer"],
            payment_method=default_pm,
            types=types,
            description=description,
        )
        inv["default_payment_method"] = default_pm
        inv["confirmation_secret"] = {
            "client_secret": pi["client_secret"],
            "type": "payment_intent",
        }
        ipay: Obj = {
            "id": store.new_id("inpay"),
            "object": "invoice_payment",
            "amount_paid": None,
            "amount_requested": inv["amount_due"],
            "created": now,
            "currency": inv["currency"],
            "invoice": inv["id"],
            "is_default": True,
            "livemode": False,
            "payment": {"type": "payment_intent", "payment_intent": pi["id"]},
            "status": "open",
            "status_transitions": {"canceled_at": None, "paid_at": None},
        }
        store.put(ipay)
        inv["payments"]["data"].append(ipay)
    store.put(inv)
    ctx.emit("invoice.finalized", inv)
    if inv["amount_due"] == 0:
        _mark_paid(ctx, inv, None)
    return inv


def payment_intent_of(store: Store, inv: Obj) -> Obj | None:
    """The invoice's current (default) PaymentIntent."""
    for ipay in inv["payments"]["data"]:
        pi_id = ipay["payment"].get("payment_intent")
        if ipay["is_default"] and isinstance(pi_id, str):
            return store.find(pi_id)
    return None


def invoice_of(store: Store, pi_id: str) -> tuple[Obj, Obj] | None:
    """``(invoice, invoice_payment)`` for a PaymentIntent that pays an invoice."""
    for ipay in store.all("invoice_payment"):
        if ipay["payment"].get("payment_intent") == pi_id:
            return store.get(ipay["invoice"], "invoice"), ipay
    return None


def collect(ctx: Ctx, inv: Obj, pm_id: str | None, *, off_session: bool = True) -> Obj:
    """Charge the invoice's PaymentIntent with ``pm_id``; re-raises a decline (402)."""
    pi = payment_intent_of(ctx.store, inv)
    if pi is None or inv["status"] != "open":
        return inv
    if pi["status"] == "requires_action":  # a pending redirect is replaced by this attempt
        pi["status"] = "requires_confirmation"
    params: Obj = {"off_session": "true" if off_session else "false"}
    if pm_id:
        params["payment_method"] = pm_id
    elif not pi.get("payment_method"):
        raise invalid(
            "This invoice has no payment method to charge: pass `payment_method` "
            "or set a default payment method.",
            "payment_method",
            "invoice_no_payment_method_types",
        )
    payment_intents.confirm(ctx, pi, params)
    return ctx.store.get(inv["id"], "invoice")


def _sync_payment(store: Store, inv: Obj, ipay: Obj) -> None:
    store.put(ipay)
    inv["payments"]["data"] = [
        ipay if p["id"] == ipay["id"] else p for p in inv["payments"]["data"]
    ]


def _mark_paid(ctx: Ctx, inv: Obj, pi: Obj | None) -> None:
    now = ctx.store.now()
    inv.update(
        status="paid",
        amount_paid=inv["amount_due"],
        amount_remaining=0,
        attempted=True,
        next_payment_attempt=None,
    )
    inv["status_transitions"]["paid_at"] = now
    if pi is not None:
        inv["attempt_count"] += 1
    ctx.store.put(inv)
    ctx.emit("invoice.paid", inv)
    ctx.emit("invoice.payment_succeeded", inv)
    settlement.invoice_settled(ctx, inv, pi)


@settlement.on_payment
def after_payment(ctx: Ctx, pi: Obj) -> None:
    """A PaymentIntent settled or needs action: update the invoice it pays (if any)."""
    found = invoice_of(ctx.store, pi["id"])
    if found is None:
        return
    inv, ipay = found
    if inv["status"] != "open":
        return
    if pi["status"] == "succeeded":
        ipay["status"] = "paid"
        ipay["amount_paid"] = pi["amount_received"]
        ipay["status_transitions"]["paid_at"] = ctx.store.now()
        _sync_payment(ctx.store, inv, ipay)
        _mark_paid(ctx, inv, pi)
    elif pi["status"] == "requires_payment_method" and pi.get("last_payment_error"):
        prev = {"attempt_count": inv["attempt_count"]}
        if not inv["attempted"]:
            prev["attempted"] = False
        inv["attempted"] = True
        inv["attempt_count"] += 1
        ctx.store.put(inv)
        ctx.emit("invoice.payment_failed", inv)
        ctx.emit("invoice.updated", inv, prev)  # as Stripe: the attempt is a change too
        settlement.invoice_settled(ctx, inv, pi)
    elif pi["status"] == "requires_action":
        ctx.emit("invoice.payment_action_required", inv)


def void(ctx: Ctx, inv: Obj) -> Obj:
    if inv["status"] not in ("open", "uncollectible"):
        raise invalid(
            f"You can only void open or uncollectible invoices; this one is {inv['status']}.",
            code="invoice_not_editable",
        )
    prev = inv["status"]
    inv["status"] = "void"
    inv["status_transitions"]["voided_at"] = ctx.store.now()
    inv["amount_remaining"] = 0
    pi = payment_intent_of(ctx.store, inv)
    if pi and pi["status"] not in ("succeeded", "canceled"):
        pi.update(
            status="canceled",
            canceled_at=ctx.store.now(),
            next_action=None,
            cancellation_reason="void_invoice",
        )
        ctx.store.put(pi)
        ctx.emit("payment_intent.canceled", pi)
        for ipay in inv["payments"]["data"]:
            if ipay["status"] == "open":
                ipay["status"] = "canceled"
                ipay["status_transitions"]["canceled_at"] = ctx.store.now()
                _sync_payment(ctx.store, inv, ipay)
    ctx.store.put(inv)
    ctx.emit("invoice.voided", inv, {"status": prev})
    return inv


# --------------------------------------------------------------------------- routes


@routes.get("/v1/invoices/search", InvoiceSearchParams)
def search_invoices(ctx: Ctx) -> Obj:
    return search_response(
        ctx, ctx.store.all("invoice"), SEARCH_FIELDS, "/v1/invoices/search", resource="invoices"
    )


@routes.get("/v1/invoices/{id}", InvoiceRetrieveParams)
def retrieve_invoice(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "invoice")


@routes.get("/v1/invoices", InvoiceListParams)
def list_invoices(ctx: Ctx) -> Obj:
    p = ctx.params
    items = billing.listed(ctx, "invoice")
    for name in ("customer", "status", "collection_method"):
        want = p_str(p, name)
        if want:
            items = [o for o in items if o[name] == want]
    sub = p_str(p, "subscription")
    if sub:
        items = [
            o
            for o in items
            if (o["parent"] or {}).get("subscription_details", {}).get("subscription") == sub
        ]
    items = billing.created_filter(ctx, items)
    items = billing.created_filter(ctx, items, "due_date")
    return paginate(ctx, items, "/v1/invoices")


@routes.get("/v1/invoices/{id}/lines", InvoiceListLinesParams)
def list_invoice_lines(ctx: Ctx) -> Obj:
    inv = ctx.store.get(ctx.path["id"], "invoice")
    return paginate(ctx, inv["lines"]["data"], f"/v1/invoices/{inv['id']}/lines")


@routes.post("/v1/invoices/{id}/pay", InvoicePayParams)
def pay_invoice(ctx: Ctx) -> Obj:
    """Retry an open invoice now (``off_session`` defaults to true here)."""
    inv = ctx.store.get(ctx.path["id"], "invoice")
    with billing.customer_time(ctx.store, inv["customer"]):
        return _pay(ctx, inv)


def _pay(ctx: Ctx, inv: Obj) -> Obj:
    if inv["status"] == "paid":
        raise invalid("Invoice is already paid")
    if inv["status"] != "open":
        raise invalid(
            f"You can only pay an open invoice; this invoice is {inv['status']}.",
            code="invoice_not_editable",
        )
    if p_bool(ctx.params, "paid_out_of_band", False):
        pi = payment_intent_of(ctx.store, inv)
        if pi and pi["status"] not in ("succeeded", "canceled"):
            pi.update(status="canceled", canceled_at=ctx.store.now(), next_action=None)
            ctx.store.put(pi)
        _mark_paid(ctx, inv, None)
        return ctx.store.get(inv["id"], "invoice")
    pm_id = p_str(ctx.params, "payment_method")
    if not pm_id:
        pi = payment_intent_of(ctx.store, inv)
        pm_id = (pi or {}).get("payment_method") or _default_pm(ctx, inv)
    try:
        return collect(
            ctx, inv, pm_id, off_session=p_bool(ctx.params, "off_session", True) is not False
        )
    except ApiError as err:
        if err.status == 402:
            err.extra.pop("payment_intent", None)
            err.extra["payment_intent"] = payment_intent_of(ctx.store, inv)
        raise


def _default_pm(ctx: Ctx, inv: Obj) -> str | None:
    sub_id = (inv["parent"] or {}).get("subscription_details", {}).get("subscription")
    sub = ctx.store.find(sub_id) if sub_id else None
    pm_id = sub.get("default_payment_method") if sub else None
    if not isinstance(pm_id, str):
        cus = ctx.store.find(inv["customer"]) or {}
        pm_id = (cus.get("invoice_settings") or {}).get("default_payment_method")
    return pm_id if isinstance(pm_id, str) and pm_id else None


@routes.post("/v1/invoices/{id}/void", InvoiceVoidInvoiceParams)
def void_invoice(ctx: Ctx) -> Obj:
    return void(ctx, ctx.store.get(ctx.path["id"], "invoice"))


@routes.post("/v1/invoices/{id}/mark_uncollectible", InvoiceMarkUncollectibleParams)
def mark_uncollectible(ctx: Ctx) -> Obj:
    inv = ctx.store.get(ctx.path["id"], "invoice")
    if inv["status"] != "open":
        raise invalid(
            f"You can only mark an open invoice as uncollectible; this invoice is {inv['status']}.",
            code="invoice_not_editable",
        )
    inv["status"] = "uncollectible"
    inv["status_transitions"]["marked_uncollectible_at"] = ctx.store.now()
    ctx.store.put(inv)
    ctx.emit("invoice.marked_uncollectible", inv, {"status": "open"})
    return inv


@routes.post("/v1/invoices/{id}/finalize", InvoiceFinalizeInvoiceParams)
def finalize_invoice(ctx: Ctx) -> Obj:
    inv = ctx.store.get(ctx.path["id"], "invoice")
    return finalize(ctx, inv, default_pm=_default_pm(ctx, inv), description="Subscription update")


@routes.get("/v1/invoice_payments", InvoicePaymentListParams)
def list_invoice_payments(ctx: Ctx) -> Obj:
    items = ctx.store.all("invoice_payment")
    inv = p_str(ctx.params, "invoice")
    if inv:
        items = [o for o in items if o["invoice"] == inv]
    status = p_enum(ctx.params, "status", ("canceled", "open", "paid"))
    if status:
        items = [o for o in items if o["status"] == status]
    payment = ctx.params.get("payment")
    if isinstance(payment, dict) and payment.get("payment_intent"):
        items = [
            o for o in items if o["payment"].get("payment_intent") == payment["payment_intent"]
        ]
    return paginate(ctx, billing.created_filter(ctx, items), "/v1/invoice_payments")


@routes.get("/v1/invoice_payments/{id}", InvoicePaymentRetrieveParams)
def retrieve_invoice_payment(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "invoice_payment")
