"""Plain, immutable records the gateway returns and accepts.

The UI never sees SDK objects or dicts: it sees these frozen dataclasses, so a
field Stripe renames is fixed once in ``convert.py`` and nowhere else, and a
record can be handed to a model or a dialog without fear that something
mutates it underneath. Amounts are integers in minor units (see
``kpadmin.domain.money``); timestamps are Unix seconds as Stripe sends them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Generic, Literal, TypeVar

from kpadmin.domain.money import Money

T = TypeVar("T")

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list or search.

    Attributes:
        items: the objects on this page, newest first as Stripe lists them.
        has_more: whether another page exists.
        next_cursor: what to pass as ``cursor`` (lists: the last id; search:
            Stripe's ``next_page``) to get the next page; None when there is none.
    """

    items: tuple[T, ...]
    has_more: bool
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """What a key turned out to be when it was tried against the API.

    Attributes:
        mode: ``"test"`` or ``"live"``, from the key's prefix.
        livemode: what the server said (``livemode`` of the first customer, or
            of the balance when there is none); None when it said nothing
            (no customer, and no balance this key may read).
        key_kind: ``"secret"`` (``sk_``) or ``"restricted"`` (``rk_``).
        sandbox: the server said it is kpadmin's sandbox (its response header).
    """

    mode: Literal["test", "live"]
    livemode: bool | None
    key_kind: Literal["secret", "restricted"]
    sandbox: bool = False


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    name: str
    description: str
    active: bool
    default_price_id: str | None
    tax_code: str | None
    metadata: Mapping[str, str]
    created: int
    livemode: bool


@dataclass(frozen=True, slots=True)
class Price:
    """A price; ``unit_amount`` is None for tiered or custom-amount prices."""

    id: str
    product_id: str
    currency: str
    unit_amount: int | None
    type: Literal["one_time", "recurring"]
    interval: str | None
    interval_count: int | None
    tax_behavior: str | None
    lookup_key: str | None
    nickname: str | None
    active: bool
    created: int
    metadata: Mapping[str, str]
    livemode: bool
    # The product's name when the answer expanded ``product`` (price search does).
    product_name: str | None = None

    @property
    def money(self) -> Money | None:
        """The unit amount with its currency, or None when the price has no flat amount."""
        if self.unit_amount is None:
            return None
        return Money(self.unit_amount, self.currency)


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str | None
    email: str | None
    phone: str | None
    description: str | None
    preferred_locales: tuple[str, ...]
    metadata: Mapping[str, str]
    created: int
    default_payment_method_id: str | None
    test_clock_id: str | None
    livemode: bool
    deleted: bool = False
    # The default payment method's ``type`` (``kakao_pay``...) when the list expanded it.
    default_payment_method_type: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentMethod:
    """A saved payment method; ``brand``/``last4`` are set for cards (and kr_card) only."""

    id: str
    type: str
    customer_id: str | None
    created: int
    livemode: bool = False
    brand: str | None = None
    last4: str | None = None

    @property
    def is_kakao_pay(self) -> bool:
        return self.type == "kakao_pay"


@dataclass(frozen=True, slots=True)
class Invoice:
    """An invoice (basil+ shape: subscription and payment intent are nested, see convert.py)."""

    id: str
    number: str | None
    customer_id: str | None
    subscription_id: str | None
    status: str | None
    currency: str
    amount_due: int
    amount_paid: int
    amount_remaining: int
    total: int
    created: int
    hosted_invoice_url: str | None
    payment_intent_id: str | None = None
    payment_intent_status: str | None = None
    livemode: bool = False
    # How many times Stripe tried to collect it, and when it tries next by itself (None: never).
    attempt_count: int = 0
    next_payment_attempt: int | None = None
    # Why it was made: "subscription_create" (the first payment), "subscription_cycle" (a
    # renewal), "subscription_update", "manual"...; None when Stripe did not say.
    billing_reason: str | None = None
    # When it changed state (``status_transitions``); None for a change that did not happen.
    finalized_at: int | None = None
    paid_at: int | None = None
    voided_at: int | None = None
    marked_uncollectible_at: int | None = None
    # The business's public name on the invoice (Stripe's ``account_name``); None when unset.
    account_name: str | None = None

    @property
    def is_first_payment(self) -> bool:
        """The invoice a subscription opened with (or one whose reason is not known)."""
        return self.billing_reason in (None, "subscription_create")

    @property
    def total_money(self) -> Money:
        return Money(self.total, self.currency)

    @property
    def amount_due_money(self) -> Money:
        return Money(self.amount_due, self.currency)


@dataclass(frozen=True, slots=True)
class SubscriptionItem:
    id: str
    price: Price
    quantity: int
    current_period_start: int | None
    current_period_end: int | None


@dataclass(frozen=True, slots=True)
class Subscription:
    """A subscription; periods live on its items since API version basil."""

    id: str
    customer_id: str
    status: str
    items: tuple[SubscriptionItem, ...]
    currency: str
    created: int
    cancel_at_period_end: bool
    cancel_at: int | None
    canceled_at: int | None
    ended_at: int | None
    trial_start: int | None
    trial_end: int | None
    default_payment_method_id: str | None
    latest_invoice: Invoice | None
    latest_invoice_id: str | None
    pause_collection_behavior: str | None
    metadata: Mapping[str, str]
    livemode: bool
    # When a collection pause ends by itself (``pause_collection.resumes_at``).
    pause_collection_resumes_at: int | None = None
    # ``cancellation_details``: Stripe's ``reason`` and the agent's ``feedback``/``comment``.
    cancellation_reason: str | None = None
    cancellation_feedback: str | None = None
    cancellation_comment: str | None = None
    # The customer's name and e-mail when the answer expanded ``customer`` (lists do), so a
    # row is named whatever the shop's size; None when not expanded or deleted.
    customer_name: str | None = None
    customer_email: str | None = None
    # The test clock it runs on (None: real time).
    test_clock_id: str | None = None

    @property
    def current_period_end(self) -> int | None:
        """The earliest period end over the items: when the next invoice is due."""
        ends = [i.current_period_end for i in self.items if i.current_period_end is not None]
        return min(ends) if ends else None

    @property
    def current_period_start(self) -> int | None:
        starts = [i.current_period_start for i in self.items if i.current_period_start is not None]
        return min(starts) if starts else None

    @property
    def total(self) -> Money | None:
        """Sum of unit amount × quantity over the items, per period, in the subscription's currency.

        None when an item has no flat unit amount (tiered/metered), since no
        honest total can be shown then.
        """
        amount = 0
        for item in self.items:
            if item.price.unit_amount is None:
                return None
            amount += item.price.unit_amount * item.quantity
        return Money(amount, self.currency)


# --- drafts: what the UI sends for writes -------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductDraft:
    name: str
    description: str = ""
    tax_code: str = ""
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class PriceDraft:
    """A new price. ``interval`` None makes a one-time price; amounts in minor units."""

    product_id: str
    currency: str
    unit_amount: int
    interval: str | None
    interval_count: int = 1
    tax_behavior: str = "unspecified"
    lookup_key: str = ""
    nickname: str = ""
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    name: str
    email: str = ""
    phone: str = ""
    description: str = ""
    preferred_locales: tuple[str, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
