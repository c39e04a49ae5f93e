"""Nothing doubled, nothing lost: kpadmin's writes through a sandbox that fails 20% of requests.

Each user action is driven the way the UI drives it: one idempotency key per
action (``new_action_key()``), and when the error says the write may have
happened (``maybe_committed``) or asks to wait (``rate_limit``), the user
presses the button again with the same key. Afterwards Stripe's state (the
sandbox's store) is checked per action:

- an action the user saw succeed exists exactly once, and is what it returned;
- an action the user saw fail does not exist, or was reported
  ``maybe_committed`` (the UI said "may have succeeded, refresh") and exists
  once after the refresh;
- no duplicates, ever.

Faults: 500, 429 (``Stripe-Should-Retry: true``), timeouts (the request hangs
past the client's timeout and is processed afterwards), connections dropped
before the request is processed and after it was committed. Two gateway
configurations run: the app's own (SDK retries on) and one with SDK retries
off, so that most faults reach the user's retry path.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import stripe

from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.faults import FaultPlan
from kpadmin.stripe_api import GatewayError, StripeGateway, new_action_key
from kpadmin.stripe_api.client import HttpxClient
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft

KEY = "sk_test_" + "F" * 24
#: The client gives up after this; a ``timeout`` fault hangs longer, then processes the request.
CLIENT_TIMEOUT = 0.4
HANG = 0.7
#: How many times a user presses "Save" again before giving up.
USER_TRIES = 4
ROUNDS = 12  # each round runs every action kind once


@dataclass
class Outcome:
    """What the user saw for one action."""

    kind: str
    marker: str
    ok: bool = False
    result: Any = None
    errors: list[GatewayError] = field(default_factory=list)

    @property
    def told_maybe(self) -> bool:
        return any(e.maybe_committed for e in self.errors)


async def user_action(
    kind: str, marker: str, do: Callable[[str], Awaitable[Any]], tries: int = USER_TRIES
) -> Outcome:
    """One button press and the user's retries of it, with one idempotency key."""
    out = Outcome(kind, marker)
    key = new_action_key()
    for _ in range(tries):
        try:
            out.result = await do(key)
        except GatewayError as err:
            out.errors.append(err)
            # What a user presses "Save" again for: anything that may pass on a second try.
            if not (
                err.maybe_committed
                or err.kind in ("rate_limit", "idempotency", "network", "server")
            ):
                return out
            continue
        out.ok = True
        return out
    return out


@pytest.fixture
def fast_sdk_backoff(monkeypatch):
    """The SDK's retry back-off (0.5 s and up) shortened, so the suite stays in seconds."""
    monkeypatch.setattr(stripe.HTTPClient, "INITIAL_DELAY", 0.02)
    monkeypatch.setattr(stripe.HTTPClient, "MAX_DELAY", 0.1)


