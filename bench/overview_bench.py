"""How fast the Overview reads a big shop: 10,000 subscriptions and a year of invoices.

A sandbox process (``--serve``) is seeded straight into its store (through
HTTP the seed would take hours): ``--subs`` subscriptions made from the demo
shop's, created over two years, some with a trial, some canceled, a few
changing amount, each with its monthly invoices (a few failed, most of those
paid later), inserted oldest first so the list order is Stripe's (newest
``created`` first). It serves at ``--latency`` ms with Stripe's per-second rate
limit on (25 requests a second for a test key). This process then measures,
through the real gateway:

- one page's round trip, and serial cursor paging of a sample of pages: the
  serial time is the pages needed times the measured time per page;
- the Overview tab (Qt, qasync) refreshing: time to its first figures (the
  status and MRR charts from the first subscriptions read), to the final
  status and MRR charts, and to all figures (the invoices read);
- reopening with the invoice cache a test or live profile keeps: only the
  last two months are read again.

Prints one JSON object. ``python bench/overview_bench.py [--subs 10000] [--latency 150]``
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kpadmin.sandbox.expansion import copy_tree

DAY = 86_400
MONTH = 30 * DAY


def seed_big_shop(store: Any, subs: int, now: int, seed: int = 7) -> dict[str, int]:
    """``subs`` subscriptions and their monthly invoices, straight into ``store``."""
    from kpadmin.sandbox.server import build_store

    demo = build_store(None, "demo")
    sub_t = next(s for s in demo.all("subscription") if s["status"] == "active")
    inv_t = next(
        i
        for i in demo.all("invoice")
        if i["status"] == "paid" and i["billing_reason"] == "subscription_cycle"
    )
    rng = random.Random(seed)
    new_subs: list[dict[str, Any]] = []
    invoices: list[dict[str, Any]] = []
    for n in range(subs):
        created = now - rng.randint(DAY, 730 * DAY)
        amount = rng.choice((9_900, 19_900, 49_000))
        sub = copy.deepcopy(sub_t)
        sid = f"sub_bench{n:06d}"
        cus = f"cus_bench{n:06d}"
        trial_end = created + 14 * DAY if rng.random() < 0.2 else None
        ended = None
        if rng.random() < 0.2:
            ended = rng.randint(created + DAY, now)
        sub.update(
            id=sid,
            customer=cus,
            created=created,
            start_date=created,
            status="canceled"
            if ended
            else ("trialing" if trial_end and trial_end > now else "active"),
            canceled_at=ended,
            ended_at=ended,
            trial_start=created if trial_end else None,
            trial_end=trial_end,
            latest_invoice=None,
            test_clock=None,
        )
        sub["items"]["data"][0]["price"] = {
            **sub["items"]["data"][0]["price"],
            "unit_amount": amount,
        }
        new_subs.append(sub)
        changes_at = created + rng.randint(2, 12) * MONTH if rng.random() < 0.05 else None
        t = trial_end or created
        first = True
        while t < (ended or now) and t < now:
            if t >= now - 400 * DAY:
                changed = changes_at is not None and t >= changes_at
                invoices.append(
                    _invoice(inv_t, sid, cus, t, amount * (2 if changed else 1), first, rng)
                )
            t += MONTH
            first = False
    new_subs.sort(key=lambda s: s["created"])
    invoices.sort(key=lambda i: i["created"])
    for obj in (*new_subs, *invoices):
        store.put(obj)
    return {"subscriptions": len(new_subs), "invoices": len(invoices)}


def _invoice(
    template: dict[str, Any],
    sid: str,
    cus: str,
    at: int,
    amount: int,
    first: bool,
    rng: random.Random,
) -> dict[str, Any]:
    inv = copy_tree(template)
    failed = rng.random() < 0.06
    recovered = failed and rng.random() < 0.6
    status = "paid" if (not failed or recovered) else rng.choice(("open", "uncollectible"))
    paid = amount if status == "paid" else 0
    inv.update(
        id=f"in_bench{sid[9:]}{at}",
        customer=cus,
        created=at,
        status=status,
        amount_due=amount,
        amount_paid=paid,
        amount_remaining=amount - paid,
        total=amount,
        subtotal=amount,
        attempt_count=rng.randint(2, 4) if failed else 1,
        billing_reason="subscription_create" if first else "subscription_cycle",
        period_start=at,
        period_end=at + MONTH,
        test_clock=None,
    )
    inv["parent"] = {
        **inv["parent"],
        "subscription_details": {**inv["parent"]["subscription_details"], "subscription": sid},
    }
    inv["status_transitions"] = {
        **inv["status_transitions"],
        "paid_at": at if paid else None,
        "finalized_at": at,
    }
    line = inv["lines"]["data"][0]
    line.update(
        amount=amount,
        subtotal=amount,
        subscription=sid,
        invoice=inv["id"],
        period={"start": at, "end": at + MONTH},
    )
    return inv


def serve(subs: int, latency: int) -> None:
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    sb = EmbeddedSandbox(seed="none", latency_ms=latency, rate_limit=True)
    seeded = seed_big_shop(sb.store, subs, int(time.time()))
    url = sb.start()
    print(json.dumps({"url": url, **seeded}), flush=True)
    sys.stdin.read()  # until the parent closes the pipe
    sb.stop()


async def serial_sample(url: str, pages: int, since: int) -> list[float]:
    """Seconds per page of serial cursor paging over the period's invoices (the old way)."""
    from kpadmin.profiles import DEMO_KEY
    from kpadmin.stripe_api import StripeGateway
    from kpadmin.stripe_api.history import _INVOICES

    gw = StripeGateway(DEMO_KEY, api_base=url)
    times = []
    cursor = None
    try:
        for _ in range(pages):
            params: dict[str, Any] = {"limit": 100, "created": {"gte": since}}
            if cursor:
                params["starting_after"] = cursor
            t0 = time.perf_counter()
            page = await _INVOICES.get(gw.transport, params)  # type: ignore[arg-type]
            times.append(time.perf_counter() - t0)
            cursor = page["data"][-1]["id"]
    finally:
        await gw.aclose()
    return times


