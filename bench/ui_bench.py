"""In-process UI benchmarks over the sandbox at 150 ms latency; prints one JSON object.

Run by ``bench/run.py`` in a fresh process (so RSS is this benchmark's own):

- ``first_rows``: for each tab, a new main window opened on that tab the way
  ``kpadmin.app`` opens it (``paint_first``: the tab's load starts after the
  first paint, the other tabs are built while it is on its way); time from
  ``MainWindow(...)`` to the tab's first rows, against one round trip of the
  same list call measured on a fresh gateway.
- ``load_10k``: the Customers tab loading 10,000 customers page by page (the
  way scrolling does: ``fetchMore`` as soon as a page arrived); total against
  pages x one round trip; the worst gap of a 10 ms QTimer meanwhile; RSS growth.
- ``filter_10k``: typing into the "Filter loaded rows" box over those 10,000
  rows, then deleting; the time per keystroke including the repaint.

Options: ``--latency MS`` (150), ``--rows N`` (10000), ``--profile PATH`` writes a
cProfile of the 10k load, ``--filter-only`` skips ``first_rows`` (the load
then runs at the given latency: ``--latency 0`` makes it quick), ``--filter-runs
N`` types the filter N times over the same rows (one result each).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="kpadmin-bench-")
os.environ.setdefault("XDG_CONFIG_HOME", str(Path(_TMP) / "config"))
os.environ.setdefault("XDG_STATE_HOME", str(Path(_TMP) / "state"))

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

APP = QApplication.instance() or QApplication(["kpadmin-bench"])
APP.setQuitOnLastWindowClosed(False)  # windows open and close between measurements

import qasync

from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import DEMO_KEY, DEMO_PROFILE_NAME, ProfileStore
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.settings import Keys, Settings
from kpadmin.stripe_api import StripeGateway
from kpadmin.ui.context import AppServices, default_gateway_factory

#: The model whose first rows a tab shows.
TAB_MODELS = {"customers": "model", "catalog": "products_model", "subscriptions": "model"}


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def wait_until(cond, timeout: float = 60.0, step: float = 0.002) -> float:
    start = time.perf_counter()
    while not cond():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("benchmark condition not reached")
        await asyncio.sleep(step)
    return time.perf_counter()


def make_services(url: str, settings_path: Path) -> AppServices:
    settings = Settings.at_path(settings_path)
    secrets = MemorySecretStore()
    profiles = ProfileStore(settings, secrets)
    profiles.set_demo_api_base(url)
    profiles.set_current(DEMO_PROFILE_NAME)
    return AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=lambda: url,
    )


async def round_trip(url: str, service: str, **kwargs) -> dict[str, float]:
    """One ``list`` of ``service`` on a fresh gateway (cold: new connection) and again (warm), in ms."""
    gw = StripeGateway(DEMO_KEY, api_base=url)
    try:
        t0 = time.perf_counter()
        await getattr(gw, service).list(**kwargs)
        t1 = time.perf_counter()
        await getattr(gw, service).list(**kwargs)
        t2 = time.perf_counter()
    finally:
        await gw.aclose()
    return {"cold_ms": (t1 - t0) * 1000, "warm_ms": (t2 - t1) * 1000}


async def first_rows(url: str, latency: int) -> dict[str, dict[str, float]]:
    from kpadmin.ui.main_window import MainWindow

    out: dict[str, dict[str, float]] = {}
    calls = {
        "customers": ("customers", {"limit": 50}),
        "catalog": ("products", {"limit": 50}),
        "subscriptions": ("subscriptions", {"limit": 50}),
    }
    # Warm-up: the first window imports the tab modules (start-up's cost, measured there).
    services = make_services(url, Path(_TMP) / "warm.ini")
    window = MainWindow(services)
    window.show()
    await asyncio.sleep(0.5)
    await window.shutdown()
    window.close()
    window.deleteLater()
    for key, model_attr in TAB_MODELS.items():
        services = make_services(url, Path(_TMP) / f"first-{key}.ini")
        services.settings.set(Keys.LAST_TAB, key)
        rtt = await round_trip(url, calls[key][0], **calls[key][1])
        t0 = time.perf_counter()
        window = MainWindow(services, paint_first=True)  # as kpadmin.app opens it
        window.show()
        tab = window.tab(key)
        model = getattr(tab, model_attr)
        t1 = await wait_until(lambda m=model: m.rowCount() > 0)
        ms = (t1 - t0) * 1000
        out[key] = {
            "first_rows_ms": ms,
            "round_trip_ms": rtt["cold_ms"],
            "warm_round_trip_ms": rtt["warm_ms"],
            "goal_ms": rtt["cold_ms"] + 100,
            "rows": model.rowCount(),
            "ok": ms <= rtt["cold_ms"] + 100,
        }
        await window.shutdown()
        window.close()
        window.deleteLater()
        await asyncio.sleep(0.05)
    return out


class SandboxProcess:
    """``python -m kpadmin.sandbox`` in its own process, as Stripe is: the benchmark's UI
    thread must not share a GIL with the server."""

    def __init__(self, *args: str) -> None:
        import subprocess

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kpadmin.sandbox", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("Sandbox listening on "):
                self.url = line.split()[3]
                break
        else:
            raise RuntimeError("the sandbox did not start")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def seed_customers(db_path: str, n: int) -> None:
    """A sandbox database with ``n`` customers (put straight into the store: HTTP would take
    minutes), cloned from one customer the sandbox itself made."""
    import httpx

    with EmbeddedSandbox(db_path=db_path) as sb:
        r = httpx.post(
            f"{sb.url}/v1/customers",
            auth=(DEMO_KEY, ""),
            data={"name": "Template", "email": "t@example.com", "metadata[tier]": "gold"},
        )
        template = r.json()
        store = sb.store
        store._db.execute("PRAGMA synchronous=OFF")
        base = store.now() - n
        for i in range(n):
            obj = copy.deepcopy(template)
            obj.update(
                id=store.new_id("cus"),
                name=f"Customer {i:05d} 김민준",
                email=f"customer{i:05d}@example.com",
                created=base + i,
            )
            store.put(obj)


class TickRecorder:
    """A 10 ms QTimer whose largest gap between ticks is the UI thread's worst stall."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.clear()
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        gaps = sorted(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))
        if not gaps:
            return {"worst_gap_ms": float("nan"), "p99_gap_ms": float("nan"), "ticks": 0}
        return {
            "worst_gap_ms": gaps[-1] * 1000,
            "p99_gap_ms": gaps[int(len(gaps) * 0.99) - 1] * 1000,
            "ticks": len(self.ticks),
        }


