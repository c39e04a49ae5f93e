"""Subscription routes: create (first invoice and payment), update, cancel, list, search.

Creating builds the first invoice and tries to pay it according to
``payment_behavior``; the status then follows that invoice, as at Stripe:
paid → ``active`` (or ``trialing``), unpaid → ``incomplete``. What happens
later (invoices paid or failed, renewals, cancellation) lives in
:mod:`subscription_lifecycle`, shared with invoices, test clocks and the seed.

Item changes are prorated as :mod:`prorations` describes (``proration_behavior``,
``proration_date``); cancelling now can credit the unused time (``prorate``) and
bill what is pending at once (``invoice_now``).

An interval change (or free <-> paid) resets the billing cycle anchor to now
and bills the new period at once (:mod:`subscription_items`).

Not modelled: discounts, taxes, the customer balance a net credit would go to,
the ``billing_cycle_anchor`` update parameter; renewals and the 23-hour
expiry of ``incomplete`` subscriptions happen only when a test clock advances.
"""

from __future__ import annotations

import copy

from stripe.params import (
    SubscriptionCancelParams,
    SubscriptionCreateParams,
    SubscriptionListParams,
    SubscriptionResumeParams,
    SubscriptionRetrieveParams,
    SubscriptionSearchParams,
    SubscriptionUpdateParams,
)

from kpadmin.sandbox.core import (
    ApiError,
    Ctx,
    Handler,
    Obj,
    Routes,
    card_error,
    invalid,
    list_object,
    missing,
    p_bool,
    p_enum,
    p_int,
    p_list,
    p_metadata,
    p_req,
    p_str,
    paginate,
    unexpected_state,
)
from kpadmin.sandbox.resources import (
    billing,
    invoices,
    periods,
    prorations,
    subscription_items,
)
from kpadmin.sandbox.resources import subscription_lifecycle as lc
from kpadmin.sandbox.search import search_response

routes = Routes()

STATUSES = (
    "trialing",
    "active",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "unpaid",
    "canceled",
    "paused",
)
SEARCH_FIELDS = {
    "created": "number",
    "metadata": "metadata",
    "status": "token",
    "canceled_at": "number",
}


def _would_fail(ctx: Ctx, pm_id: str | None, off_session: bool) -> ApiError | None:
    """Why an immediate first charge cannot succeed (for ``error_if_incomplete``)."""
    if not pm_id:
        return invalid(
            "This customer has no attached payment source or default payment "
            "method. Please consider adding a default payment method.",
            code="resource_missing",
        )
    if not off_session or not billing.active_mandate(ctx.store, pm_id):
        return card_error(
            "Payment for this subscription requires additional user action "
            "before it can be completed successfully.",
            "authentication_required",
        )
    if billing.wallet_is_dry(ctx.store, pm_id):
        return billing.raise_for(billing.decline())
    return None


@routes.post("/v1/subscriptions", SubscriptionCreateParams)
def create_subscription(ctx: Ctx) -> Obj:
    """Create; on a test-clock customer everything happens at the clock's frozen time."""
    frozen = billing.clock_time(ctx.store, p_str(ctx.params, "customer") or "")
    if frozen is None:
        return _create(ctx)
    with ctx.store.pinned_at(frozen):
        return _create(ctx)


