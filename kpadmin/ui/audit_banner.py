"""A banner across the window while activity-log records wait to be written.

The audit log writes on a thread of its own and keeps every record it cannot
write yet (another kpadmin window or another program holds the database's
lock; see :mod:`kpadmin.audit_writer`). Nothing is lost, but an agent who
closes kpadmin or looks for a record in the activity window should know that
some are still waiting. So once records have waited longer than
:data:`NOTICE_AFTER_S`, this banner says how many; when they are all written
it says so and hides a few seconds later. It is a banner, not a dialog: the
agent's work goes on meanwhile.

It polls the log (``pending_count()``, ``pending_since()``) once a second on
the UI thread: both are a lock and a list length, and the writer thread never
touches a widget.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

# Records pending this long (seconds) are worth telling the agent about.
NOTICE_AFTER_S = 3.0
# How long "written" stays up before the banner hides (milliseconds).
DONE_SHOWN_MS = 5000


class AuditBanner(QFrame):
    """Says that audit records are waiting to be written, and when they are.

    Args:
        audit: the :class:`~kpadmin.audit.AuditLog`, or None (no log: never shown).

    Attributes:
        poll_ms: how often the log is asked (tests shorten it).
        notice_after_s: how long records wait before the banner shows (tests shorten it).
    """

    def __init__(self, audit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#auditBanner { background: #fff4ce; color: #4a3b00; }")
        self._audit = audit
        self.notice_after_s = NOTICE_AFTER_S
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self._waiting = False
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self.check)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(DONE_SHOWN_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()
        if audit is not None:
            self._poll.start()

    @property
    def poll_ms(self) -> int:
        return self._poll.interval()

    @poll_ms.setter
    def poll_ms(self, value: int) -> None:
        self._poll.setInterval(value)

    def check(self) -> None:
        """Ask the log how many records wait and since when; update the banner."""
        if self._audit is None:
            return
        since = self._audit.pending_since()
        if since is not None and time.monotonic() - since >= self.notice_after_s:
            count = self._audit.pending_count()
            self._waiting = True
            self._hide_timer.stop()
            self.label.setText(
                self.tr(
                    "Activity-log records waiting to be written: %1. Another program or "
                    "kpadmin window is holding the log file; the records are kept, also if "
                    "you quit, and written as soon as the file is free."
                ).replace("%1", QLocale().toString(count))
            )
            self.show()
        elif since is None and self._waiting:
            self._waiting = False
            self.label.setText(self.tr("The waiting activity-log records are written."))
            self._hide_timer.start()
