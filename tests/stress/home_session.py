"""A kpadmin session in a fresh HOME, run as its own process by test_home_files.py.

Usage: ``python home_session.py`` with HOME pointing at an empty directory
and no XDG_* variables, so that every library writes where it would for a
real user. It does what the app does: ``disable_core_dumps``, the real
settings file, audit log and log file in their default places, the demo
sandbox, the main window on the demo profile (tabs load pages through the
SDK), one write. Prints ``SESSION OK`` at the end; the test then lists what
appeared under HOME.
"""

from __future__ import annotations

import asyncio
import sys

import qasync
from PySide6.QtWidgets import QApplication

from kpadmin.app import build_services
from kpadmin.audit import AuditLog
from kpadmin.hardening import disable_core_dumps
from kpadmin.keychain import MemorySecretStore
from kpadmin.logging_setup import configure_logging
from kpadmin.profiles import DEMO_PROFILE_NAME
from kpadmin.settings import APPLICATION, ORGANIZATION, Settings
from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.main_window import MainWindow

disable_core_dumps()
app = QApplication(["kpadmin"])
app.setOrganizationName(ORGANIZATION)
app.setApplicationName(APPLICATION)
configure_logging()  # the default log directory
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
audit = AuditLog()  # the default data directory
services, demo = build_services(Settings(), MemorySecretStore(), audit)
services.start_demo()
services.profiles.set_current(DEMO_PROFILE_NAME)


async def session() -> None:
    window = MainWindow(services)
    window.show()
    for _ in range(200):
        await asyncio.sleep(0.05)
        tab = window.tab("customers")
        if tab is not None and tab.model.rowCount() > 0:
            break
    else:
        raise RuntimeError("the customers never loaded")
    await window.context.gateway.customers.create(
        CustomerDraft(name="Home test", email="home@example.kr"), idempotency_key=new_action_key()
    )
    await window.shutdown()


try:
    with loop:
        loop.run_until_complete(session())
finally:
    demo.stop()
    audit.close()
print("SESSION OK", flush=True)
sys.exit(0)
