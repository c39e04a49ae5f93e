"""The one-folder app: built with ``python packaging/build.py``, then started for real.

Slow (a PyInstaller build takes about a minute), so marked ``slow``; CI runs
it. The built binary is started offscreen on the demo shop with
``--smoke-test``: it must paint its main window, print ``window shown`` and
exit 0. That proves the bundle holds what start-up needs (Qt's platform
plugin, PySide6, qasync, the SDK, the sandbox and its HTML, the keychain
backends); the file checks below cover what start-up does not touch.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test builds the Linux app"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build into a temporary dist folder (PyInstaller's work folder stays in build/ as a cache).

    Tests install nothing: PyInstaller comes with the ``package`` extra (``dev.py``
    installs it); without it the bundle tests skip, or fail under CI.
    """
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install -e '.[package]', or python3 dev.py)"
        if os.environ.get("CI"):
            pytest.fail(f"CI: {reason}")
        pytest.skip(reason)
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "built " in result.stdout
    return dist / "kpadmin"


def run_app(bundle: Path, home: Path, *args: str, wrapper: Sequence[str] = ()) -> dict[str, str]:
    """Start the built app offscreen with ``--smoke-test``; returns what it printed, by key.

    ``wrapper`` is a command line put in front (the D-Bus session for the keychain check).
    """
    exe = bundle / "kpadmin"
    assert os.access(exe, os.X_OK)
    home.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "XDG_", "VIRTUAL_ENV", "LANG", "LC_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        HOME=str(home),  # settings, data and logs of this run go here, not to the user's
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home),
    )
    result = subprocess.run(
        [*wrapper, str(exe), "--smoke-test", *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    assert "window shown" in lines, output
    assert "Traceback" not in result.stderr, result.stderr
    return dict(line.split(": ", 1) for line in lines if ": " in line)


@pytest.mark.timeout(900)
def test_built_app_starts_in_demo_mode_and_shows_its_window(bundle, tmp_path):
    shown = run_app(bundle, tmp_path, "--demo", "--lang", "en")
    # The demo profile opened on the bundled sandbox: "<profile> — SANDBOX — kpadmin".
    assert shown["title"].split(" — ")[-2:] == ["SANDBOX", "kpadmin"], shown
    assert {"Catalog", "Customers", "Subscriptions"} <= set(shown["tabs"].split(" | "))


@pytest.mark.timeout(900)
@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_built_app_speaks_the_bundled_translations(bundle, tmp_path, lang):
    if not (ROOT / "resources" / "translations" / f"kpadmin_{lang}.ts").exists():
        pytest.skip(f"no kpadmin_{lang}.ts yet")
    english = run_app(bundle, tmp_path / "en", "--demo", "--lang", "en")
    shown = run_app(bundle, tmp_path / lang, "--demo", "--lang", lang)
    assert shown["tabs"] != english["tabs"], shown
    assert english["qt"] == "Cancel"
    assert shown["qt"] != "Cancel", shown  # Qt's qtbase_*.qm are bundled and found


@pytest.mark.timeout(900)
def test_built_app_keeps_keys_in_the_secret_service(bundle, tmp_path):
    # keyring finds its backends through entry points and imports secretstorage/jeepney
    # lazily: only a real Secret Service shows that the bundle holds them.
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("KPADMIN_REQUIRE_KEYCHAIN") == "1":
            pytest.fail("KPADMIN_REQUIRE_KEYCHAIN=1 but dbus-run-session/gnome-keyring are missing")
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    # A private session bus with a throwaway, unlocked keyring; then the app ("$0" "$@").
    unlock = "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
    wrapper = ["dbus-run-session", "--", "sh", "-c", unlock + 'exec "$0" "$@"']
    shown = run_app(bundle, tmp_path, "--demo", "--lang", "en", wrapper=wrapper)
    assert shown["keychain"] == "SecretService Keyring, secure=True", shown


@pytest.mark.timeout(900)
def test_built_app_prints_its_version(bundle):
    import kpadmin

    result = subprocess.run(
        [str(bundle / "kpadmin"), "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kpadmin {kpadmin.__version__}"


@pytest.mark.timeout(900)
def test_bundle_holds_the_data_the_analysis_cannot_see(bundle):
    internal = bundle / "_internal"
    # Without stripe's CA bundle StripeClient() fails against api.stripe.com.
    assert (internal / "stripe" / "data" / "ca-certificates.crt").stat().st_size > 10_000
    assert (internal / "kpadmin" / "sandbox" / "kakao_page.html").is_file()
    assert (internal / "kpadmin" / "resources" / "icons" / "kpadmin.svg").is_file()
    # keyring finds its backends through entry points in its dist-info.
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    # Translations compiled from resources/translations/*.ts by build.py.
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "kpadmin" / "resources" / "translations" / f"{ts.stem}.qm").is_file()
