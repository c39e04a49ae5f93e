"""Records for support operations: invoice previews, payments and refunds, test clocks.

Same rules as :mod:`records`: frozen, amounts as integers in the currency's
minor unit (KRW is zero-decimal: 100000 is ₩100,000), times as Unix seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kpadmin.domain import kakao_pay
from kpadmin.domain.money import Money

# The payment method types whose refunds are limited to 365 days (all South Korean methods).
KOREAN_METHODS = frozenset({"kakao_pay", "kr_card", "naver_pay", "payco", "samsung_pay"})

ProrationBehavior = Literal["create_prorations", "always_invoice", "none"]
PauseBehavior = Literal["void", "keep_as_draft", "mark_uncollectible"]
RefundReason = Literal["duplicate", "fraudulent", "requested_by_customer"]
CancellationFeedback = Literal[
    "customer_service",
    "low_quality",
    "missing_features",
    "other",
    "switched_service",
    "too_complex",
    "too_expensive",
    "unused",
]


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One line of a previewed invoice.

    Attributes:
        description: Stripe's text ("Unused time on 1 × Plan after 07 Jun 2026"...).
        amount: signed; a proration credit is negative.
        proration: whether the line is a proration (credit or charge for part of a period).
    """

    description: str
    amount: int
    currency: str
    period_start: int | None
    period_end: int | None
    proration: bool
    price_id: str | None
    quantity: int | None

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class InvoicePreview:
    """What Stripe would invoice (``/v1/invoices/create_preview``); never payable.

    Attributes:
        billing_reason: ``upcoming`` for the next renewal, ``subscription_update``
            when the change is billed at once (``always_invoice``).
        total: sum of the lines (may be negative: a net credit).
        amount_due: what would be charged (never below zero).
        proration_date: the moment prorations were computed for, when it was
            given; pass it to :meth:`change_plan` to be billed exactly this.
    """

    currency: str
    subtotal: int
    total: int
    amount_due: int
    period_start: int | None
    period_end: int | None
    billing_reason: str | None
    lines: tuple[PreviewLine, ...]
    proration_date: int | None = None

    @property
    def total_money(self) -> Money:
        return Money(self.total, self.currency)

    @property
    def amount_due_money(self) -> Money:
        return Money(self.amount_due, self.currency)

    @property
    def prorations(self) -> tuple[PreviewLine, ...]:
        return tuple(line for line in self.lines if line.proration)


@dataclass(frozen=True, slots=True)
class Payment:
    """A charge that paid something, with what is still refundable.

    Attributes:
        payment_method_type: ``kakao_pay``...; Korean methods refund only
            within :data:`kakao_pay.REFUND_WINDOW_DAYS` of ``created``.
        refundable_until: the last moment a refund is allowed, or None when
            the method has no such limit.
    """

    charge_id: str
    payment_intent_id: str | None
    amount: int
    amount_refunded: int
    currency: str
    created: int
    status: str
    payment_method_type: str | None

    @property
    def refundable_amount(self) -> int:
        if self.status != "succeeded":
            return 0
        return max(self.amount - self.amount_refunded, 0)

    @property
    def refundable_until(self) -> int | None:
        if self.payment_method_type in KOREAN_METHODS:
            return self.created + kakao_pay.REFUND_WINDOW_DAYS * 86400
        return None

    def can_refund(self, now: int) -> bool:
        """Whether a refund can be asked for at ``now`` (Stripe has the last word)."""
        until = self.refundable_until
        return self.refundable_amount > 0 and (until is None or now <= until)

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class Refund:
    id: str
    amount: int
    currency: str
    status: str
    reason: str | None
    charge_id: str | None
    payment_intent_id: str | None
    created: int

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class TestClock:
    """A test clock (``/v1/test_helpers/test_clocks``); ``status`` ``ready`` or ``advancing``."""

    __test__ = False  # not a pytest test class, despite the name

    id: str
    name: str | None
    frozen_time: int
    status: str
    deletes_after: int | None
    livemode: bool = False

    @property
    def ready(self) -> bool:
        return self.status == "ready"
