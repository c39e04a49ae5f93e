"""The transport half of the gateway: one SDK client, error mapping, 429 retries.

``GatewayBase`` owns the long-lived ``stripe.StripeClient`` for one profile
and the one place where SDK calls are awaited (:meth:`GatewayBase._call`), so
error translation, the gateway's own 429 back-off and the "never leak the
key" rule are written once. The per-area mixins (catalog, customers,
billing) only build parameters and convert results.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import stripe

from kpadmin.stripe_api.errors import GatewayError, from_stripe_error
from kpadmin.stripe_api.write_audit import (
    AuditSink,
    Connectivity,
    WriteRecord,
    action_name,
    replayed,
    request_id_of,
    write_record,
)

log = logging.getLogger(__name__)

# The SDK's telemetry writes a persistent id to ~/.config/stripe/telemetry_id on the first
# request and sends it, the platform and earlier requests' timings with every call;
# kpadmin needs none of it and writes nothing outside its own directories.
stripe.enable_telemetry = False

# Modules the SDK and anyio import on the first request (measured with stripe 16.1 and
# anyio 4): importing them at construction removes a ~20 ms stall of the UI thread on the
# first call (see qt-async-notes.md). Service modules load when ``client.v1.<name>`` is
# first touched, so :func:`_preload_services` touches the ones the gateway uses.
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

    stripe 16.1 passes the encoded body to httpx as ``data=<str>``, which
    httpx 0.28 deprecates (a DeprecationWarning on every POST, an error under
    ``-W error``). The body is already form-encoded, so ``content=`` sends the
    same bytes.
    """

    def _get_request_args_kwargs(
        self, method: str, url: str, headers: Any, post_data: Any
    ) -> list[Any]:
        args, kwargs = super()._get_request_args_kwargs(method, url, headers, post_data)
        kwargs.pop("data", None)
        if post_data:
            kwargs["content"] = post_data
        return [args, kwargs]


