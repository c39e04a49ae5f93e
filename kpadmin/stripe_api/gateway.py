"""``StripeGateway``: the one object the UI uses to talk to Stripe for a profile.

It is shaped like the SDK's ``StripeClient.v1``: one service per Stripe
resource (``gateway.customers.list()``, ``gateway.subscriptions.cancel(...)``,
``gateway.setup_intents.start_kakao(...)``), all sending through one shared
:class:`~kpadmin.stripe_api.client.Transport`. See docs/ARCHITECTURE.md
("The gateway") for the rules every service follows (async, records in,
records out, only ``GatewayError`` raised, idempotency key on writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from kpadmin.domain.connection import SANDBOX_HEADER, key_mode
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import Transport
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import AccountCheck
from kpadmin.stripe_api.services.charges import ChargesService
from kpadmin.stripe_api.services.customers import CustomersService
from kpadmin.stripe_api.services.events import EventsService
from kpadmin.stripe_api.services.invoices import InvoicesService
from kpadmin.stripe_api.services.payment_intents import PaymentIntentsService
from kpadmin.stripe_api.services.prices import PricesService
from kpadmin.stripe_api.services.products import ProductsService
from kpadmin.stripe_api.services.refunds import RefundsService
from kpadmin.stripe_api.services.setup_intents import SetupIntentsService
from kpadmin.stripe_api.services.subscriptions import SubscriptionsService
from kpadmin.stripe_api.services.test_clocks import TestClocksService
from kpadmin.stripe_api.write_audit import AuditSink

if TYPE_CHECKING:
    from stripe.params import CustomerListParams


class StripeGateway:
    """Async access to one Stripe account (or the sandbox) with one key.

    Create one per profile, keep it while the profile is open, and
    ``await gateway.aclose()`` when switching away or closing the window.

    Args:
        api_key: the profile's secret or restricted key. Kept only inside the
            SDK client; never in ``repr``, logs or errors.
        api_base: base URL for the API (``http://127.0.0.1:PORT`` for the
            sandbox) without ``/v1``; None for api.stripe.com.
        timeout: seconds per HTTP request.
        max_network_retries: SDK retries for connection errors, 409 and 5xx.
        audit: called with a ``WriteRecord`` after every write (see
            :mod:`~kpadmin.stripe_api.write_audit`).

    Attributes:
        transport: the one SDK client and call path every service shares.
        customers, products, prices, subscriptions, invoices, payment_intents,
        setup_intents, refunds, test_clocks, charges, events: one service per
        Stripe resource.
    """

    def __init__(
        self,
        api_key: str,
        *,
        api_base: str | None = None,
        timeout: float = 30.0,
        max_network_retries: int = 2,
        audit: AuditSink | None = None,
    ) -> None:
        self.transport = Transport(
            api_key,
            api_base=api_base,
            timeout=timeout,
            max_network_retries=max_network_retries,
            audit=audit,
        )
        self._api_base = api_base
        self._key_kind: Literal["secret", "restricted"] = (
            "restricted" if api_key.startswith("rk_") else "secret"
        )
        # The key's prefix decides; anything else that looks live is treated as live.
        live = key_mode(api_key) == "live" or "_live_" in api_key
        self._mode: Literal["test", "live"] = "live" if live else "test"
        t = self.transport
        self.customers = CustomersService(t)
        self.products = ProductsService(t)
        self.prices = PricesService(t)
        self.payment_intents = PaymentIntentsService(t)
        self.setup_intents = SetupIntentsService(t)
        self.subscriptions = SubscriptionsService(t, self.payment_intents)
        self.invoices = InvoicesService(t, self.payment_intents)
        self.refunds = RefundsService(t, self._mode)
        self.test_clocks = TestClocksService(t)
        self.charges = ChargesService(t)
        self.events = EventsService(t)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(mode={self._mode!r}, api_base={self._api_base!r})"

    @property
    def mode(self) -> Literal["test", "live"]:
        """``"live"`` for a live key, else ``"test"``; the app labels sandbox profiles itself."""
        return self._mode

    @property
    def key_kind(self) -> Literal["secret", "restricted"]:
        return self._key_kind

    @property
    def api_base(self) -> str | None:
        return self._api_base

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
        params: CustomerListParams = {"limit": 1}
        api = self.transport.v1.customers
        obj = await self.transport.call(lambda o: api.list_async(params, o))
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
        api = self.transport.v1.balance
        try:
            balance = await self.transport.call(lambda o: api.retrieve_async(None, o))
        except GatewayError as err:
            if err.kind in ("permission", "not_found", "invalid"):
                return None  # a restricted key without balance access, or the sandbox
            raise
        value = getattr(balance, "livemode", None)
        return value if isinstance(value, bool) else None

    async def aclose(self) -> None:
        """Close the HTTP connection pool; the gateway is unusable afterwards."""
        await self.transport.aclose()

    # -- connectivity (the offline banner listens) ----------------------------------------

    @property
    def online(self) -> bool:
        """False after a call failed to reach Stripe at all, until one gets an answer."""
        return self.transport.connectivity.online

    def add_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        """Call ``listener(online)`` whenever calls start or stop reaching Stripe."""
        self.transport.connectivity.listeners.append(listener)

    def remove_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        if listener in self.transport.connectivity.listeners:
            self.transport.connectivity.listeners.remove(listener)


def _says_sandbox(obj: object) -> bool:
    response = getattr(obj, "last_response", None)
    headers = getattr(response, "headers", None) or {}
    return any(
        name.lower() == SANDBOX_HEADER.lower() and str(value) == "1"
        for name, value in headers.items()
    )
