"""Plain stand-ins for a price and a subscription item, for the metrics' unit tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    unit_amount: int | None
    interval: str | None = "month"
    interval_count: int | None = 1
    currency: str = "krw"


@dataclass(frozen=True)
class I:  # the metrics' own name for an item, kept short in the tables
    price: P
    quantity: int = 1
