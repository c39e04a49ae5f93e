"""Start-up: the installed ``kpadmin`` entry point until its window is mapped and painted.

What is timed: from just before ``Popen`` of ``.venv/bin/kpadmin`` (the
script pip installed) to the ``painted`` mark the app writes when asked
(``KPADMIN_STARTUP_MARKS``, see ``kpadmin/ui/first_paint.py``: the event-loop
turn after the main window's first paint event, when the frame has been
painted and flushed to the X server). Both ends read ``time.monotonic()``,
one clock for the whole machine, so polling the marks file adds nothing to
the figure. After the mark, ``xdotool search --onlyvisible --pid`` asks the X
server whether the process has a viewable (mapped) window; a launch without
one counts as a failure. The app is then ended (SIGTERM).

The baseline, launched the same way in the same run and interleaved with
kpadmin's launches (so that load on the machine hits both alike), is
``_startup_bare.py``: a bare PySide6 window with one 50 x 6 table.

Each launch gets a fresh HOME and XDG directories, the xcb platform on a real
X server (``Xvfb``, started here unless ``DISPLAY`` is set, e.g. under
``xvfb-run -a``). Cases:

- ``demo``: ``kpadmin --demo`` (the embedded sandbox starts in-process);
- ``welcome``: ``kpadmin`` with no profile: the welcome page;
- ``saved_profile``: ``kpadmin`` on a saved test profile whose key is in the
  keychain: this case runs inside ``dbus-run-session`` with an unlocked
  gnome-keyring (as ``dev.py test`` does), the profile pointing at a sandbox
  this benchmark started in its own process.

For ``demo`` and ``saved_profile`` the app also marks when the current tab's
first rows are in (``rows``) and, in demo, when its sandbox serves
(``sandbox``); those times are reported next to one round trip of the same
first-page request (a fresh connection to the external sandbox).

Two variants: ``as_configured`` (this environment sets
``PYTHONDONTWRITEBYTECODE``: kpadmin's own modules are compiled on every
start) and ``with_pyc_cache`` (``PYTHONPYCACHEPREFIX``, warmed by a first
launch, as an installed package would have).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
ENTRY_POINT = BIN / ("kpadmin.exe" if os.name == "nt" else "kpadmin")
BARE = HERE / "_startup_bare.py"
MARKS_ENV = "KPADMIN_STARTUP_MARKS"
#: The goal (ratio of medians to the bare window) and its stretch.
GOAL, STRETCH = 1.5, 1.3
#: The key of the saved profile (a test key the external sandbox accepts).
PROFILE_KEY = "sk_test_benchStartup0000000000"
PROFILE_NAME = "Bench shop"
TIMEOUT_S = 60.0


# ----------------------------------------------------------------- one launch


def _fresh_home(tmp: Path) -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=tmp))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
    }


def _read_marks(path: Path) -> dict[str, float]:
    marks: dict[str, float] = {}
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return marks
    for line in text.splitlines():
        event, _, value = line.partition(" ")
        if event and value and event not in marks:
            marks[event] = float(value)
    return marks


def _mapped(pid: int, display: str) -> bool:
    """Whether the X server has a viewable window of process ``pid`` (needs xdotool)."""
    if not shutil.which("xdotool"):
        return True  # nothing to ask with; the paint mark alone stands
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "DISPLAY": display},
    )
    return bool(out.stdout.split())


def launch(cmd: list[str], env: dict[str, str], tmp: Path, wait_for: tuple[str, ...]) -> dict:
    """Start ``cmd``; wait for the ``painted`` mark (and ``wait_for``); times in ms from start."""
    marks_file = Path(tempfile.mkstemp(prefix="marks-", dir=tmp)[1])
    env = {**env, MARKS_ENV: str(marks_file)}
    log = open(tmp / "last-launch.log", "w")  # noqa: SIM115 - closed below
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log, cwd=tmp)
    try:
        wanted = ("painted", *wait_for)
        deadline = t0 + TIMEOUT_S
        marks: dict[str, float] = {}
        mapped = None  # when the X server first said the window is viewable
        while time.monotonic() < deadline and proc.poll() is None:
            marks = _read_marks(marks_file)
            if "painted" in marks and mapped is None and _mapped(proc.pid, env["DISPLAY"]):
                mapped = time.monotonic()
            if mapped is not None and all(w in marks for w in wanted):
                break
            time.sleep(0.005)
        missing = [w for w in wanted if w not in marks] + (["mapped"] if mapped is None else [])
        if missing:
            log.flush()
            tail = (tmp / "last-launch.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{cmd}: no {', '.join(missing)} (exit {proc.poll()}):\n{tail}")
        marks["mapped_seen"] = mapped
        return {k: (v - t0) * 1000 for k, v in marks.items()}
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _summary(values: list[float]) -> dict:
    return {
        "median_ms": statistics.median(values),
        "min_ms": min(values),
        "max_ms": max(values),
        "all_ms": [round(v, 1) for v in values],
    }


# ----------------------------------------------------------------- the cases


def _prepare_profile(env: dict[str, str], sandbox_url: str) -> None:
    """Save the benchmark's profile in this home and its key in the keychain, as the app would."""
    code = (
        "from kpadmin.keychain import KeyringSecretStore\n"
        "from kpadmin.profiles import Profile, ProfileStore\n"
        "from kpadmin.settings import Settings\n"
        "store = ProfileStore(Settings(), KeyringSecretStore())\n"
        f"store.add(Profile({PROFILE_NAME!r}, 'test', {sandbox_url!r}), {PROFILE_KEY!r})\n"
        f"store.set_current({PROFILE_NAME!r})\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], env={**env, "QT_QPA_PLATFORM": "offscreen"}, check=True
    )


