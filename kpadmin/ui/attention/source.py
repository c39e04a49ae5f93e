"""What needs attention, read from Stripe without listing every customer or subscription.

Every read is a search where Stripe has one, so its size follows the number
of problems, not of customers:

- subscriptions: ``status:"past_due" OR status:"unpaid" OR status:"incomplete"``;
  ``status:"trialing"`` (Stripe cannot search ``trial_end``: the trials are
  read and those ending within three days kept); ``status:"active" AND
  canceled_at>0`` (a scheduled cancellation sets ``canceled_at``; Stripe
  cannot search ``cancel_at``, so those taking effect within seven days are
  kept);
- invoices: ``status:"open"``, kept when Stripe tried to collect them;
- PaymentIntents: ``status:"requires_payment_method"``, for the decline reasons;
- SetupIntents have no search and no status filter: the ones created in the
  last :data:`APPROVAL_DAYS` days are listed and those in ``requires_action``
  kept; kpadmin's own running approvals are added from ``context.approvals``.

Each query reads at most :data:`MAX_PAGES` pages of 100; a report that
stopped there says so (``partial``). Stripe's search index lags writes by up
to a minute, so a change just made may show on the next refresh.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from kpadmin.domain import attention as rules
from kpadmin.redirect.approval import ApprovalFlow, State
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, Invoice, Page, Product, Subscription
from kpadmin.stripe_api.records_kakao import IntentError
from kpadmin.stripe_api.search_query import any_of

T = TypeVar("T")

# Pages of 100 read per query at most (500 objects).
MAX_PAGES = 5
PAGE_SIZE = 100
# SetupIntents created this many days back are looked at (Stripe cannot search them).
APPROVAL_DAYS = 7
# Decline reasons and customer names read one by one, at most this many per refresh.
MAX_SINGLE_READS = 50
# Concurrent single reads (Stripe's test mode allows 25 reads a second).
CONCURRENT_READS = 4

PROBLEMS_QUERY = any_of("status", rules.PAYMENT_PROBLEMS)
TRIALS_QUERY = 'status:"trialing"'
CANCELLING_QUERY = 'status:"active" AND canceled_at>0'
OPEN_INVOICES_QUERY = 'status:"open"'
DECLINED_QUERY = 'status:"requires_payment_method"'


@dataclass(frozen=True, slots=True)
class AttentionReport:
    """One refresh's findings.

    Attributes:
        rows: what needs a person, in :func:`kpadmin.domain.attention.ordered` order.
        subscriptions: the subscriptions the rows name, by id (for their actions).
        invoices: the invoices the rows name, by id.
        declines: PaymentIntent id -> its last error (why the payment was declined).
        partial: a query stopped at :data:`MAX_PAGES` pages; there may be more.
        read_at: the moment the rules were applied (Unix time).
    """

    rows: tuple[rules.Attention, ...]
    subscriptions: Mapping[str, Subscription]
    invoices: Mapping[str, Invoice]
    declines: Mapping[str, IntentError]
    partial: bool
    read_at: int


async def read_all(
    fetch: Callable[[str | None], Awaitable[Page[T]]], max_pages: int | None = None
) -> tuple[list[T], bool]:
    """Every item of a search or list, page by page, up to ``max_pages`` (default
    :data:`MAX_PAGES`); True when cut short."""
    items: list[T] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES if max_pages is None else max_pages):
        page = await fetch(cursor)
        items.extend(page.items)
        if not page.has_more or not page.next_cursor:
            return items, False
        cursor = page.next_cursor
    return items, True


async def subscriptions_needing_attention(gateway: Any) -> tuple[list[Subscription], bool]:
    """Every subscription that may need a person (before the rules' time windows apply)."""

    def search(query: str) -> Callable[[str | None], Awaitable[Page[Subscription]]]:
        return lambda cursor: gateway.subscriptions.search(query, page=cursor, limit=PAGE_SIZE)

    found = await asyncio.gather(
        *(read_all(search(q)) for q in (PROBLEMS_QUERY, CANCELLING_QUERY, TRIALS_QUERY))
    )
    subs = {s.id: s for items, _cut in found for s in items}
    return list(subs.values()), any(cut for _items, cut in found)


async def attention_page(
    gateway: Any,
    now: int,
    customer_id: str | None = None,
    price_id: str | None = None,
) -> Page[Subscription]:
    """The Subscriptions tab's "Needs attention" filter: one page, the most money at risk first.

    The customer and price filters apply to what the searches found (Stripe's
    subscription search cannot filter by them).
    """
    subs, _cut = await subscriptions_needing_attention(gateway)
    by_id = {s.id: s for s in subs}
    rows = rules.collect(subs, (), (), now)
    found = [by_id[r.id] for r in rows if r.id in by_id]
    if customer_id:
        found = [s for s in found if s.customer_id == customer_id]
    if price_id:
        found = [s for s in found if any(i.price.id == price_id for i in s.items)]
    return Page(items=tuple(found), has_more=False, next_cursor=None)


def waiting_flows(flows: Iterable[ApprovalFlow], now: int) -> list[rules.Waiting]:
    """kpadmin's own approvals still waiting for the customer."""
    return [
        rules.Waiting(
            f.status.intent_id or f.id, f.customer_id, now, subscription_id=f.subscription_id
        )
        for f in flows
        if f.status.state in (State.STARTING, State.WAITING)
    ]


async def read_attention(gateway: Any, flows: Iterable[ApprovalFlow], now: int) -> AttentionReport:
    """Search Stripe for what needs a person and apply the rules at ``now``."""
    (
        (subs, subs_cut),
        (invoices, inv_cut),
        (intents, si_cut),
        (declined, pi_cut),
    ) = await asyncio.gather(
        subscriptions_needing_attention(gateway),
        read_all(lambda c: gateway.invoices.search(OPEN_INVOICES_QUERY, page=c, limit=PAGE_SIZE)),
        read_all(
            lambda c: gateway.setup_intents.list(
                created_after=now - APPROVAL_DAYS * rules.DAY, cursor=c, limit=PAGE_SIZE
            )
        ),
        read_all(lambda c: gateway.payment_intents.search(DECLINED_QUERY, page=c, limit=PAGE_SIZE)),
    )
    waiting = [
        rules.Waiting(si.id, si.customer_id, si.created)
        for si in intents
        if si.status == "requires_action"
    ]
    waiting += waiting_flows(flows, now)
    rows = rules.collect(subs, invoices, waiting, now)
    declines = {pi.id: pi.last_error for pi in declined if pi.last_error is not None}
    missing = [
        r.payment_intent_id
        for r in rows
        if r.payment_intent_id and r.attempts and r.payment_intent_id not in declines
    ]
    for pi in await _read_each(gateway.payment_intents.retrieve, missing):
        if pi.last_error is not None:
            declines[pi.id] = pi.last_error
    named = {r.subscription_id for r in rows} | {r.invoice_id for r in rows}
    return AttentionReport(
        rows=tuple(rows),
        subscriptions={s.id: s for s in subs if s.id in named},
        invoices={i.id: i for i in invoices if i.id in named},
        declines=declines,
        partial=subs_cut or inv_cut or si_cut or pi_cut,
        read_at=now,
    )


async def read_customers(gateway: Any, customer_ids: Iterable[str | None]) -> list[Customer]:
    """The rows' customers (at most :data:`MAX_SINGLE_READS`), for their names."""
    return await _read_each(gateway.customers.retrieve, [c for c in customer_ids if c])


async def read_products(gateway: Any, subscriptions: Iterable[Subscription]) -> list[Product]:
    """The products of the subscriptions' first prices, for plan names (one request a 100)."""
    ids = [s.items[0].price.product_id for s in subscriptions if s.items]
    try:
        return list(await gateway.products.by_ids(ids)) if ids else []
    except GatewayError:  # plan names less: the rows still show the prices' own texts
        return []


async def _read_each(read: Callable[[str], Awaitable[T]], ids: Iterable[str]) -> list[T]:
    """``read`` each distinct id (the first :data:`MAX_SINGLE_READS`), a few at a time."""
    wanted = list(dict.fromkeys(ids))[:MAX_SINGLE_READS]
    gate = asyncio.Semaphore(CONCURRENT_READS)

    async def one(object_id: str) -> T | None:
        async with gate:
            try:
                return await read(object_id)
            except GatewayError:  # a name or a reason less: the row still shows its ids
                return None

    return [r for r in await asyncio.gather(*(one(i) for i in wanted)) if r is not None]
