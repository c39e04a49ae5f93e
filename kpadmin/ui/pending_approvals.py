"""The Kakao Pay approvals running for one open profile, so a closed dialog can be found again.

A merchant starts "Add Kakao Pay", tells the customer to approve on their
phone, closes the dialog and goes on working. The flow keeps waiting here
(its task belongs to this registry, not to the dialog), the customer's
detail pane shows "waiting for approval" from :meth:`PendingApprovals.for_customer`,
and opening it again shows the same flow in a new dialog. A flow leaves the
registry when it ends; observers hear about every change through
:attr:`PendingApprovals.changed`.

One registry per :class:`~kpadmin.ui.context.AppContext` (``context.approvals``):
switching profile or closing the window calls :meth:`shutdown`, which stops
every flow before the gateway is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kpadmin.redirect.approval import ApprovalFlow, ApprovalGateway, ApprovalStatus, Kind
from kpadmin.redirect.listener import ReturnPage
from kpadmin.settings import Keys, Settings
from kpadmin.ui.async_tasks import TaskRunner


def return_page() -> ReturnPage:
    """The translated page the buyer's browser sees on the loopback return_url."""
    return ReturnPage(
        title=QCoreApplication.translate("PendingApprovals", "Kakao Pay — done"),
        heading=QCoreApplication.translate("PendingApprovals", "Done. You can close this tab."),
        body=QCoreApplication.translate(
            "PendingApprovals",
            "kpadmin has been told. The result is shown in kpadmin once Stripe confirms it.",
        ),
        lang=QCoreApplication.translate("PendingApprovals", "en"),
    )


class PendingApprovals(QObject):
    """Running approval flows of one profile, by customer and subscription.

    Args:
        gateway: the profile's gateway (what the flows call).
        settings: for the custom return page setting.

    Signals:
        changed(object): a flow started, changed state or ended (the flow).
        ended(object): a flow reached a terminal state (the flow).

    Attributes:
        delays: factory of polling schedules (tests pass a fast one); None: the default.
        max_wait: seconds a flow waits before it counts as expired.
    """

    changed = Signal(object)
    ended = Signal(object)

    def __init__(
        self, gateway: ApprovalGateway, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._settings = settings
        self._tasks = TaskRunner(self)
        self._flows: dict[str, ApprovalFlow] = {}
        self.dialogs: dict[str, QObject] = {}
        self.delays: Callable[[], Iterator[float]] | None = None
        self.max_wait: float | None = 3600.0

    def custom_return_url(self) -> str:
        """The merchant's own https return page, or "" for the loopback listener."""
        url = self._settings.get(Keys.CUSTOM_RETURN_URL).strip()
        return url if url.lower().startswith("https://") else ""

    # -- starting -----------------------------------------------------------------------
    def start_setup(
        self, customer_id: str, label: str = "", *, terms_language: str = ""
    ) -> ApprovalFlow:
        """Start saving a Kakao Pay wallet for ``customer_id`` (consent already recorded).

        ``terms_language``: the language the consent terms were shown in, for the audit log.
        """
        return self._start(
            ApprovalFlow(
                self._gateway,
                Kind.SETUP,
                customer_id=customer_id,
                label=label,
                terms_language=terms_language,
                **self._options(),
            )
        )

    def start_payment(
        self,
        payment_intent_id: str,
        *,
        customer_id: str | None,
        subscription_id: str | None,
        payment_method_id: str | None,
        label: str = "",
        terms_language: str = "",
    ) -> ApprovalFlow:
        """Start confirming a subscription's first PaymentIntent with Kakao Pay."""
        return self._start(
            ApprovalFlow(
                self._gateway,
                Kind.PAYMENT,
                payment_intent_id=payment_intent_id,
                customer_id=customer_id,
                subscription_id=subscription_id,
                payment_method_id=payment_method_id,
                label=label,
                terms_language=terms_language,
                **self._options(),
            )
        )

    def _options(self) -> dict[str, Any]:
        return {
            "return_page": return_page(),
            "custom_return_url": self.custom_return_url(),
            "delays": self.delays() if self.delays is not None else None,
            "max_wait": self.max_wait,
        }

    def _start(self, flow: ApprovalFlow) -> ApprovalFlow:
        self._flows[flow.id] = flow

        def on_status(_status: ApprovalStatus) -> None:
            self._on_status(flow)

        def on_end(_result: object) -> None:
            self._finish(flow)

        flow.subscribe(on_status)
        self._tasks.run(flow.run(), key=flow.id, on_success=on_end, on_error=on_end)
        self.changed.emit(flow)
        return flow

    def _on_status(self, flow: ApprovalFlow) -> None:
        self.changed.emit(flow)
        if flow.done:
            # Let the observers of this very change run first, then drop the flow.
            QTimer.singleShot(0, lambda: self._finish(flow))

    def _finish(self, flow: ApprovalFlow) -> None:
        if self._flows.pop(flow.id, None) is not None:
            self.ended.emit(flow)
            self.changed.emit(flow)

    # -- finding ------------------------------------------------------------------------
    def flows(self) -> tuple[ApprovalFlow, ...]:
        return tuple(self._flows.values())

    def for_customer(self, customer_id: str) -> tuple[ApprovalFlow, ...]:
        return tuple(f for f in self._flows.values() if f.customer_id == customer_id)

    def for_subscription(self, subscription_id: str) -> ApprovalFlow | None:
        return next((f for f in self._flows.values() if f.subscription_id == subscription_id), None)

    # -- stopping -----------------------------------------------------------------------
    def cancel(
        self,
        flow: ApprovalFlow,
        on_done: Callable[[ApprovalStatus], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Cancel ``flow`` (its SetupIntent at Stripe, too); its run task ends by itself."""
        self._tasks.run(
            flow.cancel(), key="cancel-" + flow.id, on_success=on_done, on_error=on_error
        )

    def shutdown(self) -> None:
        """Stop waiting for every flow (profile switch, window close); nothing is sent."""
        self._tasks.cancel_all()
        self._flows.clear()
        for dialog in list(self.dialogs.values()):
            close = getattr(dialog, "close", None)
            if close is not None:
                close()
        self.dialogs.clear()
