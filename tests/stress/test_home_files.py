"""kpadmin writes only in its own directories, and turns off core dumps for itself.

``home_session.py`` runs a session (window on the demo sandbox, pages loaded
through the SDK, one write) as its own process in an empty HOME with no XDG
variables, so every library writes where it would for a real user; then
every file that appeared under HOME is listed. Only kpadmin's own config,
data, state (logs) and cache directories may hold any. The Stripe SDK's
telemetry used to leave ``~/.config/stripe/telemetry_id`` behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The directories below are Linux's (XDG); prctl is Linux's too.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")

HERE = Path(__file__).resolve().parent
OWN = (".config/kpadmin/", ".local/share/kpadmin/", ".local/state/kpadmin/", ".cache/kpadmin/")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KPADMIN"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def test_a_session_writes_only_in_kpadmins_directories(tmp_path, stress_report):
    home = tmp_path / "home"
    home.mkdir()
    out = subprocess.run(
        [sys.executable, str(HERE / "home_session.py")],
        capture_output=True,
        text=True,
        env=_env(home),
        timeout=180,
        check=False,
    )
    assert "SESSION OK" in out.stdout, out.stdout + out.stderr
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written, "the session wrote nothing at all: the listing cannot be trusted"
    assert any(w.startswith(".config/kpadmin/") for w in written)  # the settings file is seen
    outside = [w for w in written if not w.startswith(OWN)]
    assert outside == [], outside
    stress_report("files a session wrote under a fresh HOME: " + ", ".join(written))


def test_the_app_turns_off_core_dumps_for_itself(tmp_path):
    """``kpadmin --smoke-test`` as a user starts it; its own limits are read at exit."""
    probe = (
        "import atexit, ctypes, resource, sys\n"
        "def report():\n"
        "    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"
        "    print(f'core={soft},{hard} dumpable={dumpable}', flush=True)\n"
        "atexit.register(report)\n"
        "from kpadmin.cli import main\n"
        "sys.exit(main(['--smoke-test']))\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = _env(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "window shown" in out.stdout, out.stdout + out.stderr
    assert "core=0,0 dumpable=0" in out.stdout, out.stdout + out.stderr
