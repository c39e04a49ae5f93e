"""Products and prices: the sandbox's catalog, with Stripe's rules for each.

The rules that matter to kpadmin: amounts are integers in the currency's
minor unit (KRW is zero-decimal: ``unit_amount=100000`` is ₩100,000) and at
most 8 digits; a price's amount, currency and interval never change (archive
it with ``active=false`` and create another); a ``lookup_key`` names one active
price (``transfer_lookup_key`` moves it); ``tax_behavior`` is locked once
``inclusive`` or ``exclusive``; a product with prices cannot be deleted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from stripe.params import (
    PriceCreateParams,
    PriceListParams,
    PriceRetrieveParams,
    PriceSearchParams,
    PriceUpdateParams,
    ProductCreateParams,
    ProductDeleteParams,
    ProductListParams,
    ProductRetrieveParams,
    ProductSearchParams,
    ProductUpdateParams,
)

from kpadmin.domain.money import MAX_AMOUNT
from kpadmin.sandbox.core import (
    ApiError,
    Ctx,
    Obj,
    Routes,
    filter_created,
    invalid,
    missing,
    nested_params,
    p_bool,
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

#: ISO 4217 codes Stripe accepts for prices (its "supported currencies" list).
CURRENCIES = frozenset(
    [
        "aed",
        "afn",
        "all",
        "amd",
        "ang",
        "aoa",
        "ars",
        "aud",
        "awg",
        "azn",
        "bam",
        "bbd",
        "bdt",
        "bgn",
        "bif",
        "bmd",
        "bnd",
        "bob",
        "brl",
        "bsd",
        "bwp",
        "byn",
        "bzd",
        "cad",
        "cdf",
        "chf",
        "clp",
        "cny",
        "cop",
        "crc",
        "cve",
        "czk",
        "djf",
        "dkk",
        "dop",
        "dzd",
        "egp",
        "etb",
        "eur",
        "fjd",
        "fkp",
        "gbp",
        "gel",
        "gip",
        "gmd",
        "gnf",
        "gtq",
        "gyd",
        "hkd",
        "hnl",
        "htg",
        "huf",
        "idr",
        "ils",
        "inr",
        "isk",
        "jmd",
        "jpy",
        "kes",
        "kgs",
        "khr",
        "kmf",
        "krw",
        "kyd",
        "kzt",
        "lak",
        "lbp",
        "lkr",
        "lrd",
        "lsl",
        "mad",
        "mdl",
        "mga",
        "mkd",
        "mmk",
        "mnt",
        "mop",
        "mur",
        "mvr",
        "mwk",
        "mxn",
        "myr",
        "mzn",
        "nad",
        "ngn",
        "nio",
        "nok",
        "npr",
        "nzd",
        "pab",
        "pen",
        "pgk",
        "php",
        "pkr",
        "pln",
        "pyg",
        "qar",
        "ron",
        "rsd",
        "rub",
        "rwf",
        "sar",
        "sbd",
        "scr",
        "sek",
        "sgd",
        "shp",
        "sle",
        "sos",
        "srd",
        "std",
        "szl",
        "thb",
        "tjs",
        "top",
        "try",
        "ttd",
        "twd",
        "tzs",
        "uah",
        "ugx",
        "usd",
        "uyu",
        "uzs",
        "vnd",
        "vuv",
        "wst",
        "xaf",
        "xcd",
        "xof",
        "xpf",
        "yer",
        "zar",
        "zmw",
        "bhd",
        "jod",
        "kwd",
        "omr",
        "tnd",
    ]
)

#: Longest recurring interval Stripe allows: three years in each unit.
MAX_INTERVAL_COUNT = {"day": 1095, "week": 156, "month": 36, "year": 3}

PRODUCT_SEARCH_FIELDS = {
    "active": "boolean",
    "description": "string",
    "metadata": "metadata",
    "name": "string",
    "shippable": "boolean",
    "url": "string",
    "created": "number",
}
PRICE_SEARCH_FIELDS = {
    "active": "boolean",
    "currency": "token",
    "lookup_key": "string",
    "metadata": "metadata",
    "product": "token",
    "type": "token",
    "created": "number",
}


# --------------------------------------------------------------------------- products


def _descriptor(value: str | None, param: str) -> str | None:
    if value is None or value == "":
        return None
    if len(value) > 22 or len(value) < 5:
        raise invalid("The statement descriptor must be between 5 and 22 characters long.", param)
    if any(ch in value for ch in "<>\\'\"*"):
        raise invalid("The statement descriptor cannot contain any of <, >, \\, ', \" or *.", param)
    if not any(ch.isalpha() for ch in value):
        raise invalid("The statement descriptor must contain at least one letter.", param)
    return value


def _apply_product_fields(ctx: Ctx, prod: Obj) -> None:
    """Fields product create and update share (everything but name/id/default_price*)."""
    p = ctx.params
    for name in ("description", "tax_code", "url"):
        if name in p:
            prod[name] = p_str(p, name) or None
    if "unit_label" in p:
        label = p_str(p, "unit_label") or None
        if label and len(label) > 12:
            raise invalid("unit_label must be at most 12 characters.", "unit_label")
        prod["unit_label"] = label
    if "statement_descriptor" in p:
        prod["statement_descriptor"] = _descriptor(
            p_str(p, "statement_descriptor"), "statement_descriptor"
        )
    if "images" in p:
        images = p_list(p, "images")
        if len(images) > 8:
            raise invalid("You can provide at most 8 images.", "images")
        prod["images"] = images
    if "marketing_features" in p:
        feats = p_list(p, "marketing_features")
        if len(feats) > 15:
            raise invalid("You can provide at most 15 marketing features.", "marketing_features")
        prod["marketing_features"] = [{"name": f.get("name")} for f in feats]
    if "package_dimensions" in p:
        dims = p["package_dimensions"]
        prod["package_dimensions"] = (
            None
            if dims == ""
            else {k: float(Decimal(dims[k])) for k in ("height", "length", "weight", "width")}
        )
    for name in ("active", "shippable"):
        if name in p:
            prod[name] = p_bool(p, name)
    prod["metadata"] = p_metadata(p, prod.get("metadata"))


@routes.post("/v1/products", params=ProductCreateParams)
def create_product(ctx: Ctx) -> Obj:
    pid = p_str(ctx.params, "id") or ctx.store.new_id("prod", 14)
    if ctx.store.find(pid) is not None:
        raise invalid(f"Product already exists: {pid}", "id", "resource_already_exists")
    now = ctx.store.now()
    name = p_str(ctx.params, "name") or ""
    if not name.strip():
        raise missing("name")
    prod: Obj = {
        "id": pid,
        "object": "product",
        "active": True,
        "created": now,
        "default_price": None,
        "description": None,
        "images": [],
        "livemode": False,
        "marketing_features": [],
        "metadata": {},
        "name": name,
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": None,
        "tax_details": None,
        "type": p_enum(ctx.params, "type", ("good", "service"), "service"),
        "unit_label": None,
        "updated": now,
        "url": None,
    }
    _apply_product_fields(ctx, prod)
    ctx.store.put(prod)
    ctx.emit("product.created", prod)
    if "default_price_data" in ctx.params:
        data = dict(ctx.params["default_price_data"])
        price = _build_price(ctx, data, pid, "default_price_data")
        prod["default_price"] = price["id"]
        ctx.store.put(prod)
    return prod


def _product(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "product")


@routes.get("/v1/products/search", params=ProductSearchParams)
def search_products(ctx: Ctx) -> Obj:
    return search_response(
        ctx, ctx.store.all("product"), PRODUCT_SEARCH_FIELDS, "/v1/products/search", "products"
    )


@routes.get("/v1/products/{id}", params=ProductRetrieveParams)
def retrieve_product(ctx: Ctx) -> Obj:
    return _product(ctx)


@routes.post("/v1/products/{id}", params=ProductUpdateParams)
def update_product(ctx: Ctx) -> Obj:
    prod = _product(ctx)
    before = copy.deepcopy(prod)
    if "name" in ctx.params:
        name = p_str(ctx.params, "name") or ""
        if not name.strip():
            raise invalid("You must provide a non-empty name.", "name")
        prod["name"] = name
    if "default_price" in ctx.params:
        pid = p_str(ctx.params, "default_price") or None
        if pid is not None:
            price = ctx.store.get(pid, "price", "default_price")
            if price["product"] != prod["id"]:
                raise invalid(
                    f"The price `{pid}` does not belong to this product.", "default_price"
                )
            if not price["active"]:
                raise invalid(
                    f"The price `{pid}` is archived; only an active price can be "
                    "the default price.",
                    "default_price",
                )
        prod["default_price"] = pid
    _apply_product_fields(ctx, prod)
    changed = previous_attributes(before, prod)
    if changed:
        prod["updated"] = ctx.store.now()
    ctx.store.put(prod)
    if changed:
        ctx.emit("product.updated", prod, changed)
    return prod


@routes.delete("/v1/products/{id}", params=ProductDeleteParams)
def delete_product(ctx: Ctx) -> Obj:
    prod = _product(ctx)
    if any(p["product"] == prod["id"] for p in ctx.store.all("price")):
        raise invalid(
            "This product cannot be deleted because it has one or more user-created prices."
        )
    ctx.store.delete(prod["id"])
    ctx.emit("product.deleted", prod)
    return {"id": prod["id"], "object": "product", "deleted": True}


@routes.get("/v1/products", params=ProductListParams)
def list_products(ctx: Ctx) -> Obj:
    items = ctx.store.all("product")
    p = ctx.params
    if "active" in p:
        items = [o for o in items if o["active"] == p_bool(p, "active")]
    if "shippable" in p:
        items = [o for o in items if o["shippable"] == p_bool(p, "shippable")]
    if "url" in p:
        items = [o for o in items if o["url"] == p_str(p, "url")]
    if "ids" in p:
        if "starting_after" in p or "ending_before" in p:
            raise invalid(
                "You cannot combine `ids` with `starting_after` or `ending_before`.", "ids"
            )
        wanted = set(p_list(p, "ids"))
        items = [o for o in items if o["id"] in wanted]
    return paginate(ctx, filter_created(ctx, items), "/v1/products")


# --------------------------------------------------------------------------- prices


def _currency(value: str | None, param: str) -> str:
    cur = (value or "").lower()
    if cur not in CURRENCIES:
        raise invalid(
            f"Invalid currency: {value}. Stripe currently supports these currencies: "
            f"{', '.join(sorted(CURRENCIES))}",
            param,
        )
    return cur


def _amount(data: Obj, name: Callable[[str], str]) -> tuple[int | None, str | None]:
    """``unit_amount`` / ``unit_amount_decimal`` -> (integer or None, decimal string)."""
    has_int = data.get("unit_amount") not in (None, "")
    has_dec = data.get("unit_amount_decimal") not in (None, "")
    if has_int and has_dec:
        raise invalid(
            "You may only specify one of these parameters: unit_amount, unit_amount_decimal.",
            name("unit_amount"),
        )
    if has_int:
        try:
            amount = p_int(data, "unit_amount", minimum=0, maximum=MAX_AMOUNT)
        except ApiError as err:
            err.param = name("unit_amount")
            raise
        assert amount is not None
        return amount, str(amount)
    if has_dec:
        try:
            dec = Decimal(str(data["unit_amount_decimal"]))
        except InvalidOperation:
            raise invalid(
                f"Invalid decimal: {data['unit_amount_decimal']}", name("unit_amount_decimal")
            ) from None
        if dec < 0 or dec > MAX_AMOUNT or dec.as_tuple().exponent < -12:  # type: ignore[operator]
            raise invalid(
                "unit_amount_decimal must be between 0 and 99999999 with at most 12 "
                "decimal places.",
                name("unit_amount_decimal"),
            )
        text = format(dec.normalize(), "f")
        return (int(dec) if dec == dec.to_integral_value() else None), text
    if data.get("custom_unit_amount"):
        return None, None
    raise invalid(
        "You must pass either `unit_amount`, `unit_amount_decimal` or "
        "`custom_unit_amount` to create a price.",
        name("unit_amount"),
    )


def _recurring(data: Obj, name: Callable[[str], str]) -> Obj | None:
    rec = data.get("recurring")
    if rec is None or rec == "":
        return None
    with nested_params(name("recurring")):
        interval = p_enum(rec, "interval", ("day", "week", "month", "year"))
        if interval is None:
            raise missing("interval")
        count = p_int(rec, "interval_count", 1, minimum=1)
        assert count is not None
        if count > MAX_INTERVAL_COUNT[interval]:
            raise invalid(
                "The maximum billing interval is three years (1095 days, 156 weeks, "
                "36 months or 3 years).",
                "interval_count",
            )
        return {
            "interval": interval,
            "interval_count": count,
            "meter": rec.get("meter"),
            "trial_period_days": p_int(rec, "trial_period_days", minimum=0, maximum=730),
            "usage_type": p_enum(rec, "usage_type", ("licensed", "metered"), "licensed"),
        }


def _lookup_key(ctx: Ctx, data: Obj, price_id: str, param: str) -> str | None:
    key = p_str(data, "lookup_key")
    if not key:
        return None
    if len(key) > 200:
        raise invalid("lookup_key must be at most 200 characters.", param)
    holder = next(
        (
            p
            for p in ctx.store.all("price")
            if p["lookup_key"] == key and p["id"] != price_id and p["active"]
        ),
        None,
    )
    if holder is not None:
        if not p_bool(data, "transfer_lookup_key", False):
            raise invalid(f"A price (`{holder['id']}`) already uses that lookup key.", param)
        holder["lookup_key"] = None
        ctx.store.put(holder)
        ctx.emit("price.updated", holder, {"lookup_key": key})
    return key


def _build_price(ctx: Ctx, data: Obj, product_id: str, prefix: str = "") -> Obj:
    def name(n: str) -> str:
        head, _, rest = n.partition("[")
        return f"{prefix}[{head}]" + (f"[{rest}" if rest else "") if prefix else n

    currency = _currency(data.get("currency"), name("currency"))
    if p_str(data, "billing_scheme") == "tiered" or data.get("tiers"):
        raise invalid("Tiered prices are not modelled by the kpadmin sandbox.", name("tiers"))
    amount, decimal = _amount(data, name)
    recurring = _recurring(data, name)
    pid = ctx.store.new_id("price", 24)
    custom = data.get("custom_unit_amount")
    price: Obj = {
        "id": pid,
        "object": "price",
        "active": p_bool(data, "active", True),
        "billing_scheme": "per_unit",
        "created": ctx.store.now(),
        "currency": currency,
        "custom_unit_amount": None
        if not custom
        else {
            "maximum": p_int(custom, "maximum"),
            "minimum": p_int(custom, "minimum"),
            "preset": p_int(custom, "preset"),
        },
        "livemode": False,
        "lookup_key": None,
        "metadata": p_metadata(data),
        "nickname": p_str(data, "nickname") or None,
        "product": product_id,
        "recurring": recurring,
        "tax_behavior": p_enum(
            data, "tax_behavior", ("exclusive", "inclusive", "unspecified"), "unspecified"
        ),
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring" if recurring else "one_time",
        "unit_amount": amount,
        "unit_amount_decimal": decimal,
    }
    price["lookup_key"] = _lookup_key(ctx, data, pid, name("lookup_key"))
    ctx.store.put(price)
    ctx.emit("price.created", price)
    return price


@routes.post("/v1/prices", params=PriceCreateParams)
def create_price(ctx: Ctx) -> Obj:
    p = ctx.params
    if "product" in p and "product_data" in p:
        raise invalid(
            "You may only specify one of these parameters: product, product_data.", "product"
        )
    if "product_data" in p:
        pd = p["product_data"]
        now = ctx.store.now()
        prod: Obj = {
            "id": p_str(pd, "id") or ctx.store.new_id("prod", 14),
            "object": "product",
            "active": p_bool(pd, "active", True),
            "created": now,
            "default_price": None,
            "description": None,
            "images": [],
            "livemode": False,
            "marketing_features": [],
            "metadata": p_metadata(pd),
            "name": p_str(pd, "name"),
            "package_dimensions": None,
            "shippable": None,
            "statement_descriptor": _descriptor(
                p_str(pd, "statement_descriptor"), "product_data[statement_descriptor]"
            ),
            "tax_code": p_str(pd, "tax_code"),
            "tax_details": None,
            "type": "service",
            "unit_label": p_str(pd, "unit_label"),
            "updated": now,
            "url": None,
        }
        ctx.store.put(prod)
        ctx.emit("product.created", prod)
        product_id = prod["id"]
    elif "product" in p:
        product_id = ctx.store.get(p_str(p, "product") or "", "product", "product")["id"]
    else:
        raise missing("product")
    return _build_price(ctx, p, product_id)


@routes.get("/v1/prices/search", params=PriceSearchParams)
def search_prices(ctx: Ctx) -> Obj:
    return search_response(
        ctx, ctx.store.all("price"), PRICE_SEARCH_FIELDS, "/v1/prices/search", "prices"
    )


@routes.get("/v1/prices/{id}", params=PriceRetrieveParams)
def retrieve_price(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "price")


@routes.post("/v1/prices/{id}", params=PriceUpdateParams)
def update_price(ctx: Ctx) -> Obj:
    price = ctx.store.get(ctx.path["id"], "price")
    before = copy.deepcopy(price)
    p = ctx.params
    if "active" in p:
        price["active"] = p_bool(p, "active")
    if "nickname" in p:
        price["nickname"] = p_str(p, "nickname") or None
    if "tax_behavior" in p:
        tb = p_enum(p, "tax_behavior", ("exclusive", "inclusive", "unspecified"))
        if price["tax_behavior"] in ("exclusive", "inclusive") and tb != price["tax_behavior"]:
            raise invalid(
                "The tax behavior of a price cannot be changed once it is set to "
                "`inclusive` or `exclusive`.",
                "tax_behavior",
            )
        price["tax_behavior"] = tb
    if "lookup_key" in p:
        price["lookup_key"] = _lookup_key(ctx, p, price["id"], "lookup_key")
    if "currency_options" in p:
        raise invalid(
            "currency_options are not modelled by the kpadmin sandbox.", "currency_options"
        )
    price["metadata"] = p_metadata(p, price["metadata"])
    if not price["active"]:
        prod = ctx.store.find(price["product"])
        if prod is not None and prod.get("default_price") == price["id"] and "active" in p:
            raise invalid(
                "This price cannot be archived because it is the default price of "
                f"its product. Set another default price on {prod['id']} first.",
                "active",
            )
    changed = previous_attributes(before, price)
    ctx.store.put(price)
    if changed:
        ctx.emit("price.updated", price, changed)
    return price


@routes.get("/v1/prices", params=PriceListParams)
def list_prices(ctx: Ctx) -> Obj:
    items = ctx.store.all("price")
    p = ctx.params
    if "active" in p:
        items = [o for o in items if o["active"] == p_bool(p, "active")]
    if "currency" in p:
        items = [o for o in items if o["currency"] == (p_str(p, "currency") or "").lower()]
    if "product" in p:
        items = [o for o in items if o["product"] == p_str(p, "product")]
    if "type" in p:
        items = [o for o in items if o["type"] == p_str(p, "type")]
    if "lookup_keys" in p:
        keys = set(p_list(p, "lookup_keys"))
        if len(keys) > 10:
            raise invalid("You can pass at most 10 lookup_keys.", "lookup_keys")
        items = [o for o in items if o["lookup_key"] in keys]
    rec = p.get("recurring")
    if isinstance(rec, dict):
        for k in ("interval", "usage_type", "meter"):
            if k in rec:
                items = [o for o in items if o["recurring"] and o["recurring"][k] == rec[k]]
    return paginate(ctx, filter_created(ctx, items), "/v1/prices")
