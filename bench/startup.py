"""Start-up: launch to first painted main window, kpadmin against a bare PySide6 window.

Both are started the same way (``python FILE`` in a subprocess, offscreen, a
fresh temp HOME), timed from ``Popen`` to the "window shown" line their first
paint prints. kpadmin opens the demo profile on a sandbox started beforehand
(its own process). Each is launched ``runs`` times after one warm-up launch
(file cache); the median is reported. Run twice: as this environment runs
(``PYTHONDONTWRITEBYTECODE=1``: kpadmin's modules are compiled on every start)
and with a bytecode cache (``PYTHONPYCACHEPREFIX``, warmed by the first launch),
as an installed package would have.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _launch(script: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if "window shown" in line:
            shown = time.perf_counter()
            break
    proc.wait(60)
    if shown is None:
        raise RuntimeError(f"{script.name} never showed its window (exit {proc.returncode})")
    return (shown - t0) * 1000


def _pyc_state() -> dict[str, bool]:
    site = Path(
        subprocess.check_output(
            [sys.executable, "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
            text=True,
        ).strip()
    ).parent
    return {
        "PYTHONDONTWRITEBYTECODE": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
        "kpadmin_pyc": any((ROOT / "kpadmin").rglob("*.pyc")),
        "site_packages_pyc": any((site / "stripe").rglob("*.pyc")),
    }


def measure(sandbox_url: str, runs: int = 5) -> dict:
    results: dict = {"pyc": _pyc_state(), "runs": runs}
    with tempfile.TemporaryDirectory(prefix="kpadmin-bench-start-") as tmp:
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        base_env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=tmp,
            BENCH_SANDBOX_URL=sandbox_url,
            XDG_CONFIG_HOME=f"{tmp}/config",
            XDG_STATE_HOME=f"{tmp}/state",
            XDG_DATA_HOME=f"{tmp}/data",
            XDG_CACHE_HOME=f"{tmp}/cache",
            PYTHONPATH=str(ROOT),
        )
        variants = {
            "as_configured": dict(base_env),
            "with_pyc_cache": {**base_env, "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"},
        }
        variants["with_pyc_cache"].pop("PYTHONDONTWRITEBYTECODE", None)
        for name, env in variants.items():
            row = {}
            for label, script in (
                ("bare", HERE / "_startup_bare.py"),
                ("kpadmin", HERE / "_startup_app.py"),
            ):
                _launch(script, env)  # warm-up (and, for the cache variant, compile)
                times = [_launch(script, env) for _ in range(runs)]
                row[label] = {
                    "median_ms": statistics.median(times),
                    "min_ms": min(times),
                    "max_ms": max(times),
                }
            row["ratio"] = row["kpadmin"]["median_ms"] / row["bare"]["median_ms"]
            row["goal"] = 1.3
            row["ok"] = row["ratio"] <= 1.3
            results[name] = row
    return results
