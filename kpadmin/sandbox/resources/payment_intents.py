"""PaymentIntents: create, confirm (off-session or through the approval page), charges.

A Kakao Pay PaymentIntent either charges at once (``off_session`` with a
wallet that has an active mandate) or goes to ``requires_action`` with a
redirect to the sandbox's approval page (:mod:`kpadmin.sandbox.kakao_page`).
Whichever way it ends, :func:`settle` writes the Charge, the Events and
announces the new state (:mod:`settlement`), which the invoice the intent pays
listens to.
"""

from __future__ import annotations

import secrets

from stripe.params import (
    PaymentIntentCancelParams,
    PaymentIntentConfirmParams,
    PaymentIntentCreateParams,
    PaymentIntentListParams,
    PaymentIntentRetrieveParams,
    PaymentIntentSearchParams,
    PaymentIntentUpdateParams,
)

from kpadmin.domain.money import MAX_AMOUNT
from kpadmin.sandbox.core import (
    Ctx,
    Obj,
    Routes,
    invalid,
    p_bool,
    p_enum,
    p_int,
    p_metadata,
    p_req,
    p_str,
    paginate,
    unexpected_state,
)
from kpadmin.sandbox.resources import billing, settlement
from kpadmin.sandbox.search import search_response

routes = Routes()

SEARCH_FIELDS = {
    "amount": "number",
    "created": "number",
    "currency": "token",
    "customer": "token",
    "metadata": "metadata",
    "status": "token",
}

_CONFIRMABLE = ("requires_payment_method", "requires_confirmation", "requires_action")
_CANCELABLE = (*_CONFIRMABLE, "requires_capture", "processing")


def new_payment_intent(
    ctx: Ctx,
    *,
    amount: int,
    currency: str,
    customer: str | None = None,
    payment_method: str | None = None,
    types: list[str] | None = None,
    description: str | None = None,
    metadata: Obj | None = None,
    setup_future_usage: str | None = None,
) -> Obj:
    """Create and store a PaymentIntent (``payment_intent.created``), not yet confirmed."""
    pid = ctx.store.new_id("pi")
    pi: Obj = {
        "id": pid,
        "object": "payment_intent",
        "allowed_payment_method_types": None,
        "amount": amount,
        "amount_capturable": 0,
        "amount_details": {
            "discount_amount": None,
            "error": None,
            "line_items": None,
            "shipping": None,
            "tax": None,
            "tip": {"amount": None},
        },
        "amount_received": 0,
        "application": None,
        "application_fee_amount": None,
        "automatic_payment_methods": None,
        "canceled_at": None,
        "cancellation_reason": None,
        "capture_method": "automatic",
        "client_secret": billing.client_secret(pid),
        "confirmation_method": "automatic",
        "created": ctx.store.now(),
        "currency": currency.lower(),
        "customer": customer,
        "customer_account": None,
        "description": description,
        "excluded_payment_method_types": None,
        "hooks": None,
        "last_payment_error": None,
        "latest_charge": None,
        "livemode": False,
        "managed_payments": None,
        "metadata": metadata or {},
        "next_action": None,
        "on_behalf_of": None,
        "payment_details": None,
        "payment_method": payment_method,
        "payment_method_configuration_details": None,
        "payment_method_options": {
            t: _method_options(t, setup_future_usage) for t in (types or ["kakao_pay"])
        },
        "payment_record": None,
        "presentment_details": None,
        "payment_method_types": list(types or ["kakao_pay"]),
        "processing": None,
        "receipt_email": None,
        "review": None,
        "setup_future_usage": setup_future_usage,
        "shipping": None,
        "source": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "requires_confirmation" if payment_method else "requires_payment_method",
        "transfer_data": None,
        "transfer_group": None,
    }
    ctx.store.put(pi)
    ctx.emit("payment_intent.created", pi)
    return pi


def _method_options(method: str, setup_future_usage: str | None) -> Obj:
    """A method's entry in ``payment_method_options``: the Korean wallets report capture and
    future usage (automatic capture reads as null); other methods have nothing set."""
    if method not in billing.KOREAN_METHODS:
        return {}
    return {"capture_method": None, "setup_future_usage": setup_future_usage}