def _kakao_flow():
    """The sandbox tests' approval-page "browser" (tests/sandbox/kakao_flow.py)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "sandbox" / "kakao_flow.py"
    spec = importlib.util.spec_from_file_location("kakao_flow_for_stress", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paid_subscription(c: stripe.StripeClient, flow: Any, price: str, name: str) -> str:
    """A customer whose wallet was approved on the Kakao page, subscribed and charged once."""
    cus = c.v1.customers.create({"name": name})
    si = flow.saved_wallet(c, cus.id)
    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price}],
            "default_payment_method": si.payment_method,
            "off_session": True,
        }
    )
    assert sub.status == "active", sub.status
    return sub.id


def _setup_shop(sb: EmbeddedSandbox, rounds: int) -> dict[str, Any]:
    """Objects the actions need, made without faults through the raw SDK."""
    http = HttpxClient(timeout=10, allow_sync_methods=True)
    c = stripe.StripeClient(KEY, base_addresses={"api": sb.url}, http_client=http)
    try:
        prod = c.v1.products.create({"name": "Stress coffee"})
        price = c.v1.prices.create(
            {
                "product": prod.id,
                "currency": "krw",
                "unit_amount": 9900,
                "recurring": {"interval": "month"},
            }
        )
        update_targets = [c.v1.customers.create({"name": f"before {i}"}).id for i in range(rounds)]
        setup_targets = [c.v1.customers.create({"name": f"setup {i}"}).id for i in range(rounds)]
        subscribers = []
        for i in range(rounds):
            cus = c.v1.customers.create({"name": f"subscriber {i}"})
            pm = c.v1.payment_methods.create({"type": "kakao_pay"})
            c.v1.payment_methods.attach(pm.id, {"customer": cus.id})
            subscribers.append((cus.id, pm.id))
        flow = _kakao_flow()
        paid = [_paid_subscription(c, flow, price.id, f"paid {i}") for i in range(rounds)]
        to_cancel = [_paid_subscription(c, flow, price.id, f"leaving {i}") for i in range(rounds)]
    finally:
        http.close()
    return {
        "product": prod.id,
        "price": price.id,
        "update": update_targets,
        "setup": setup_targets,
        "subscribers": subscribers,
        "paid": paid,
        "to_cancel": to_cancel,
    }


def _actions(gw: StripeGateway, shop: dict[str, Any], i: int) -> list[tuple[str, str, Any]]:
    """(kind, marker, do(key)) for round ``i``; the marker finds the action's object later."""
    from kpadmin.stripe_api.records_kakao import MandateAcceptance

    m = f"r{i}"
    acceptance = MandateAcceptance(ip_address="127.0.0.1", user_agent="kpadmin-stress")
    cus_sub, pm = shop["subscribers"][i]
    return [
        (
            "create_customer",
            m,
            lambda k: gw.customers.create(
                CustomerDraft(f"고객 {m}", metadata={"stress": m}), idempotency_key=k
            ),
        ),
        (
            "create_product",
            m,
            lambda k: gw.products.create(
                ProductDraft(f"Product {m}", metadata={"stress": m}), idempotency_key=k
            ),
        ),
        (
            "create_price",
            m,
            lambda k: gw.prices.create(
                PriceDraft(shop["product"], "krw", 1000 + i, "month", metadata={"stress": m}),
                idempotency_key=k,
            ),
        ),
        (
            "update_customer",
            shop["update"][i],
            lambda k: gw.customers.update(
                shop["update"][i], CustomerDraft(f"after {i}"), idempotency_key=k
            ),
        ),
        (
            "save_kakao_pay",
            shop["setup"][i],
            lambda k: gw.setup_intents.start_kakao(
                shop["setup"][i],
                return_url="http://127.0.0.1:9/return",
                acceptance=acceptance,
                idempotency_key=k,
            ),
        ),
        (
            "create_subscription",
            cus_sub,
            lambda k: gw.subscriptions.create(
                cus_sub, [(shop["price"], 1)], default_payment_method=pm, idempotency_key=k
            ),
        ),
        ("refund", shop["paid"][i], lambda k: _refund(gw, shop["paid"][i], k)),
        (
            "schedule_cancellation",
            shop["to_cancel"][i],
            lambda k: gw.subscriptions.schedule_cancellation(
                shop["to_cancel"][i], idempotency_key=k, comment=f"stress {m}"
            ),
        ),
    ]


async def _refund(gw: StripeGateway, subscription_id: str, key: str) -> Any:
    """The support action as the UI does it: read the payment, refund ₩1,000 of it."""
    payment = await gw.invoices.latest_payment(subscription_id)
    assert payment is not None
    return await gw.refunds.create(payment, amount=1000, idempotency_key=key)


def _stored(sb: EmbeddedSandbox, out: Outcome) -> list[dict[str, Any]]:
    """The objects in Stripe's state that this action made (or changed, for an update)."""
    st = sb.store
    if out.kind in ("create_customer", "create_product", "create_price"):
        otype = out.kind.removeprefix("create_")
        return [o for o in st.all(otype) if (o.get("metadata") or {}).get("stress") == out.marker]
    if out.kind == "update_customer":
        cus = st.find(out.marker)
        return [cus] if cus and cus.get("name", "").startswith("after") else []
    if out.kind == "save_kakao_pay":
        return [o for o in st.all("setup_intent") if o.get("customer") == out.marker]
    if out.kind == "create_subscription":
        return [o for o in st.all("subscription") if o.get("customer") == out.marker]
    if out.kind == "refund":
        sub = st.get(out.marker)
        inv = st.get(sub["latest_invoice"]) if isinstance(sub["latest_invoice"], str) else None
        charges = {
            c["id"] for c in st.all("charge") if inv is None or c.get("customer") == sub["customer"]
        }
        return [r for r in st.all("refund") if r.get("charge") in charges]
    if out.kind == "schedule_cancellation":
        sub = st.get(out.marker)
        return [sub] if sub.get("cancel_at_period_end") else []
    raise AssertionError(out.kind)


def _result_id(out: Outcome) -> str | None:
    res = out.result
    if res is None:
        return None
    inner = getattr(res, "subscription", res)  # SubscriptionStart wraps the subscription
    return getattr(inner, "id", None)


