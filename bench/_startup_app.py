"""Child process of the start-up benchmark: kpadmin's own ``app.run`` on a pre-started sandbox.

The only differences from ``kpadmin --demo --smoke-test``: the keychain is the
in-memory store (no Secret Service on a benchmark machine) and the demo
profile points at the sandbox the benchmark started (``BENCH_SANDBOX_URL``)
instead of starting one in-process. ``--smoke-test`` prints "window shown" at
the first paint of the main window and closes it.
"""

from __future__ import annotations

import os
import sys

import kpadmin.app as app_mod
from kpadmin.keychain import MemorySecretStore

URL = os.environ["BENCH_SANDBOX_URL"]


def _start(self: app_mod.DemoSandbox) -> str:
    self._profiles.set_demo_api_base(URL)
    return URL


app_mod.KeyringSecretStore = MemorySecretStore  # type: ignore[misc,assignment]
app_mod.DemoSandbox.start = _start  # type: ignore[method-assign]
sys.exit(app_mod.run(demo=True, smoke_test=True, argv=["kpadmin"]))