def confirm(ctx: Ctx, pi: Obj, params: Obj) -> Obj:
    """Confirm ``pi`` with ``params`` (those of the confirm call); may raise a 402 decline."""
    if pi["status"] not in _CONFIRMABLE:
        raise unexpected_state(
            "payment_intent",
            f"This PaymentIntent's status is "
            f"{pi['status']}, but it must be one of {', '.join(_CONFIRMABLE)}"
            f" to be confirmed.",
        )
    billing.validate_mandate_data(params)
    pm = billing.resolve_payment_method(ctx, pi, params)
    if pm is None:
        raise unexpected_state(
            "payment_intent",
            "You cannot confirm this PaymentIntent because "
            "it's missing a payment method. To confirm the PaymentIntent, "
            "specify a payment method or payment_method_data.",
        )
    billing.check_currency([pm["type"]], pi["currency"], pi["amount"])
    if pm["type"] not in pi["payment_method_types"]:
        pi["payment_method_types"].append(pm["type"])
    off = p_str(params, "off_session")
    off_session = off in ("true", "one_off", "recurring")
    pi["last_payment_error"] = None
    pi["next_action"] = None
    if off_session and pm.get("customer") and billing.active_mandate(ctx.store, pm["id"]):
        settle(ctx, pi, authorized=not billing.wallet_is_dry(ctx.store, pm["id"]))
        if pi["status"] != "succeeded":
            raise billing.raise_for(pi["last_payment_error"], payment_intent=pi)
        return pi
    if off_session:
        pi["status"] = "requires_payment_method"
        pi["last_payment_error"] = {
            "type": "card_error",
            "code": "authentication_required",
            "message": "This Kakao Pay wallet has no active mandate for off-session charges; "
            "the customer must authorize this payment.",
            "payment_method": pm,
        }
        ctx.store.put(pi)
        ctx.emit("payment_intent.payment_failed", pi)
        settlement.payment_changed(ctx, pi)
        raise billing.raise_for(pi["last_payment_error"], payment_intent=pi)
    return_url = p_str(params, "return_url")
    if not return_url:
        raise invalid(
            f"A `return_url` must be specified because this PaymentIntent's payment "
            f"method `{pm['type']}` requires a redirect to authorize the payment.",
            "return_url",
        )
    billing.start_redirect(ctx, pi, return_url, params.get("mandate_data"))
    ctx.store.put(pi)
    ctx.emit("payment_intent.requires_action", pi)
    settlement.payment_changed(ctx, pi)
    return pi


def settle(
    ctx: Ctx, pi: Obj, *, authorized: bool, mandate_data: Obj | None = None, save: bool = False
) -> Obj:
    """Finish a payment attempt: a Charge, the intent's new state, Events, the invoice.

    ``save`` (after the approval page, when the payment sets up future use)
    attaches the wallet to the customer and gives it a mandate.
    """
    store = ctx.store
    pm = store.get(pi["payment_method"], "payment_method")
    if authorized and save and pi.get("customer"):
        billing.attach(ctx, pm, pi["customer"])
        if not billing.active_mandate(store, pm["id"]):
            billing.create_mandate(ctx, pm, mandate_data)
    error = None if authorized else billing.decline()
    charge = _charge(ctx, pi, pm, error)
    pi["latest_charge"] = charge["id"]
    pi["next_action"] = None
    if error is None:
        pi["status"] = "succeeded"
        pi["amount_received"] = pi["amount"]
        pi["last_payment_error"] = None
        store.put(pi)
        ctx.emit("charge.succeeded", charge)
        ctx.emit("payment_intent.succeeded", pi)
    else:
        pi["status"] = "requires_payment_method"
        pi["last_payment_error"] = dict(error, charge=charge["id"], payment_method=pm)
        store.put(pi)
        ctx.emit("charge.failed", charge)
        ctx.emit("payment_intent.payment_failed", pi)
    settlement.payment_changed(ctx, pi)
    return pi


