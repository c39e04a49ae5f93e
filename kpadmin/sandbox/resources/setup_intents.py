"""SetupIntents: saving a Kakao Pay wallet for off-session charges.

Kakao Pay setup always redirects: confirming sends the intent to
``requires_action`` with the approval page's URL. The page (see
:mod:`kpadmin.sandbox.kakao_page`) calls :func:`authorize` or :func:`fail`,
which attach the wallet to the customer and write its multi-use Mandate. Each
confirmation is recorded as a SetupAttempt (:mod:`setup_attempts`).
"""

from __future__ import annotations

from stripe.params import (
    SetupIntentCancelParams,
    SetupIntentConfirmParams,
    SetupIntentCreateParams,
    SetupIntentListParams,
    SetupIntentRetrieveParams,
    SetupIntentUpdateParams,
)

from kpadmin.sandbox.core import (
    Ctx,
    Obj,
    Routes,
    invalid,
    p_bool,
    p_enum,
    p_metadata,
    p_str,
    paginate,
    unexpected_state,
)
from kpadmin.sandbox.resources import billing, setup_attempts

routes = Routes()

_CONFIRMABLE = ("requires_payment_method", "requires_confirmation", "requires_action")


def new_setup_intent(
    ctx: Ctx,
    *,
    customer: str | None,
    types: list[str],
    usage: str = "off_session",
    description: str | None = None,
    metadata: Obj | None = None,
    payment_method: str | None = None,
    allowed: list[str] | None = None,
) -> Obj:
    sid = ctx.store.new_id("seti")
    si: Obj = {
        "id": sid,
        "object": "setup_intent",
        "allowed_payment_method_types": allowed,
        "application": None,
        "attach_to_self": None,
        "automatic_payment_methods": None,
        "cancellation_reason": None,
        "client_secret": billing.client_secret(sid),
        "created": ctx.store.now(),
        "customer": customer,
        "customer_account": None,
        "description": description,
        "excluded_payment_method_types": None,
        "flow_directions": None,
        "last_setup_error": None,
        "latest_attempt": None,
        "livemode": False,
        "managed_payments": None,
        "mandate": None,
        "metadata": metadata or {},
        "next_action": None,
        "on_behalf_of": None,
        "payment_method": payment_method,
        "payment_method_configuration_details": None,
        "payment_method_options": {},
        "payment_method_types": types,
        "single_use_mandate": None,
        "status": "requires_confirmation" if payment_method else "requires_payment_method",
        "usage": usage,
    }
    ctx.store.put(si)
    ctx.emit("setup_intent.created", si)
    return si


def confirm(ctx: Ctx, si: Obj, params: Obj) -> Obj:
    """Confirm: a redirect wallet goes to the approval page; needs ``return_url``."""
    if si["status"] not in _CONFIRMABLE:
        raise unexpected_state(
            "setup_intent",
            f"This SetupIntent's status is {si['status']}, "
            f"but it must be one of {', '.join(_CONFIRMABLE)} to be confirmed.",
        )
    billing.validate_mandate_data(params)
    pm = billing.resolve_payment_method(ctx, si, params)
    if pm is None:
        raise unexpected_state(
            "setup_intent",
            "You cannot confirm this SetupIntent because "
            "it's missing a payment method. Specify `payment_method` or "
            "`payment_method_data`.",
        )
    if pm["type"] not in si["payment_method_types"]:
        si["payment_method_types"].append(pm["type"])
    return_url = p_str(params, "return_url")
    if not return_url:
        raise invalid(
            f"A `return_url` must be specified because this SetupIntent's payment "
            f"method `{pm['type']}` requires a redirect to authorize it.",
            "return_url",
        )
    si["last_setup_error"] = None
    setup_attempts.new_attempt(ctx, si, pm)
    billing.start_redirect(ctx, si, return_url, params.get("mandate_data"))
    ctx.store.put(si)
    ctx.emit("setup_intent.requires_action", si)
    return si


def authorize(ctx: Ctx, si: Obj, *, dry: bool = False, mandate_data: Obj | None = None) -> Obj:
    """The buyer approved: attach the wallet, write its mandate, ``succeeded``.

    ``dry`` is the sandbox's "wallet runs dry" choice: the wallet is saved but
    every later off-session charge declines with insufficient funds.
    """
    pm = ctx.store.get(si["payment_method"], "payment_method")
    if si.get("customer"):
        billing.attach(ctx, pm, si["customer"])
    mandate = billing.create_mandate(ctx, pm, mandate_data)
    if dry:
        billing.set_wallet_dry(ctx.store, pm["id"])
    si["status"] = "succeeded"
    si["next_action"] = None
    si["last_setup_error"] = None
    si["mandate"] = mandate["id"]
    setup_attempts.settle(ctx, si, None)
    ctx.store.put(si)
    ctx.emit("setup_intent.succeeded", si)
    return si


