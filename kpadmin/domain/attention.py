"""What needs a person: the rules of the "Needs attention" view and of the status chips.

Qt-free and I/O-free. The inputs are what Stripe returned (the gateway's
records fit the protocols below); the UI turns the results into words.

Needs a person:

- a subscription ``past_due`` or ``unpaid`` (a renewal failed: retry it),
  or ``incomplete`` (the first payment waits for the customer: hand them the
  payment link again);
- an open invoice that Stripe tried to collect and could not
  (``attempt_count > 0``) and whose subscription is not listed already;
- a Kakao Pay approval still waiting (a SetupIntent in ``requires_action``,
  or one of kpadmin's own running approvals);
- a trial ending within :data:`TRIAL_WINDOW`, a cancellation taking effect
  within :data:`CANCEL_WINDOW` (undo it if the customer wants to stay).

The amount at risk is in the currency's minor units (KRW is zero-decimal):
what is still due on the failed invoice, else one period of the
subscription (what a trial's end will charge, what a cancellation loses).
Currencies are never compared: :func:`ordered` groups rows by currency, KRW
first (Kakao Pay's currency), then the others alphabetically, and sorts each
group by amount, largest first; rows without an amount come last.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kpadmin.domain.kakao_pay import CURRENCY as HOME_CURRENCY

DAY = 86400
TRIAL_WINDOW = 3 * DAY
CANCEL_WINDOW = 7 * DAY

# Statuses whose subscription is owed money or has not started paying.
PAYMENT_PROBLEMS = ("past_due", "unpaid", "incomplete")
ENDED = frozenset({"canceled", "incomplete_expired"})

# What a row is about.
PAYMENT_FAILED = "payment_failed"  # a renewal failed (past_due, unpaid)
FIRST_PAYMENT = "first_payment"  # incomplete: the first payment waits for the customer
INVOICE_FAILED = "invoice_failed"  # an open invoice with failed attempts
APPROVAL = "approval"  # a Kakao Pay approval still waiting
TRIAL_ENDING = "trial_ending"
CANCELLING = "cancelling"

# The one next action of a row.
RETRY = "retry"
PAYMENT_LINK = "payment_link"
OPEN_CUSTOMER = "open_customer"
UNDO_CANCEL = "undo_cancel"

ACTION_OF = {
    PAYMENT_FAILED: RETRY,
    FIRST_PAYMENT: PAYMENT_LINK,
    INVOICE_FAILED: RETRY,
    APPROVAL: OPEN_CUSTOMER,
    TRIAL_ENDING: OPEN_CUSTOMER,
    CANCELLING: UNDO_CANCEL,
}


class InvoiceLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def status(self) -> str | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def amount_remaining(self) -> int: ...
    @property
    def created(self) -> int: ...
    @property
    def customer_id(self) -> str | None: ...
    @property
    def subscription_id(self) -> str | None: ...
    @property
    def payment_intent_id(self) -> str | None: ...
    @property
    def attempt_count(self) -> int: ...
    @property
    def next_payment_attempt(self) -> int | None: ...


class MoneyLike(Protocol):
    @property
    def amount(self) -> int: ...


class SubscriptionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def customer_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def created(self) -> int: ...
    @property
    def cancel_at(self) -> int | None: ...
    @property
    def cancel_at_period_end(self) -> bool: ...
    @property
    def canceled_at(self) -> int | None: ...
    @property
    def trial_end(self) -> int | None: ...
    @property
    def pause_collection_behavior(self) -> str | None: ...
    @property
    def pause_collection_resumes_at(self) -> int | None: ...
    @property
    def current_period_end(self) -> int | None: ...
    @property
    def latest_invoice(self) -> InvoiceLike | None: ...
    @property
    def total(self) -> MoneyLike | None: ...


@dataclass(frozen=True, slots=True)
class Waiting:
    """A Kakao Pay approval still waiting for the customer (SetupIntent or kpadmin's own)."""

    intent_id: str
    customer_id: str | None
    created: int
    subscription_id: str | None = None


@dataclass(frozen=True, slots=True)
class Attention:
    """One row of "Needs attention".

    Attributes:
        kind: what it is about (:data:`PAYMENT_FAILED`...); ``action`` its next action.
        amount: minor units at risk in ``currency`` (0 and None when not known).
        since: when it started needing a person (the failed invoice, the request...).
        due: when it happens by itself: the next automatic attempt, the trial's
            end, the cancellation; None when nothing will happen without a person.
        attempts: failed collection attempts of the invoice.
        payment_intent_id: whose last error says why the payment was declined.
    """

    kind: str
    action: str
    customer_id: str | None
    currency: str | None
    amount: int
    since: int | None
    due: int | None
    subscription_id: str | None = None
    invoice_id: str | None = None
    intent_id: str | None = None
    payment_intent_id: str | None = None
    attempts: int = 0

    @property
    def id(self) -> str:
        """What the row stands for (the subscription, invoice or intent id)."""
        return self.subscription_id or self.invoice_id or self.intent_id or ""


def cancels_at(sub: SubscriptionLike) -> int | None:
    """When a scheduled cancellation takes effect (None when none is scheduled)."""
    if sub.status in ENDED:
        return None
    if sub.cancel_at is not None:
        return sub.cancel_at
    return sub.current_period_end if sub.cancel_at_period_end else None


def failed_invoice(sub: SubscriptionLike) -> InvoiceLike | None:
    """The subscription's latest invoice while it is open (still owed)."""
    inv = sub.latest_invoice
    return inv if inv is not None and inv.status == "open" else None


def _period_amount(sub: SubscriptionLike) -> int:
    total = sub.total
    return total.amount if total is not None else 0


def for_subscription(sub: SubscriptionLike, now: int) -> Attention | None:
    """The row ``sub`` makes, or None when it needs nobody now."""
    inv = failed_invoice(sub)

    def row(kind: str, amount: int, since: int | None, due: int | None) -> Attention:
        action = ACTION_OF[kind]
        if kind == CANCELLING and not sub.cancel_at_period_end:
            # A cancellation on a date (``cancel_at``, set outside kpadmin) is undone in the
            # Dashboard; kpadmin's "Keep the subscription" undoes one at the period's end.
            action = OPEN_CUSTOMER
        return Attention(
            kind=kind,
            action=action,
            customer_id=sub.customer_id,
            currency=sub.currency,
            amount=amount,
            since=since,
            due=due,
            subscription_id=sub.id,
            invoice_id=inv.id if inv is not None else None,
            payment_intent_id=inv.payment_intent_id if inv is not None else None,
            attempts=inv.attempt_count if inv is not None else 0,
        )

    if sub.status in PAYMENT_PROBLEMS:
        kind = FIRST_PAYMENT if sub.status == "incomplete" else PAYMENT_FAILED
        if inv is not None:
            return row(kind, inv.amount_remaining, inv.created, inv.next_payment_attempt)
        return row(kind, _period_amount(sub), sub.created, None)
    ends = cancels_at(sub)
    if ends is not None and now <= ends <= now + CANCEL_WINDOW:
        return row(CANCELLING, _period_amount(sub), sub.canceled_at, ends)
    trial_end = sub.trial_end if sub.status == "trialing" else None
    if trial_end is not None and now <= trial_end <= now + TRIAL_WINDOW:
        return row(TRIAL_ENDING, _period_amount(sub), None, trial_end)
    return None


def for_invoice(inv: InvoiceLike) -> Attention | None:
    """An open invoice Stripe failed to collect (None otherwise)."""
    if inv.status != "open" or inv.attempt_count <= 0:
        return None
    return Attention(
        kind=INVOICE_FAILED,
        action=RETRY,
        customer_id=inv.customer_id,
        currency=inv.currency,
        amount=inv.amount_remaining,
        since=inv.created,
        due=inv.next_payment_attempt,
        subscription_id=None,
        invoice_id=inv.id,
        payment_intent_id=inv.payment_intent_id,
        attempts=inv.attempt_count,
    )


def for_approval(waiting: Waiting) -> Attention:
    return Attention(
        kind=APPROVAL,
        action=OPEN_CUSTOMER,
        customer_id=waiting.customer_id,
        currency=None,
        amount=0,
        since=waiting.created,
        due=None,
        intent_id=waiting.intent_id,
    )


def collect(
    subscriptions: Iterable[SubscriptionLike],
    invoices: Iterable[InvoiceLike],
    approvals: Iterable[Waiting],
    now: int,
) -> list[Attention]:
    """Every row, once each, in :func:`ordered` order.

    A subscription found by several searches counts once; an invoice whose
    subscription already has a row, and an approval of a subscription's first
    payment (that subscription's row hands out the link), are not repeated.
    """
    rows: dict[str, Attention] = {}
    for sub in subscriptions:
        found = for_subscription(sub, now)
        if found is not None:
            rows.setdefault(found.id, found)
    listed_subs = {r.subscription_id for r in rows.values() if r.subscription_id}
    listed_invoices = {r.invoice_id for r in rows.values() if r.invoice_id}
    for inv in invoices:
        inv_row = for_invoice(inv)
        if inv_row is None or inv.id in listed_invoices or inv.subscription_id in listed_subs:
            continue
        rows.setdefault(inv_row.id, inv_row)
    for waiting in approvals:
        if waiting.subscription_id in listed_subs:
            continue
        rows.setdefault(waiting.intent_id, for_approval(waiting))
    return ordered(rows.values())


def currency_rank(currency: str | None) -> tuple[int, str]:
    """KRW first, then other currencies alphabetically, then rows without a currency."""
    if not currency:
        return (2, "")
    return (0, "") if currency.lower() == HOME_CURRENCY else (1, currency.lower())


def ordered(rows: Iterable[Attention]) -> list[Attention]:
    """By currency (:func:`currency_rank`), then most money at risk, then the oldest first."""
    return sorted(
        rows,
        key=lambda r: (
            currency_rank(r.currency if r.amount else None),
            -r.amount,
            r.since if r.since is not None else r.due or 0,
            r.id,
        ),
    )


def totals(rows: Sequence[Attention]) -> dict[str, int]:
    """Money at risk per currency (minor units), in :func:`currency_rank` order."""
    sums: dict[str, int] = {}
    for r in rows:
        if r.currency and r.amount:
            sums[r.currency] = sums.get(r.currency, 0) + r.amount
    return {c: sums[c] for c in sorted(sums, key=currency_rank)}


# --- status chips -----------------------------------------------------------------------

# What a chip says besides the status (the UI words them).
CHIP_PAYMENT_FAILED = "payment_failed"  # value: failed attempts
CHIP_CANCELS = "cancels"  # value: when
CHIP_PAUSED = "paused"  # value: until when (None: until resumed)
CHIP_TRIAL = "trial"  # value: when the trial ends


@dataclass(frozen=True, slots=True)
class Chip:
    """A status chip's fact: ``kind`` (:data:`CHIP_CANCELS`...) and its number or time."""

    kind: str
    value: int | None


def chip(sub: SubscriptionLike) -> Chip | None:
    """The most pressing fact about ``sub`` for its status chip; None: the status alone."""
    if sub.status in ENDED:
        return None
    inv = failed_invoice(sub)
    if inv is not None and inv.attempt_count > 0:
        return Chip(CHIP_PAYMENT_FAILED, inv.attempt_count)
    ends = cancels_at(sub)
    if ends is not None:
        return Chip(CHIP_CANCELS, ends)
    if sub.pause_collection_behavior:
        return Chip(CHIP_PAUSED, sub.pause_collection_resumes_at)
    if sub.status == "trialing" and sub.trial_end is not None:
        return Chip(CHIP_TRIAL, sub.trial_end)
    return None


def days_left(when: int, now: int) -> int:
    """Whole days from ``now`` until ``when``, rounded up (0: today or past)."""
    return max(0, -(-(when - now) // DAY))


def needs_attention(sub: SubscriptionLike, now: int) -> bool:
    """Whether ``sub`` has a row in "Needs attention" (the Subscriptions tab's filter)."""
    return for_subscription(sub, now) is not None
