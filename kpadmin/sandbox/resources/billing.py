"""What happens when money moves in the sandbox: payment methods, mandates, charges.

The resource modules (setup and payment intents, invoices, subscriptions) all
end in the same few state changes: a Kakao Pay wallet gets saved (a
PaymentMethod attached to a customer plus a multi-use Mandate), a
PaymentIntent gets charged off-session or sent to the approval page, and a
successful or failed charge ripples into the invoice it pays and the
subscription that invoice belongs to. Keeping those changes here means a
subscription's first payment, an invoice retry, a confirmation after the
approval page and the demo seed go through exactly the same code.

Sandbox-only facts (a wallet that "runs dry", the approval page's one-time
token) live in private side objects whose ``object`` starts with ``_sandbox.``:
no route serves them, so the API's JSON stays exactly Stripe's.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from kpadmin.domain import kakao_pay
from kpadmin.domain.money import format_plain
from kpadmin.sandbox.core import (
    ApiError,
    Ctx,
    Obj,
    Store,
    card_error,
    invalid,
    missing,
    p_list,
    p_str,
)

WALLET = "_sandbox.wallet"
AUTHORIZATION = "_sandbox.kakao_authorization"
REDIRECT_METHODS = frozenset({"kakao_pay", "kr_card", "naver_pay", "payco", "samsung_pay"})
KOREAN_METHODS = REDIRECT_METHODS
PAGE_PREFIX = "/_sandbox/kakao_pay/authorize/"

_ALNUM = string.ascii_letters + string.digits


def client_secret(object_id: str) -> str:
    """A client secret shaped like Stripe's (``pi_..._secret_...``)."""
    return f"{object_id}_secret_" + "".join(secrets.choice(_ALNUM) for _ in range(25))


def empty_address() -> Obj:
    return {
        "city": None,
        "country": None,
        "line1": None,
        "line2": None,
        "postal_code": None,
        "state": None,
    }


# --------------------------------------------------------------------------- wallets


def set_wallet_dry(store: Store, pm_id: str, dry: bool = True) -> None:
    """Mark a saved wallet so later off-session charges decline (insufficient funds)."""
    store.put({"id": f"_wallet_{pm_id}", "object": WALLET, "payment_method": pm_id, "dry": dry})


def wallet_is_dry(store: Store, pm_id: str) -> bool:
    side = store.find(f"_wallet_{pm_id}")
    return bool(side and side.get("dry"))


# --------------------------------------------------------------------------- payment methods


def new_payment_method(ctx: Ctx, data: Obj | None = None, customer: str | None = None) -> Obj:
    """Create (and store) a PaymentMethod from ``payment_method_data``-shaped params."""
    data = data or {}
    pm_type = p_str(data, "type") or kakao_pay.PAYMENT_METHOD_TYPE
    if pm_type not in KOREAN_METHODS:
        raise invalid(
            f"The sandbox only supports the Korean redirect payment methods, not `{pm_type}`.",
            "type",
            "payment_method_unactivated",
        )
    bd = data.get("billing_details") or {}
    address = empty_address()
    if isinstance(bd.get("address"), dict):
        address.update({k: v for k, v in bd["address"].items() if k in address})
    pm: Obj = {
        "id": ctx.store.new_id("pm"),
        "object": "payment_method",
        "allow_redisplay": p_str(data, "allow_redisplay") or "unspecified",
        "billing_details": {
            "address": address,
            "email": bd.get("email"),
            "name": bd.get("name"),
            "phone": bd.get("phone"),
            "tax_id": bd.get("tax_id"),
        },
        "created": ctx.store.now(),
        "customer": customer,
        "customer_account": None,
        "livemode": False,
        "metadata": dict(data.get("metadata") or {}),
        "radar_options": None,
        "type": pm_type,
        pm_type: {},
    }
    ctx.store.put(pm)
    return pm


def attach(ctx: Ctx, pm: Obj, customer_id: str) -> Obj:
    """Attach a PaymentMethod to a customer (emits ``payment_method.attached``)."""
    ctx.store.get(customer_id, "customer", "customer")
    if pm.get("customer") == customer_id:
        return pm
    if pm.get("customer"):
        raise invalid(
            "The payment method you provided has already been attached to a customer.",
            "payment_method",
        )
    pm["customer"] = customer_id
    ctx.store.put(pm)
    ctx.emit("payment_method.attached", pm)
    return pm


def pm_for_customer(ctx: Ctx, pm_id: str, customer_id: str | None, param: str) -> Obj:
    """The PaymentMethod ``pm_id``, refusing one that belongs to another customer."""
    pm = ctx.store.get(pm_id, "payment_method", param)
    if customer_id and pm.get("customer") and pm["customer"] != customer_id:
        raise invalid(
            f"The payment method `{pm_id}` does not belong to the Customer "
            f"`{customer_id}`. Please use a payment method attached to the customer.",
            param,
        )
    return pm


