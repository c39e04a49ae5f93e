"""What Stripe allows for Kakao Pay (``kakao_pay``), in one place.

Facts from Stripe's Kakao Pay pages: KRW only, at least 100 KRW per charge,
payment, setup and subscription modes, redirect-based approval by the buyer.
"""

from __future__ import annotations

PAYMENT_METHOD_TYPE = "kakao_pay"
CURRENCY = "krw"
# The smallest amount the Korean payment methods accept, in KRW (zero-decimal).
MIN_AMOUNT = 100
# Refunds of Korean payment methods are possible only this long after the charge.
REFUND_WINDOW_DAYS = 365


def accepts_currency(currency: str) -> bool:
    return currency.lower() == CURRENCY