def _create(ctx: Ctx) -> Obj:
    p = ctx.params
    store = ctx.store
    customer = store.get(p_req(p, "customer"), "customer", "customer")["id"]
    raw_items = p_list(p, "items")
    if not raw_items:
        raise missing("items")
    prices = []
    for i, it in enumerate(raw_items):
        if not isinstance(it, dict) or not it.get("price"):
            raise missing(f"items[{i}][price]")
        prices.append(
            (
                periods.recurring_price(ctx, it["price"], f"items[{i}][price]"),
                p_int(it, "quantity", 1, minimum=0),
            )
        )
    currency = prices[0][0]["currency"]
    if any(pr["currency"] != currency for pr, _ in prices):
        raise invalid("All prices on a subscription must have the same `currency`.", "items")
    pm_id = p_str(p, "default_payment_method")
    if pm_id:
        lc.owned_pm(ctx, pm_id, customer)
    behavior = p_enum(
        p,
        "payment_behavior",
        ("allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"),
        "allow_incomplete",
    )
    collection = p_enum(
        p, "collection_method", ("charge_automatically", "send_invoice"), "charge_automatically"
    )
    off_session = bool(p_bool(p, "off_session", False))
    now = store.now()
    trial_end = _trial_end(p, now)
    ps = p.get("payment_settings") or {}
    sub: Obj = {
        "id": store.new_id("sub"),
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": trial_end or now,
        "billing_cycle_anchor_config": None,
        "billing_mode": {"flexible": None, "type": "classic", "updated_at": None},
        "billing_thresholds": None,
        "cancel_at": None,
        "cancel_at_period_end": False,
        "canceled_at": None,
        "billing_schedules": [],
        "cancellation_details": {
            "comment": None,
            "feedback": None,
            "feedback_option": None,
            "reason": None,
        },
        "collection_method": collection,
        "created": now,
        "currency": currency,
        "customer": customer,
        "customer_account": None,
        "days_until_due": p_int(p, "days_until_due") if collection == "send_invoice" else None,
        "default_payment_method": pm_id,
        "default_source": None,
        "default_tax_rates": [],
        "description": p_str(p, "description"),
        "discounts": [],
        "ended_at": None,
        "managed_payments": None,
        "presentment_details": None,
        "status_details": None,
        "invoice_settings": {
            "account_tax_ids": None,
            "custom_fields": None,
            "description": None,
            "footer": None,
            "issuer": {"type": "self"},
        },
        "items": None,
        "latest_invoice": None,
        "livemode": False,
        "metadata": p_metadata(p),
        "next_pending_invoice_item_invoice": None,
        "on_behalf_of": None,
        "pause_collection": None,
        "payment_settings": {
            "payment_method_options": None,
            "payment_method_types": p_list(ps, "payment_method_types") or None,
            "save_default_payment_method": ps.get("save_default_payment_method") or "off",
        },
        "pending_invoice_item_interval": None,
        "pending_setup_intent": None,
        "pending_update": None,
        "schedule": None,
        "start_date": now,
        "status": "active" if collection == "send_invoice" else "incomplete",
        "test_clock": (store.find(customer) or {}).get("test_clock"),
        "transfer_data": None,
        "trial_end": trial_end,
        "trial_settings": {
            "end_behavior": {
                "billing_cycle_anchor": None,
                "missing_payment_method": "create_invoice",
            }
        },
        "trial_start": now if trial_end else None,
    }
    pay_pm = pm_id or lc.default_pm(ctx, sub)
    if behavior == "error_if_incomplete" and collection == "charge_automatically" and not trial_end:
        error = _would_fail(ctx, pay_pm, off_session)
        if error is not None:
            raise error
    items = []
    for price, qty in prices:
        end = trial_end or periods.add_interval(
            now, price["recurring"]["interval"], int(price["recurring"].get("interval_count") or 1)
        )
        items.append(
            periods.new_item(ctx, sub["id"], price, qty if qty is not None else 1, now, end)
        )
    sub["items"] = list_object(f"/v1/subscription_items?subscription={sub['id']}", items)
    _set_cancel_at(ctx, sub, p)
    store.put(sub)
    ctx.emit("customer.subscription.created", sub)
    lines = [periods.invoice_line(ctx, it, trial=bool(trial_end)) for it in items]
    inv = invoices.new_invoice(
        ctx, sub, lines, billing_reason="subscription_create", period_start=now, period_end=now
    )
    sub["latest_invoice"] = inv["id"]
    store.put(sub)
    if collection == "send_invoice":
        inv["due_date"] = now + 86400 * (sub["days_until_due"] or 30)
    invoices.finalize(ctx, inv, default_pm=None if behavior == "default_incomplete" else pay_pm)
    if (
        collection == "charge_automatically"
        and behavior != "default_incomplete"
        and pay_pm
        and inv["status"] == "open"
    ):
        try:
            invoices.collect(ctx, inv, pay_pm, off_session=off_session)
        except ApiError as err:
            if err.status != 402:
                raise
    return store.get(sub["id"], "subscription")


def _trial_end(p: Obj, now: int) -> int | None:
    days = p_int(p, "trial_period_days", minimum=0, maximum=730)
    if days:
        return now + days * 86400
    raw = p.get("trial_end")
    if raw in (None, "", "now"):
        return None
    end = p_int(p, "trial_end")
    if end is not None and end <= now:
        raise invalid(
            "Invalid timestamp: must be an integer Unix timestamp in the future.", "trial_end"
        )
    return end


