"""Status-bar messages: one per action, gone after a while.

A message in the status bar answers the action just taken ("Customer … created.").
Left there, it would still speak after five later actions and read as if it
answered them, so every message times out; the next action's message replaces it.
Errors stay longer than confirmations, since they may need reading twice, and are
also shown beside the form or list they concern.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

# How long a confirmation and an error stay in the status bar (milliseconds).
STATUS_TIMEOUT_MS = 8_000
ERROR_TIMEOUT_MS = 20_000


def show_status(window: QMainWindow, text: str, *, error: bool = False) -> None:
    """Show ``text`` in ``window``'s status bar until it times out or the next message."""
    window.statusBar().showMessage(text, ERROR_TIMEOUT_MS if error else STATUS_TIMEOUT_MS)