def run_case(case: str, env: dict[str, str], runs: int, sandbox_url: str) -> dict:
    """Interleaved launches of the bare window and kpadmin for one case; medians and ratio."""
    args = {"demo": ["--demo"], "welcome": [], "saved_profile": []}[case]
    wait_for = {"demo": ("sandbox", "rows"), "welcome": (), "saved_profile": ("rows",)}[case]
    with tempfile.TemporaryDirectory(prefix=f"kpadmin-bench-{case}-") as tmp_name:
        tmp = Path(tmp_name)

        def one(which: str) -> dict:
            launch_env = {**env, **_fresh_home(tmp)}
            if which == "bare":
                return launch([sys.executable, str(BARE)], launch_env, tmp, ())
            if case == "saved_profile":
                _prepare_profile(launch_env, sandbox_url)
            return launch([str(ENTRY_POINT), *args], launch_env, tmp, wait_for)

        one("bare"), one("kpadmin")  # warm-up: file cache, and the .pyc cache when used
        bare: list[float] = []
        app: list[dict] = []
        for _ in range(runs):
            bare.append(one("bare")["painted"])
            app.append(one("kpadmin"))
    painted = [m["painted"] for m in app]
    row: dict = {
        "bare": _summary(bare),
        "kpadmin": _summary(painted),
        "ratio": statistics.median(painted) / statistics.median(bare),
        "ratio_per_pair": sorted(round(a / b, 2) for a, b in zip(painted, bare)),
    }
    if "rows" in wait_for:
        row["rows"] = _summary([m["rows"] for m in app])
        row["rows_after_paint"] = _summary([m["rows"] - m["painted"] for m in app])
    if "sandbox" in wait_for:
        row["sandbox_up"] = _summary([m["sandbox"] for m in app])
        row["rows_after_sandbox"] = _summary([m["rows"] - m["sandbox"] for m in app])
    row["goal"], row["stretch"] = GOAL, STRETCH
    row["ok"] = row["ratio"] <= GOAL
    return row


