"""A customer's or a subscription's story, read from Stripe and the audit log (Qt-free).

One load reads, concurrently: the subscriptions (for a customer), the
invoices, the customer's charges with their refunds, the saved payment
methods (for a customer) and the Events of :data:`story_sources.EVENT_TYPES`
since Stripe's 30-day horizon, each list at most :data:`MAX_PAGES` pages of
100. Stripe cannot list Events by customer, so the Events read are the
account's and :func:`~kpadmin.domain.story_sources.event_happenings` keeps
this object's; in a busy account the page bound can cut them short, and the
report says so (``partial``). The audit log is read for the profile's rows
about the customer (a subscription's: about it, its invoices, charges and
refunds).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from kpadmin.domain import story
from kpadmin.domain import story_sources as sources
from kpadmin.stripe_api.records import Customer, Page, Price, Subscription
from kpadmin.ui.attention.source import read_all as read_pages

if TYPE_CHECKING:
    from kpadmin.audit import AuditEntry, AuditLog

T = TypeVar("T")

# Pages of 100 read per list at most.
MAX_PAGES = 3
PAGE_SIZE = 100
# Audit rows read per story at most.
MAX_ACTIONS = 500
# Prices of plan changes read for their names at most (the rest show their ids).
MAX_PRICES = 10


@dataclass(frozen=True, slots=True)
class StoryReport:
    """One load's story.

    Attributes:
        entries: newest first.
        partial: a list was longer than kpadmin reads at once (the oldest parts may lack).
        reaches_past_events: the object is older than the Events Stripe keeps (30 days):
            older plan changes, pauses and removed wallets are not known.
        plans: price id -> the plan's name, for the prices plan changes name.
    """

    entries: tuple[story.Entry, ...]
    partial: bool
    reaches_past_events: bool
    plans: Mapping[str, str]


async def _read(fetch: Callable[[str | None], Awaitable[Page[T]]]) -> tuple[list[T], bool]:
    """Every item of a list up to :data:`MAX_PAGES` pages; True when cut short."""
    return await read_pages(fetch, MAX_PAGES)


async def clock_now(gateway: Any, test_clock_id: str | None, now: int) -> int:
    """The time that counts for an object: its test clock's, else ``now``.

    What a test clock's advance did is dated in the clock's time, so a
    renewal a month ahead of the wall clock is past, not still ahead. Events
    are read from 30 days before the earlier of the two (Stripe keeps them by
    the wall clock; the sandbox dates what an advance did in the clock's time).
    """
    if not test_clock_id:
        return now
    clock = await gateway.test_clocks.retrieve(test_clock_id)
    return int(clock.frozen_time)


async def customer_story(
    gateway: Any, audit: AuditLog | None, profile: str, customer: Customer, now: int
) -> StoryReport:
    """Everything that happened to ``customer`` and their subscriptions, wallets and payments."""
    cid = customer.id
    wall, now = now, await clock_now(gateway, customer.test_clock_id, now)
    (
        (subs, subs_cut),
        (invoices, inv_cut),
        (charges, ch_cut),
        (events, ev_cut),
        pms,
    ) = await asyncio.gather(
        _read(
            lambda c: gateway.subscriptions.list(
                status="all", customer_id=cid, cursor=c, limit=PAGE_SIZE
            )
        ),
        _read(lambda c: gateway.invoices.list(customer_id=cid, cursor=c, limit=PAGE_SIZE)),
        _read(lambda c: gateway.charges.list(cid, cursor=c, limit=PAGE_SIZE)),
        _events(gateway, min(wall, now)),
        gateway.customers.payment_methods.list_all(cid),
    )
    happenings = [h for sub in subs for h in sources.subscription_happenings(sub)]
    happenings += [h for inv in invoices for h in sources.invoice_happenings(inv)]
    happenings += sources.charge_happenings(charges, invoices)
    happenings += sources.wallet_happenings(pms)
    happenings += sources.event_happenings(
        events, customer_id=cid, subscription_ids=[s.id for s in subs]
    )
    actions = _actions(audit, profile, cid)
    return StoryReport(
        entries=tuple(story.story(happenings, actions, now)),
        partial=subs_cut or inv_cut or ch_cut or ev_cut,
        reaches_past_events=story.may_be_incomplete(customer.created, wall),
        plans=await plan_names(gateway, happenings),
    )


async def subscription_story(
    gateway: Any, audit: AuditLog | None, profile: str, sub: Subscription, now: int
) -> StoryReport:
    """Everything that happened to ``sub``: its life, invoices, payments and refunds."""
    wall, now = now, await clock_now(gateway, sub.test_clock_id, now)
    (invoices, inv_cut), (charges, ch_cut), (events, ev_cut) = await asyncio.gather(
        _read(lambda c: gateway.invoices.list(subscription_id=sub.id, cursor=c, limit=PAGE_SIZE)),
        _read(lambda c: gateway.charges.list(sub.customer_id, cursor=c, limit=PAGE_SIZE)),
        _events(gateway, min(wall, now)),
    )
    intents = {inv.payment_intent_id for inv in invoices if inv.payment_intent_id}
    charges = [c for c in charges if c.payment_intent_id in intents]
    happenings = sources.subscription_happenings(sub)
    happenings += [h for inv in invoices for h in sources.invoice_happenings(inv)]
    happenings += sources.charge_happenings(charges, invoices)
    happenings += sources.event_happenings(events, subscription_ids=[sub.id])
    related = {sub.id, *(i.id for i in invoices), *intents}
    related |= {c.id for c in charges} | {r.id for c in charges for r in c.refunds}
    actions = [a for a in _actions(audit, profile, sub.customer_id) if a.object_id in related]
    return StoryReport(
        entries=tuple(story.story(happenings, actions, now)),
        partial=inv_cut or ch_cut or ev_cut,
        reaches_past_events=story.may_be_incomplete(sub.created, wall),
        plans=await plan_names(gateway, happenings),
    )


async def _events(gateway: Any, now: int) -> tuple[list[Any], bool]:
    since = story.events_since(now)
    return await _read(
        lambda c: gateway.events.list(
            sources.EVENT_TYPES, created_gte=since, cursor=c, limit=PAGE_SIZE
        )
    )


def _actions(audit: AuditLog | None, profile: str, customer_id: str) -> list[AuditEntry]:
    """The profile's audit rows about the customer (synchronous: local SQLite, WAL reads)."""
    if audit is None:
        return []
    return audit.query(customer_id=customer_id, profile=profile, limit=MAX_ACTIONS)


async def plan_names(gateway: Any, happenings: Iterable[story.Happening]) -> dict[str, str]:
    """Price id -> the plan's name (nickname, else product name) for the plan changes.

    A price that cannot be read keeps its id as its name.
    """
    ids = sorted({p for h in happenings for p in (*h.prices_before, *h.prices_after)})[:MAX_PRICES]
    found = await asyncio.gather(*(gateway.prices.retrieve(p) for p in ids), return_exceptions=True)
    return {p.id: _plan(p) for p in found if isinstance(p, Price)}


def _plan(price: Price) -> str:
    return price.nickname or price.product_name or price.id
