"""The activity log window: lists the audit log, filters it, exports CSV; and the main
window's "Activity log…" action, fed by real writes through the audited gateway."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from kpadmin.app import audited_gateway_factory
from kpadmin.audit import AuditLog
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.ui.audit_window import AuditWindow
from kpadmin.ui.context import AppServices

pytestmark = pytest.mark.usefixtures("english_locale")


def _at(day: int) -> int:
    """Local noon of 2026-11-``day`` (the date filter works in local days)."""
    return QDateTime(QDate(2026, 11, day), QTime(12, 0)).toSecsSinceEpoch()


@pytest.fixture
def log(tmp_path):
    audit = AuditLog(tmp_path / "audit.sqlite3", computer=("minjun", "desk-7"))
    rows = [
        (10, "subscription.cancel_at_period_end", "sub_A", "cus_1", "ok", "feedback=unused"),
        (12, "subscription.pause_collection", "sub_A", "cus_1", "ok", "behavior=void"),
        (15, "refund.create", "re_1", "cus_1", "ok", "charge=ch_1 amount=30000 krw"),
        (18, "invoice.retry", "in_9", "cus_2", "failed", '=HYPERLINK("x")'),
        (20, "customer.create", "cus_3", None, "uncertain", ""),
    ]
    for day, action, obj, cus, outcome, detail in rows:
        audit.append(
            profile="Demo sandbox",
            mode="sandbox",
            action=action,
            outcome=outcome,
            object_id=obj,
            customer_id=cus,
            idempotency_key=f"kpadmin-{day}",
            request_id=f"req_{day}",
            detail=detail,
            comment="고객이 해외로 이사" if action.startswith("subscription.cancel") else "",
            at=_at(day),
        )
    yield audit
    audit.close()


@pytest.fixture
def window(log, qtbot):
    w = AuditWindow(log)
    qtbot.addWidget(w)
    w.show()
    return w


def actions(window):
    return [e.action for e in window.entries]


def test_lists_newest_first_with_readable_columns(window):
    assert actions(window)[0] == "customer.create" and len(window.entries) == 5
    model = window.model
    row0 = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Demo sandbox (SANDBOX)" in row0 and "Unknown" in row0
    assert window.count_label.text() == "5 write(s)"
    # Actions by their names, with who sent them from where, and the comment typed.
    cancel = dict(zip([c.key for c in model.columns], _row(model, 4)))
    assert cancel["action"] == "Cancel at period end" and cancel["customer"] == "cus_1"
    assert cancel["comment"] == "고객이 해외로 이사"
    assert (cancel["os_user"], cancel["hostname"]) == ("minjun", "desk-7")
    refund = dict(zip([c.key for c in model.columns], _row(model, 2)))
    assert refund["action"] == "Refund" and refund["comment"] == ""
    window.resize(1100, 420)
    assert window.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], "support_audit_window.png")
    )


def _row(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_filters(window, qtbot):
    window.set_filters(object_id="sub_A")
    assert actions(window) == ["subscription.pause_collection", "subscription.cancel_at_period_end"]
    window.set_filters(customer_id="cus_1")
    assert len(window.entries) == 3
    window.set_filters(action="subscription.")  # a family, as the combo offers it
    assert set(actions(window)) == {
        "subscription.pause_collection",
        "subscription.cancel_at_period_end",
    }
    assert window.action_combo.findData("subscription.") > 0
    assert window.action_combo.findData("refund.create") > 0
    window.set_filters(action="refund.create")
    assert actions(window) == ["refund.create"]
    window.set_filters(since=QDate(2026, 11, 12), until=QDate(2026, 11, 18))
    assert actions(window) == ["invoice.retry", "refund.create", "subscription.pause_collection"]
    window.set_filters(text="30000")
    assert actions(window) == ["refund.create"]
    window.set_filters(text="req_18")
    assert actions(window) == ["invoice.retry"]
    window.set_filters(text="해외")
    assert actions(window) == ["subscription.cancel_at_period_end"]
    # The action filter offers the names, and a family by its name.
    assert window.action_combo.itemText(window.action_combo.findData("refund.create")) == "Refund"
    family = window.action_combo.findData("subscription.")
    assert window.action_combo.itemText(family) == "Subscriptions (all)"
    window.set_filters(customer_id="cus_2", action="subscription.")
    assert window.entries == [] and window.count_label.text() == "0 write(s)"
    window.clear_filters()
    assert len(window.entries) == 5

    # typing filters too (after a short pause)
    window.text_edit.setText("behavior=void")
    qtbot.waitUntil(lambda: actions(window) == ["subscription.pause_collection"])


def test_export_csv_of_the_rows_shown(window, tmp_path):
    window.set_filters(customer_id="cus_2")
    path = tmp_path / "activity.csv"
    exported = []
    window.exported.connect(lambda p, n: exported.append((p, n)))
    assert window.export_to(path) == 1
    assert exported == [(str(path), 1)]
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 1
    row = rows[0]
    assert row["action"] == "invoice.retry" and row["outcome"] == "failed"
    assert (row["os_user"], row["hostname"], row["comment"]) == ("minjun", "desk-7", "")
    assert row["request_id"] == "req_18" and row["idempotency_key"] == "kpadmin-18"
    assert row["detail"].startswith("'=")  # a spreadsheet formula is neutralised
    assert row["at_utc"] == datetime.fromtimestamp(_at(18), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "sk_test" not in text


def test_main_window_activity_log_shows_real_writes(
    demo_sandbox, settings, secrets, qtbot, tmp_path, wait_for
):
    from kpadmin.stripe_api import new_action_key
    from kpadmin.ui.main_window import MainWindow

    audit = AuditLog(tmp_path / "audit.sqlite3")
    profiles = ProfileStore(settings, secrets)

    def start_demo():
        profiles.set_demo_api_base(demo_sandbox.url)
        return demo_sandbox.url

    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=profiles,
        gateway_factory=audited_gateway_factory(audit),
        start_demo=start_demo,
        audit=audit,
    )
    services.start_demo()
    profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(services)
    window.resize(1200, 760)
    window.show()
    try:
        assert window.activity_action.isVisible()
        assert window.activity_action in window.menus.view_menu.actions()  # View → Activity log
        gateway = window.context.gateway
        sub = wait_for(gateway.subscriptions.list(status="active", limit=1)).items[0]
        wait_for(
            gateway.subscriptions.schedule_cancellation(sub.id, idempotency_key=new_action_key())
        )
        window.activity_action.trigger()  # the tool bar's button reaches the window
        activity = window.activity_window
        assert activity is not None and activity.isVisible()
        assert [e.action for e in activity.entries] == ["subscription.cancel_at_period_end"]
        assert activity.entries[0].object_id == sub.id
        assert activity.entries[0].profile == DEMO_PROFILE_NAME
        assert window.open_activity_log() is activity  # one window, raised again
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
        window.deleteLater()
        audit.close()
