#!/usr/bin/env python3
"""Set up kpadmin and run it or its tests, with nothing but ``python3``.

    python3 dev.py demo      # set up, then open the app on the built-in demo sandbox
    python3 dev.py test      # set up, then run the whole test suite
    python3 dev.py sandbox   # set up, then run the sandbox server alone (kpadmin-sandbox)
    python3 dev.py bench     # set up, then run the benchmarks (bench/run.py)
    python3 dev.py check     # set up, then run the static checks (lint, format, types, imports)

Set-up means: a virtual environment in ``.venv`` with kpadmin and its test
and packaging dependencies (the ``test`` and ``package`` extras) installed
from PyPI (redone only when ``pyproject.toml`` changes), and, on Debian or
Ubuntu, the system packages Qt and the keychain tests need. As root the
missing ones are listed, each with why it is needed, then installed with
apt-get; otherwise the exact ``sudo apt-get install`` line is printed and the
script stops. The keychain tests' packages (D-Bus, gnome-keyring) are the one
exception: without them ``test`` runs everything else and says, in one line,
that the keychain tests are skipped (unless ``CI`` or
``KPADMIN_REQUIRE_KEYCHAIN`` is set: then they are required).

Only the standard library is used here: this file runs before anything is
installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kpadmin-installed"
IS_WINDOWS = os.name == "nt"
PY = VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")
DEV_STAMP = VENV / ".kpadmin-dev-installed"
#: The extras installed with kpadmin: ``package`` brings PyInstaller, so that the bundle
#: test builds the app with what is installed and never installs anything itself.
EXTRAS = "test,package"

#: What the window needs from the system on X11 (Qt's xcb platform plugin) and for CJK text.
DESKTOP_DEBS = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-noto-cjk",
]
#: What the test suite needs beyond Python: the libraries Qt loads offscreen, CJK fonts.
TEST_DEBS = [
    "libfontconfig1",
    "libegl1",
    "libgl1",
    "libdbus-1-3",
    "fonts-noto-cjk",
]
#: What the keychain tests need: a private D-Bus session with a real Secret Service.
KEYCHAIN_DEBS = ["dbus", "gnome-keyring"]

#: Why each system package is wanted: printed before apt-get installs it.
DEB_REASONS = {
    "libxcb-cursor0": "Qt's X11 platform plugin (xcb): mouse cursors",
    "libxcb-icccm4": "Qt's X11 platform plugin (xcb): window manager hints",
    "libxcb-keysyms1": "Qt's X11 platform plugin (xcb): keyboard symbols",
    "libxcb-image0": "Qt's X11 platform plugin (xcb): images",
    "libxcb-render-util0": "Qt's X11 platform plugin (xcb): rendering",
    "libxcb-shape0": "Qt's X11 platform plugin (xcb): window shapes",
    "libxcb-randr0": "Qt's X11 platform plugin (xcb): screens",
    "libxcb-xkb1": "Qt's X11 platform plugin (xcb): keyboard layouts",
    "libxkbcommon-x11-0": "Qt's X11 platform plugin (xcb): keyboard layouts",
    "libegl1": "Qt's OpenGL loader (QtGui links it, even offscreen)",
    "libgl1": "Qt's OpenGL loader (QtGui links it, even offscreen)",
    "libfontconfig1": "Qt finds fonts through fontconfig",
    "libdbus-1-3": "QtDBus (linked by Qt's platform plugins)",
    "fonts-noto-cjk": "Korean and Japanese text (otherwise drawn as boxes)",
    "dbus": "a private D-Bus session for the keychain tests (dbus-run-session)",
    "gnome-keyring": "the real Secret Service the keychain tests store keys in",
    "python3-venv": "Python's venv module with pip, to create .venv",
}


def say(msg: str) -> None:
    print(f"[dev.py] {msg}", flush=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, **kw)


def run_quiet(cmd: list[str]) -> None:
    """Run ``cmd`` showing its output only if it fails.

    pip's ``-q`` does not silence the build backend: setuptools prints a
    starred "Editable installation" notice on every editable install, which
    reads like an error on a first run.
    """
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        raise subprocess.CalledProcessError(done.returncode, cmd)


# ----------------------------------------------------------------- system packages


def _deb_installed(pkg: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
    return out.returncode == 0 and "install ok installed" in out.stdout


def missing_debs(pkgs: list[str]) -> list[str]:
    """The packages of ``pkgs`` not installed (none off Debian/Ubuntu: nothing to check)."""
    if sys.platform != "linux" or not shutil.which("dpkg-query"):
        return []
    return [p for p in pkgs if not _deb_installed(p)]


def can_install_debs() -> bool:
    """Whether this process may install Debian packages itself (root with apt-get)."""
    return sys.platform == "linux" and os.geteuid() == 0 and shutil.which("apt-get") is not None


def install_plan(missing: list[str], why: str) -> list[str]:
    """What is printed before apt-get runs: each package with the reason it is wanted."""
    width = max(len(p) for p in missing)
    lines = [f"installing system packages for {why} with apt-get:"]
    for pkg in missing:
        lines.append(f"    {pkg.ljust(width)}  {DEB_REASONS.get(pkg, why)}")
    return lines


def ensure_debs(pkgs: list[str], why: str) -> None:
    """Install missing Debian packages as root (saying which and why), or print the command and stop."""
    missing = missing_debs(pkgs)
    if not missing:
        return
    if can_install_debs():
        for line in install_plan(missing, why):
            say(line)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "update", "-qq"], env=env)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)
        return
    say(f"system packages are missing for {why}; install them, then run this again:")
    print(f"    sudo apt-get install {' '.join(missing)}")
    sys.exit(1)


# ----------------------------------------------------------------- the virtual environment


def ensure_venv() -> None:
    """Create ``.venv`` and install kpadmin with its test extras when pyproject changed."""
    if not PY.exists():
        say(f"creating a virtual environment in {VENV}")
        try:
            run([sys.executable, "-m", "venv", str(VENV)])
        except subprocess.CalledProcessError:
            shutil.rmtree(VENV, ignore_errors=True)
            # Debian and Ubuntu ship venv's pip bootstrap in a separate package.
            ensure_debs(["python3-venv"], "creating a virtual environment")
            run([sys.executable, "-m", "venv", str(VENV)])
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + EXTRAS.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing kpadmin and its dependencies (about a minute the first time)")
    run_quiet([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run_quiet([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[{EXTRAS}]"])
    STAMP.write_text(digest)


def ensure_translations() -> None:
    """Compile ``resources/translations/*.ts`` to ``.qm`` when one is newer (tools/i18n.py)."""
    ts_dir = ROOT / "resources" / "translations"
    qm_dir = ROOT / "kpadmin" / "resources" / "translations"
    for ts in ts_dir.glob("*.ts"):
        qm = qm_dir / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            say("compiling translations")
            run([str(PY), str(ROOT / "tools" / "i18n.py"), "build"], stdout=subprocess.DEVNULL)
            return


def ensure_dev_tools() -> None:
    """Install the ``dev`` extra (the checkers, pinned exactly) into ``.venv`` when needed.

    Only the checkers are installed (read from ``pyproject.toml``): kpadmin
    itself is already there from :func:`ensure_venv`, and rebuilding it would
    cost more than the checks.
    """
    import tomllib  # Python 3.11+, which main() has made sure of

    ensure_venv()
    text = (ROOT / "pyproject.toml").read_bytes()
    digest = hashlib.sha256(text).hexdigest()
    if DEV_STAMP.exists() and DEV_STAMP.read_text() == digest:
        return
    tools = tomllib.loads(text.decode())["project"]["optional-dependencies"]["dev"]
    say(f"installing the checkers: {' '.join(tools)}")
    run_quiet([str(PY), "-m", "pip", "install", "-q", *tools])
    DEV_STAMP.write_text(digest)


# ----------------------------------------------------------------- commands


def cmd_demo(args: list[str]) -> int:
    if sys.platform == "linux":
        has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if not has_screen and not os.environ.get("QT_QPA_PLATFORM"):
            say("no display found (DISPLAY is not set): the app needs a desktop session.")
            print("    On a headless machine: xvfb-run -a python3 dev.py demo")
            return 1
        if has_screen:
            ensure_debs(DESKTOP_DEBS, "the window")
    ensure_venv()
    ensure_translations()
    return subprocess.call([str(PY), "-m", "kpadmin", "--demo", *args])


def cmd_sandbox(args: list[str]) -> int:
    ensure_venv()
    return subprocess.call([str(PY), "-m", "kpadmin.sandbox", *args])


def keychain_required() -> bool:
    """Whether a missing Secret Service fails the run (CI) rather than skipping its tests."""
    return bool(os.environ.get("CI") or os.environ.get("KPADMIN_REQUIRE_KEYCHAIN"))


def cmd_test(args: list[str]) -> int:
    """Run pytest; on Linux inside a private D-Bus session with an unlocked gnome-keyring.

    The keychain tests talk to that real Secret Service. Where it cannot be had
    (macOS, Windows, no dbus or gnome-keyring and no root to install them),
    everything else runs and they skip with a reason, announced here in one
    line; under CI (or with KPADMIN_REQUIRE_KEYCHAIN set) a missing Secret
    Service is a failure instead. The private session's throwaway home is
    removed after the run.
    """
    ensure_debs(TEST_DEBS, "the test suite")
    require = keychain_required()
    if require or can_install_debs():
        ensure_debs(KEYCHAIN_DEBS, "the keychain tests")
    ensure_venv()
    ensure_translations()
    env = dict(os.environ)
    if require:
        env.setdefault("KPADMIN_REQUIRE_KEYCHAIN", "1")
    if sys.platform == "linux":
        tools = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
        if not tools:
            return _run_in_keyring_session(args, env)
        if not require:
            missing = missing_debs(KEYCHAIN_DEBS) or tools
            say(
                f"keychain tests skipped: {' and '.join(tools)} not found "
                f"(to run them: sudo apt-get install {' '.join(missing)})"
            )
            # Never the user's own keychain: without a private session they skip.
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.call([str(PY), "-m", "pytest", *args], env=env)


def _run_in_keyring_session(args: list[str], env: dict[str, str]) -> int:
    """pytest under ``dbus-run-session`` with a throwaway home for the keyring's files.

    The tests never touch the user's keychain; the home is removed afterwards.
    """
    home = tempfile.mkdtemp(prefix="kpadmin-keyring-home-")
    try:
        env = dict(env, HOME=home, XDG_DATA_HOME=f"{home}/.local/share", XDG_RUNTIME_DIR=home)
        inner = [str(PY), str(Path(__file__).resolve()), "_test-in-session", *args]
        return subprocess.call(["dbus-run-session", "--", *inner], env=env)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def cmd_bench(args: list[str]) -> int:
    """Run the benchmarks (bench/run.py): a table, JSON, and bench/results/latest.json."""
    ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), str(ROOT / "bench" / "run.py"), *args], env=env)


def _checks() -> list[tuple[str, list[str]]]:
    """The static checks, each as (name, command), in the order they run."""
    scripts = VENV / ("Scripts" if IS_WINDOWS else "bin")
    lint_imports = scripts / ("lint-imports.exe" if IS_WINDOWS else "lint-imports")
    py = str(PY)
    return [
        ("ruff check", [py, "-m", "ruff", "check", "."]),
        ("ruff format --check", [py, "-m", "ruff", "format", "--check", "."]),
        # The packages (kpadmin, whole) and the exemptions are in pyproject's [tool.mypy].
        ("mypy --strict", [py, "-m", "mypy", "--strict"]),
        # The contracts are in pyproject's [tool.importlinter]; the cwd must be the root.
        ("import contracts", [str(lint_imports), "--no-cache"]),
        (
            "workflow schema",
            [
                py,
                "-m",
                "check_jsonschema",
                "--builtin-schema",
                "vendor.github-workflows",
                str(Path(".github") / "workflows" / "ci.yml"),
            ],
        ),
    ]


def cmd_check(args: list[str]) -> int:
    """Run every static check, each to the end, then list which passed; 1 if any failed.

    ruff (lint and format), mypy --strict over kpadmin, the import contracts
    (lint-imports) and the CI workflow against GitHub's schema. Each check runs
    even when one before it failed, so that one run reports everything.
    """
    if args:
        say("check takes no arguments")
        return 2
    ensure_dev_tools()
    results: list[tuple[str, int]] = []
    for name, command in _checks():
        say(f"check: {name}")
        results.append((name, subprocess.call(command)))
    print()
    for name, code in results:
        print(f"    {name:<22} {'ok' if code == 0 else f'FAILED (exit {code})'}")
    failed = [name for name, code in results if code != 0]
    say(f"{len(results) - len(failed)} of {len(results)} checks passed")
    return 1 if failed else 0


def cmd_test_in_session(args: list[str]) -> int:
    """Inside dbus-run-session: run an unlocked gnome-keyring beside pytest.

    The daemon runs in the foreground as this process's child for the whole
    run, so that it cannot leave unnoticed: were it to end early, D-Bus would
    start a second, locked one for the keychain tests, and they would fail with
    "Failed to unlock the collection". If it ends, the run says so and how.
    """
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"kpadmin-test")
    daemon.stdin.close()
    try:
        if not _secret_service_owned(daemon):
            say("gnome-keyring-daemon did not take the Secret Service name within 10 s")
        code = subprocess.call([sys.executable, "-m", "pytest", *args])
        if daemon.poll() is not None:
            say(f"gnome-keyring-daemon ended during the run (exit {daemon.returncode})")
        return code
    finally:
        if daemon.poll() is None:
            daemon.terminate()
            daemon.wait(10)


def _secret_service_owned(daemon: subprocess.Popen[bytes]) -> bool:
    """Wait until ``daemon`` owns org.freedesktop.secrets on the session bus."""
    ask = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.freedesktop.secrets",
    ]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and daemon.poll() is None:
        reply = subprocess.run(ask, capture_output=True, text=True)
        if "boolean true" in reply.stdout:
            return True
        time.sleep(0.05)
    return False


COMMANDS = {
    "demo": cmd_demo,
    "test": cmd_test,
    "sandbox": cmd_sandbox,
    "_test-in-session": cmd_test_in_session,
    "bench": cmd_bench,
    "check": cmd_check,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):
        say(f"kpadmin needs Python 3.11 or newer; this is {sys.version.split()[0]}")
        return 1
    os.chdir(ROOT)
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
