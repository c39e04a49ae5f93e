"""How soon a change made elsewhere shows in the open window, and what waiting costs.

Run by ``bench/run.py`` in a fresh process; prints one JSON object. The demo
shop is served by ``python -m kpadmin.sandbox --latency-ms 150`` in its own
process. A main window opens the Customers tab with live updates asking at
the window's active interval (10 s). Then:

- ``delay``: another client (its own ``stripe.StripeClient``, async, on the
  same loop) renames a customer the tab shows, at a random moment of the
  interval, ``--changes`` times; each time, from the moment Stripe answered
  the rename to the moment the row shows the new name. The goal is at most
  the interval plus one round trip of the Events list (measured on its own).
- ``idle``: every request the window sends during ``--idle-s`` seconds in
  which nothing changes, per minute (the Events list, one per interval).

    .venv/bin/python bench/live_bench.py --changes 5 --idle-s 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

# The offscreen QApplication, services on a sandbox process, and wait_until are ui_bench's.
from ui_bench import _TMP, APP, SandboxProcess, make_services, wait_until

from kpadmin.domain.live_updates import ACTIVE_INTERVAL_MS
from kpadmin.profiles import DEMO_KEY
from kpadmin.stripe_api import StripeGateway


async def events_round_trip(url: str) -> float:
    """One warm ``GET /v1/events?limit=1`` on a fresh gateway, in ms."""
    gw = StripeGateway(DEMO_KEY, api_base=url)
    try:
        await gw.events.newer_than(None)
        t0 = time.perf_counter()
        await gw.events.newer_than(None)
        return (time.perf_counter() - t0) * 1000
    finally:
        await gw.aclose()


def count_requests(gateway) -> Counter[str]:
    """Counts every request ``gateway`` sends from now on: lists by path, other reads as one.

    Every request passes ``Transport.call`` once; lists and searches enter it through
    ``_get_json``, which names the path.
    """
    sent: Counter[str] = Counter()
    transport = gateway.customers._t
    get_json, call = transport._get_json, transport.call

    async def counting_get(path, params):
        sent[f"GET {path}"] += 1
        sent["other"] -= 1  # counted again by call
        return await get_json(path, params)

    async def counting_call(request, write=None):
        sent["other"] += 1
        return await call(request, write)

    transport._get_json = counting_get
    transport.call = counting_call
    return sent


async def measure(url: str, changes: int, idle_s: float, interval_ms: int) -> dict:
    import stripe

    from kpadmin.ui.main_window import MainWindow

    window = MainWindow(make_services(url, Path(_TMP) / "live.ini"))
    window.resize(1200, 760)
    window.show()
    tab = window.tab("customers")
    window.tabs.setCurrentWidget(tab)
    model = tab.model
    await wait_until(lambda: model.rowCount() > 0)
    live = window.live.updates
    live.set_intervals(interval_ms, interval_ms)
    await wait_until(lambda: live.started)
    other = stripe.StripeClient(DEMO_KEY, base_addresses={"api": url})
    delays: list[float] = []
    rng = random.Random(7)
    try:
        for i in range(changes):
            asks = live.asks
            await wait_until(lambda a=asks: live.asks > a, timeout=interval_ms / 1000 + 30)
            await asyncio.sleep(rng.uniform(0, interval_ms / 1000))
            customer = model.row_object(rng.randrange(model.rowCount()))
            name = f"Renamed elsewhere {i}"
            await other.v1.customers.update_async(customer.id, {"name": name})
            t0 = time.perf_counter()
            end = await wait_until(
                lambda c=customer.id, n=name: model.row_object(model.row_of(c)).name == n,
                timeout=interval_ms / 1000 + 30,
            )
            delays.append((end - t0) * 1000)

        sent = count_requests(live._gateway)
        t0 = time.perf_counter()
        await asyncio.sleep(idle_s)
        minutes = (time.perf_counter() - t0) / 60
    finally:
        await window.shutdown()
        window.close()
        window.deleteLater()
    return {
        "delay_ms": [round(d) for d in delays],
        "median_ms": round(statistics.median(delays)),
        "max_ms": round(max(delays)),
        "idle_requests": {k: v for k, v in sent.items() if v},
        "idle_requests_per_minute": round(sum(sent.values()) / minutes, 2),
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--latency", type=int, default=150)
    p.add_argument("--changes", type=int, default=5)
    p.add_argument("--idle-s", type=float, default=60.0)
    p.add_argument("--interval-ms", type=int, default=ACTIVE_INTERVAL_MS)
    args = p.parse_args()
    import qasync

    loop = qasync.QEventLoop(APP)
    asyncio.set_event_loop(loop)
    with loop, SandboxProcess("--seed", "demo", "--latency-ms", str(args.latency)) as demo:
        rtt = loop.run_until_complete(events_round_trip(demo.url))
        result = loop.run_until_complete(
            measure(demo.url, args.changes, args.idle_s, args.interval_ms)
        )
    bound = args.interval_ms + rtt
    result.update(
        latency_ms=args.latency,
        interval_ms=args.interval_ms,
        events_round_trip_ms=round(rtt),
        bound_ms=round(bound),
        ok=result["max_ms"] <= bound,
    )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
