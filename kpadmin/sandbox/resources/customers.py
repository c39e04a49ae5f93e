"""Customers: create, retrieve, update, delete, list and search, as Stripe keeps them.

A deleted customer leaves a tombstone (object type ``_deleted.customer`` in the
store, so ``store.get(id, "customer")`` elsewhere still 404s) because Stripe
answers a retrieve of a deleted customer with ``{"id", "object": "customer",
"deleted": true}`` rather than a 404. The default payment method in
``invoice_settings`` must be a PaymentMethod attached to this customer (the
payment-methods module stores them with their ``customer`` field).
"""

from __future__ import annotations

import copy
import re
import secrets
import string

from stripe.params import (
    CustomerCreateParams,
    CustomerDeleteParams,
    CustomerListParams,
    CustomerRetrieveParams,
    CustomerSearchParams,
    CustomerUpdateParams,
)

from kpadmin.sandbox.core import (
    Ctx,
    Obj,
    Routes,
    filter_created,
    invalid,
    p_enum,
    p_int,
    p_list,
    p_metadata,
    p_str,
    paginate,
)
from kpadmin.sandbox.previous import previous_attributes
from kpadmin.sandbox.search import search_response

routes = Routes()

TOMBSTONE = "_deleted.customer"
SEARCH_FIELDS = {
    "created": "number",
    "email": "string",
    "metadata": "metadata",
    "name": "string",
    "phone": "string",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOCALE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2}|-[A-Za-z]{4}(-[A-Z]{2})?)?$")
_ADDRESS_KEYS = ("city", "country", "line1", "line2", "postal_code", "state")


def _address(value: object, param: str) -> Obj | None:
    if value == "" or value is None:
        return None
    if not isinstance(value, dict):
        raise invalid("Invalid object", param)
    addr: Obj = {k: (value.get(k) or None) for k in _ADDRESS_KEYS}
    country = addr["country"]
    if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
        raise invalid(
            f"Country '{country}' is unknown. Try using a 2-character alphanumeric "
            "country code instead, such as 'KR' or 'US'.",
            f"{param}[country]",
        )
    if country:
        addr["country"] = country.upper()
    return addr


def _apply(ctx: Ctx, cus: Obj) -> None:
    """Fields create and update share."""
    p = ctx.params
    if "email" in p:
        email = p_str(p, "email") or None
        if email is not None and (len(email) > 512 or not _EMAIL.match(email)):
            raise invalid(f"Invalid email address: {email}", "email", "email_invalid")
        cus["email"] = email
    for name, limit in (("name", 256), ("description", 350), ("phone", 20)):
        if name in p:
            value = p_str(p, name) or None
            if value is not None and len(value) > limit:
                raise invalid(f"{name} must be at most {limit} characters.", name)
            cus[name] = value
    if "address" in p:
        cus["address"] = _address(p["address"], "address")
    if "shipping" in p:
        ship = p["shipping"]
        cus["shipping"] = (
            None
            if ship == ""
            else {
                "address": _address(ship.get("address", {}), "shipping[address]"),
                "name": ship.get("name"),
                "phone": ship.get("phone") or None,
            }
        )
    if "preferred_locales" in p:
        locales = p_list(p, "preferred_locales")
        for i, loc in enumerate(locales):
            if not isinstance(loc, str) or not _LOCALE.match(loc):
                raise invalid(f"Invalid locale: {loc}", f"preferred_locales[{i}]")
        cus["preferred_locales"] = locales
    if "tax_exempt" in p:
        cus["tax_exempt"] = p_enum(p, "tax_exempt", ("exempt", "none", "reverse"))
    if "invoice_prefix" in p:
        prefix = p_str(p, "invoice_prefix") or ""
        if not re.fullmatch(r"[A-Z0-9]{3,12}", prefix):
            raise invalid(
                "invoice_prefix must be 3 to 12 uppercase letters or digits.", "invoice_prefix"
            )
        cus["invoice_prefix"] = prefix
    if "next_invoice_sequence" in p:
        cus["next_invoice_sequence"] = p_int(p, "next_invoice_sequence", minimum=1)
    if "balance" in p:
        cus["balance"] = p_int(p, "balance")
    if "invoice_settings" in p:
        _invoice_settings(ctx, cus, p["invoice_settings"])
    cus["metadata"] = p_metadata(p, cus.get("metadata"))


