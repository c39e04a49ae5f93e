"""Stripe's per-second request limit: a token bucket per API key and mode (off by default).

Stripe limits API requests per account and second: 100 in live mode, 25 in a
sandbox / test mode (docs.stripe.com/rate-limits). Over the limit it answers
``429 Too Many Requests`` before doing anything, with the header
``Stripe-Rate-Limited-Reason: global-rate`` and no ``Retry-After`` (clients
back off exponentially with jitter), and the body of an
``invalid_request_error`` with ``code: rate_limit``. The sandbox has no
accounts, so each key is its own: one bucket per key (its mode follows from
its prefix). A bucket holds one second's worth of requests and refills
continuously, so a steady rate under the limit always passes and a burst above
it is cut.

Unlike :mod:`faults`, whose 429s are random draws, this is a real limiter: a
client that sends faster than Stripe allows is refused as Stripe would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from kpadmin.sandbox.errors import ApiError

#: Requests per second Stripe allows an account, by mode.
STRIPE_LIMITS = {"live": 100.0, "test": 25.0}
RATE_LIMITED_REASON = "global-rate"


def mode_of(key: str) -> str:
    """``live`` for a live key (``sk_live_``, ``rk_live_``), else ``test``."""
    return "live" if "_live_" in key else "test"


class RateLimiter:
    """Token buckets keyed by (API key, mode).

    Args:
        limits: requests per second by mode (Stripe's by default).
        clock: seconds, monotonic (tests pass their own).
    """

    def __init__(
        self,
        limits: dict[str, float] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = dict(limits or STRIPE_LIMITS)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}  # tokens, last refill
        self.refused = 0

    def allow(self, key: str) -> bool:
        """Take one token of ``key``'s bucket; False when it is empty (the request is refused)."""
        mode = mode_of(key)
        rate = self.limits[mode]
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get((key, mode), (rate, now))
            tokens = min(rate, tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[(key, mode)] = (tokens, now)
                self.refused += 1
                return False
            self._buckets[(key, mode)] = (tokens - 1.0, now)
            return True


def rate_limited() -> ApiError:
    """Stripe's answer to a request over the limit (body and header)."""
    return ApiError(
        429,
        "invalid_request_error",
        "Request rate limit exceeded. Learn more about rate limits here "
        "https://docs.stripe.com/rate-limits.",
        code="rate_limit",
        headers={"Stripe-Rate-Limited-Reason": RATE_LIMITED_REASON},
    )