def _check(sb: EmbeddedSandbox, outcomes: list[Outcome]) -> Counter[str]:
    """Compare what the user saw with Stripe's state; returns the tallies."""
    tally: Counter[str] = Counter()
    for out in outcomes:
        found = _stored(sb, out)
        tally["actions"] += 1
        tally["user_retries"] += len(out.errors) if out.ok else max(0, len(out.errors) - 1)
        if len(found) > 1:
            tally["duplicates"] += 1
        if out.ok:
            tally["succeeded"] += 1
            if not found:
                tally["lost"] += 1
            elif out.kind not in ("update_customer", "schedule_cancellation") and found[0][
                "id"
            ] != _result_id(out):
                tally["mismatched"] += 1
        else:
            tally["failed_for_user"] += 1
            if found and not out.told_maybe:
                tally["unreported_writes"] += 1
            if found:
                tally["appeared_after_refresh"] += 1
    return tally


async def _run_suite(
    sb: EmbeddedSandbox, shop: dict[str, Any], sdk_retries: int, tries: int
) -> list[Outcome]:
    gw = StripeGateway(
        KEY, api_base=sb.url, timeout=CLIENT_TIMEOUT, max_network_retries=sdk_retries
    )
    gw.transport.rate_limit_delays = (0.01, 0.02, 0.04)
    outcomes: list[Outcome] = []
    try:
        for i in range(ROUNDS):
            for kind, marker, do in _actions(gw, shop, i):
                outcomes.append(await user_action(kind, marker, do, tries))
    finally:
        await gw.aclose()
    # "Refresh": wait until every hung request has been processed server-side.
    await asyncio.sleep(HANG + 0.3)
    return outcomes


@pytest.mark.parametrize(
    ("sdk_retries", "tries"),
    [(2, USER_TRIES), (0, 2)],
    ids=["app-retries", "no-sdk-retries-impatient-user"],
)
def test_writes_under_faults_are_never_doubled_or_lost(
    fast_sdk_backoff, sdk_retries, tries, stress_report
):
    plan = FaultPlan(rate=0.0, seed=6 + sdk_retries, hang_s=HANG)
    with EmbeddedSandbox(faults=plan) as sb:
        shop = _setup_shop(sb, ROUNDS)
        sb.server.faults.configure(rate=0.2)
        sb.server.faults.reset()
        started = time.monotonic()
        outcomes = asyncio.run(_run_suite(sb, shop, sdk_retries, tries))
        elapsed = time.monotonic() - started
        sb.server.faults.configure(rate=0.0)
        faults = sb.server.faults.snapshot()
        tally = _check(sb, outcomes)

    kinds = ", ".join(sorted({o.kind for o in outcomes}))
    lines = [
        (
            f"[faults sdk_retries={sdk_retries} user_tries={tries}] {elapsed:.1f}s: "
            f"actions={tally['actions']} "
            f"({ROUNDS} each of {kinds}), requests={faults['requests']}, "
            f"faults injected={faults['injected_total']} {faults['injected']}"
        ),
        (
            f"  succeeded={tally['succeeded']} failed_for_user={tally['failed_for_user']} "
            f"user_retries={tally['user_retries']} "
            f"appeared_after_refresh={tally['appeared_after_refresh']} "
            f"duplicates={tally['duplicates']} lost={tally['lost']} "
            f"unreported_writes={tally['unreported_writes']} mismatched={tally['mismatched']}"
        ),
    ]
    for line in lines:
        print(line)
        stress_report(line)
    for out in outcomes:
        if not out.ok:
            print(
                f"  failed: {out.kind} {out.marker}: "
                + "; ".join(f"{e.kind}{'(maybe)' if e.maybe_committed else ''}" for e in out.errors)
            )

    assert faults["injected_total"] >= 10, "the fault rate did not take effect"
    assert tally["duplicates"] == 0
    assert tally["lost"] == 0
    assert tally["mismatched"] == 0
    assert tally["unreported_writes"] == 0
    assert tally["succeeded"] + tally["failed_for_user"] == len(outcomes)


def test_the_check_catches_a_new_key_per_retry(fast_sdk_backoff):
    """Control: a client that makes a new key for each retry doubles writes, and _check sees it."""

    async def careless(sb: EmbeddedSandbox) -> list[Outcome]:
        gw = StripeGateway(KEY, api_base=sb.url, timeout=CLIENT_TIMEOUT, max_network_retries=0)
        outs = []
        try:
            for i in range(8):
                out = Outcome("create_customer", f"c{i}")
                for _ in range(USER_TRIES):
                    try:
                        out.result = await gw.customers.create(
                            CustomerDraft("careless", metadata={"stress": out.marker}),
                            idempotency_key=new_action_key(),
                        )
                        out.ok = True
                        break
                    except GatewayError as err:
                        out.errors.append(err)
                outs.append(out)
        finally:
            await gw.aclose()
        return outs

    with EmbeddedSandbox(faults=FaultPlan(rate=0.5, kinds=("drop-after",), seed=1)) as sb:
        tally = _check(sb, asyncio.run(careless(sb)))
    assert tally["duplicates"] >= 1
