"""PaymentMethods: Kakao Pay wallets, their owners (attach/detach) and per-customer lists.

A wallet becomes chargeable off-session only through a SetupIntent (or a
confirmed payment) that leaves an active Mandate; attaching one by hand here
gives no mandate, as at Stripe.
"""

from __future__ import annotations

from stripe.params import (
    CustomerPaymentMethodListParams,
    CustomerPaymentMethodRetrieveParams,
    PaymentMethodAttachParams,
    PaymentMethodCreateParams,
    PaymentMethodDetachParams,
    PaymentMethodListParams,
    PaymentMethodRetrieveParams,
    PaymentMethodUpdateParams,
)

from kpadmin.sandbox.core import (
    Ctx,
    Obj,
    Routes,
    invalid,
    not_found,
    p_metadata,
    p_req,
    p_str,
    paginate,
)
from kpadmin.sandbox.resources import billing

routes = Routes()


@routes.post("/v1/payment_methods", PaymentMethodCreateParams)
def create_payment_method(ctx: Ctx) -> Obj:
    p_req(ctx.params, "type")
    customer = p_str(ctx.params, "customer")
    if customer:
        ctx.store.get(customer, "customer", "customer")
    return billing.new_payment_method(ctx, ctx.params, customer)


@routes.get("/v1/payment_methods/{id}", PaymentMethodRetrieveParams)
def retrieve_payment_method(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "payment_method")


@routes.post("/v1/payment_methods/{id}", PaymentMethodUpdateParams)
def update_payment_method(ctx: Ctx) -> Obj:
    pm = ctx.store.get(ctx.path["id"], "payment_method")
    p = ctx.params
    if "metadata" in p:
        pm["metadata"] = p_metadata(p, pm["metadata"])
    if "allow_redisplay" in p:
        pm["allow_redisplay"] = p_str(p, "allow_redisplay")
    bd = p.get("billing_details")
    if isinstance(bd, dict):
        for key in ("email", "name", "phone"):
            if key in bd:
                pm["billing_details"][key] = bd[key] or None
    ctx.store.put(pm)
    ctx.emit("payment_method.updated", pm)
    return pm


@routes.post("/v1/payment_methods/{id}/attach", PaymentMethodAttachParams)
def attach_payment_method(ctx: Ctx) -> Obj:
    pm = ctx.store.get(ctx.path["id"], "payment_method")
    return billing.attach(ctx, pm, p_req(ctx.params, "customer"))


@routes.post("/v1/payment_methods/{id}/detach", PaymentMethodDetachParams)
def detach_payment_method(ctx: Ctx) -> Obj:
    pm = ctx.store.get(ctx.path["id"], "payment_method")
    if not pm.get("customer"):
        raise invalid(
            "The payment method you provided is not attached to a customer so "
            "detachment is impossible.",
            "payment_method",
        )
    previous = pm["customer"]
    pm["customer"] = None
    ctx.store.put(pm)
    billing.deactivate_mandates(ctx, pm["id"])
    ctx.emit("payment_method.detached", pm, {"customer": previous})
    return pm


def _filtered(ctx: Ctx, customer: str) -> list[Obj]:
    items = [o for o in ctx.store.all("payment_method") if o.get("customer") == customer]
    pm_type = p_str(ctx.params, "type")
    if pm_type:
        items = [o for o in items if o["type"] == pm_type]
    return items


@routes.get("/v1/payment_methods", PaymentMethodListParams)
def list_payment_methods(ctx: Ctx) -> Obj:
    customer = p_str(ctx.params, "customer")
    if customer:
        ctx.store.get(customer, "customer", "customer")
        items = _filtered(ctx, customer)
    else:  # Stripe lists only a customer's methods; without one, the unattached ones
        items = [o for o in ctx.store.all("payment_method") if not o.get("customer")]
        pm_type = p_str(ctx.params, "type")
        if pm_type:
            items = [o for o in items if o["type"] == pm_type]
    return paginate(ctx, items, "/v1/payment_methods")


@routes.get("/v1/customers/{customer}/payment_methods", CustomerPaymentMethodListParams)
def list_customer_payment_methods(ctx: Ctx) -> Obj:
    customer = ctx.store.get(ctx.path["customer"], "customer")["id"]
    return paginate(ctx, _filtered(ctx, customer), f"/v1/customers/{customer}/payment_methods")


@routes.get("/v1/customers/{customer}/payment_methods/{id}", CustomerPaymentMethodRetrieveParams)
def retrieve_customer_payment_method(ctx: Ctx) -> Obj:
    customer = ctx.store.get(ctx.path["customer"], "customer")["id"]
    pm = ctx.store.get(ctx.path["id"], "payment_method")
    if pm.get("customer") != customer:
        raise not_found("payment_method", pm["id"])
    return pm