async def overview(url: str) -> dict[str, Any]:
    from kpadmin.domain.metrics import last_months
    from kpadmin.domain.shop_figures import month_start
    from kpadmin.profiles import DEMO_KEY
    from kpadmin.stripe_api.history import HistoryReader
    from kpadmin.stripe_api.history_cache import InvoiceCache
    from kpadmin.ui.tabs.overview import OverviewTab

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ui_bench import make_services

    services = make_services(url, Path(tempfile.mkdtemp()) / "s.ini")
    profile = services.profiles.get(services.profiles.current_name())
    gateway = services.gateway_factory(profile, DEMO_KEY)
    ctx = services.context_for(profile, gateway)
    tab = OverviewTab(ctx)
    tab.resize(1200, 800)
    tab.show()
    marks: dict[str, float] = {}
    tab.partShown.connect(lambda: marks.setdefault("first", time.perf_counter()))
    tab.loaded.connect(lambda: marks.setdefault("subscriptions", time.perf_counter()))
    tab.figuresLoaded.connect(lambda: marks.setdefault("all", time.perf_counter()))
    t0 = time.perf_counter()
    tab.refresh()
    while "all" not in marks:
        if time.perf_counter() - t0 > 900:
            raise TimeoutError("the Overview did not finish")
        await asyncio.sleep(0.01)
    result = {
        "first_figures_s": round(marks.get("first", marks["subscriptions"]) - t0, 2),
        "status_and_mrr_final_s": round(marks["subscriptions"] - t0, 2),
        "all_figures_s": round(marks["all"] - t0, 2),
        "subscriptions": len(tab.subscriptions),
        "invoices": len(tab.invoices),
        "requests": tab.pages_read,
        "rate_limited_429s": gateway.transport.rate_limited,
        "figures": {
            "recovery": [
                tab.figures_panel.figures.recovery.total.part,
                tab.figures_panel.figures.recovery.total.whole,
            ],
            "trials": [
                tab.figures_panel.figures.trials.total.part,
                tab.figures_panel.figures.trials.total.whole,
            ],
        },
    }
    # Reopening a test or live profile: the cache holds the invoices; only two months are read.
    now = int(time.time())
    since = month_start(last_months(now, 13)[0])
    cache = InvoiceCache(Path(tempfile.mkdtemp()) / "cache.json")
    cache.replace_from(since, tab.invoices)
    cache.save()
    cache = InvoiceCache(cache.path)
    start = cache.read_from(since)
    reader = HistoryReader(gateway.transport, "test")
    t1 = time.perf_counter()
    progress = await reader.invoices(start, now + 1, lambda _items: None)
    result["reopen_with_cache"] = {
        "invoice_pages_read": progress.pages,
        "invoices_read": progress.objects,
        "seconds": round(time.perf_counter() - t1, 2),
    }
    tab.shutdown()
    await gateway.aclose()
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--subs", type=int, default=10_000)
    p.add_argument("--latency", type=int, default=150)
    p.add_argument("--serial-pages", type=int, default=30)
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve(args.subs, args.latency)
        return
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            "--subs",
            str(args.subs),
            "--latency",
            str(args.latency),
        ],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert proc.stdout is not None and proc.stdin is not None
    t0 = time.perf_counter()
    shop = json.loads(proc.stdout.readline())
    seeded_s = time.perf_counter() - t0
    try:
        import qasync
        import ui_bench  # the QApplication, offscreen, private settings and services

        loop = qasync.QEventLoop(ui_bench.APP)
        asyncio.set_event_loop(loop)
        from kpadmin.domain.metrics import last_months
        from kpadmin.domain.shop_figures import month_start

        since = month_start(last_months(int(time.time()), 13)[0])
        per_page = loop.run_until_complete(serial_sample(shop["url"], args.serial_pages, since))
        measured = loop.run_until_complete(overview(shop["url"]))
    finally:
        proc.stdin.close()
        proc.wait(30)
    page_s = statistics.median(per_page)
    pages = -(-measured["subscriptions"] // 100) + -(-measured["invoices"] // 100)
    serial_s = pages * page_s
    latency_only_s = pages * args.latency / 1000
    out = {
        "latency_ms": args.latency,
        "rate_limit": "on (25 requests/s, test key)",
        "seeded": shop | {"seconds": round(seeded_s, 1)},
        "serial": {
            "pages": pages,
            "median_page_s": round(page_s, 3),
            "sample_pages": len(per_page),
            "computed_total_s": round(serial_s, 1),
            "pages_times_latency_s": round(latency_only_s, 1),
        },
        "concurrent": measured,
        "all_vs_serial": round(measured["all_figures_s"] / serial_s, 3),
        "all_vs_pages_times_latency": round(measured["all_figures_s"] / latency_only_s, 3),
        "goals": {"first_figures_s": 2.0, "all_vs_serial": 0.3},
    }
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
