"""The window's end of live updates: one :class:`LiveUpdates` per open profile, and its notice.

The window follows each profile's gateway with a fresh
:class:`~kpadmin.ui.live_updates.LiveUpdates` (stopped with the profile, so an
old profile's Events never reach new tabs), passes its ``changed`` on, and
keeps a permanent line in the status bar for a key that cannot read Events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from kpadmin.ui.live_updates import LiveUpdates


class LiveLink(QObject):
    """Follows the open profile's Events for ``window``.

    Signals:
        changed(object): the open profile's ``LiveUpdates.changed``.

    Attributes:
        notice: the status-bar line shown while this key cannot read Events.
    """

    changed = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.updates: LiveUpdates | None = None
        self.notice = QLabel(window)
        self.notice.setObjectName("liveNotice")
        window.statusBar().addPermanentWidget(self.notice)
        self.notice.hide()

    def follow(self, gateway: Any, *, now: bool) -> None:
        """Follow ``gateway`` instead; with ``now`` False :meth:`start` comes later (start-up)."""
        self.stop()
        self.updates = LiveUpdates(self._window, gateway)
        self.updates.changed.connect(self.changed)
        self.updates.unavailable.connect(self._show_notice)
        if now:
            self.updates.start()

    def start(self) -> None:
        """Start asking (after the first paint, once the key was read)."""
        if self.updates is not None:
            self.updates.start()

    def stop(self) -> None:
        """Stop following the current profile (switch, removal, close)."""
        if self.updates is not None:
            self.updates.stop()
            self.updates.deleteLater()
            self.updates = None
        self.notice.hide()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()