def round_trip_ms(sandbox_url: str, tries: int = 5) -> float:
    """Median time of the Customers tab's first request on a fresh connection (urllib)."""
    times = []
    for _ in range(tries):
        req = urllib.request.Request(
            f"{sandbox_url}/v1/customers?limit=50",
            headers={"Authorization": f"Bearer {PROFILE_KEY}"},
        )
        t0 = time.monotonic()
        with urllib.request.urlopen(req, timeout=10) as resp:
            resp.read()
        times.append((time.monotonic() - t0) * 1000)
    return statistics.median(times)


# ----------------------------------------------------------------- X server, keychain


@contextmanager
def x_display() -> Iterator[str]:
    """``DISPLAY`` if set (xvfb-run), else a private Xvfb for the benchmark's lifetime."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if not shutil.which("Xvfb"):
        raise RuntimeError("start-up needs an X server: install xvfb (apt-get install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def _variants(tmp: str) -> dict[str, dict[str, str]]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    base.pop(MARKS_ENV, None)
    base["QT_QPA_PLATFORM"] = "xcb"
    cached = {**base, "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"}
    cached.pop("PYTHONDONTWRITEBYTECODE", None)
    return {"as_configured": base, "with_pyc_cache": cached}


def _keychain_session(display: str, runs: int, sandbox_url: str, variants: list[str]) -> dict:
    """Run the ``saved_profile`` case in ``dbus-run-session`` (see :func:`keychain_child`)."""
    cmd = [
        "dbus-run-session",
        "--",
        sys.executable,
        str(Path(__file__).resolve()),
        "--keychain-child",
        json.dumps({"runs": runs, "url": sandbox_url, "variants": variants}),
    ]
    env = {**os.environ, "DISPLAY": display}
    with tempfile.TemporaryDirectory(prefix="kpadmin-bench-keyring-") as home:
        # The keyring daemon's own files go to a throwaway home, never the user's.
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/.local/share", XDG_RUNTIME_DIR=home)
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"the keychain case failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def keychain_child(params: dict) -> dict:
    """Inside dbus-run-session: unlock a gnome-keyring, then time the saved profile."""
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"kpadmin-bench",
        capture_output=True,
        check=True,
    )
    for line in daemon.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key and value:
            os.environ[key] = value
    out = {}
    with tempfile.TemporaryDirectory(prefix="kpadmin-bench-pyc-") as tmp:
        variants = _variants(tmp)
        for name in params["variants"]:
            out[name] = run_case("saved_profile", variants[name], params["runs"], params["url"])
    return out


def measure(
    sandbox_url: str,
    runs: int = 7,
    cases: tuple[str, ...] = ("demo", "welcome", "saved_profile"),
    variants: tuple[str, ...] = ("as_configured", "with_pyc_cache"),
) -> dict:
    """Every case in every variant; ``sandbox_url`` is a demo-seeded sandbox process."""
    if not ENTRY_POINT.exists():
        raise RuntimeError(f"{ENTRY_POINT} is missing: install kpadmin (python3 dev.py bench)")
    results: dict = {
        "runs": runs,
        "entry_point": str(
            ENTRY_POINT.relative_to(ROOT) if ROOT in ENTRY_POINT.parents else ENTRY_POINT
        ),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "round_trip_ms": round_trip_ms(sandbox_url),
    }
    with x_display() as display, tempfile.TemporaryDirectory(prefix="kpadmin-bench-pyc-") as tmp:
        all_variants = _variants(tmp)
        for name in variants:
            env = {**all_variants[name], "DISPLAY": display}
            results[name] = {
                case: run_case(case, env, runs, sandbox_url)
                for case in cases
                if case != "saved_profile"
            }
        if "saved_profile" in cases:
            if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
                session = _keychain_session(display, runs, sandbox_url, list(variants))
                for name in variants:
                    results[name]["saved_profile"] = session[name]
            else:
                results["saved_profile_skipped"] = "needs dbus-run-session and gnome-keyring"
    results["load_average_after"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    return results


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--keychain-child":
        print(json.dumps(keychain_child(json.loads(sys.argv[2]))), flush=True)
        sys.exit(0)
    sys.exit("run bench/run.py (or python3 dev.py bench)")