def _charge(ctx: Ctx, pi: Obj, pm: Obj, error: Obj | None) -> Obj:
    ok = error is None
    failure: Obj = error or {}
    cid = ctx.store.new_id("ch")
    charge: Obj = {
        "id": cid,
        "object": "charge",
        "amount": pi["amount"],
        "amount_captured": pi["amount"] if ok else 0,
        "amount_refunded": 0,
        "application": None,
        "application_fee": None,
        "application_fee_amount": None,
        "authorization_code": None,
        "balance_transaction": ctx.store.new_id("txn") if ok else None,
        "billing_details": pm["billing_details"],
        "calculated_statement_descriptor": "KPADMIN SANDBOX",
        "captured": ok,
        "created": ctx.store.now(),
        "currency": pi["currency"],
        "customer": pi.get("customer"),
        "description": pi.get("description"),
        "disputed": False,
        "failure_balance_transaction": None,
        "failure_code": failure.get("code"),
        "failure_message": failure.get("message"),
        "fraud_details": {},
        "level3": None,
        "livemode": False,
        "metadata": {},
        "on_behalf_of": None,
        "outcome": {
            "advice_code": None,
            "network_advice_code": None,
            "network_decline_code": None,
            "network_status": "approved_by_network" if ok else "declined_by_network",
            "reason": failure.get("decline_code"),
            "risk_level": "normal",
            "risk_score": None,
            "rule": None,
            "seller_message": "Payment complete."
            if ok
            else "The payment method provider declined the payment.",
            "type": "authorized" if ok else "issuer_declined",
        },
        "paid": ok,
        "presentment_details": None,
        "payment_intent": pi["id"],
        "payment_method": pm["id"],
        "payment_method_details": {
            "type": pm["type"],
            pm["type"]: {
                "buyer_id": "KB" + "".join(secrets.choice("0123456789") for _ in range(10)),
                "transaction_id": "T" + secrets.token_hex(9).upper(),
            },
        },
        "radar_options": None,
        "receipt_email": pi.get("receipt_email"),
        "receipt_number": None,
        "receipt_url": f"{ctx.base_url}/_sandbox/receipts/{cid}",
        "refunded": False,
        "refunds": {
            "object": "list",
            "data": [],
            "has_more": False,
            "url": f"/v1/charges/{cid}/refunds",
        },
        "review": None,
        "shipping": None,
        "source": None,
        "source_transfer": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "succeeded" if ok else "failed",
        "transfer": None,
        "transfer_data": None,
        "transfer_group": None,
    }
    ctx.store.put(charge)
    return charge


def fail_authorization(ctx: Ctx, pi: Obj) -> Obj:
    """The buyer pressed "fail" on the approval page."""
    pi["status"] = "requires_payment_method"
    pi["next_action"] = None
    pi["last_payment_error"] = {
        "type": "card_error",
        "code": "payment_intent_authentication_failure",
        "message": "The provided payment method has failed authentication. Provide a new "
        "payment method to attempt to fulfill this PaymentIntent again.",
        "payment_method": ctx.store.get(pi["payment_method"], "payment_method"),
    }
    ctx.store.put(pi)
    ctx.emit("payment_intent.payment_failed", pi)
    settlement.payment_changed(ctx, pi)
    return pi


# --------------------------------------------------------------------------- routes


@routes.post(
    "/v1/payment_intents", PaymentIntentCreateParams, extra_params=("payment_method_types",)
)
def create_payment_intent(ctx: Ctx) -> Obj:
    p = ctx.params
    amount = p_int(p, "amount", minimum=0, maximum=MAX_AMOUNT)  # 8 digits, as prices
    if amount is None:
        raise invalid("Missing required param: amount.", "amount", "parameter_missing")
    currency = p_req(p, "currency").lower()
    customer = p_str(p, "customer")
    if customer:
        ctx.store.get(customer, "customer", "customer")
    confirm_now = p_bool(p, "confirm", False)
    for name in ("return_url", "mandate_data", "off_session"):
        if p.get(name) not in (None, "") and not confirm_now:
            raise invalid(f"You can only pass in `{name}` when `confirm` is true.", name)
    types = billing.method_types(ctx, p, ["kakao_pay"] if currency == "krw" else ["card"])
    billing.check_currency(types, currency, amount)
    pm_id = p_str(p, "payment_method")
    if pm_id:
        billing.pm_for_customer(ctx, pm_id, customer, "payment_method")
    pi = new_payment_intent(
        ctx,
        amount=amount,
        currency=currency,
        customer=customer,
        payment_method=pm_id,
        types=types,
        description=p_str(p, "description"),
        metadata=p_metadata(p),
        setup_future_usage=p_enum(p, "setup_future_usage", ("off_session", "on_session", "none")),
    )
    pi["allowed_payment_method_types"] = billing.allowed_types(p)
    pi["receipt_email"] = p_str(p, "receipt_email")
    pi["statement_descriptor"] = p_str(p, "statement_descriptor")
    ctx.store.put(pi)
    if confirm_now:
        return confirm(ctx, pi, p)
    return pi