# --------------------------------------------------------------------------- mandates


def acceptance_from(params: Obj | None, now: int) -> Obj:
    """``mandate_data[customer_acceptance]`` as the Mandate records it."""
    acc = ((params or {}).get("customer_acceptance") or {}) if isinstance(params, dict) else {}
    typ = acc.get("type") or "online"
    out: Obj = {"accepted_at": int(acc.get("accepted_at") or now), "type": typ}
    if typ == "online":
        online = acc.get("online") or {}
        out["online"] = {
            "ip_address": online.get("ip_address"),
            "user_agent": online.get("user_agent"),
        }
    else:
        out["offline"] = {}
    return out


def validate_mandate_data(params: Obj) -> None:
    """Stripe's rule: an ``online`` acceptance needs both ``ip_address`` and ``user_agent``."""
    md = params.get("mandate_data")
    if not md:
        return
    acc = (md or {}).get("customer_acceptance") or {}
    if acc.get("type") == "online":
        online = acc.get("online") or {}
        for key in ("ip_address", "user_agent"):
            if not online.get(key):
                raise missing(f"mandate_data[customer_acceptance][online][{key}]")


def create_mandate(ctx: Ctx, pm: Obj, mandate_data: Obj | None) -> Obj:
    """A multi-use, active Mandate for a saved wallet (emits ``mandate.updated``)."""
    mandate: Obj = {
        "id": ctx.store.new_id("mandate"),
        "object": "mandate",
        "customer_acceptance": acceptance_from(mandate_data, ctx.store.now()),
        "livemode": False,
        "multi_use": {"amount": None, "currency": None},
        "on_behalf_of": None,
        "payment_method": pm["id"],
        "payment_method_details": {"type": pm["type"], pm["type"]: {}},
        "status": "active",
        "type": "multi_use",
    }
    ctx.store.put(mandate)
    ctx.emit("mandate.updated", mandate)
    return mandate


def active_mandate(store: Store, pm_id: str) -> Obj | None:
    for m in store.all("mandate"):
        if m["payment_method"] == pm_id and m["status"] == "active":
            return m
    return None


def deactivate_mandates(ctx: Ctx, pm_id: str) -> None:
    """Detaching a wallet ends its mandates, as Stripe does."""
    for m in ctx.store.all("mandate"):
        if m["payment_method"] == pm_id and m["status"] == "active":
            m["status"] = "inactive"
            ctx.store.put(m)
            ctx.emit("mandate.updated", m, {"status": "active"})


# --------------------------------------------------------------------------- redirects


def start_redirect(ctx: Ctx, intent: Obj, return_url: str, mandate_data: Obj | None) -> None:
    """Send an intent to the approval page: ``requires_action`` + ``redirect_to_url``."""
    token = secrets.token_urlsafe(18)
    ctx.store.put(
        {
            "id": f"_auth_{intent['id']}",
            "object": AUTHORIZATION,
            "intent": intent["id"],
            "token": token,
            "return_url": return_url,
            "mandate_data": mandate_data,
            "handled": False,
        }
    )
    intent["status"] = "requires_action"
    intent["next_action"] = {
        "type": "redirect_to_url",
        "redirect_to_url": {
            "return_url": return_url,
            "url": f"{ctx.base_url}{PAGE_PREFIX}{intent['id']}?token={token}",
        },
    }


def authorization(store: Store, intent_id: str) -> Obj | None:
    return store.find(f"_auth_{intent_id}")


def resolve_payment_method(ctx: Ctx, intent: Obj, params: Obj) -> Obj | None:
    """The PaymentMethod a confirm uses: ``payment_method_data``, ``payment_method``, the intent's."""
    if params.get("payment_method_data"):
        pm = new_payment_method(ctx, params["payment_method_data"])
        intent["payment_method"] = pm["id"]
        return pm
    pm_id = p_str(params, "payment_method") or intent.get("payment_method")
    if not pm_id:
        return None
    pm = pm_for_customer(ctx, pm_id, intent.get("customer"), "payment_method")
    intent["payment_method"] = pm_id
    return pm


def method_types(ctx: Ctx, params: Obj, default: list[str]) -> list[str]:
    """``payment_method_types`` as the intent reports it, from whichever parameter was sent.

    ``payment_method_types`` is writable only before 2026-09-30 (endive);
    ``allowed_payment_method_types`` exists from 2026-07-29 and can't be combined with it.
    """
    legacy = p_list(params, "payment_method_types")
    allowed = p_list(params, "allowed_payment_method_types")
    if legacy and ctx.version_at_least("2026-09-30"):
        raise invalid(
            "The `payment_method_types` parameter is no longer supported as of API "
            "version 2026-09-30.endive; use `allowed_payment_method_types` instead.",
            "payment_method_types",
            "payment_method_types_no_longer_supported",
        )
    if legacy and allowed:
        raise invalid(
            "You cannot pass both `payment_method_types` and `allowed_payment_method_types`.",
            "allowed_payment_method_types",
        )
    return list(legacy or allowed or default)