def fail(ctx: Ctx, si: Obj) -> Obj:
    """The buyer refused (or the wallet provider declined) on the approval page."""
    si["status"] = "requires_payment_method"
    si["next_action"] = None
    si["last_setup_error"] = {
        "type": "invalid_request_error",
        "code": "setup_intent_authentication_failure",
        "message": "The latest attempt to set up the payment method has failed because "
        "authentication failed.",
        "doc_url": "https://docs.stripe.com/error-codes/setup-intent-authentication-failure",
        "payment_method": ctx.store.get(si["payment_method"], "payment_method"),
    }
    setup_attempts.settle(ctx, si, si["last_setup_error"])
    ctx.store.put(si)
    ctx.emit("setup_intent.setup_failed", si)
    return si


@routes.post("/v1/setup_intents", SetupIntentCreateParams, extra_params=("payment_method_types",))
def create_setup_intent(ctx: Ctx) -> Obj:
    p = ctx.params
    confirm_now = p_bool(p, "confirm", False)
    for name in ("return_url", "mandate_data"):
        if p.get(name) not in (None, "") and not confirm_now:
            raise invalid(f"You can only pass in `{name}` when `confirm` is true.", name)
    customer = p_str(p, "customer")
    if customer:
        ctx.store.get(customer, "customer", "customer")
    types = billing.method_types(ctx, p, ["card", "kakao_pay"])
    pm_id = p_str(p, "payment_method")
    if pm_id:
        billing.pm_for_customer(ctx, pm_id, customer, "payment_method")
    si = new_setup_intent(
        ctx,
        customer=customer,
        types=types,
        usage=p_enum(p, "usage", ("off_session", "on_session"), "off_session") or "off_session",
        description=p_str(p, "description"),
        metadata=p_metadata(p),
        payment_method=pm_id,
        allowed=billing.allowed_types(p),
    )
    if confirm_now:
        return confirm(ctx, si, p)
    return si


@routes.get("/v1/setup_intents/{id}", SetupIntentRetrieveParams)
def retrieve_setup_intent(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "setup_intent")


@routes.post(
    "/v1/setup_intents/{id}", SetupIntentUpdateParams, extra_params=("payment_method_types",)
)
def update_setup_intent(ctx: Ctx) -> Obj:
    si = ctx.store.get(ctx.path["id"], "setup_intent")
    p = ctx.params
    if si["status"] in ("succeeded", "canceled"):
        raise unexpected_state(
            "setup_intent",
            f"This SetupIntent's status is {si['status']} and it can no longer be updated.",
        )
    if "description" in p:
        si["description"] = p_str(p, "description") or None
    if "metadata" in p:
        si["metadata"] = p_metadata(p, si["metadata"])
    new_customer = p_str(p, "customer")
    if new_customer:
        si["customer"] = ctx.store.get(new_customer, "customer", "customer")["id"]
    if "payment_method" in p:
        si["payment_method"] = billing.pm_for_customer(
            ctx, p_str(p, "payment_method") or "", si["customer"], "payment_method"
        )["id"]
        si["status"] = "requires_confirmation"
    if "payment_method_types" in p or "allowed_payment_method_types" in p:
        si["payment_method_types"] = billing.method_types(ctx, p, si["payment_method_types"])
        si["allowed_payment_method_types"] = billing.allowed_types(p)
    ctx.store.put(si)
    return si


@routes.post("/v1/setup_intents/{id}/confirm", SetupIntentConfirmParams)
def confirm_setup_intent(ctx: Ctx) -> Obj:
    return confirm(ctx, ctx.store.get(ctx.path["id"], "setup_intent"), ctx.params)


@routes.post("/v1/setup_intents/{id}/cancel", SetupIntentCancelParams)
def cancel_setup_intent(ctx: Ctx) -> Obj:
    si = ctx.store.get(ctx.path["id"], "setup_intent")
    if si["status"] not in _CONFIRMABLE:
        raise unexpected_state(
            "setup_intent",
            f"You cannot cancel this SetupIntent because it "
            f"has a status of {si['status']}. Only a SetupIntent with one of "
            f"the following statuses may be canceled: "
            f"{', '.join(_CONFIRMABLE)}.",
        )
    si["status"] = "canceled"
    si["next_action"] = None
    si["cancellation_reason"] = p_enum(
        ctx.params, "cancellation_reason", ("abandoned", "requested_by_customer", "duplicate")
    )
    ctx.store.put(si)
    ctx.emit("setup_intent.canceled", si)
    return si


@routes.get("/v1/setup_intents", SetupIntentListParams)
def list_setup_intents(ctx: Ctx) -> Obj:
    items = ctx.store.all("setup_intent")
    for name in ("customer", "payment_method"):
        want = p_str(ctx.params, name)
        if want:
            items = [o for o in items if o[name] == want]
    items = billing.created_filter(ctx, items)
    return paginate(ctx, items, "/v1/setup_intents")