class GatewayBase:
    """Holds the SDK client and runs every call through one error-mapping path.

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
        self._api_base = api_base
        self._key_kind: Literal["secret", "restricted"] = (
            "restricted" if api_key.startswith("rk_") else "secret"
        )
        self._mode: Literal["test", "live"] = "live" if "_live_" in api_key else "test"
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
        self._connectivity = Connectivity()

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

    @property
    def v1(self) -> Any:
        """The SDK's v1 services (for the mixins)."""
        return self._client.v1

    async def aclose(self) -> None:
        """Close the HTTP connection pool; the gateway is unusable afterwards."""
        if self._closed:
            return
        self._closed = True
        await self._http.close_async()  # type: ignore[no-untyped-call]

    async def _call(
        self,
        fn: Callable[..., Awaitable[Any]],
        params: dict[str, Any] | None = None,
        *,
        object_id: str | None = None,
        idempotency_key: str | None = None,
        is_write: bool = False,
        action: str | None = None,
        detail: str = "",
    ) -> Any:
        """Await one SDK call, translating its errors and retrying unretried 429s.

        Args:
            fn: a bound ``*_async`` SDK method.
            params: the request parameters.
            object_id: positional id for retrieve/update/delete methods.
            idempotency_key: sent as ``Idempotency-Key`` (writes); kept the same
                across the gateway's 429 retries, which Stripe answers before
                storing anything.
            is_write: whether an unknown outcome could mean the write happened;
                writes are reported to the audit sink.
            action: the name recorded in the audit log (default: from ``fn``).
            detail: a short note for the audit log (what the write means, no secrets).

        Raises:
            GatewayError: for every failure; ``asyncio.CancelledError`` passes through.
        """
        if self._closed:
            raise GatewayError("network", "the connection to Stripe was closed")
        if not is_write or self._audit is None:
            return await self._send(fn, params, object_id, idempotency_key, is_write)
        name = action or action_name(fn)
        try:
            result = await self._send(fn, params, object_id, idempotency_key, is_write)
        except GatewayError as err:
            outcome: Literal["failed", "uncertain"] = (
                "uncertain" if err.maybe_committed else "failed"
            )
            failure = f"{err.kind}: {err.message}"
            self._deliver(
                write_record(
                    name,
                    params,
                    object_id,
                    idempotency_key,
                    None,
                    err.request_id,
                    outcome,
                    f"{detail}; {failure}" if detail else failure,
                )
            )
            raise
        if replayed(result):  # the same action sent again: Stripe answered from its store
            detail = f"{detail} (replayed)" if detail else "replayed"
        self._deliver(
            write_record(
                name,
                params,
                object_id,
                idempotency_key,
                result,
                request_id_of(result),
                "ok",
                detail,
            )
        )
        return result

    async def _get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET ``path`` (``/v1/customers``...) and return the answer as plain dicts and lists.

        The same request, SDK retries, 429 back-off and error mapping as :meth:`_call`,
        without the SDK's typed objects: building a ``StripeObject`` for every nested
        dict costs ~1.4 ms per customer on the UI thread, so each page of 50 froze the
        window for ~70 ms and made paging 10,000 customers 1.4x slower than its round
        trips (``bench/``, cProfile in the README). Reads only look at fields, so they
        take the JSON as it came.
        """

        async def get(query: dict[str, Any], _options: dict[str, Any]) -> Any:
            response = await self._client.raw_request_async("get", path, **query)
            return response.data

        return await self._call(get, params)

    async def _send(
        self,
        fn: Callable[..., Awaitable[Any]],
        params: dict[str, Any] | None,
        object_id: str | None,
        idempotency_key: str | None,
        is_write: bool,
    ) -> Any:
        options: dict[str, Any] = {}
        if idempotency_key:
            options["idempotency_key"] = idempotency_key
        args: list[Any] = [object_id] if object_id is not None else []
        args.append(params or {})
        delays = list(self.rate_limit_delays)
        while True:
            try:
                result = await fn(*args, options)
            except stripe.APIConnectionError as err:
                self._note_online(False)
                raise from_stripe_error(err, is_write=is_write) from None
            except stripe.RateLimitError as err:
                if not delays or _should_retry_header(err) == "false":
                    raise from_stripe_error(err, is_write=is_write) from None
                delay = delays.pop(0)
                await asyncio.sleep(delay * random.uniform(0.75, 1.25))
            except stripe.StripeError as err:
                if err.http_status is not None:
                    self._note_online(True)
                raise from_stripe_error(err, is_write=is_write) from None
            except GatewayError:
                raise
            except (ValueError, TypeError, KeyError, AttributeError) as err:
                # The SDK chokes on a malformed body in ways it does not wrap.
                # Logged with the traceback: it may as well be a bug of ours.
                log.warning("SDK call failed: %s", type(err).__name__, exc_info=True)
                raise GatewayError("server", "unexpected response") from None
            else:
                self._note_online(True)
                return result

    # -- connectivity (the offline banner listens) ----------------------------------------

    @property
    def online(self) -> bool:
        """False after a call failed to reach Stripe at all, until one gets an answer."""
        return self._connectivity.online

    def add_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        """Call ``listener(online)`` whenever calls start or stop reaching Stripe."""
        self._connectivity.listeners.append(listener)

    def remove_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        if listener in self._connectivity.listeners:
            self._connectivity.listeners.remove(listener)

    def _note_online(self, online: bool) -> None:
        self._connectivity.note(online)

    def _deliver(self, record: WriteRecord) -> None:
        """Hand one write's record to the audit sink; a failing sink never fails the write."""
        assert self._audit is not None
        try:
            self._audit(record)
        except Exception:  # a full disk must not turn a write that happened into an error
            log.warning("audit sink failed for %s", record.action, exc_info=True)


def _should_retry_header(err: stripe.StripeError) -> str | None:
    headers = err.headers or {}
    for name, value in headers.items():
        if name.lower() == "stripe-should-retry":
            return str(value).lower()
    return None
