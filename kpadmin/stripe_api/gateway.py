"""``StripeGateway``: the one object the UI uses to talk to Stripe for a profile.

It is the composition of the transport (:mod:`client`) and the per-area
mixins; see docs/ARCHITECTURE.md §gateway for the rules every method follows
(async, records in, records out, only ``GatewayError`` raised, idempotency key
on writes).
"""

from __future__ import annotations

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.billing import BillingMixin
from kpadmin.stripe_api.catalog import CatalogMixin
from kpadmin.stripe_api.customers import CustomersMixin
from kpadmin.stripe_api.kakao import KakaoPayMixin
from kpadmin.stripe_api.records import AccountCheck
from kpadmin.stripe_api.support import SupportMixin


class StripeGateway(CatalogMixin, CustomersMixin, BillingMixin, KakaoPayMixin, SupportMixin):
    """Async access to one Stripe account (or the sandbox) with one key.

    Create one per profile, keep it while the profile is open, and
    ``await gateway.aclose()`` when switching away or closing the window.
    """

    async def check_key(self) -> AccountCheck:
        """Prove the key works by listing one customer.

        Raises:
            GatewayError: ``auth`` for a wrong or revoked key, ``permission``
                for a restricted key without customer read access (the
                message carries Stripe's text, which names the permission).
        """
        obj = await self._call(self.v1.customers.list_async, {"limit": 1})
        page = convert.page(obj, convert.customer)
        livemode = page.items[0].livemode if page.items else self.mode == "live"
        return AccountCheck(mode=self.mode, livemode=livemode, key_kind=self.key_kind)
