"""A whole kpadmin session with a real-looking key, run as its own process by test_secrets.py.

Usage: ``python secret_session.py KEY WRONG_KEY`` with HOME and XDG_* pointing
at a temp dir. It does what a user does in one sitting, through kpadmin's own
code and with every file where kpadmin would put it: logging configured at
DEBUG (file and console), the settings file, a profile whose key goes to the
(in-memory) keychain, the audit log, the main window opened on the profile
(tabs browse the sandbox), every write, a refused key, a missing object, a
warning, a Qt warning, a crash report through ``sys.excepthook`` and an
exception an asyncio task swallowed, each carrying the key. Prints
``SESSION OK`` at the end; the test then searches every file and all output.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import warnings
from pathlib import Path

KEY, WRONG_KEY = sys.argv[1], sys.argv[2]
ROOT = Path(os.environ["KPADMIN_SESSION_DIR"])

from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication

app = QApplication(["kpadmin"])
from kpadmin.settings import APPLICATION, ORGANIZATION

app.setOrganizationName(ORGANIZATION)
app.setApplicationName(APPLICATION)

import qasync
import stripe

from kpadmin.keychain import MemorySecretStore
from kpadmin.logging_setup import (
    configure_logging,
    install_qt_message_handler,
    loop_exception_handler,
)
from kpadmin.profiles import Profile, ProfileStore
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.settings import Settings
from kpadmin.stripe_api import GatewayError, StripeGateway, new_action_key
from kpadmin.stripe_api.client import HttpxClient
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft
from kpadmin.ui.context import AppServices

log_path = configure_logging(ROOT / "state" / "kpadmin" / "log", level=logging.DEBUG, console=True)
install_qt_message_handler()
log = logging.getLogger("kpadmin.session")

loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.set_exception_handler(loop_exception_handler)

try:
    from kpadmin.audit import AuditLog
except ImportError:  # pragma: no cover - H7's module not there yet
    AuditLog = None  # type: ignore[assignment,misc]
audit = AuditLog(ROOT / "data" / "kpadmin" / "audit.sqlite3") if AuditLog else None

sandbox = EmbeddedSandbox(seed="demo", api_keys=[KEY])
sandbox.start()
settings = Settings()  # the real settings file, under XDG_CONFIG_HOME
profiles = ProfileStore(settings, MemorySecretStore())
profiles.add(Profile("Shop", "sandbox", api_base=sandbox.url), KEY)
profiles.set_current("Shop")


def gateway_factory(profile: Profile, key: str) -> StripeGateway:
    kwargs = {"audit": audit.sink(profile.name, profile.mode)} if audit else {}
    try:
        return StripeGateway(key, api_base=profile.api_base, max_network_retries=0, **kwargs)
    except TypeError:  # a gateway without the audit argument
        return StripeGateway(key, api_base=profile.api_base, max_network_retries=0)


services = AppServices(
    settings=settings,
    secrets=profiles._secrets if hasattr(profiles, "_secrets") else MemorySecretStore(),
    profiles=profiles,
    gateway_factory=gateway_factory,
    start_demo=None,
)


async def pause(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def writes(gw: StripeGateway) -> None:
    """Every write the app can make, each once."""
    from kpadmin.stripe_api.records_kakao import MandateAcceptance

    cus = await gw.customers.create(
        CustomerDraft("김비밀", email="secret@example.com", metadata={"k": "v"}),
        idempotency_key=new_action_key(),
    )
    cus = await gw.customers.update(
        cus.id,
        CustomerDraft("김비밀 2"),
        idempotency_key=new_action_key(),
        previous_metadata={"k": "v"},
    )
    prod = await gw.products.create(
        ProductDraft("Secret beans", metadata={"a": "b"}), idempotency_key=new_action_key()
    )
    prod = await gw.products.update(
        prod.id, ProductDraft("Secret beans 2"), idempotency_key=new_action_key()
    )
    price = await gw.prices.create(
        PriceDraft(prod.id, "krw", 12000, "month"), idempotency_key=new_action_key()
    )
    await gw.prices.update(price.id, nickname="monthly", idempotency_key=new_action_key())
    await gw.products.set_default_price(prod.id, price.id, idempotency_key=new_action_key())
    setup = await gw.setup_intents.start_kakao(
        cus.id,
        return_url="http://127.0.0.1:9/return",
        acceptance=MandateAcceptance("127.0.0.1", "kpadmin"),
        idempotency_key=new_action_key(),
    )
    await gw.setup_intents.cancel(setup.id, idempotency_key=new_action_key())
    http = HttpxClient(timeout=10, allow_sync_methods=True)
    raw = stripe.StripeClient(KEY, base_addresses={"api": sandbox.url}, http_client=http)
    pm = raw.v1.payment_methods.create({"type": "kakao_pay"})
    raw.v1.payment_methods.attach(pm.id, {"customer": cus.id})
    http.close()
    await gw.customers.set_default_payment_method(cus.id, pm.id, idempotency_key=new_action_key())
    await gw.subscriptions.create(
        cus.id, [(price.id, 1)], default_payment_method=pm.id, idempotency_key=new_action_key()
    )
    yearly = await gw.prices.create(
        PriceDraft(prod.id, "krw", 120000, "year"), idempotency_key=new_action_key()
    )
    await gw.prices.set_active(yearly.id, False, idempotency_key=new_action_key())
    await gw.products.set_active(prod.id, False, idempotency_key=new_action_key())
    other = await gw.customers.create(CustomerDraft("Gone"), idempotency_key=new_action_key())
    await gw.customers.delete(other.id, idempotency_key=new_action_key())
    log.info("writes done for %s", cus.id)


async def errors(gw: StripeGateway) -> None:
    """A missing object, a refused key, a key in a log line, a warning, a swallowed task error."""
    try:
        await gw.customers.retrieve("cus_doesnotexist")
    except GatewayError as err:
        log.warning("expected: %s", err)
    wrong = StripeGateway(WRONG_KEY, api_base=sandbox.url, max_network_retries=0)
    try:
        await wrong.customers.list()
    except GatewayError as err:
        log.exception("refused: %s / %r", err, err)  # on purpose
    finally:
        await wrong.aclose()
    # Careless code of the future: the key straight into messages and args.
    log.info("connecting with key %s", KEY)
    log.debug(f"headers: Authorization: Bearer {KEY}")
    log.info("params %(key)s", {"key": KEY})
    warnings.warn(f"deprecated key {KEY}", UserWarning, stacklevel=1)
    qWarning(f"Qt saw {KEY}")

    async def fails() -> None:
        raise RuntimeError(f"task failed with {KEY}")

    task = asyncio.ensure_future(fails())
    await asyncio.sleep(0.05)
    del task  # never awaited: the loop's exception handler reports it when collected
    import gc

    gc.collect()


async def session() -> None:
    from kpadmin.ui.main_window import MainWindow

    window = MainWindow(services)
    window.resize(1100, 700)
    window.show()
    await pause(1.5)  # the tabs load their first pages
    for i in range(window.tabs.count()):  # browse every tab
        window.tabs.setCurrentIndex(i)
        await pause(0.4)
    ctx = window.context
    assert ctx is not None, "the profile did not open"
    await writes(ctx.gateway)
    await errors(ctx.gateway)
    window.refresh_current_tab()
    await pause(0.5)
    try:  # a crash in a slot: what sys.excepthook does with it
        raise ValueError(f"crash while holding {KEY}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    await window.shutdown()
    window.close()
    settings.qsettings.sync()


QTimer.singleShot(0, lambda: None)
with loop:
    loop.run_until_complete(session())
sandbox.stop()
if audit is not None:
    rows = audit.query()
    print(f"audit rows: {len(rows)}")
    audit.close()
logging.shutdown()
print(f"log file: {log_path}")
print("SESSION OK", flush=True)
