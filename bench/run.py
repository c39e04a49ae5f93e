#!/usr/bin/env python3
"""Run every kpadmin benchmark: ``python bench/run.py`` (or ``python3 dev.py bench``).

Prints a table and the JSON, and writes ``bench/results/latest.json``. Each
figure comes with a baseline measured in the same run and the goal from
the project set. These are benchmarks, not timed tests: nothing fails when a
goal is missed; the ``met`` column says so. Options: ``--rows N`` (10,000),
``--latency MS`` (150), ``--runs N`` start-up launches per case and variant
(7), ``--cases demo,welcome,saved_profile``, ``--variants
as_configured,with_pyc_cache``, ``--skip-startup``, ``--skip-ui``, ``--skip-audit``,
``--skip-live`` (``live_bench.py``: a change made elsewhere reaching the window,
about two minutes), ``--skip-overview`` (the Overview on 10,000 subscriptions and a
year of invoices with Stripe's rate limit on: several minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def _sandbox(*args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kpadmin.sandbox", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("Sandbox listening on "):
            return proc, line.split()[3]
    raise RuntimeError("the sandbox did not start")


def _bench(script: str, *args: str, timeout: int, qt: bool = False) -> dict:
    """Run ``bench/<script>`` in a fresh process; its last line of output is its JSON."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if qt:
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=timeout,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ui(rows: int, latency: int) -> dict:
    return _bench(
        "ui_bench.py", "--rows", str(rows), "--latency", str(latency), timeout=1800, qt=True
    )


def _audit() -> dict:
    """``audit_bench.py``: the UI thread's worst stall while the audit database is locked."""
    return _bench("audit_bench.py", timeout=600)


def _overview(rows: int, latency: int) -> dict:
    """``overview_bench.py``: the Overview's sliced, rate-limited reading against serial paging."""
    return _bench(
        "overview_bench.py", "--subs", str(rows), "--latency", str(latency), timeout=3600, qt=True
    )


def _live(latency: int) -> dict:
    """``live_bench.py``: how soon a change made elsewhere shows; requests while idle."""
    return _bench("live_bench.py", "--latency", str(latency), timeout=900, qt=True)


def _row(name: str, value: str, baseline: str, ratio: str, goal: str, ok: bool | None) -> str:
    mark = "" if ok is None else ("yes" if ok else "NO")
    return f"| {name} | {value} | {baseline} | {ratio} | {goal} | {mark} |"


