"""The transport under the gateway's services: one SDK client, error mapping, 429 retries.

``Transport`` owns the long-lived ``stripe.StripeClient`` for one profile and
the one place where SDK calls are awaited (:meth:`Transport.call`), so error
translation, the gateway's own 429 back-off, connectivity, the audit of
writes and the "never leak the key" rule are written once. The services
(``services/``) only build typed parameters and convert results.

A call is handed over as a function of the request options, e.g.
``lambda options: v1.subscriptions.update_async(sub_id, params, options)``:
the SDK method's own signature then checks ``params`` (a ``stripe.params``
TypedDict) where the call is written, and ``call`` stays generic in what the
SDK returns.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import stripe

from kpadmin.stripe_api.errors import GatewayError, from_stripe_error
from kpadmin.stripe_api.write_audit import (
    AuditSink,
    Connectivity,
    WriteRecord,
    replayed,
    request_id_of,
    write_record,
)

if TYPE_CHECKING:
    from stripe import RequestOptions

log = logging.getLogger(__name__)

R = TypeVar("R")
# The list parameters of one plain-JSON list endpoint (a ``stripe.params`` TypedDict).
P = TypeVar("P", bound=Mapping[str, object])

# The SDK's telemetry writes a persistent id to ~/.config/stripe/telemetry_id on the first
# request and sends it, the platform and earlier requests' timings with every call;
# kpadmin needs none of it and writes nothing outside its own directories.
stripe.enable_telemetry = False

# Modules the SDK and anyio import on the first request (measured with stripe 16.1 and
# anyio 4): importing them at construction removes a ~20 ms stall of the UI thread on the
# first call (docs/STRIPE_FACTS.md §7). Service modules load when ``client.v1.<name>`` is
# first touched, so :func:`_preload_services` touches the ones the gateway's services use.
_SDK_LAZY_MODULES = (
    "anyio._backends._asyncio",
    "anyio.lowlevel",
    "anyio.streams.memory",
    "anyio.streams.stapled",
    "anyio.streams.tls",
    "anyio.to_thread",
    "stripe._telemetry_id",
    "stripe._object_classes",
)
_SERVICES = (
    "customers",
    "products",
    "prices",
    "subscriptions",
    "invoices",
    "payment_intents",
    "setup_intents",
    "refunds",
    "test_helpers",
)


def _preload_sdk() -> None:
    for name in _SDK_LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - a renamed module only costs the stall
            log.debug("module %s not found for preloading", name)


def _preload_services(client: stripe.StripeClient) -> None:
    for name in _SERVICES:
        getattr(client.v1, name)
    client.v1.customers.payment_methods  # noqa: B018 - the attribute access is the import


class HttpxClient(stripe.HTTPXClient):
    """The SDK's httpx transport, sending the form body as ``content=``.

    stripe 16.1's ``HTTPXClient._get_request_args_kwargs`` passes the
    form-encoded body (a ``str``) to httpx as ``data=``, which httpx 0.28
    deprecates for anything but a mapping (a DeprecationWarning on every POST,
    an error under ``-W error``). The body is already encoded, so ``content=``
    sends the same bytes. tests/gateway/test_http_client.py fails if the
    override stops being used.
    """

    def _get_request_args_kwargs(
        self, method: str, url: str, headers: Any, post_data: Any
    ) -> list[Any]:
        args, kwargs = super()._get_request_args_kwargs(method, url, headers, post_data)
        kwargs.pop("data", None)
        if post_data:
            kwargs["content"] = post_data
        return [args, kwargs]


@dataclass(frozen=True, slots=True)
class Write:
    """What makes a call a write: its idempotency key and how the audit log names it.

    Attributes:
        action: the audit log's name for it (``subscription.cancel_now``);
            each service names its own writes.
        idempotency_key: sent as ``Idempotency-Key``; kept the same across the
            gateway's 429 retries, which Stripe answers before storing anything.
        object_id: the object written, when the call names one in its path.
        params: the request parameters, read for the customer concerned.
        detail: a short note of what the write means (no secrets).
    """

    action: str
    idempotency_key: str
    object_id: str | None = None
    params: Mapping[str, object] | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class JsonList(Generic[P]):
    """A list or search endpoint read as plain JSON, typed by its SDK list parameters.

    ``JsonList[CustomerListParams]("/v1/customers").get(transport, params)``
    checks ``params`` against the same ``stripe.params`` TypedDict that
    ``v1.customers.list_async`` takes, so this fast path is as strictly typed
    as the SDK's own.
    """

    path: str

    async def get(self, transport: Transport, params: P) -> Any:
        """GET the endpoint with ``params``; the answer as plain dicts and lists."""
        return await transport._get_json(self.path, params)


class Transport:
    """Holds the SDK client and runs every call through one error-mapping path.

    One transport is shared by all the services of a gateway.

    Args:
        api_key: the profile's secret or restricted key. Kept only inside the
            SDK client; never in ``repr``, logs or errors.
        api_base: base URL for the API (``http://127.0.0.1:PORT`` for the
            sandbox) without ``/v1``; None for api.stripe.com.
        timeout: seconds per HTTP request.
        max_network_retries: SDK retries for connection errors, 409 and 5xx.
        audit: called once with a :class:`WriteRecord` after every write
            (success or failure); the composition root binds it to the
            profile and mode. A failing sink is logged, never raised.

    Attributes:
        rate_limit_delays: back-off (seconds, before jitter) between the
            gateway's own retries of a 429 the SDK did not retry; one retry per
            entry. Tests shorten it.
        connectivity: whether calls reach Stripe, and who listens.
        rate_limited: how many 429s calls have met (retried or not); a bulk
            reader slows down when it grows.
    """

    rate_limit_delays: tuple[float, ...] = (0.5, 1.0, 2.0)

    def __init__(
        self,
        api_key: str,
        *,
        api_base: str | None = None,
        timeout: float = 30.0,
        max_network_retries: int = 2,
        audit: AuditSink | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("an API key is required")
        _preload_sdk()
        self._http = HttpxClient(timeout=timeout)
        self._client = stripe.StripeClient(
            api_key,
            base_addresses={"api": api_base} if api_base else None,
            max_network_retries=max_network_retries,
            http_client=self._http,
        )
        _preload_services(self._client)
        self._closed = False
        self._audit = audit
        self.connectivity = Connectivity()
        self.rate_limited = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(closed={self._closed!r})"

    @property
    def v1(self) -> stripe.V1Services:
        """The SDK's v1 services, for the gateway's services to call through :meth:`call`."""
        return self._client.v1

    async def aclose(self) -> None:
        """Close the HTTP connection pool; every later call fails as ``network``."""
        if self._closed:
            return
        self._closed = True
        await self._http.close_async()  # type: ignore[no-untyped-call]

    async def call(
        self, request: Callable[[RequestOptions], Awaitable[R]], write: Write | None = None
    ) -> R:
        """Await one SDK call, translating its errors and retrying unretried 429s.

        Args:
            request: sends the call with the given request options, e.g.
                ``lambda options: v1.invoices.pay_async(inv_id, params, options)``;
                called again for each retry.
            write: for a write: its idempotency key and audit name. A write's
                unknown outcome (network error, 5xx) is reported as
                ``maybe_committed``, and every write goes to the audit sink.

        Raises:
            GatewayError: for every failure; ``asyncio.CancelledError`` passes through.
        """
        if self._closed:
            raise GatewayError("network", "the connection to Stripe was closed")
        options: RequestOptions = {}
        if write is not None:
            options["idempotency_key"] = write.idempotency_key
        if write is None or self._audit is None:
            return await self._send(request, options, is_write=write is not None)
        try:
            result = await self._send(request, options, is_write=True)
        except GatewayError as err:
            outcome: Literal["failed", "uncertain"] = (
                "uncertain" if err.maybe_committed else "failed"
            )
            failure = f"{err.kind}: {err.message}"
            detail = f"{write.detail}; {failure}" if write.detail else failure
            self._deliver(_record(write, None, err.request_id, outcome, detail))
            raise
        detail = write.detail
        if replayed(result):  # the same action sent again: Stripe answered from its store
            detail = f"{detail} (replayed)" if detail else "replayed"
        self._deliver(_record(write, result, request_id_of(result), "ok", detail))
        return result

    async def _get_json(self, path: str, params: Mapping[str, object]) -> Any:
        """GET a list or search endpoint (through :class:`JsonList`) as plain dicts and lists.

        The same request, SDK retries, 429 back-off and error mapping as :meth:`call`,
        without the SDK's typed objects: building a ``StripeObject`` for every nested
        dict costs ~1.4 ms per customer on the UI thread, so each page of 50 froze the
        window for ~70 ms and made paging 10,000 customers 1.4x slower than its round
        trips (``bench/``, cProfile in the README). Reads only look at fields, so they
        take the JSON as it came.
        """

        async def get(_options: RequestOptions) -> Any:
            response = await self._client.raw_request_async("get", path, **params)
            return response.data

        return await self.call(get)

    async def _send(
        self,
        request: Callable[[RequestOptions], Awaitable[R]],
        options: RequestOptions,
        *,
        is_write: bool,
    ) -> R:
        delays = list(self.rate_limit_delays)
        while True:
            try:
                result = await request(options)
            except stripe.APIConnectionError as err:
                self.connectivity.note(False)
                raise from_stripe_error(err, is_write=is_write) from None
            except stripe.RateLimitError as err:
                self.rate_limited += 1
                if not delays or _should_retry_header(err) == "false":
                    raise from_stripe_error(err, is_write=is_write) from None
                delay = delays.pop(0)
                await asyncio.sleep(delay * random.uniform(0.75, 1.25))
            except stripe.StripeError as err:
                if err.http_status is not None:
                    self.connectivity.note(True)
                raise from_stripe_error(err, is_write=is_write) from None
            except GatewayError:
                raise
            except (ValueError, TypeError, KeyError, AttributeError) as err:
                # The SDK chokes on a malformed body in ways it does not wrap.
                # Logged with the traceback: it may as well be a bug of ours.
                log.warning("SDK call failed: %s", type(err).__name__, exc_info=True)
                raise GatewayError("server", "unexpected response") from None
            else:
                self.connectivity.note(True)
                return result

    def _deliver(self, record: WriteRecord) -> None:
        """Hand one write's record to the audit sink; a failing sink never fails the write."""
        assert self._audit is not None
        try:
            self._audit(record)
        except Exception:  # a full disk must not turn a write that happened into an error
            log.warning("audit sink failed for %s", record.action, exc_info=True)


def _record(
    write: Write,
    result: object,
    request_id: str | None,
    outcome: Literal["ok", "failed", "uncertain"],
    detail: str,
) -> WriteRecord:
    return write_record(
        write.action,
        write.params,
        write.object_id,
        write.idempotency_key,
        result,
        request_id,
        outcome,
        detail,
    )


def _should_retry_header(err: stripe.StripeError) -> str | None:
    headers = err.headers or {}
    for name, value in headers.items():
        if name.lower() == "stripe-should-retry":
            return str(value).lower()
    return None