@routes.get("/v1/payment_intents/search", PaymentIntentSearchParams)
def search_payment_intents(ctx: Ctx) -> Obj:
    return search_response(
        ctx,
        ctx.store.all("payment_intent"),
        SEARCH_FIELDS,
        "/v1/payment_intents/search",
        resource="payment_intents",
    )


@routes.get("/v1/payment_intents/{id}", PaymentIntentRetrieveParams)
def retrieve_payment_intent(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "payment_intent")


@routes.post(
    "/v1/payment_intents/{id}", PaymentIntentUpdateParams, extra_params=("payment_method_types",)
)
def update_payment_intent(ctx: Ctx) -> Obj:
    pi = ctx.store.get(ctx.path["id"], "payment_intent")
    p = ctx.params
    if pi["status"] in ("succeeded", "canceled"):
        raise unexpected_state(
            "payment_intent",
            f"This PaymentIntent's status is {pi['status']} and it can no longer be updated.",
        )
    prev: Obj = {}
    for name in ("description", "receipt_email", "statement_descriptor", "setup_future_usage"):
        if name in p:
            prev[name] = pi[name]
            pi[name] = p_str(p, name) or None
    if "amount" in p:
        prev["amount"] = pi["amount"]
        pi["amount"] = p_int(p, "amount", minimum=0, maximum=MAX_AMOUNT)
    if "payment_method" in p:
        prev["payment_method"] = pi["payment_method"]
        pi["payment_method"] = billing.pm_for_customer(
            ctx, p_req(p, "payment_method"), pi["customer"], "payment_method"
        )["id"]
        pi["status"] = "requires_confirmation"
    if "payment_method_types" in p or "allowed_payment_method_types" in p:
        prev["payment_method_types"] = pi["payment_method_types"]
        pi["payment_method_types"] = billing.method_types(ctx, p, pi["payment_method_types"])
        pi["allowed_payment_method_types"] = billing.allowed_types(p)
    billing.check_currency(pi["payment_method_types"], pi["currency"], pi["amount"])
    if "metadata" in p:
        prev["metadata"] = pi["metadata"]
        pi["metadata"] = p_metadata(p, pi["metadata"])
    ctx.store.put(pi)
    return pi


@routes.post(
    "/v1/payment_intents/{id}/confirm",
    PaymentIntentConfirmParams,
    extra_params=("payment_method_types",),
)
def confirm_payment_intent(ctx: Ctx) -> Obj:
    return confirm(ctx, ctx.store.get(ctx.path["id"], "payment_intent"), ctx.params)


@routes.post("/v1/payment_intents/{id}/cancel", PaymentIntentCancelParams)
def cancel_payment_intent(ctx: Ctx) -> Obj:
    pi = ctx.store.get(ctx.path["id"], "payment_intent")
    if pi["status"] not in _CANCELABLE:
        raise unexpected_state(
            "payment_intent",
            f"You cannot cancel this PaymentIntent because "
            f"it has a status of {pi['status']}. Only a PaymentIntent with "
            f"one of the following statuses may be canceled: "
            f"{', '.join(_CANCELABLE)}.",
        )
    pi["status"] = "canceled"
    pi["canceled_at"] = ctx.store.now()
    pi["next_action"] = None
    pi["cancellation_reason"] = p_enum(
        ctx.params,
        "cancellation_reason",
        ("duplicate", "fraudulent", "requested_by_customer", "abandoned"),
    )
    ctx.store.put(pi)
    ctx.emit("payment_intent.canceled", pi)
    return pi


@routes.get("/v1/payment_intents", PaymentIntentListParams)
def list_payment_intents(ctx: Ctx) -> Obj:
    items = ctx.store.all("payment_intent")
    customer = p_str(ctx.params, "customer")
    if customer:
        items = [o for o in items if o["customer"] == customer]
    items = billing.created_filter(ctx, items)
    return paginate(ctx, items, "/v1/payment_intents")