def table(res: dict) -> str:
    lines = [
        "| benchmark | measured | baseline (same run) | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    st = res.get("startup")
    if st:
        for variant in ("as_configured", "with_pyc_cache"):
            for case, r in st.get(variant, {}).items():
                lines.append(
                    _row(
                        f"start-up to mapped, painted window: {case} ({variant.replace('_', ' ')})",
                        f"{r['kpadmin']['median_ms']:.0f} ms "
                        f"({r['kpadmin']['min_ms']:.0f}-{r['kpadmin']['max_ms']:.0f})",
                        f"bare PySide6 window {r['bare']['median_ms']:.0f} ms "
                        f"({r['bare']['min_ms']:.0f}-{r['bare']['max_ms']:.0f})",
                        f"{r['ratio']:.2f}x",
                        f"≤ {r['goal']}x",
                        r["ok"],
                    )
                )
                if "rows_after_sandbox" in r:
                    rows = r["rows_after_sandbox"]
                    lines.append(
                        _row(
                            "  first rows after the demo sandbox serves",
                            f"{rows['median_ms']:.0f} ms "
                            f"({rows['min_ms']:.0f}-{rows['max_ms']:.0f})",
                            f"round trip {st['round_trip_ms']:.0f} ms",
                            "",
                            "≤ 1 round trip",
                            None,
                        )
                    )
                elif "rows_after_paint" in r:
                    rows = r["rows_after_paint"]
                    lines.append(
                        _row(
                            "  first rows after the first paint",
                            f"{rows['median_ms']:.0f} ms "
                            f"({rows['min_ms']:.0f}-{rows['max_ms']:.0f})",
                            f"round trip {st['round_trip_ms']:.0f} ms",
                            "",
                            "",
                            None,
                        )
                    )
    ui = res.get("ui")
    if ui:
        for tab, r in ui["first_rows"].items():
            lines.append(
                _row(
                    f"first rows: {tab} ({ui['latency_ms']} ms latency)",
                    f"{r['first_rows_ms']:.0f} ms",
                    f"round trip {r['round_trip_ms']:.0f} ms",
                    f"RTT + {r['first_rows_ms'] - r['round_trip_ms']:.0f} ms",
                    "≤ RTT + 100 ms",
                    r["ok"],
                )
            )
        ld = ui["load_10k"]
        lines.append(
            _row(
                f"load {ld['rows']:,} customers ({ld['pages']} pages of {ld['page_size']})",
                f"{ld['total_ms'] / 1000:.1f} s",
                f"{ld['pages']} x RTT {ld['round_trip_ms']:.0f} ms = "
                f"{ld['sum_round_trips_ms'] / 1000:.1f} s",
                f"{ld['ratio']:.2f}x",
                "≤ 1.1x",
                ld["ratio"] <= 1.1,
            )
        )
        lines.append(
            _row(
                "  UI thread: worst 10 ms-timer gap while loading",
                f"{ld['worst_stall_ms']:.0f} ms (p99 {ld['p99_stall_ms']:.0f} ms)",
                "10 ms",
                "",
                "< 50 ms",
                ld["worst_stall_ms"] < 50,
            )
        )
        lines.append(
            _row(
                "  RSS growth",
                f"{ld['rss_growth_mb_per_10k']:.1f} MB per 10,000 rows",
                "",
                "",
                "",
                None,
            )
        )
        fl = ui["filter_10k"]
        lines.append(
            _row(
                f"filter over {fl['rows']:,} rows, per keystroke",
                f"median {fl['median_ms']:.1f} ms, worst {fl['worst_ms']:.1f} ms",
                f"{fl['keystrokes']} keystrokes",
                "",
                "< 16 ms",
                fl["ok"],
            )
        )
    audit = res.get("audit")
    if audit:
        baseline = audit["sync_baseline_locked"]["worst_stall_ms"]
        for case, label in (("free", "free"), ("locked", "write-locked by another process")):
            r = audit[case]
            lines.append(
                _row(
                    f"audit log, worst UI-thread stall ({label})",
                    f"{r['worst_stall_ms']:.1f} ms",
                    f"synchronous write, locked: {baseline:.0f} ms",
                    "",
                    "< 50 ms",
                    r["worst_stall_ms"] < 50 and r.get("lost", 0) == 0,
                )
            )
    live = res.get("live")
    if live:
        lines.append(
            _row(
                f"change made elsewhere shown in the window ({live['latency_ms']} ms latency)",
                f"median {live['median_ms']} ms, worst {live['max_ms']} ms "
                f"({len(live['delay_ms'])} changes)",
                f"interval {live['interval_ms']} ms + events RTT {live['events_round_trip_ms']} ms",
                "",
                f"≤ {live['bound_ms']} ms",
                live["ok"],
            )
        )
        lines.append(
            _row(
                "  requests per minute while nothing changes",
                f"{live['idle_requests_per_minute']:.1f}",
                ", ".join(f"{k}: {v}" for k, v in live["idle_requests"].items()),
                "",
                "one per interval",
                None,
            )
        )
    ov = res.get("overview")
    if ov:
        con, ser = ov["concurrent"], ov["serial"]
        lines.append(
            _row(
                f"Overview: first figures ({con['subscriptions']:,} subscriptions, "
                f"{con['invoices']:,} invoices, {ov['latency_ms']} ms, rate limit on)",
                f"{con['first_figures_s']:.1f} s",
                "",
                "",
                "≤ 2 s",
                con["first_figures_s"] <= 2.0,
            )
        )
        lines.append(
            _row(
                "  all figures, sliced and concurrent",
                f"{con['all_figures_s']:.1f} s ({con['requests']} requests)",
                f"serial paging {ser['computed_total_s']:.0f} s ({ser['pages']} pages x "
                f"{ser['median_page_s'] * 1000:.0f} ms)",
                f"{ov['all_vs_serial']:.2f}x",
                "≤ 0.3x",
                ov["all_vs_serial"] <= 0.3,
            )
        )
        lines.append(
            _row(
                "  against serial paging at the latency alone",
                f"{con['all_figures_s']:.1f} s",
                f"{ser['pages']} pages x {ov['latency_ms']} ms = "
                f"{ser['pages_times_latency_s']:.0f} s",
                f"{ov['all_vs_pages_times_latency']:.2f}x",
                "≤ 0.3x",
                ov["all_vs_pages_times_latency"] <= 0.3,
            )
        )
        again = con["reopen_with_cache"]
        lines.append(
            _row(
                "  reopening with the invoice cache",
                f"{again['seconds']:.1f} s ({again['invoice_pages_read']} invoice pages)",
                "",
                "",
                "",
                None,
            )
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=10_000)
    p.add_argument("--latency", type=int, default=150)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--cases", default="demo,welcome,saved_profile")
    p.add_argument("--variants", default="as_configured,with_pyc_cache")
    p.add_argument("--skip-startup", action="store_true")
    p.add_argument("--skip-ui", action="store_true")
    p.add_argument("--skip-audit", action="store_true")
    p.add_argument("--skip-live", action="store_true")
    p.add_argument("--skip-overview", action="store_true")
    args = p.parse_args(argv)
    res: dict = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    if not args.skip_startup:
        import startup

        proc, url = _sandbox("--seed", "demo")
        try:
            print("measuring start-up…", file=sys.stderr, flush=True)
            res["startup"] = startup.measure(
                url,
                runs=args.runs,
                cases=tuple(args.cases.split(",")),
                variants=tuple(args.variants.split(",")),
            )
        finally:
            proc.terminate()
            proc.wait(10)
    if not args.skip_ui:
        print(
            f"measuring the window at {args.latency} ms latency ({args.rows:,} rows; "
            "about a minute)…",
            file=sys.stderr,
            flush=True,
        )
        res["ui"] = _ui(args.rows, args.latency)
    if not args.skip_audit:
        print("measuring the audit log under a held lock…", file=sys.stderr, flush=True)
        res["audit"] = _audit()
    if not args.skip_overview:
        print(
            f"measuring the Overview on {args.rows:,} subscriptions and a year of invoices "
            "(several minutes)…",
            file=sys.stderr,
            flush=True,
        )
        res["overview"] = _overview(args.rows, args.latency)
    if not args.skip_live:
        print("measuring live updates (about two minutes)…", file=sys.stderr, flush=True)
        res["live"] = _live(args.latency)
    print(table(res))
    print()
    print(json.dumps(res, indent=2))
    out = HERE / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
