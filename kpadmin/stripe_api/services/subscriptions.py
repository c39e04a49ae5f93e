"""Subscriptions (``/v1/subscriptions``): start one on a wallet, read it, support it.

Every write is one idempotent call (the caller's ``idempotency_key``, one per
user action) named for the audit log, with a short note of what it means.
Parameters follow the API version the SDK pins (docs/ARCHITECTURE.md, "The
gateway"): ``cancellation_details[comment|feedback]`` (``reason`` is set by
Stripe), ``pause_collection[behavior|resumes_at]``, ``proration_behavior``
and ``proration_date``, ``trial_end=now|<ts>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Page, Subscription
from kpadmin.stripe_api.records_kakao import PaymentIntent, SubscriptionStart
from kpadmin.stripe_api.records_support import (
    CancellationFeedback,
    PauseBehavior,
    ProrationBehavior,
)
from kpadmin.stripe_api.services import subscription_changes as changes
from kpadmin.stripe_api.services.payment_intents import PaymentIntentsService

if TYPE_CHECKING:
    from stripe.params import (
        SubscriptionCancelParams,
        SubscriptionCreateParams,
        SubscriptionListParams,
        SubscriptionResumeParams,
        SubscriptionRetrieveParams,
        SubscriptionSearchParams,
        SubscriptionUpdateParams,
        SubscriptionUpdateParamsPauseCollection,
    )

_LIST: JsonList[SubscriptionListParams] = JsonList("/v1/subscriptions")
_SEARCH: JsonList[SubscriptionSearchParams] = JsonList("/v1/subscriptions/search")

# A list expands one level less deeply than one object; a row still needs the invoice's
# payments (Stripe includes them only when asked), which name the PaymentIntent a support
# action hands over, and its customer, so every row is named whatever the shop's size.
# The prices' products would be ``data.items.data.price.product``, five levels, past
# Stripe's four: callers name products with ``products.list(ids=...)``.
_LIST_EXPAND = ["data.latest_invoice.payments", "data.customer"]
# One subscription: the latest invoice with its payments, which name the PaymentIntent,
# and the customer. Expanding the PaymentIntent too would be five levels, past Stripe's
# four: it is fetched separately.
_EXPAND = ["latest_invoice.payments", "customer"]
# What a support write returns: the subscription with its latest invoice and that invoice's
# payments (included only when asked; they name the PaymentIntent), and its customer, as
# lists do.
_WRITE_EXPAND = ["latest_invoice.payments", "customer"]


class SubscriptionsService:
    """``gateway.subscriptions``; reads first payments through ``payment_intents``."""

    def __init__(self, transport: Transport, payment_intents: PaymentIntentsService) -> None:
        self._t = transport
        self._payment_intents = payment_intents

    async def list(
        self,
        status: str | None = None,
        customer_id: str | None = None,
        price_id: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Subscription]:
        """One page of subscriptions with their latest invoice.

        ``status`` None lists Stripe's default (everything but canceled);
        pass ``"all"`` to include canceled ones.
        """
        params: SubscriptionListParams = {"limit": clamp_limit(limit), "expand": _LIST_EXPAND}
        if cursor:
            params["starting_after"] = cursor
        if status is not None:
            params["status"] = status
        if customer_id is not None:
            params["customer"] = customer_id
        if price_id is not None:
            params["price"] = price_id
        return convert.page(await _LIST.get(self._t, params), convert.subscription)

    async def search(
        self, query: str, page: str | None = None, limit: int = 100
    ) -> Page[Subscription]:
        """One page of a search (``status:"past_due"``...), with each latest invoice's payments.

        Stripe searches ``status``, ``created``, ``canceled_at`` and ``metadata``
        of subscriptions; its index lags writes by up to a minute. ``page`` is
        the previous page's ``next_cursor``.
        """
        params: SubscriptionSearchParams = {
            "query": query,
            "limit": clamp_limit(limit),
            "expand": _LIST_EXPAND,
        }
        if page:
            params["page"] = page
        return convert.page(await _SEARCH.get(self._t, params), convert.subscription)

    async def retrieve(self, subscription_id: str) -> Subscription:
        """A subscription with its latest invoice and, while that is open, its PaymentIntent status.

        Falls back to the plain latest invoice if the server refuses the
        expansion (an older API or a minimal sandbox). The PaymentIntent (one
        more GET, only for an open invoice) tells the UI whether the customer
        still has to approve a Kakao Pay payment (``requires_action``).
        """
        try:
            obj = await self._get(subscription_id, {"expand": list(_EXPAND)})
        except GatewayError as err:
            if err.kind != "invalid" or err.param is None or "expand" not in err.param:
                raise
            obj = await self._get(subscription_id, {"expand": ["latest_invoice"]})
        sub = convert.subscription(convert.as_dict(obj))
        inv = sub.latest_invoice
        if inv is not None and inv.status == "open" and inv.payment_intent_id:
            status = await self._payment_intents.status(inv.payment_intent_id)
            if status is not None:
                sub = replace(sub, latest_invoice=replace(inv, payment_intent_status=status))
        return sub

    async def create(
        self,
        customer_id: str,
        items: Sequence[tuple[str, int]],
        *,
        default_payment_method: str,
        trial_period_days: int | None = None,
        idempotency_key: str,
    ) -> SubscriptionStart:
        """Start a subscription charged off-session to a saved wallet.

        ``off_session=true`` with the wallet's mandate lets Stripe charge the
        first invoice at once; when that needs the customer or is declined the
        subscription comes back ``incomplete`` and ``payment_intent`` says why.
        """
        if not items:
            raise ValueError("a subscription needs at least one price")
        params: SubscriptionCreateParams = {
            "customer": customer_id,
            "items": [{"price": price, "quantity": int(qty)} for price, qty in items],
            "default_payment_method": default_payment_method,
            "off_session": True,
            "expand": list(_EXPAND),
        }
        if trial_period_days:
            params["trial_period_days"] = int(trial_period_days)
        api = self._t.v1.subscriptions
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write("subscriptions.create", idempotency_key, params=params),
        )
        sub = convert.subscription(convert.as_dict(obj))
        try:
            pi = await self._first_payment_intent(sub)
        except GatewayError as err:
            # The subscription exists already: a failed follow-up read must not look like
            # a failed creation, or the user makes a second one with a new key. Retrying
            # with the same key replays the creation and reads again (found by
            # tests/stress/test_faults.py).
            err.maybe_committed = True
            raise
        return SubscriptionStart(subscription=sub, payment_intent=pi)

    async def first_payment(self, subscription_id: str) -> SubscriptionStart:
        """The subscription with its first (latest) invoice's PaymentIntent, as Stripe has them now."""
        obj = await self._get(subscription_id, {"expand": list(_EXPAND)})
        sub = convert.subscription(convert.as_dict(obj))
        return SubscriptionStart(
            subscription=sub, payment_intent=await self._first_payment_intent(sub)
        )

    async def _first_payment_intent(self, sub: Subscription) -> PaymentIntent | None:
        pi_id = sub.latest_invoice.payment_intent_id if sub.latest_invoice else None
        if not pi_id:
            return None
        try:
            return await self._payment_intents.retrieve(pi_id)
        except GatewayError as err:
            if err.kind == "permission":
                return None
            raise

    async def _get(self, subscription_id: str, params: SubscriptionRetrieveParams) -> Any:
        api = self._t.v1.subscriptions
        return await self._t.call(lambda o: api.retrieve_async(subscription_id, params, o))

    # --- cancel -------------------------------------------------------------------------

    async def cancel(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        comment: str = "",
        feedback: CancellationFeedback | None = None,
        prorate: bool = False,
        invoice_now: bool = False,
    ) -> Subscription:
        """End the subscription now (``DELETE /v1/subscriptions/{id}``); it cannot be undone.

        Args:
            comment: the agent's note, kept in ``cancellation_details``.
            feedback: the customer's reason, one of Stripe's values.
            prorate: credit the unused part of the period.
            invoice_now: invoice what is pending (prorations, the credit) at once.
        """
        params: SubscriptionCancelParams = {
            "prorate": prorate,
            "invoice_now": invoice_now,
            "expand": list(_WRITE_EXPAND),
        }
        details = changes.cancellation_details(comment, feedback)
        if details:
            params["cancellation_details"] = details
        api = self._t.v1.subscriptions
        obj = await self._t.call(
            lambda o: api.cancel_async(subscription_id, params, o),
            Write(
                "subscription.cancel_now",
                idempotency_key,
                object_id=subscription_id,
                params=params,
                detail=changes.note(f"prorate={prorate} invoice_now={invoice_now}", feedback),
            ),
        )
        return convert.subscription(convert.as_dict(obj))

    async def schedule_cancellation(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        comment: str = "",
        feedback: CancellationFeedback | None = None,
    ) -> Subscription:
        """Cancel at the end of the current period (``cancel_at_period_end=true``)."""
        params: SubscriptionUpdateParams = {"cancel_at_period_end": True}
        details = changes.cancellation_details(comment, feedback)
        if details:
            params["cancellation_details"] = details
        note = changes.note("at period end", feedback)
        return await self._update(
            subscription_id, params, idempotency_key, "subscription.cancel_at_period_end", note
        )

    async def undo_scheduled_cancellation(
        self, subscription_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Keep the subscription going after all (``cancel_at_period_end=false``)."""
        return await self._update(
            subscription_id,
            {"cancel_at_period_end": False},
            idempotency_key,
            "subscription.undo_cancellation",
        )

    # --- pause and resume ---------------------------------------------------------------

    async def pause_collection(
        self,
        subscription_id: str,
        behavior: PauseBehavior,
        *,
        idempotency_key: str,
        resumes_at: int | None = None,
    ) -> Subscription:
        """Stop collecting payments; invoices are still made and treated per ``behavior``.

        The status stays as it is; ``resumes_at`` ends the pause by itself.
        """
        pause: SubscriptionUpdateParamsPauseCollection = {"behavior": behavior}
        if resumes_at is not None:
            pause["resumes_at"] = resumes_at
        return await self._update(
            subscription_id,
            {"pause_collection": pause},
            idempotency_key,
            "subscription.pause_collection",
            f"behavior={behavior}" + (f" resumes_at={resumes_at}" if resumes_at else ""),
        )

    async def unpause_collection(
        self, subscription_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Collect again from the next invoice on (``pause_collection=""``)."""
        return await self._update(
            subscription_id,
            {"pause_collection": ""},
            idempotency_key,
            "subscription.unpause_collection",
        )

    async def resume(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        proration_behavior: ProrationBehavior | None = None,
    ) -> Subscription:
        """Resume a ``paused`` subscription (``POST /v1/subscriptions/{id}/resume``)."""
        params: SubscriptionResumeParams = {"expand": list(_WRITE_EXPAND)}
        if proration_behavior:
            params["proration_behavior"] = proration_behavior
        api = self._t.v1.subscriptions
        obj = await self._t.call(
            lambda o: api.resume_async(subscription_id, params, o),
            Write("subscription.resume", idempotency_key, object_id=subscription_id),
        )
        return convert.subscription(convert.as_dict(obj))

    # --- change plan, trial, payment method ---------------------------------------------

    async def change_plan(
        self,
        subscription_id: str,
        item_id: str,
        *,
        idempotency_key: str,
        price_id: str | None = None,
        quantity: int | None = None,
        proration_behavior: ProrationBehavior = "create_prorations",
        proration_date: int | None = None,
    ) -> Subscription:
        """Move one item to another price and/or quantity.

        Pass the ``proration_date`` of the preview the agent confirmed
        (``gateway.invoices.preview_change``) so the invoice matches it to the unit.
        """
        params: SubscriptionUpdateParams = {
            "items": [changes.item_change(item_id, price_id, quantity)],
            "proration_behavior": proration_behavior,
        }
        if proration_date is not None and proration_behavior != "none":
            params["proration_date"] = proration_date
        note = changes.change_note(item_id, price_id, quantity, proration_behavior)
        return await self._update(
            subscription_id, params, idempotency_key, "subscription.change_plan", note
        )

    async def end_trial_now(self, subscription_id: str, *, idempotency_key: str) -> Subscription:
        """End the trial now: the first paid period starts and is invoiced."""
        return await self._update(
            subscription_id,
            {"trial_end": "now"},
            idempotency_key,
            "subscription.end_trial",
            "trial_end=now",
        )

    async def extend_trial(
        self, subscription_id: str, trial_end: int, *, idempotency_key: str
    ) -> Subscription:
        """Move the end of the trial to ``trial_end`` (Unix seconds, in the future)."""
        return await self._update(
            subscription_id,
            {"trial_end": trial_end, "proration_behavior": "none"},
            idempotency_key,
            "subscription.extend_trial",
            f"trial_end={trial_end}",
        )

    async def set_payment_method(
        self, subscription_id: str, payment_method_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Charge this subscription to another of the customer's saved payment methods."""
        return await self._update(
            subscription_id,
            {"default_payment_method": payment_method_id},
            idempotency_key,
            "subscription.set_payment_method",
            f"default_payment_method={payment_method_id}",
        )

    async def _update(
        self,
        subscription_id: str,
        params: SubscriptionUpdateParams,
        key: str,
        action: str,
        detail: str = "",
    ) -> Subscription:
        sent: SubscriptionUpdateParams = {**params, "expand": list(_WRITE_EXPAND)}
        api = self._t.v1.subscriptions
        obj = await self._t.call(
            lambda o: api.update_async(subscription_id, sent, o),
            Write(action, key, object_id=subscription_id, params=sent, detail=detail),
        )
        return convert.subscription(convert.as_dict(obj))
