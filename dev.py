#!/usr/bin/env python3
"""Set up kpadmin and run it or its tests, with nothing but ``python3``.

    python3 dev.py demo      # set up, then open the app on the built-in demo sandbox
    python3 dev.py test      # set up, then run the whole test suite
    python3 dev.py sandbox   # set up, then run the sandbox server alone (kpadmin-sandbox)
    python3 dev.py bench     # set up, then run the benchmarks (bench/run.py)
    python3 dev.py check     # set up, then run the static checks (lint, format, types, imports)

Set-up means: a virtual environment in ``.venv`` with kpadmin and its test
dependencies installed from PyPI (redone only when ``pyproject.toml``
changes), and, on Debian or Ubuntu, the system packages Qt and the keychain
tests need. As root those are installed with apt-get; otherwise the exact
``sudo apt-get install`` line is printed and the script stops.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kpadmin-installed"
IS_WINDOWS = os.name == "nt"
PY = VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")
DEV_STAMP = VENV / ".kpadmin-dev-installed"

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
#: What the test suite needs beyond Python: a real Secret Service on a private D-Bus, fonts.
TEST_DEBS = [
    "dbus",
    "gnome-keyring",
    "libfontconfig1",
    "libegl1",
    "libgl1",
    "libdbus-1-3",
    "fonts-noto-cjk",
]


def say(msg: str) -> None:
    print(f"[dev.py] {msg}", flush=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, **kw)


# ----------------------------------------------------------------- system packages


def _deb_installed(pkg: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
    return out.returncode == 0 and "install ok installed" in out.stdout


def ensure_debs(pkgs: list[str], why: str) -> None:
    """Install missing Debian packages as root, or print the command and stop."""
    if sys.platform != "linux" or not shutil.which("dpkg-query"):
        return
    missing = [p for p in pkgs if not _deb_installed(p)]
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing system packages for {why}: {' '.join(missing)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "update", "-qq"], env=env)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)
        return
    say(f"{why} needs these system packages; install them, then run this again:")
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
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing kpadmin and its dependencies (about a minute the first time)")
    run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"])
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
    run([str(PY), "-m", "pip", "install", "-q", *tools])
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


def cmd_test(args: list[str]) -> int:
    """Run pytest; on Linux inside a private D-Bus session with an unlocked gnome-keyring.

    The keychain tests talk to that real Secret Service. Where it cannot be had
    (macOS, Windows, no dbus), they skip with a reason, except under CI, where
    KPADMIN_REQUIRE_KEYCHAIN=1 makes a missing Secret Service a failure.
    """
    ensure_debs(TEST_DEBS, "the test suite")
    ensure_venv()
    ensure_translations()
    env = dict(os.environ)
    if env.get("CI"):
        env.setdefault("KPADMIN_REQUIRE_KEYCHAIN", "1")
    pytest = [str(PY), "-m", "pytest", *args]
    if (
        sys.platform == "linux"
        and shutil.which("dbus-run-session")
        and shutil.which("gnome-keyring-daemon")
    ):
        # A throwaway home for the keyring's files: the tests never touch the user's keychain.
        home = tempfile.mkdtemp(prefix="kpadmin-keyring-home-")
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/.local/share", XDG_RUNTIME_DIR=home)
        inner = [str(PY), str(Path(__file__).resolve()), "_test-in-session", *args]
        return subprocess.call(["dbus-run-session", "--", *inner], env=env)
    return subprocess.call(pytest, env=env)


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
    """Inside dbus-run-session: start and unlock gnome-keyring, then run pytest."""
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"kpadmin-test",
        capture_output=True,
    )
    env = dict(os.environ)
    for line in daemon.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key and value:
            env[key] = value
    return subprocess.call([sys.executable, "-m", "pytest", *args], env=env)


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