def _set_cancel_at(ctx: Ctx, sub: Obj, p: Obj) -> None:
    if "cancel_at_period_end" in p:
        sub["cancel_at_period_end"] = bool(p_bool(p, "cancel_at_period_end", False))
        sub["cancel_at"] = periods.period_end(sub) if sub["cancel_at_period_end"] else None
    if "cancel_at" in p:
        raw = p.get("cancel_at")
        if raw == "":
            sub["cancel_at"] = None
        elif raw in ("max_period_end", "min_period_end"):
            sub["cancel_at"] = periods.period_end(sub)
        else:
            sub["cancel_at"] = p_int(p, "cancel_at")
        sub["cancel_at_period_end"] = False
    # Stripe: a scheduled cancellation sets ``canceled_at`` to the time of the request (not
    # the end of the period); undoing it clears it again. It is searchable (``canceled_at>0``).
    if sub["cancel_at"] is not None or sub["cancel_at_period_end"]:
        sub["cancellation_details"]["reason"] = "cancellation_requested"
        if "cancel_at" in p or "cancel_at_period_end" in p:
            sub["canceled_at"] = ctx.store.now()
    elif "cancel_at" in p or "cancel_at_period_end" in p:
        sub["cancellation_details"]["reason"] = None
        sub["canceled_at"] = None


@routes.get("/v1/subscriptions/search", SubscriptionSearchParams)
def search_subscriptions(ctx: Ctx) -> Obj:
    return search_response(
        ctx,
        ctx.store.all("subscription"),
        SEARCH_FIELDS,
        "/v1/subscriptions/search",
        resource="subscriptions",
    )


@routes.get("/v1/subscriptions/{id}", SubscriptionRetrieveParams)
def retrieve_subscription(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "subscription")


def _on_clock(handler: Handler) -> Handler:
    """Run a ``/v1/subscriptions/{id}…`` handler at the subscription customer's clock time."""

    def run(ctx: Ctx) -> Obj:
        sub = ctx.store.get(ctx.path["id"], "subscription")
        with billing.customer_time(ctx.store, sub["customer"]):
            return handler(ctx)

    run.__doc__ = handler.__doc__
    run.__name__ = handler.__name__
    return run


@routes.delete("/v1/subscriptions/{id}", SubscriptionCancelParams)
@_on_clock
def cancel_subscription(ctx: Ctx) -> Obj:
    """Cancel now; ``prorate`` credits the unused time, ``invoice_now`` bills what is pending.

    Without ``invoice_now`` the credit stays pending (Stripe would put it on
    the customer's next invoice; the sandbox has no such invoice).
    """
    sub = ctx.store.get(ctx.path["id"], "subscription")
    p = ctx.params
    details = p.get("cancellation_details") or {}
    credit = []
    if p_bool(p, "prorate", False) and sub["status"] in ("active", "past_due"):
        credit = prorations.unused_time_credit(ctx, sub, ctx.store.now())
    sub = lc.cancel(
        ctx, sub, comment=details.get("comment") or None, feedback=details.get("feedback") or None
    )
    if p_bool(p, "invoice_now", False):
        lines = prorations.take_pending(ctx, sub["id"]) + credit
        if lines:
            sub = lc.bill_now(ctx, sub, lines)
    elif credit:
        prorations.add_pending(ctx, sub["id"], credit)
    return sub


@routes.post("/v1/subscriptions/{id}/resume", SubscriptionResumeParams)
@_on_clock
def resume_subscription(ctx: Ctx) -> Obj:
    sub = ctx.store.get(ctx.path["id"], "subscription")
    if sub["status"] != "paused":
        raise unexpected_state("subscription", "Only a paused subscription can be resumed.")
    sub["status"] = "active"
    ctx.store.put(sub)
    ctx.emit("customer.subscription.resumed", sub, {"status": "paused"})
    return sub


@routes.get("/v1/subscriptions", SubscriptionListParams)
def list_subscriptions(ctx: Ctx) -> Obj:
    p = ctx.params
    items = billing.listed(ctx, "subscription")
    status = p_enum(p, "status", (*STATUSES, "all", "ended"))
    if status == "ended":
        items = [o for o in items if o["status"] in ("canceled", "incomplete_expired")]
    elif status and status != "all":
        items = [o for o in items if o["status"] == status]
    elif not status:
        items = [o for o in items if o["status"] != "canceled"]
    for name in ("customer", "test_clock", "collection_method"):
        want = p_str(p, name)
        if want:
            items = [o for o in items if o.get(name) == want]
    price = p_str(p, "price") or p_str(p, "plan")
    if price:
        items = [o for o in items if any(it["price"]["id"] == price for it in o["items"]["data"])]
    items = billing.created_filter(ctx, items)
    items = billing.created_filter(  # Stripe: the smallest item end, the largest item start
        ctx,
        items,
        "current_period_end",
        lambda s: min(it["current_period_end"] for it in s["items"]["data"]),
    )
    items = billing.created_filter(
        ctx,
        items,
        "current_period_start",
        lambda s: max(it["current_period_start"] for it in s["items"]["data"]),
    )
    return paginate(ctx, items, "/v1/subscriptions")


