"""What every support action dialog shares.

A support action is one write on Stripe that a support agent does while a
customer waits on the phone, so each dialog follows the same steps:

1. it says in plain words what will happen (:meth:`SupportDialog.describe`,
   shown live under the form as the agent changes it);
2. on Confirm it asks again in LIVE mode (``confirm_live``), then sends
   exactly one request with an idempotency key from :class:`ActionKey`: the
   key is kept while the payload is unchanged, so a retry after a network
   error replays instead of acting twice, and the Confirm button is disabled
   while the request runs, so a double click sends one write;
3. it shows the result (or Stripe's error with the request id) and emits
   :attr:`SupportDialog.completed` with the updated record, so the tab
   replaces that one row instead of reloading.

Subclasses build their form into :attr:`SupportDialog.form` and implement
:meth:`payload`, :meth:`describe`, :meth:`perform` and :meth:`result_text`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.confirm_live import confirm_live
from kpadmin.ui.errors import error_html
from kpadmin.ui.support.subject import PlanName, SubjectLabel, amount_of, plan_of
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.field_error import FieldError


class SupportDialog(QDialog):
    """Base of the action dialogs; non-modal to the app, opened with ``open()``.

    Args:
        context: the open profile (gateway, mode).
        title: the window title.
        intro: one or two sentences at the top: what this action is for.
        confirm_label: the text of the button that sends the write.
        key_factory: makes idempotency keys (tests may count them); the gateway's by default.
        plan_name: price -> the plan's name for people (the tab's lookups), for
            :meth:`name_subject`.
        dismiss_label: the text of the button that closes without writing ("Cancel"
            by default), when "Cancel" would read like the action itself.

    Signals:
        completed(object): the record the write returned (subscription, invoice, refund).

    Attributes:
        form: the layout subclasses add their fields to.
        subject: the first line: customer, plan and amount (:meth:`name_subject`).
        summary: the "what will happen" label, refreshed by :meth:`update_summary`.
        result_label: the label that shows the outcome.
    """

    completed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        *,
        title: str,
        intro: str,
        confirm_label: str,
        parent: QWidget | None = None,
        key_factory: Callable[[], str] | None = None,
        plan_name: PlanName | None = None,
        dismiss_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._title = title
        self.plan_name_of = plan_name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._context = context
        self.gateway = context.gateway
        self._key = ActionKey(key_factory)
        self._done = False
        self.tasks = TaskRunner(self, on_error=self.show_error)
        self.last_key = ""
        self._send_task: asyncio.Task[Any] | None = None

        self.subject = SubjectLabel(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary = QLabel(self)
        self.summary.setObjectName("supportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setFrameShape(QLabel.Shape.StyledPanel)
        self.summary.setMargin(6)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("supportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.error_label = FieldError(self)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(confirm_label, self)
        self.confirm_button.setDefault(False)
        self.confirm_button.setAutoDefault(False)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if dismiss_label:  # "Cancel" beside "Cancel subscription" reads as the same act
            self.close_button.setText(dismiss_label)
            # Without the style's Cancel icon: a red cross on "Keep subscription" says the opposite.
            self.close_button.setIcon(QIcon())
        self.confirm_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.intro)
        layout.addWidget(self.body)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- for subclasses -----------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._context

    def payload(self) -> Any:
        """What the write will send, hashable and comparable; None while the form is invalid.

        The idempotency key stays the same while this stays the same.
        """
        raise NotImplementedError

    def describe(self) -> str:
        """What will happen, in plain words (also the text of the LIVE confirmation)."""
        raise NotImplementedError

    async def perform(self, payload: Any, idempotency_key: str) -> Any:
        """Send the one write and return the record Stripe answered with."""
        raise NotImplementedError

    def result_text(self, record: Any) -> str:
        """What happened, once :meth:`perform` returned ``record``."""
        raise NotImplementedError

    def validation_error(self) -> str:
        """Why :meth:`payload` is None (shown when Confirm is pressed on an invalid form)."""
        return self.tr("Complete the form first.")

    def name_subject(
        self, sub: Subscription, *, amount: str | None = None, ids: tuple[str, ...] = ()
    ) -> None:
        """Name whose subscription this is, its plan and the amount, in the title and first line.

        For dialogs that move money or end something. The customer's name and
        email are read from Stripe now; until they arrive the id stands in.
        """
        self.subject.set_subject(
            customer_id=sub.customer_id,
            plan=plan_of(sub, self.plan_name_of),
            amount=amount_of(sub) if amount is None else amount,
            ids=ids or (sub.id,),
        )
        self._retitle()
        self.tasks.run(
            self._read_customer(sub.customer_id), key="subject", on_error=lambda _exc: None
        )  # the ids stay shown if it fails: the action does not depend on it

    def set_subject_amount(self, amount: str) -> None:
        """Replace the amount in the first line and title (known once something loaded)."""
        self.subject.set_amount(amount)
        self._retitle()

    async def _read_customer(self, customer_id: str) -> None:
        self.subject.set_customer(await self.gateway.customers.retrieve(customer_id))
        self._retitle()

    def _retitle(self) -> None:
        self.setWindowTitle(f"{self._title} — {self.subject.headline()}")

    # -- the shared steps ---------------------------------------------------------------

    def fit_content(self) -> None:
        """Grow to fit texts that arrived after the dialog was shown (never shrink)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height(), self.height())
        self.resize(width, height)

    def update_summary(self, *_args: object) -> None:
        """Refresh the "what will happen" text and whether Confirm can be pressed."""
        if self._done:
            return
        ready = self.payload() is not None
        self.summary.setText(self.describe() if ready else self.validation_error())
        self.confirm_button.setEnabled(ready and not self.sending)

    @property
    def sending(self) -> bool:
        """Whether the write is on its way (loads and previews do not count)."""
        return self._send_task is not None and not self._send_task.done()

    @property
    def carried_out(self) -> bool:
        """Whether the action was carried out (the dialog then only shows the result)."""
        return self._done

    def confirm(self) -> None:
        """Send the action once; a second press while it runs (or after it) does nothing."""
        if self._done or self.sending:
            return
        payload = self.payload()
        if payload is None:
            self.error_label.show_error(self.validation_error())
            return
        self.error_label.clear_error()
        key = self._key.key_for(payload)
        self._send_task = self.tasks.run(
            self._send(payload, key), busy=[self.confirm_button, self.body], key="send"
        )

    async def _send(self, payload: Any, key: str) -> None:
        text = self.describe()
        if not self.subject.isHidden():  # the LIVE question names the customer too
            text = f"{self.subject.headline()}\n\n{text}"
        if not await confirm_live(self, text, mode=self._context.mode):
            return
        self.last_key = key
        try:
            record = await self.perform(payload, key)
        except GatewayError as err:
            if not err.maybe_committed:
                # Refused for sure (a decline, a rule): Stripe would replay that answer for
                # this key, so a new attempt (the wallet was topped up...) needs a new key.
                self._key.reset()
            raise
        self._key.reset()
        self._finish(record)

    def _finish(self, record: Any) -> None:
        self._done = True
        self.result_label.setText(self.result_text(record))
        self.result_label.show()
        self.summary.hide()
        self.body.setEnabled(False)
        self.confirm_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.completed.emit(record)

    def show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
