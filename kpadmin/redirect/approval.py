"""One Kakao Pay approval, from the request to the result Stripe reports.

An :class:`ApprovalFlow` saves a wallet (SetupIntent) or confirms a
subscription's first payment (PaymentIntent) and then waits for the buyer:

    starting → waiting → approved | failed (Stripe's reason) | expired | cancelled
                       ↘ error (the request itself failed: Stripe's error)

While waiting it listens on the loopback ``return_url``
(:class:`~kpadmin.redirect.listener.ReturnListener`) *and* polls the intent
with backoff, because the buyer often approves on their own phone, whose
browser never comes back to this computer. Whichever arrives first, the flow
retrieves the intent and moves on only from what Stripe says: the query
string of the return request is never trusted. With a custom https return
page (a setting) there is no listener and polling alone carries the flow.

Qt-free: it runs on the current asyncio loop (the qasync loop in the app) and
tells observers through plain callbacks; ``kpadmin.ui.pending_approvals``
turns those into Qt signals.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import random
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Protocol

from kpadmin import __version__
from kpadmin.redirect.listener import ReturnListener, ReturnPage
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records_kakao import (
    IntentError,
    MandateAcceptance,
    PaymentIntent,
    SetupIntent,
)

log = logging.getLogger(__name__)


class State(str, Enum):
    STARTING = "starting"
    WAITING = "waiting"
    APPROVED = "approved"
    FAILED = "failed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    ERROR = "error"

    @property
    def terminal(self) -> bool:
        return self not in (State.STARTING, State.WAITING)


class Kind(str, Enum):
    SETUP = "setup"  #: save a wallet (SetupIntent)
    PAYMENT = "payment"  #: a subscription's first payment (PaymentIntent)


@dataclass(frozen=True, slots=True)
class ApprovalStatus:
    """Where one flow stands, as last learnt from Stripe.

    Attributes:
        state: see :class:`State`.
        intent_id: the SetupIntent or PaymentIntent (once created).
        url: the approval page (while waiting).
        intent_status: Stripe's status of the intent.
        error: Stripe's ``last_*_error`` (``failed``).
        gateway_error: the failed request (``error``), or the last failed poll.
        payment_method_id: the saved wallet (setup, approved) or the paying one.
        checks: how many times the intent was retrieved.
    """

    state: State = State.STARTING
    intent_id: str | None = None
    url: str | None = None
    intent_status: str | None = None
    error: IntentError | None = None
    gateway_error: GatewayError | None = None
    payment_method_id: str | None = None
    checks: int = 0


class SetupIntentCalls(Protocol):
    """What the flow needs of ``StripeGateway.setup_intents``."""

    async def start_kakao(
        self,
        customer_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        idempotency_key: str,
        terms_language: str = ...,
    ) -> SetupIntent: ...
    async def retrieve(self, setup_intent_id: str) -> SetupIntent: ...
    async def cancel(
        self, setup_intent_id: str, *, reason: str = ..., idempotency_key: str
    ) -> SetupIntent: ...


class PaymentIntentCalls(Protocol):
    """What the flow needs of ``StripeGateway.payment_intents``."""

    async def confirm_kakao(
        self,
        payment_intent_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        payment_method_id: str | None = ...,
        idempotency_key: str,
        terms_language: str = ...,
    ) -> PaymentIntent: ...
    async def retrieve(self, payment_intent_id: str) -> PaymentIntent: ...


class ApprovalGateway(Protocol):
    """What the flow needs of :class:`~kpadmin.stripe_api.StripeGateway`."""

    @property
    def setup_intents(self) -> SetupIntentCalls: ...
    @property
    def payment_intents(self) -> PaymentIntentCalls: ...


def backoff_delays(
    initial: float = 2.0,
    factor: float = 1.5,
    maximum: float = 20.0,
    jitter: float = 0.0,
    rng: Callable[[], float] = random.random,
) -> Iterator[float]:
    """Seconds to wait before each poll: ``initial``, growing by ``factor``, capped at ``maximum``.

    ``jitter`` (0–1) spreads each delay by ±that fraction so that many open
    dialogs do not poll in step. Never ends: the caller decides when to stop.
    """
    if initial <= 0 or factor < 1 or maximum < initial:
        raise ValueError("need 0 < initial <= maximum and factor >= 1")
    delay = initial
    while True:
        spread = 1.0 + jitter * (2.0 * rng() - 1.0) if jitter else 1.0
        yield min(maximum, delay) * spread
        delay = min(maximum, delay * factor)


def local_acceptance() -> MandateAcceptance:
    """The online acceptance kpadmin records: this computer's address and kpadmin itself.

    The merchant records the customer's consent here (the dialog's consent
    box), so the address and "user agent" of that record are this computer's
    outbound IP and kpadmin's own identifier, never made-up values of the
    buyer's device. See docs/KAKAO_PAY.md.
    """
    ip = "127.0.0.1"
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1; a UDP connect sends no packet
            ip = s.getsockname()[0]
    except OSError:
        pass
    agent = (
        f"kpadmin/{__version__} ({platform.system() or 'unknown'}; "
        f"consent recorded by the merchant)"
    )
    return MandateAcceptance(ip_address=ip, user_agent=agent)


Observer = Callable[[ApprovalStatus], None]


class ApprovalFlow:
    """One approval: ``await flow.run()`` drives it to a terminal state.

    Args:
        gateway: the profile's gateway.
        kind: :attr:`Kind.SETUP` (needs ``customer_id``) or :attr:`Kind.PAYMENT`
            (needs ``payment_intent_id``; ``payment_method_id`` optional).
        return_page: the translated text of the loopback "done" page.
        custom_return_url: an https page of the merchant's; no listener then.
        acceptance: the mandate's online acceptance (default :func:`local_acceptance`).
        delays: the polling schedule (default :func:`backoff_delays` with jitter).
        max_wait: seconds after which the flow stops waiting (``expired``); None: never.
        linger: seconds the loopback listener stays open after a result found by
            polling, for a browser that comes back late.
        terms_language: the language the consent terms were shown in ("ko"...),
            noted with the request in the audit log; "" when not known.

    Attributes:
        status: the latest :class:`ApprovalStatus`.
        customer_id, subscription_id, label: for the UI to find and name the flow.
        terms_language: as given (a reopened dialog shows the terms in it).
    """

    def __init__(
        self,
        gateway: ApprovalGateway,
        kind: Kind,
        *,
        customer_id: str | None = None,
        payment_intent_id: str | None = None,
        payment_method_id: str | None = None,
        subscription_id: str | None = None,
        label: str = "",
        return_page: ReturnPage | None = None,
        custom_return_url: str = "",
        acceptance: MandateAcceptance | None = None,
        delays: Iterator[float] | None = None,
        max_wait: float | None = 3600.0,
        linger: float = 30.0,
        terms_language: str = "",
    ) -> None:
        if kind is Kind.SETUP and not customer_id:
            raise ValueError("saving a wallet needs a customer")
        if kind is Kind.PAYMENT and not payment_intent_id:
            raise ValueError("confirming a payment needs its PaymentIntent")
        self.id = uuid.uuid4().hex
        self.kind = kind
        self.customer_id = customer_id
        self.subscription_id = subscription_id
        self.label = label
        self.terms_language = terms_language
        self._gateway = gateway
        self._pi_id = payment_intent_id
        self._pm_id = payment_method_id
        self._page = return_page
        self._custom_return_url = custom_return_url.strip()
        self._acceptance = acceptance
        self._delays = delays if delays is not None else backoff_delays(jitter=0.2)
        self._max_wait = max_wait
        self._linger_seconds = linger
        self._key = str(uuid.uuid4())  # one idempotency key for this flow's create/confirm
        self._observers: list[Observer] = []
        self._listener: ReturnListener | None = None
        self._poke = asyncio.Event()
        self.cancel_requested = False
        # Set by the UI once the link was handed to the browser (so a reopened dialog does not).
        self.browser_opened = False
        self.status = ApprovalStatus()

    # -- observers ----------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    def _set(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        for observer in list(self._observers):
            try:
                observer(self.status)
            except Exception:
                log.exception("approval observer failed")

    @property
    def done(self) -> bool:
        return self.status.state.terminal

    @property
    def uses_listener(self) -> bool:
        return not self._custom_return_url

    def check_now(self) -> None:
        """Retrieve the intent now instead of at the next scheduled poll ("Check now")."""
        self._poke.set()

    # -- the flow -----------------------------------------------------------------------
    async def run(self) -> ApprovalStatus:
        """Request the approval and wait for Stripe's verdict; returns the final status."""
        try:
            return_url = self._custom_return_url
            if not return_url:
                self._listener = ReturnListener(self._page)
                return_url = await self._listener.start()
            acceptance = self._acceptance or local_acceptance()
            try:
                intent = await self._request(return_url, acceptance)
            except GatewayError as err:
                self._set(state=State.ERROR, gateway_error=err)
                return self.status
            if self.cancel_requested:  # cancelled while the request was on its way
                self._set(intent_id=intent.id)
                self.cancel_requested = False
                await self.cancel()
                return self.status
            self._apply(intent)
            await self._wait()
            await self._linger()
            return self.status
        finally:
            if self._listener is not None:
                await self._listener.close()

    async def _linger(self) -> None:
        """Keep the listener a little after a result found by polling.

        The buyer's browser may come back a moment after the poll saw the
        result: it should get the "done" page, not "connection refused".
        """
        listener = self._listener
        if listener is None or listener.done or self._linger_seconds <= 0:
            return
        try:
            await asyncio.wait_for(listener.wait(), self._linger_seconds)
        except TimeoutError:
            pass

    async def _request(self, return_url: str, acceptance: MandateAcceptance) -> Any:
        if self.kind is Kind.SETUP:
            assert self.customer_id is not None
            return await self._gateway.setup_intents.start_kakao(
                self.customer_id,
                return_url=return_url,
                acceptance=acceptance,
                idempotency_key=self._key,
                terms_language=self.terms_language,
            )
        assert self._pi_id is not None
        return await self._gateway.payment_intents.confirm_kakao(
            self._pi_id,
            return_url=return_url,
            acceptance=acceptance,
            payment_method_id=self._pm_id,
            idempotency_key=self._key,
            terms_language=self.terms_language,
        )

    async def _retrieve(self) -> Any:
        intent_id = self.status.intent_id
        assert intent_id is not None
        if self.kind is Kind.SETUP:
            return await self._gateway.setup_intents.retrieve(intent_id)
        return await self._gateway.payment_intents.retrieve(intent_id)

    async def _wait(self) -> None:
        started = time.monotonic()
        returned: asyncio.Task[Any] | None = None
        if self._listener is not None:
            returned = asyncio.ensure_future(self._listener.wait())
        try:
            while not self.done:
                delay = next(self._delays)
                if self._max_wait is not None:
                    left = self._max_wait - (time.monotonic() - started)
                    if left <= 0:
                        self._set(state=State.EXPIRED, url=None)
                        return
                    delay = min(delay, left)
                poke = asyncio.ensure_future(self._poke.wait())
                waiters: set[asyncio.Future[Any]] = {poke}
                if returned is not None and not returned.done():
                    waiters.add(returned)
                try:
                    await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    poke.cancel()
                self._poke.clear()
                try:
                    intent = await self._retrieve()
                except GatewayError as err:
                    # A failed poll changes nothing at Stripe: note it and keep polling.
                    log.info("polling the intent failed: %s", err.kind)
                    self._set(gateway_error=err, checks=self.status.checks + 1)
                    continue
                self._set(gateway_error=None, checks=self.status.checks + 1)
                self._apply(intent)
        finally:
            if returned is not None and not returned.done():
                returned.cancel()

    def _apply(self, intent: SetupIntent | PaymentIntent) -> None:
        """Move to the state Stripe's answer implies (the only place states come from)."""
        if self.done:
            return  # a terminal state sticks (a late poll cannot undo a cancel)
        status = intent.status
        common = {
            "intent_id": intent.id,
            "intent_status": status,
            "payment_method_id": intent.payment_method_id,
        }
        if status == "succeeded" or (
            status == "requires_capture" and isinstance(intent, PaymentIntent)
        ):
            self._set(state=State.APPROVED, url=None, error=None, **common)
        elif status in ("requires_action", "processing", "requires_confirmation"):
            self._set(state=State.WAITING, url=intent.redirect_url or self.status.url, **common)
        elif status == "canceled":
            # Cancelled by us (Cancel) or by Stripe/someone else: the link is dead either way.
            self._set(
                state=State.CANCELLED if self.cancel_requested else State.EXPIRED,
                url=None,
                **common,
            )
        else:  # requires_payment_method: the attempt failed (or never had a method)
            self._set(state=State.FAILED, url=None, error=intent.last_error, **common)

    async def cancel(self) -> ApprovalStatus:
        """Stop waiting; a SetupIntent is cancelled at Stripe so its link stops working.

        An invoice's PaymentIntent cannot be cancelled on its own (Stripe
        voids it with the invoice), so a payment flow only stops waiting: the
        subscription stays ``incomplete`` and the payment can be resumed.
        Call it while :meth:`run` is awaited elsewhere or after it ended.
        """
        self.cancel_requested = True
        if self.done:
            return self.status
        intent_id = self.status.intent_id
        if self.status.state is State.STARTING and not intent_id:
            return self.status  # run() cancels the intent as soon as it exists
        if self.kind is Kind.SETUP and intent_id:
            try:
                intent = await self._gateway.setup_intents.cancel(
                    intent_id, reason="abandoned", idempotency_key=str(uuid.uuid4())
                )
            except GatewayError as err:
                # Most likely the buyer finished first: ask Stripe what happened.
                log.info("cancelling the SetupIntent failed: %s", err.kind)
                intent = await self._gateway.setup_intents.retrieve(intent_id)
            self._apply(intent)
            if not self.done:
                self._set(state=State.CANCELLED, url=None)
        else:
            self._set(state=State.CANCELLED, url=None)
        self._poke.set()
        return self.status
