"""Refunds (``/v1/refunds``) and the charges they refund (``/v1/charges``).

A refund names a ``payment_intent`` (its latest charge is refunded) or a
``charge``; ``amount`` defaults to what is left. Rules as Stripe states them:
- only a succeeded charge can be refunded, never for more than is left
  (``amount - amount_refunded``; code ``amount_too_large``, or
  ``charge_already_refunded`` when nothing is left);
- Kakao Pay and the other South Korean methods: refunds and partial refunds
  only within 365 days of the charge (``charge_expired_for_refund`` after);
- refunds succeed at once in the sandbox (Stripe's Kakao Pay refunds may stay
  ``pending`` for a while).

The charge gets ``amount_refunded``, ``refunded`` (when fully refunded) and
its ``refunds`` list; ``charge.refunded`` and ``refund.created`` are emitted.
The invoice the charge paid stays ``paid`` with its ``amount_paid``, as at
Stripe where only a credit note changes an invoice after payment.
"""

from __future__ import annotations

from stripe.params import (
    ChargeListParams,
    ChargeRetrieveParams,
    RefundCreateParams,
    RefundListParams,
    RefundRetrieveParams,
)

from kpadmin.domain.money import format_plain
from kpadmin.sandbox.core import (
    Ctx,
    Obj,
    Routes,
    invalid,
    p_enum,
    p_int,
    p_metadata,
    p_str,
    paginate,
)
from kpadmin.sandbox.resources import billing

routes = Routes()

REFUND_WINDOW = 365 * 86400
REASONS = ("duplicate", "fraudulent", "requested_by_customer")


def _charge_to_refund(ctx: Ctx) -> Obj:
    p = ctx.params
    charge_id, pi_id = p_str(p, "charge"), p_str(p, "payment_intent")
    if charge_id and pi_id:
        raise invalid("You can only pass one of `charge` or `payment_intent`.", "charge")
    if pi_id:
        pi = ctx.store.get(pi_id, "payment_intent", "payment_intent")
        if pi["status"] != "succeeded" or not pi.get("latest_charge"):
            raise invalid(
                f"This PaymentIntent ({pi_id}) does not have a successful charge to refund.",
                "payment_intent",
                "charge_not_refundable",
            )
        return ctx.store.get(pi["latest_charge"], "charge")
    if not charge_id:
        raise invalid(
            "One of the following params should be provided for this request: "
            "payment_intent or charge.",
            "charge",
            "parameter_missing",
        )
    return ctx.store.get(charge_id, "charge", "charge")


@routes.post("/v1/refunds", RefundCreateParams)
def create_refund(ctx: Ctx) -> Obj:
    charge = _charge_to_refund(ctx)
    with billing.customer_time(ctx.store, charge.get("customer")):
        return _refund(ctx, charge)


def _refund(ctx: Ctx, charge: Obj) -> Obj:
    p = ctx.params
    if charge["status"] != "succeeded":
        raise invalid(
            f"Charge {charge['id']} has not succeeded and cannot be refunded.",
            "charge",
            "charge_not_refundable",
        )
    now = ctx.store.now()
    method = (charge.get("payment_method_details") or {}).get("type")
    if method in billing.KOREAN_METHODS and now - charge["created"] > REFUND_WINDOW:
        raise invalid(
            f"Charge {charge['id']} is older than 365 days; {method} payments can "
            f"only be refunded within 365 days.",
            "charge",
            "charge_expired_for_refund",
        )
    left = charge["amount"] - charge["amount_refunded"]
    if left <= 0:
        raise invalid(
            f"Charge {charge['id']} has already been refunded.", "charge", "charge_already_refunded"
        )
    amount = p_int(p, "amount", left, minimum=1)
    assert amount is not None
    if amount > left:
        cur = charge["currency"]
        raise invalid(
            f"Refund amount ({format_plain(amount, cur)} {cur}) is greater than "
            f"unrefunded amount on charge ({format_plain(left, cur)} {cur})",
            "amount",
            "amount_too_large",
        )
    refund: Obj = {
        "id": ctx.store.new_id("re"),
        "object": "refund",
        "amount": amount,
        "balance_transaction": ctx.store.new_id("txn"),
        "charge": charge["id"],
        "created": now,
        "currency": charge["currency"],
        "customer": charge.get("customer"),
        "customer_account": None,
        "description": None,
        # Stripe declares no details hash for the Korean wallets: the type alone.
        "destination_details": {"type": method} if method else None,
        "failure_balance_transaction": None,
        "failure_reason": None,
        "instructions_email": None,
        "metadata": p_metadata(p),
        "next_action": None,
        "payment_intent": charge.get("payment_intent"),
        "payment_method": charge.get("payment_method"),
        "pending_reason": None,
        "presentment_details": None,
        "reason": p_enum(p, "reason", REASONS),
        "receipt_number": None,
        "source_transfer_reversal": None,
        "status": "succeeded",
        "transfer_reversal": None,
    }
    ctx.store.put(refund)
    prev = {"amount_refunded": charge["amount_refunded"], "refunded": charge["refunded"]}
    charge["amount_refunded"] += amount
    charge["refunded"] = charge["amount_refunded"] >= charge["amount"]
    charge["refunds"]["data"].insert(0, refund)
    ctx.store.put(charge)
    ctx.emit("refund.created", refund)
    ctx.emit("charge.refunded", charge, prev)
    return refund


@routes.get("/v1/refunds/{id}", RefundRetrieveParams)
def retrieve_refund(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "refund")


@routes.get("/v1/refunds", RefundListParams)
def list_refunds(ctx: Ctx) -> Obj:
    items = ctx.store.all("refund")
    for name in ("charge", "payment_intent"):
        want = p_str(ctx.params, name)
        if want:
            items = [r for r in items if r[name] == want]
    return paginate(ctx, billing.created_filter(ctx, items), "/v1/refunds")


@routes.get("/v1/charges/{id}", ChargeRetrieveParams)
def retrieve_charge(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "charge")


@routes.get("/v1/charges", ChargeListParams)
def list_charges(ctx: Ctx) -> Obj:
    items = ctx.store.all("charge")
    for name in ("customer", "payment_intent"):
        want = p_str(ctx.params, name)
        if want:
            items = [c for c in items if c.get(name) == want]
    return paginate(ctx, billing.created_filter(ctx, items), "/v1/charges")
