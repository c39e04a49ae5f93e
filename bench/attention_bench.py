"""How "Needs attention" scales: the demo shop plus N healthy customers with a subscription each.

Clones (straight into the sandbox's store: HTTP would take minutes) one active
demo subscription and its customer ``--rows`` times, then reads what needs
attention through the real gateway, as the tab does, and prints one JSON
object: the time taken, the requests sent by kind, the objects received and
the rows found. The clones are healthy, so the rows must stay the demo's own:
the point is that the reads follow the number of problems, not of customers.

    .venv/bin/python bench/attention_bench.py --rows 10000
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import time
from collections import Counter
from typing import Any

from kpadmin.profiles import DEMO_KEY
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.stripe_api import StripeGateway
from kpadmin.ui.attention.source import read_attention


def clone_healthy(sb: EmbeddedSandbox, n: int) -> None:
    """``n`` copies of one active subscription (nothing scheduled), each with its customer."""
    store = sb.store
    sub = next(
        s
        for s in store.all("subscription")
        if s["status"] == "active"
        and not s["cancel_at_period_end"]
        and not s["cancel_at"]
        and not s["pause_collection"]
    )
    customer = store.get(sub["customer"], "customer")
    for i in range(n):
        cus = copy.deepcopy(customer)
        cus.update(id=store.new_id("cus"), name=f"Customer {i:05d}", test_clock=None)
        store.put(cus)
        clone = copy.deepcopy(sub)
        clone.update(id=store.new_id("sub"), customer=cus["id"])
        store.put(clone)


async def measure(url: str) -> dict[str, Any]:
    gateway = StripeGateway(DEMO_KEY, api_base=url, max_network_retries=0)
    sent: Counter[str] = Counter()
    received = 0
    transport = gateway.subscriptions._t
    get_json = transport._get_json

    async def counting(path: str, params: Any) -> Any:
        nonlocal received
        sent[path] += 1
        answer = await get_json(path, params)
        received += len(answer.get("data") or [])
        return answer

    transport._get_json = counting  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        report = await read_attention(gateway, (), int(time.time()))
        seconds = time.perf_counter() - start
    finally:
        await gateway.aclose()
    return {
        "seconds": round(seconds, 3),
        "list_and_search_requests": dict(sent),
        "objects_received": received,
        "rows": len(report.rows),
        "partial": report.partial,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, default=10_000)
    args = p.parse_args()
    with EmbeddedSandbox(seed="demo") as sb:
        before = asyncio.run(measure(sb.url))
        clone_healthy(sb, args.rows)
        after = asyncio.run(measure(sb.url))
        total = {
            "customers": len(sb.store.all("customer")),
            "subscriptions": len(sb.store.all("subscription")),
        }
    print(json.dumps({"demo": before, "with_clones": after, "store": total}, indent=2))


if __name__ == "__main__":
    main()
