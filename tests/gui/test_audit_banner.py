"""The window's banner while audit records wait for a log file another process holds."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from audit_lock import held_lock

from kpadmin.audit import AuditLog
from kpadmin.ui.audit_banner import AuditBanner


def test_the_banner_says_records_wait_and_then_that_they_are_written(tmp_path, qtbot):
    QLocale.setDefault(QLocale("en_US"))
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    assert log.wait_written(10)
    banner = AuditBanner(log)
    qtbot.addWidget(banner)
    banner.notice_after_s = 0.3
    banner.poll_ms = 50
    banner.show()  # as part of a shown window; the banner itself decides its visibility
    banner.hide()
    try:
        with held_lock(path):
            for n in range(2):
                log.append(
                    profile="Demo",
                    mode="test",
                    action="customer.create",
                    outcome="ok",
                    object_id=f"cus_{n}",
                )
            qtbot.wait(100)
            assert banner.isHidden()  # not for a moment's wait
            qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
            assert "Activity-log records waiting to be written: 2." in banner.label.text()
        qtbot.waitUntil(lambda: "are written" in banner.label.text(), timeout=10000)
        assert log.pending_count() == 0
    finally:
        assert log.close()


def test_no_log_no_banner(qtbot):
    banner = AuditBanner(None)
    qtbot.addWidget(banner)
    banner.check()
    assert banner.isHidden()


def test_the_activity_window_lists_records_still_waiting(tmp_path, qtbot):
    from kpadmin.ui.audit_window import AuditWindow

    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    assert log.wait_written(10)
    try:
        with held_lock(path):
            log.append(
                profile="Demo", mode="test", action="refund.create", outcome="ok", object_id="re_1"
            )
            window = AuditWindow(log)
            qtbot.addWidget(window)
            window.reload()
            assert [e.object_id for e in window.entries] == ["re_1"]
    finally:
        assert log.close()
