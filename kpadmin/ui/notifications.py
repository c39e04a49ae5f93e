"""A desktop notification when a Kakao Pay approval ends while kpadmin is in the background.

The merchant starts an approval, tells the customer to approve on their
phone and switches to another program; the result may come minutes later.
:class:`Notifier` watches the open profile's
:class:`~kpadmin.ui.pending_approvals.PendingApprovals` and, when a flow
ends approved or failed (expired and request errors count as failed; a
cancel is the merchant's own doing and stays silent) while the window is not
the active one, shows a tray message (``QSystemTrayIcon.showMessage``) that
names the customer, the plan and the outcome, and brings the window back: it
is restored if minimised, raised with the flow's approval dialog on top and
activated. A window manager that refuses to hand over the focus (focus-stealing
prevention) gets ``QApplication.alert`` instead, which flashes the task-bar
entry. Where the desktop has no tray (some Wayland shells, the offscreen
platform of the tests) the message is skipped silently: the result is in the
window anyway.

The same goes for a renewal that failed while the window was in the
background (:meth:`Notifier.renewals_failed`, fed by the window's live
updates from Stripe's ``invoice.payment_failed`` Events): a warning that names
the customer; the window is not raised, the person may be busy elsewhere.

Tests observe :attr:`Notifier.notified`, the seam every message passes through.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon, QWidget

from kpadmin.redirect.approval import Kind, State
from kpadmin.ui.error_codes import code_sentence

# How long the tray icon stays after a message (it exists only to carry messages).
TRAY_LINGER_MS = 20_000

# Terminal states worth telling about, and whether they are good news.
_OUTCOMES = {State.APPROVED: True, State.FAILED: False, State.EXPIRED: False, State.ERROR: False}


class Notifier(QObject):
    """Tells the desktop about approvals that ended while the window was in the background.

    Args:
        window: the main window (foreground check, icon, raised on a click).

    Signals:
        notified(str, str, bool): a message was requested (title, body, good news).
    """

    notified = Signal(str, str, bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._approvals: Any = None
        self._tray: QSystemTrayIcon | None = None

    def watch(self, approvals: Any) -> None:
        """Follow ``approvals`` (a ``PendingApprovals``) instead of the previous profile's."""
        if self._approvals is not None:
            try:
                self._approvals.ended.disconnect(self._on_ended)
            except (RuntimeError, TypeError):  # already gone with its profile
                pass
        self._approvals = approvals
        if approvals is not None:
            approvals.ended.connect(self._on_ended)

    def in_background(self) -> bool:
        """Whether the user is looking elsewhere (another program, or minimised)."""
        w = self._window
        return not w.isVisible() or w.isMinimized() or not w.isActiveWindow()

    def _on_ended(self, flow: Any) -> None:
        good = _OUTCOMES.get(flow.status.state)
        if good is None or not self.in_background():
            return
        title, body = message_for(flow)
        self.notify(title, body, good)
        self.bring_back(flow)

    def renewals_failed(self, events: Sequence[Any]) -> None:
        """Tell about renewals that failed (``invoice.payment_failed`` Events) if in the background."""
        if not events or not self.in_background():
            return
        title = self.tr("Renewal payment failed")
        if len(events) == 1:
            who = events[0].label or events[0].customer_id or ""
            body = self.tr("%1: the renewal payment failed.").replace("%1", who)
        else:
            body = self.tr("Failed renewal payments: %1.").replace("%1", str(len(events)))
        self.notify(title, body, False)

    def notify(self, title: str, body: str, good: bool) -> None:
        """Show ``title``/``body`` on the desktop if it can; always emits :attr:`notified`."""
        self.notified.emit(title, body, good)
        tray = self._tray_icon()
        if tray is None:
            return
        icon = (
            QSystemTrayIcon.MessageIcon.Information if good else QSystemTrayIcon.MessageIcon.Warning
        )
        tray.show()
        tray.showMessage(title, body, icon, 10_000)
        QTimer.singleShot(TRAY_LINGER_MS, tray.hide)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self._tray.setToolTip("kpadmin")
            self._tray.messageClicked.connect(self._bring_back)
        return self._tray

    def _bring_back(self) -> None:
        self.bring_back(None)

    def bring_back(self, flow: Any) -> None:
        """Show the window again, with ``flow``'s approval dialog (if open) in front."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        for dialog in window.findChildren(QDialog, "approvalDialog"):
            if flow is not None and getattr(dialog, "flow", None) is flow and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
        QApplication.alert(window)  # flashes the task bar where the focus was not handed over


def message_for(flow: Any) -> tuple[str, str]:
    """The translated title and body for an ended flow."""

    state, label = flow.status.state, flow.label or flow.customer_id or ""
    if state is State.APPROVED:
        title = (
            QCoreApplication.translate("Notifier", "Kakao Pay wallet saved")
            if flow.kind is Kind.SETUP
            else QCoreApplication.translate("Notifier", "Kakao Pay payment approved")
        )
        body = (
            QCoreApplication.translate(
                "Notifier", "%1: the customer approved; the wallet is saved for later payments."
            )
            if flow.kind is Kind.SETUP
            else QCoreApplication.translate(
                "Notifier", "%1: the customer approved the payment in Kakao Pay."
            )
        )
        return title, body.replace("%1", label)
    title = (
        QCoreApplication.translate("Notifier", "Kakao Pay wallet not saved")
        if flow.kind is Kind.SETUP
        else QCoreApplication.translate("Notifier", "Kakao Pay payment not approved")
    )
    if state is State.EXPIRED:
        return title, QCoreApplication.translate(
            "Notifier", "%1: the customer did not approve in time; the link has expired."
        ).replace("%1", label)
    error = flow.status.error
    # The owner reads the code's sentence in their language; Stripe's English is the fallback.
    reason = ""
    if error is not None:
        reason = code_sentence(error.code, error.decline_code) or error.message
    if not reason and flow.status.gateway_error is not None:
        reason = QCoreApplication.translate("Notifier", "Stripe did not accept the request.")
    body = QCoreApplication.translate("Notifier", "%1: the approval failed.").replace("%1", label)
    return title, f"{body} {reason}".strip()