def allowed_types(params: Obj) -> list[str] | None:
    """``allowed_payment_method_types`` as sent, which the intent echoes (None if not sent)."""
    allowed = p_list(params, "allowed_payment_method_types")
    return [str(t) for t in allowed] if allowed else None


def check_currency(types: list[str], currency: str, amount: int | None) -> None:
    """Kakao Pay (and its Korean siblings) take KRW only, at least ₩100."""
    korean = [t for t in types if t in KOREAN_METHODS]
    if korean and currency.lower() != kakao_pay.CURRENCY:
        raise invalid(
            f"The currency provided ({currency.lower()}) is invalid for one or more payment "
            f"method types. The valid currency for `{korean[0]}` is krw.",
            "currency",
        )
    if korean and amount is not None and amount < kakao_pay.MIN_AMOUNT:
        raise invalid(
            f"Amount must be at least {format_plain(kakao_pay.MIN_AMOUNT, 'krw')} krw",
            "amount",
            "amount_too_small",
        )


def decline(message: str = "The customer's Kakao Pay wallet has insufficient funds.") -> Obj:
    """The ``last_payment_error`` body of a Kakao Pay decline."""
    return {
        "type": "card_error",
        "code": "payment_method_provider_decline",
        "decline_code": "insufficient_funds",
        "message": message,
        "doc_url": "https://docs.stripe.com/error-codes/payment-method-provider-decline",
    }


def raise_for(error: Obj, **extra: Any) -> ApiError:
    """The 402 a declined confirm answers: the error plus ``charge``/``payment_method``/intent."""
    for key in ("charge", "payment_method"):
        if error.get(key) is not None:
            extra.setdefault(key, error[key])
    return card_error(error["message"], error["code"], error.get("decline_code"), **extra)


def created_filter(
    ctx: Ctx,
    items: list[Obj],
    name: str = "created",
    value: Callable[[Obj], int | None] | None = None,
) -> list[Obj]:
    """Apply a list call's ``created`` (exact, or ``[gt|gte|lt|lte]``) filter.

    ``name`` picks another timestamp parameter; ``value`` reads it when the
    object has no field of that name.
    """
    bounds = created_bounds(ctx, name)
    if bounds is None:
        return items
    low, high = bounds
    if value is not None:
        return [o for o in items if (v := value(o)) is not None and low <= v <= high]
    return [o for o in items if (v := o.get(name)) is not None and low <= v <= high]


def created_bounds(ctx: Ctx, name: str = "created") -> tuple[int, int] | None:
    """A list call's ``created`` filter (or ``name``'s) as one inclusive range; None if absent."""
    cond = ctx.params.get(name)
    if cond in (None, ""):
        return None
    if not isinstance(cond, dict):
        cond = {"eq": cond}
    low, high = -(2**63), 2**63
    for op, raw in cond.items():
        if op not in ("eq", "gt", "gte", "lt", "lte"):
            raise invalid(f"Invalid {name}[{op}]", f"{name}[{op}]")
        try:
            bound = int(raw)
        except (TypeError, ValueError):
            raise invalid(f"Invalid integer: {raw}", f"{name}[{op}]") from None
        if op in ("eq", "gte", "gt"):
            low = max(low, bound + (op == "gt"))
        if op in ("eq", "lte", "lt"):
            high = min(high, bound - (op == "lt"))
    return low, high


def listed(ctx: Ctx, object_type: str) -> list[Obj]:
    """Every object of a type, newest first, narrowed to the call's ``created`` range first
    (through the store's index) when it has one."""
    bounds = created_bounds(ctx)
    if bounds is None:
        return ctx.store.all(object_type)
    return ctx.store.created_between(object_type, *bounds)


def at(store: Store, ts: int) -> None:
    """Set the store's clock so that ``store.now() == ts`` (test clocks, the seed)."""
    if store.pinned is not None:
        store.pinned = ts
    else:
        store.time_offset += ts - store.now()


def clock_time(store: Store, customer: str) -> int | None:
    """The frozen time of the customer's test clock, if the customer lives on one."""
    cus = store.find(customer) or {}
    clock = store.find(cus.get("test_clock") or "")
    return int(clock["frozen_time"]) if clock else None


@contextmanager
def customer_time(store: Store, customer: str | None) -> Iterator[None]:
    """Run a write at the customer's test-clock time (if any), as Stripe does.

    A subscription on a test clock is updated, cancelled, previewed or
    refunded at the clock's ``frozen_time``, so prorations and dates follow the clock.
    """
    frozen = clock_time(store, customer or "")
    if frozen is None:
        yield
        return
    with store.pinned_at(frozen):
        yield
