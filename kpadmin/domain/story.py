"""A customer's or a subscription's story: what happened, one list, newest first.

Qt-free and I/O-free. Stripe has no history per customer, so the story is put
together from what Stripe keeps (read by :mod:`kpadmin.domain.story_sources`)
and from kpadmin's own audit log:

- **objects' own timestamps first**, since they never expire: a
  subscription's ``created``, ``trial_start``/``trial_end``, ``canceled_at``
  (when a cancellation was asked for), ``cancel_at`` and ``ended_at``; an
  invoice's ``status_transitions`` (finalized, paid, voided, marked
  uncollectible); every Charge (a failed attempt keeps its time and decline
  reason, which the invoice, counting only ``attempt_count``, does not) and its
  refunds; saved payment methods' ``created``;
- **Events where objects keep nothing**: a plan change (the items before it,
  in ``customer.subscription.updated``'s ``previous_attributes``), a pause or
  resumption of collection, a wallet removed (``payment_method.detached``,
  whose object also dates when it was saved). Stripe keeps Events for
  :data:`EVENT_DAYS` days and cannot list them by customer: the caller reads
  the few types it needs since then and
  :func:`kpadmin.domain.story_sources.event_happenings` keeps those
  about the object. :func:`may_be_incomplete` says when older parts can be
  missing;
- **the audit log**: what kpadmin did, when, from which computer and OS user.
  An audit record is attached to the happening it caused when Stripe's
  ``request_id`` matches (Events carry it), or to a happening of the same
  object within :data:`SAME_MOMENT` seconds; otherwise it is a row of its own.

Amounts stay integers in the currency's minor unit (KRW has none); the UI
words and formats each :class:`Entry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

# Stripe keeps Events this many days.
EVENT_DAYS = 30
DAY = 86400
# An audit record without a matching request id belongs to a happening of its object
# this close in time (seconds; both clocks are the wall clock unless a test clock runs).
SAME_MOMENT = 10

# What happened. The order is the order of a life: at the same second, a later kind
# is listed above an earlier one (newest first).
SUBSCRIPTION_CREATED = "subscription_created"
TRIAL_STARTED = "trial_started"
WALLET_SAVED = "wallet_saved"
INVOICE_FINALIZED = "invoice_finalized"
PAYMENT_FAILED = "payment_failed"
INVOICE_PAID = "invoice_paid"
INVOICE_VOIDED = "invoice_voided"
INVOICE_UNCOLLECTIBLE = "invoice_uncollectible"
REFUNDED = "refunded"
PLAN_CHANGED = "plan_changed"
PAUSED = "paused"
RESUMED = "resumed"
TRIAL_ENDS = "trial_ends"
CANCEL_SCHEDULED = "cancel_scheduled"
CANCELS = "cancels"  # the day a scheduled cancellation takes effect
CANCELED = "canceled"
WALLET_REMOVED = "wallet_removed"
KINDS = (
    SUBSCRIPTION_CREATED,
    TRIAL_STARTED,
    WALLET_SAVED,
    INVOICE_FINALIZED,
    PAYMENT_FAILED,
    INVOICE_PAID,
    INVOICE_VOIDED,
    INVOICE_UNCOLLECTIBLE,
    REFUNDED,
    PLAN_CHANGED,
    PAUSED,
    RESUMED,
    TRIAL_ENDS,
    CANCEL_SCHEDULED,
    CANCELS,
    CANCELED,
    WALLET_REMOVED,
)
_RANK = {kind: i for i, kind in enumerate(KINDS)}


class AuditLike(Protocol):
    @property
    def at(self) -> int: ...
    @property
    def action(self) -> str: ...
    @property
    def object_id(self) -> str | None: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def os_user(self) -> str: ...
    @property
    def hostname(self) -> str: ...
    @property
    def comment(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Happening:
    """One thing Stripe says happened.

    Attributes:
        at: Unix seconds (a test clock's time for what its advance did).
        kind: one of :data:`KINDS`.
        object_id: the object it happened to (``sub_``, ``in_``, ``ch_``, ``re_``, ``pm_``).
        subscription_id: the subscription it belongs to, when known.
        amount, currency: the money it moved or billed (minor units).
        attempt: for a failed payment, which attempt on its invoice (1, 2, …).
        reason: a failed payment's decline code, else its failure code.
        prices_before, prices_after: a plan change's prices.
        request_id: the API request that caused it, when known (Events say).
        payment_method_type: a wallet's type (``kakao_pay``).
        label: how people name the object, when it has such a name (an invoice's number).
    """

    at: int
    kind: str
    object_id: str
    subscription_id: str | None = None
    amount: int | None = None
    currency: str | None = None
    attempt: int | None = None
    reason: str | None = None
    prices_before: tuple[str, ...] = ()
    prices_after: tuple[str, ...] = ()
    request_id: str | None = None
    payment_method_type: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a story: a happening, what kpadmin did, or both (kpadmin caused it).

    ``upcoming`` marks a moment still ahead (a trial's end, a cancellation's day).
    """

    at: int
    happening: Happening | None
    action: AuditLike | None
    upcoming: bool = False


def story(happenings: Iterable[Happening], actions: Iterable[AuditLike], now: int) -> list[Entry]:
    """One list, newest first: happenings (each once) with the kpadmin action that caused them.

    An action is attached to the happening whose ``request_id`` it carries,
    else to the nearest happening of its object (or of the subscription it
    belongs to) within :data:`SAME_MOMENT` seconds that has no action yet, the
    earliest kind of a life first (a new subscription's creation, not its
    first invoice); the rest are rows of their own.
    """
    unique: dict[tuple[str, str, int], Happening] = {}
    for h in happenings:
        unique.setdefault((h.kind, h.object_id, h.at), h)
    rows = list(unique.values())
    by_request = {h.request_id: i for i, h in enumerate(rows) if h.request_id}
    attached: dict[int, AuditLike] = {}
    rest: list[AuditLike] = []
    for action in sorted(actions, key=lambda a: a.at):
        i = by_request.get(action.request_id) if action.request_id else None
        if i is None or i in attached:
            rest.append(action)
        else:
            attached[i] = action
    alone: list[AuditLike] = []
    for action in rest:  # after every request id has found its happening
        i = _nearest(rows, action, attached)
        if i is None:
            alone.append(action)
        else:
            attached[i] = action
    entries = [Entry(h.at, h, attached.get(i), h.at > now) for i, h in enumerate(rows)]
    entries += [Entry(a.at, None, a) for a in alone]
    return sorted(entries, key=_order, reverse=True)


def _nearest(
    rows: Sequence[Happening], action: AuditLike, taken: dict[int, AuditLike]
) -> int | None:
    candidates = [
        (abs(h.at - action.at), _RANK[h.kind], i)
        for i, h in enumerate(rows)
        if i not in taken
        and action.object_id is not None
        and action.object_id in (h.object_id, h.subscription_id)
        and abs(h.at - action.at) <= SAME_MOMENT
    ]
    return min(candidates)[2] if candidates else None


def _order(entry: Entry) -> tuple[int, int]:
    rank = _RANK[entry.happening.kind] if entry.happening is not None else len(KINDS)
    return entry.at, rank


def may_be_incomplete(oldest: int, now: int) -> bool:
    """Whether the story reaches back past what Stripe still keeps of its Events.

    ``oldest`` is when the customer or subscription began: older plan changes,
    pauses and removed wallets are no longer listed.
    """
    return oldest < now - EVENT_DAYS * DAY


def events_since(now: int) -> int:
    """The oldest ``created`` Stripe still lists Events for."""
    return now - EVENT_DAYS * DAY