async def load(
    url: str, rows: int, latency: int, profile_path: str | None
) -> tuple[dict[str, float], object]:
    from kpadmin.ui.tabs.customers import CustomersTab

    services = make_services(url, Path(_TMP) / "load.ini")
    profile = services.profiles.get(DEMO_PROFILE_NAME)
    gateway = services.gateway_factory(profile, DEMO_KEY)
    ctx = services.context_for(profile, gateway)
    tab = CustomersTab(ctx)
    tab.resize(1200, 700)
    tab.show()
    page = tab.page_size
    rtt = await round_trip(url, "customers", limit=page)
    pages_expected = -(-rows // page)

    model = tab.model
    pages = 0

    def next_page(_n: int) -> None:
        nonlocal pages
        pages += 1
        QTimer.singleShot(
            0, lambda: model.canFetchMore(QModelIndex()) and model.fetchMore(QModelIndex())
        )

    tab.feeder.pageLoaded.connect(next_page)
    rss0 = rss_bytes()
    ticks = TickRecorder()
    prof = None
    if profile_path:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    ticks.start()
    t0 = time.perf_counter()
    tab.refresh()
    t1 = await wait_until(
        lambda: model.rowCount() >= rows and not model.canFetchMore(QModelIndex()),
        timeout=rows / page * (latency / 1000 + 1) + 30,
        step=0.01,
    )
    stall = ticks.stop()
    if prof is not None:
        prof.disable()
        prof.dump_stats(profile_path)
    await asyncio.sleep(0.1)
    rss1 = rss_bytes()
    total_ms = (t1 - t0) * 1000
    sum_rtt = pages * rtt["warm_ms"]
    load = {
        "rows": model.rowCount(),
        "pages": pages,
        "pages_expected": pages_expected,
        "page_size": page,
        "total_ms": total_ms,
        "round_trip_ms": rtt["warm_ms"],
        "sum_round_trips_ms": sum_rtt,
        "ratio": total_ms / sum_rtt if sum_rtt else 0.0,
        "ratio_goal": 1.1,
        "worst_stall_ms": stall["worst_gap_ms"],
        "p99_stall_ms": stall["p99_gap_ms"],
        "stall_goal_ms": 50.0,
        "rss_growth_mb": (rss1 - rss0) / 2**20,
        "rss_growth_mb_per_10k": (rss1 - rss0) / 2**20 * 10_000 / max(model.rowCount(), 1),
    }
    load["ok"] = load["ratio"] <= 1.1 and load["worst_stall_ms"] < 50

    return load, tab


def filter_keystrokes(tab) -> dict[str, float]:
    """Type a filter over the loaded rows one keystroke at a time, then delete it.

    Runs outside the asyncio loop (``processEvents`` inside a coroutine would
    re-enter the loop): each keystroke is ``setText`` plus the repaint it causes.
    """
    edit = tab.table.filter_edit
    proxy = tab.table.proxy
    model = tab.model
    word = "customer 00999"
    times = []
    texts = []
    APP.processEvents()
    for i in range(1, len(word) + 1):
        s = time.perf_counter()
        edit.setText(word[:i])
        APP.processEvents()  # the view repaints the filtered rows
        times.append((time.perf_counter() - s) * 1000)
        texts.append(word[:i])
    matched = proxy.rowCount()
    for i in range(len(word) - 1, -1, -1):
        s = time.perf_counter()
        edit.setText(word[:i])
        APP.processEvents()
        times.append((time.perf_counter() - s) * 1000)
        texts.append(word[:i])
    return {
        "rows": model.rowCount(),
        "keystrokes": len(times),
        "matched": matched,
        "median_ms": statistics.median(times),
        "worst_ms": max(times),
        "worst_at": repr(texts[times.index(max(times))]),
        "first_keystroke_ms": times[0],
        "last_delete_ms": times[-1],
        "goal_ms": 16.0,
        "ok": max(times) < 16,
    }


async def close_tab(tab) -> None:
    tab.shutdown()
    await tab._context.gateway.aclose()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--latency", type=int, default=150)
    p.add_argument("--rows", type=int, default=10_000)
    p.add_argument("--profile", default=None)
    p.add_argument("--filter-only", action="store_true")
    p.add_argument("--filter-runs", type=int, default=1)
    args = p.parse_args()
    loop = qasync.QEventLoop(APP)
    asyncio.set_event_loop(loop)
    result: dict = {"latency_ms": args.latency, "sandbox": "separate process"}
    db = str(Path(_TMP) / "customers.sqlite3")
    seed_customers(db, args.rows)
    with loop:
        if not args.filter_only:
            with SandboxProcess("--seed", "demo", "--latency-ms", str(args.latency)) as demo:
                result["first_rows"] = loop.run_until_complete(first_rows(demo.url, args.latency))
        with SandboxProcess("--seed", "none", "--db", db, "--latency-ms", str(args.latency)) as sb:
            result["load_10k"], tab = loop.run_until_complete(
                load(sb.url, args.rows, args.latency, args.profile)
            )
            result["filter_10k"] = filter_keystrokes(tab)
            if args.filter_runs > 1:
                result["filter_10k_runs"] = [result["filter_10k"]] + [
                    filter_keystrokes(tab) for _ in range(args.filter_runs - 1)
                ]
            loop.run_until_complete(close_tab(tab))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