def _invoice_settings(ctx: Ctx, cus: Obj, settings: object) -> None:
    current = cus["invoice_settings"]
    if settings == "":
        settings = {}
    assert isinstance(settings, dict)
    if "default_payment_method" in settings:
        pm_id = settings["default_payment_method"] or None
        param = "invoice_settings[default_payment_method]"
        if pm_id is not None:
            pm = ctx.store.get(pm_id, "payment_method", param)
            if pm.get("customer") != cus["id"]:
                raise invalid(
                    f"The customer does not have a payment method with the ID "
                    f"{pm_id}. The payment method must be attached to the customer.",
                    param,
                )
        current["default_payment_method"] = pm_id
    if "footer" in settings:
        current["footer"] = settings["footer"] or None
    if "custom_fields" in settings:
        fields = settings["custom_fields"]
        current["custom_fields"] = (
            None
            if fields in ("", None)
            else [
                {"name": f["name"], "value": f["value"]} for f in p_list(settings, "custom_fields")
            ]
        )
    if "rendering_options" in settings:
        ro = settings["rendering_options"]
        current["rendering_options"] = (
            None
            if ro == ""
            else {
                "amount_tax_display": ro.get("amount_tax_display") or None,
                "template": ro.get("template") or None,
            }
        )


@routes.post("/v1/customers", params=CustomerCreateParams)
def create_customer(ctx: Ctx) -> Obj:
    cid = ctx.store.new_id("cus", 14)
    cus: Obj = {
        "id": cid,
        "object": "customer",
        "address": None,
        "balance": 0,
        "business_name": None,
        "created": ctx.store.now(),
        "currency": None,
        "customer_account": None,
        "default_source": None,
        "delinquent": False,
        "description": None,
        "discount": None,
        "email": None,
        "individual_name": None,
        "invoice_prefix": "".join(
            secrets.choice(string.ascii_uppercase + string.digits) for _ in range(8)
        ),
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {},
        "name": None,
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": [],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }
    clock = p_str(ctx.params, "test_clock")
    if clock:
        ctx.store.get(clock, "test_helpers.test_clock", "test_clock")
        cus["test_clock"] = clock
        cus["created"] = _clock_time(ctx, clock)
    pm_id = p_str(ctx.params, "payment_method")
    if pm_id:
        pm = ctx.store.get(pm_id, "payment_method", "payment_method")
        if pm.get("customer") not in (None, cid):
            raise invalid(
                "The payment method you provided has already been attached to a customer.",
                "payment_method",
            )
        pm["customer"] = cid
        ctx.store.put(pm)
    _apply(ctx, cus)
    ctx.store.put(cus)
    ctx.emit("customer.created", cus)
    return cus


def _clock_time(ctx: Ctx, clock_id: str) -> int:
    clock = ctx.store.get(clock_id, "test_helpers.test_clock")
    return int(clock.get("frozen_time") or ctx.store.now())


def _customer(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "customer")


@routes.get("/v1/customers/search", params=CustomerSearchParams)
def search_customers(ctx: Ctx) -> Obj:
    return search_response(
        ctx, ctx.store.all("customer"), SEARCH_FIELDS, "/v1/customers/search", "customers"
    )


@routes.get("/v1/customers/{id}", params=CustomerRetrieveParams)
def retrieve_customer(ctx: Ctx) -> Obj:
    found = ctx.store.find(ctx.path["id"])
    if found is not None and found.get("object") == TOMBSTONE:
        return {"id": found["id"], "object": "customer", "deleted": True}
    return _customer(ctx)


@routes.post("/v1/customers/{id}", params=CustomerUpdateParams)
def update_customer(ctx: Ctx) -> Obj:
    cus = _customer(ctx)
    before = copy.deepcopy(cus)
    _apply(ctx, cus)
    changed = previous_attributes(before, cus)
    ctx.store.put(cus)
    if changed:
        ctx.emit("customer.updated", cus, changed)
    return cus


@routes.delete("/v1/customers/{id}", params=CustomerDeleteParams)
def delete_customer(ctx: Ctx) -> Obj:
    cus = _customer(ctx)
    ctx.store.delete(cus["id"])
    ctx.store.put({"id": cus["id"], "object": TOMBSTONE, "deleted": True})
    ctx.emit("customer.deleted", cus)
    return {"id": cus["id"], "object": "customer", "deleted": True}


@routes.get("/v1/customers", params=CustomerListParams)
def list_customers(ctx: Ctx) -> Obj:
    items = ctx.store.all("customer")
    p = ctx.params
    if "email" in p:
        email = p_str(p, "email") or ""
        if len(email) > 512:
            raise invalid("email must be at most 512 characters.", "email")
        items = [o for o in items if o["email"] == email]
    if "test_clock" in p:
        items = [o for o in items if o["test_clock"] == p_str(p, "test_clock")]
    return paginate(ctx, filter_created(ctx, items), "/v1/customers")
