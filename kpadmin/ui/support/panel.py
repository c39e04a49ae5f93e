"""The support actions of the selected subscription: buttons for the detail pane, a context menu.

One :class:`SupportActions` per Subscriptions tab. It knows the selected
subscription, enables each action's button as :mod:`actions` allows (a
disabled button's tooltip says why), opens the action's dialog, and when a
dialog completes it fetches the subscription again and emits
:attr:`SupportActions.subscriptionChanged`, so the tab replaces that one row
and the detail pane (never the whole list).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QMenu, QPushButton, QWidget

from kpadmin.stripe_api.records import Price, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.support import actions as rules
from kpadmin.ui.support.actions import availability, reason_text
from kpadmin.ui.support.pause_dialog import RESUME, UNPAUSE, mode_for

# Buttons per row: three keep the detail pane narrow enough for the list beside it.
COLUMNS = 3


class SupportActions(QWidget):
    """Action buttons for one subscription at a time.

    Args:
        plan_name: price -> a name for people (the tab's lookups), for the change-plan dialog.
        customer_name: customer id -> a name, when known.

    Signals:
        subscriptionChanged(object): the subscription as Stripe has it after an action.
        failed(object): refreshing after an action failed (the tab shows the error).

    Attributes:
        dialog: the action dialog opened last (tests drive it).
    """

    subscriptionChanged = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        plan_name: Callable[[Price], str] | None = None,
        customer_name: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportActions")
        self._context = context
        self._plan_name = plan_name
        self._customer_name = customer_name or (lambda cid: "")
        self._sub: Subscription | None = None
        self._tasks = TaskRunner(self, on_error=self.failed.emit)
        self.dialog: QWidget | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._leading: list[QPushButton] = []  # the tab's own actions, shown first
        texts = self._texts()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for action in rules.ALL:
            button = QPushButton(texts[action], self)
            button.setObjectName(f"support_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.open(a))
            self.buttons[action] = button
        self._place()
        self.set_subscription(None)

    def add_leading(self, button: QPushButton) -> None:
        """Show ``button`` (an action of the tab, e.g. "Resume payment…") first among these.

        Everything done to the selected subscription sits in one place; the tab
        keeps enabling the button itself.
        """
        button.setParent(self)
        self._leading.append(button)
        self._place()

    def _place(self) -> None:
        for i, button in enumerate([*self._leading, *self.buttons.values()]):
            self._grid.addWidget(button, i // COLUMNS, i % COLUMNS)

    def _texts(self) -> dict[str, str]:
        return {
            rules.CANCEL: self.tr("Cancel…"),
            rules.PAUSE: self.tr("Pause payments…"),
            rules.CHANGE_PLAN: self.tr("Change plan…"),
            rules.TRIAL: self.tr("Trial…"),
            rules.PAYMENT_METHOD: self.tr("Payment method…"),
            rules.INVOICE: self.tr("Failed payment…"),
            rules.REFUND: self.tr("Refund…"),
            rules.INVOICES: self.tr("Invoices…"),
        }

    @property
    def subscription(self) -> Subscription | None:
        return self._sub

    def set_subscription(self, sub: Subscription | None) -> None:
        """Show the actions ``sub`` allows (None: all disabled)."""
        self._sub = sub
        texts = self._texts()
        if sub is not None and mode_for(sub) in (RESUME, UNPAUSE):
            texts[rules.PAUSE] = self.tr("Resume payments…")
        if sub is not None and sub.cancel_at_period_end:
            texts[rules.CANCEL] = self.tr("Cancellation…")
        for action, button in self.buttons.items():
            verdict = availability(sub, action)
            button.setText(texts[action])
            button.setEnabled(verdict.allowed)
            button.setToolTip("" if verdict.allowed else reason_text(verdict.reason))

    def fill_menu(self, menu: QMenu) -> list[QAction]:
        """Add the actions to a context menu, enabled as the buttons are."""
        added = []
        for leading in self._leading:
            item = menu.addAction(leading.text(), leading.click)
            item.setEnabled(leading.isEnabled())
            added.append(item)
        for action, button in self.buttons.items():
            item = menu.addAction(button.text(), partial(self.open, action))
            item.setEnabled(button.isEnabled())
            item.setToolTip(button.toolTip())
            added.append(item)
        menu.setToolTipsVisible(True)
        return added

    def open(self, action: str) -> QWidget | None:
        """Open ``action``'s dialog for the current subscription (if the action applies)."""
        sub = self._sub
        if sub is None or not availability(sub, action).allowed:
            return None
        dialog = self._make(action, sub)
        if hasattr(dialog, "completed"):
            dialog.completed.connect(lambda record, s=sub: self._after(s, record))
        else:
            dialog.invoiceChanged.connect(lambda record, s=sub: self._after(s, record))
        dialog.open()
        self.dialog = dialog
        shown: QWidget = dialog
        return shown

    def _make(self, action: str, sub: Subscription) -> Any:
        # Imported here: each dialog module is needed only once its button is pressed.
        parent, ctx = self.window(), self._context
        if action == rules.CANCEL:
            from kpadmin.ui.support.cancel_dialog import CancelDialog

            return CancelDialog(ctx, sub, parent, plan_name=self._plan_name)
        if action == rules.PAUSE:
            from kpadmin.ui.support.pause_dialog import PauseDialog

            return PauseDialog(ctx, sub, parent)
        if action == rules.CHANGE_PLAN:
            from kpadmin.ui.support.change_plan_dialog import ChangePlanDialog

            return ChangePlanDialog(ctx, sub, parent, plan_name=self._plan_name)
        if action == rules.TRIAL:
            from kpadmin.ui.support.trial_dialog import TrialDialog

            return TrialDialog(ctx, sub, parent)
        if action == rules.PAYMENT_METHOD:
            from kpadmin.ui.support.payment_method_dialog import PaymentMethodDialog

            return PaymentMethodDialog(
                ctx, sub, parent, customer_label=self._customer_name(sub.customer_id)
            )
        if action == rules.INVOICE:
            from kpadmin.ui.support.invoice_actions import InvoiceActionsDialog

            assert sub.latest_invoice is not None
            return InvoiceActionsDialog(
                ctx, sub.latest_invoice, parent, sub=sub, plan_name=self._plan_name
            )
        if action == rules.REFUND:
            from kpadmin.ui.support.refund_dialog import RefundDialog

            return RefundDialog(ctx, sub, parent, plan_name=self._plan_name)
        from kpadmin.ui.support.invoices import InvoicesDialog

        return InvoicesDialog(ctx, sub.customer_id, sub, parent)

    def _after(self, sub: Subscription, record: object) -> None:
        """An action completed: read the subscription again (with its latest invoice)."""
        self._tasks.run(self._refresh(sub.id), key=f"refresh:{sub.id}")

    async def _refresh(self, subscription_id: str) -> None:
        fresh = await self._context.gateway.subscriptions.retrieve(subscription_id)
        if self._sub is not None and self._sub.id == fresh.id:
            self.set_subscription(fresh)
        self.subscriptionChanged.emit(fresh)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
