"""``StripeGateway``: the one object the UI uses to talk to Stripe for a profile.

It is the composition of the transport (:mod:`client`) and the per-area
mixins; see docs/ARCHITECTURE.md §gateway for the rules every method follows
(async, records in, records out, only ``GatewayError`` raised, idempotency key
on writes).
"""

from __future__ import annotations

from kpadmin.domain.connection import SANDBOX_HEADER
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.billing import BillingMixin
from kpadmin.stripe_api.catalog import CatalogMixin
from kpadmin.stripe_api.customers import CustomersMixin
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.kakao import KakaoPayMixin
from kpadmin.stripe_api.records import AccountCheck
from kpadmin.stripe_api.support import SupportMixin


class StripeGateway(CatalogMixin, CustomersMixin, BillingMixin, KakaoPayMixin, SupportMixin):
    """Async access to one Stripe account (or the sandbox) with one key.

    Create one per profile, keep it while the profile is open, and
    ``await gateway.aclose()`` when switching away or closing the window.
    """

    async def check_key(self) -> AccountCheck:
        """Prove the key works by listing one customer, and learn what answered.

        The answer's ``livemode`` (the first customer's, else the balance's)
        lets the caller refuse a key whose prefix disagrees with the account,
        and the sandbox's response header tells kpadmin's sandbox from Stripe
        (see :mod:`kpadmin.domain.connection`).

        Raises:
            GatewayError: ``auth`` for a wrong or revoked key, ``permission``
                for a restricted key without customer read access (the
                message carries Stripe's text, which names the permission).
        """
        obj = await self._call(self.v1.customers.list_async, {"limit": 1})
        page = convert.page(obj, convert.customer)
        livemode: bool | None = page.items[0].livemode if page.items else None
        if livemode is None:
            livemode = await self._balance_livemode()
        return AccountCheck(
            mode=self.mode,
            livemode=livemode,
            key_kind=self.key_kind,
            sandbox=_says_sandbox(obj),
        )

    async def _balance_livemode(self) -> bool | None:
        """``livemode`` of the balance (every account has one); None when it cannot be read."""
        try:
            balance = await self._call(self.v1.balance.retrieve_async)
        except GatewayError as err:
            if err.kind in ("permission", "not_found", "invalid"):
                return None  # a restricted key without balance access, or the sandbox
            raise
        value = getattr(balance, "livemode", None)
        return value if isinstance(value, bool) else None


def _says_sandbox(obj: object) -> bool:
    response = getattr(obj, "last_response", None)
    headers = getattr(response, "headers", None) or {}
    return any(
        name.lower() == SANDBOX_HEADER.lower() and str(value) == "1"
        for name, value in headers.items()
    )
