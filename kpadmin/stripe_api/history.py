"""The shop's history for the Overview: every subscription and a period's invoices, read fast.

Both lists are read by ``created`` slices side by side (:mod:`slices`), as
plain JSON (``JsonList``: no SDK objects), paced under the mode's rate limit.
Invoices are reduced to :class:`~kpadmin.domain.shop_figures.InvoiceFacts`,
which is all the figures need and what the cache keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kpadmin.domain.shop_figures import InvoiceFacts, InvoiceLine
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport
from kpadmin.stripe_api.records import Subscription
from kpadmin.stripe_api.slices import (
    PACE,
    PAGE,
    GetPage,
    PageAnswer,
    Progress,
    RequestPacer,
    Slice,
    fetch_sliced,
    split,
)

if TYPE_CHECKING:
    from stripe.params import InvoiceListParams, SubscriptionListParams

_INVOICES: JsonList[InvoiceListParams] = JsonList("/v1/invoices")
_SUBSCRIPTIONS: JsonList[SubscriptionListParams] = JsonList("/v1/subscriptions")


def invoice_facts(d: dict[str, Any]) -> InvoiceFacts:
    """What the figures read of one invoice (Stripe's JSON, basil+ shape)."""
    lines = []
    for line in convert.as_dict(d.get("lines")).get("data") or []:
        parent = convert.as_dict(
            convert.as_dict(line.get("parent")).get("subscription_item_details")
        )
        period = convert.as_dict(line.get("period"))
        lines.append(
            InvoiceLine(
                amount=int(line.get("amount") or 0),
                period_start=int(period.get("start") or 0),
                period_end=int(period.get("end") or 0),
                proration=bool(parent.get("proration")),
            )
        )
    record = convert.invoice(d)
    return InvoiceFacts(
        id=record.id,
        customer_id=record.customer_id or "",
        subscription_id=record.subscription_id,
        status=record.status or "draft",
        currency=record.currency,
        created=record.created,
        amount_due=record.amount_due,
        amount_paid=record.amount_paid,
        attempt_count=record.attempt_count,
        billing_reason=record.billing_reason,
        lines=tuple(lines),
    )


class HistoryReader:
    """Reads subscriptions and invoices for one gateway's transport.

    Args:
        transport: the gateway's transport (its 429 count slows the pacer).
        mode: ``test`` or ``live``: which of Stripe's limits to stay under.
        concurrency: requests in flight at most.
    """

    def __init__(self, transport: Transport, mode: str, concurrency: int = 16) -> None:
        self._t = transport
        self.pacer = RequestPacer(PACE.get(mode, PACE["test"]))
        self.concurrency = concurrency

    async def subscriptions(
        self,
        now: int,
        on_items: Callable[[Sequence[Subscription]], None],
        on_progress: Callable[[Progress], None] | None = None,
    ) -> Progress:
        """Every subscription (canceled ones included), in pages as they arrive.

        Its requests go before the invoices' when both are read at once: the
        status and MRR charts need every subscription.
        """

        async def get(piece: Slice) -> PageAnswer:
            params: SubscriptionListParams = {
                "status": "all",
                "limit": PAGE,
                "created": {"gte": piece.gte, "lt": piece.lt},
            }
            if piece.cursor:
                params["starting_after"] = piece.cursor
            return _answer(await _SUBSCRIPTIONS.get(self._t, params))

        return await self._fetch(
            get,
            [Slice(0, now + 1)],
            lambda items: on_items([convert.subscription(convert.as_dict(d)) for d in items]),
            on_progress,
            urgent=True,
        )

    async def invoices(
        self,
        gte: int,
        lt: int,
        on_items: Callable[[Sequence[InvoiceFacts]], None],
        on_progress: Callable[[Progress], None] | None = None,
        parts: int = 12,
    ) -> Progress:
        """The invoices created in ``[gte, lt)``, in pages as they arrive."""

        async def get(piece: Slice) -> PageAnswer:
            params: InvoiceListParams = {
                "limit": PAGE,
                "created": {"gte": piece.gte, "lt": piece.lt},
            }
            if piece.cursor:
                params["starting_after"] = piece.cursor
            return _answer(await _INVOICES.get(self._t, params))

        return await self._fetch(
            get,
            split(gte, lt, parts),
            lambda items: on_items([invoice_facts(convert.as_dict(d)) for d in items]),
            on_progress,
        )

    async def _fetch(
        self,
        get: GetPage,
        slices: list[Slice],
        on_items: Callable[[Sequence[dict[str, Any]]], None],
        on_progress: Callable[[Progress], None] | None,
        urgent: bool = False,
    ) -> Progress:
        return await fetch_sliced(
            get,
            slices,
            pacer=self.pacer,
            concurrency=self.concurrency,
            on_items=on_items,
            on_progress=on_progress,
            rate_limited=lambda: self._t.rate_limited,
            urgent=urgent,
        )


def _answer(obj: Any) -> PageAnswer:
    d = convert.as_dict(obj)
    data = d.get("data") or []
    return PageAnswer([convert.as_dict(x) for x in data], bool(d.get("has_more")))
