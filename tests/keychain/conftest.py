"""The real Secret Service, or a skip (a failure when KPADMIN_REQUIRE_KEYCHAIN=1, as in CI).

Run locally with a throwaway keyring::

    HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- sh -c \\
      'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \\
       /work/venv/bin/pytest tests/keychain -q'
"""

from __future__ import annotations

import gc
import os
import warnings

import pytest


def _probe():
    """(backend, None) when the Secret Service answers a read, else (None, reason)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None, "DBUS_SESSION_BUS_ADDRESS is not set (run under dbus-run-session)"
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:  # raises when secretstorage or the service is missing
            return None, f"priority {backend.priority}"
        backend.get_password("kpadmin-probe", "probe")
    except Exception as exc:  # any failure means "not available here"
        return None, f"{type(exc).__name__}: {exc}"
    return backend, None


@pytest.fixture(scope="session")
def secret_service_backend():
    """keyring's SecretService backend, proven to answer a read."""
    backend, reason = _probe()
    if backend is not None:
        return backend
    # keyring leaves its D-Bus socket open when the service refuses (a locked keyring):
    # collect it now rather than as an unraisable warning inside some later test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    if os.environ.get("KPADMIN_REQUIRE_KEYCHAIN") == "1":
        pytest.fail(f"KPADMIN_REQUIRE_KEYCHAIN=1 but the Secret Service is unusable: {reason}")
    pytest.skip(f"no usable Secret Service: {reason}")