_CANCELED_FIELDS = {"metadata", "cancellation_details", "expand"}
_INCOMPLETE_FIELDS = {
    "metadata",
    "default_payment_method",
    "description",
    "expand",
    "cancel_at_period_end",
    "cancel_at",
    "proration_behavior",
}


@routes.post("/v1/subscriptions/{id}", SubscriptionUpdateParams)
@_on_clock
def update_subscription(ctx: Ctx) -> Obj:
    """Update; ``items`` changes are prorated or reset the anchor (:mod:`subscription_items`)."""
    sub = ctx.store.get(ctx.path["id"], "subscription")
    p = ctx.params
    if sub["status"] == "canceled" and set(p) - _CANCELED_FIELDS:
        raise invalid(
            "A canceled subscription can only update its cancellation_details and metadata."
        )
    if sub["status"] == "incomplete" and set(p) - _INCOMPLETE_FIELDS:
        raise invalid(
            "You cannot update a subscription in `incomplete` status in a way that "
            "results in a new invoice or invoice items. Only metadata and "
            "default_payment_method can be updated."
        )
    before = {
        k: sub[k]
        for k in (
            "metadata",
            "default_payment_method",
            "cancel_at",
            "cancel_at_period_end",
            "pause_collection",
            "description",
            "trial_end",
            "collection_method",
            "days_until_due",
            "status",
            "billing_cycle_anchor",
        )
    }
    before_items = [(it["id"], it["price"]["id"], it["quantity"]) for it in sub["items"]["data"]]
    items_before = copy.deepcopy(sub["items"])  # previous_attributes holds the whole list
    if "metadata" in p:
        sub["metadata"] = p_metadata(p, sub["metadata"])
    if "description" in p:
        sub["description"] = p_str(p, "description") or None
    if "default_payment_method" in p:
        pm = p_str(p, "default_payment_method")
        sub["default_payment_method"] = lc.owned_pm(ctx, pm, sub["customer"]) if pm else None
    if isinstance(p.get("cancellation_details"), dict):
        for key in ("comment", "feedback"):
            if key in p["cancellation_details"]:
                sub["cancellation_details"][key] = p["cancellation_details"][key] or None
    _set_cancel_at(ctx, sub, p)
    if "pause_collection" in p:
        pc = p["pause_collection"]
        if pc == "":
            sub["pause_collection"] = None
        else:
            p_enum(pc, "behavior", ("keep_as_draft", "mark_uncollectible", "void"))
            if not pc.get("behavior"):
                raise missing("pause_collection[behavior]")
            sub["pause_collection"] = {
                "behavior": pc["behavior"],
                "resumes_at": p_int(pc, "resumes_at"),
            }
    if "collection_method" in p:
        sub["collection_method"] = p_enum(
            p, "collection_method", ("charge_automatically", "send_invoice")
        )
    if "days_until_due" in p:
        sub["days_until_due"] = p_int(p, "days_until_due")
    subscription_items.update_items(ctx, sub, p)
    if "trial_end" in p:
        if p["trial_end"] == "now":
            sub["trial_end"] = ctx.store.now()
            if sub["status"] == "trialing":
                for it in sub["items"]["data"]:
                    it["current_period_end"] = ctx.store.now()
                ctx.store.put(sub)
                sub = lc.renew(ctx, sub)
        else:
            sub["trial_end"] = _trial_end(p, ctx.store.now())
            if sub["status"] == "trialing" and sub["trial_end"]:
                for it in sub["items"]["data"]:  # the trial is the current period
                    it["current_period_end"] = sub["trial_end"]
                sub["billing_cycle_anchor"] = sub["trial_end"]
    prev = {k: v for k, v in before.items() if sub[k] != v}
    after_items = [(it["id"], it["price"]["id"], it["quantity"]) for it in sub["items"]["data"]]
    if after_items != before_items:
        prev["items"] = items_before
    ctx.store.put(sub)
    if prev:
        ctx.emit("customer.subscription.updated", sub, prev)
    return sub
