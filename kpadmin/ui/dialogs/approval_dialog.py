"""The Kakao Pay approval dialog: consent terms, the link (browser, copy, QR) and the result.

Two steps. First the merchant reads the terms Korean subscription rules
expect them to give the buyer and confirms the buyer agreed; that is the
consent kpadmin records as the mandate's acceptance (docs/KAKAO_PAY.md).
The terms open in the customer's language (their ``preferred_locales``,
read from Stripe when the caller does not know them; else the UI's) with a
switch to another; the language shown when the merchant confirmed goes
with the request into the audit log.
Then the dialog starts the flow in the profile's
:class:`~kpadmin.ui.pending_approvals.PendingApprovals` and follows it:
waiting (with the link opened in the system browser, copyable and as a QR
code for the buyer's phone), then approved, failed with Stripe's reason,
expired or cancelled. The flow belongs to the registry, not to the dialog:
closing the dialog only stops showing it; :func:`show_flow` finds it again.
While it waits, "Message for the customer…" opens the link with a ready
message in the customer's language (:mod:`kpadmin.ui.dialogs.customer_messages`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain import consent_terms
from kpadmin.domain.consent_terms import Cadence, Terms
from kpadmin.redirect import links
from kpadmin.redirect.approval import ApprovalFlow, ApprovalStatus, Kind, State
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.kakao_texts import (
    failure_html,
    refusal_text,
    refused_link_advice,
)
from kpadmin.ui.errors import error_html
from kpadmin.ui.widgets.approval_link import NO_LINK, ApprovalLinkBox
from kpadmin.ui.widgets.consent_box import ConsentBox
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.status_chip import status_text

# What a payment approval is about: ``(payment_intent_id, subscription_id,
# payment_method_id, amount_text, cadence)``; the cadence is None for a payment made once.
Payment = tuple[str, str | None, str | None, str, Cadence | None]


class ApprovalDialog(QDialog):
    """Follows one approval; non-modal, opened with ``show()``/``open()``.

    Args:
        context: the open profile.
        flow: an existing flow to show, or None to start one after consent.
        kind: what a new flow does (ignored when ``flow`` is given).
        customer_id, customer_label: whose wallet (setup) or payment.
        payment: for :attr:`Kind.PAYMENT`: a :data:`Payment`.
        customer_locales: the customer's ``preferred_locales``; None when the
            caller did not read the customer (the dialog then does).
        first_payment: for a payment, whether it is the subscription's first
            ("First payment of …") or a later one, a renewal ("Payment of …").

    Signals:
        flowStarted(object): the new flow, once consent was given.
        flowEnded(object): the flow reached a terminal state (tabs refresh).
    """

    flowStarted = Signal(object)
    flowEnded = Signal(object)

    def __init__(
        self,
        context: AppContext,
        flow: ApprovalFlow | None = None,
        *,
        kind: Kind = Kind.SETUP,
        customer_id: str | None = None,
        customer_label: str = "",
        payment: Payment | None = None,
        customer_locales: tuple[str, ...] | None = None,
        first_payment: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._flow: ApprovalFlow | None = None
        self._ended = False
        self._kind = flow.kind if flow is not None else kind
        self._customer_id = flow.customer_id if flow is not None else customer_id
        self._payment = payment
        self._first_payment = first_payment
        self._locales = customer_locales
        self._label = flow.label if flow is not None else customer_label
        title = self.tr("Kakao Pay approval")
        self.setWindowTitle(f"{title} — {self._label}" if self._label else title)
        self.setMinimumWidth(560)
        self.resize(640, 560)
        self._build()
        if flow is not None:
            self._attach(flow)
        else:
            self._show_consent()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        if self._kind is Kind.SETUP:
            text = self.tr("Save Kakao Pay for %1").replace("%1", html.escape(self._label))
        elif self._first_payment:
            text = self.tr("First payment of %1").replace("%1", html.escape(self._label))
        else:  # a renewal or a change of plan the customer must approve again
            text = self.tr("Payment of %1").replace("%1", html.escape(self._label))
        self.title.setText(f"<h3>{text}</h3>")

        self.terms_box = ConsentBox(self._terms, self)
        # Its parts, for tests and accessibility checks that look for them here.
        self.terms_view, self.terms = self.terms_box.terms_view, self.terms_box.terms
        self.consent, self.start_button = self.terms_box.consent, self.terms_box.start_button
        self.show_terms_button = self.terms_box.show_terms_button
        self.start_button.clicked.connect(self.start)

        self.state_label = QLabel(self)
        self.state_label.setObjectName("approvalState")
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label.setAccessibleName(self.tr("Approval status"))
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = FieldError(self)

        self.link_box = ApprovalLinkBox(self)
        self.link_box.open_button.clicked.connect(self.open_in_browser)
        self.link_box.checkRequested.connect(self._check_now)
        self.link_box.messageRequested.connect(self.message_customer)
        self.message: QWidget | None = None
        # The box's parts, for tests and accessibility checks that look for them here.
        self.link_edit, self.qr = self.link_box.link_edit, self.link_box.qr
        self.open_button, self.copy_button = self.link_box.open_button, self.link_box.copy_button
        self.check_button = self.link_box.check_button

        self.cancel_button = QPushButton(self.tr("Cancel request"), self)
        self.cancel_button.setToolTip(self.tr("Withdraw the request: the link stops working"))
        self.cancel_button.clicked.connect(self.cancel_request)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(
            self.tr(
                "Close this window; the request keeps waiting and "
                "can be found again on the customer"
            )
        )
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.terms_box)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.link_box)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # -- consent ------------------------------------------------------------------------
    def _terms(self, language: str) -> Terms:
        if self._kind is Kind.SETUP or self._payment is None:
            return consent_terms.setup_terms(language)
        return consent_terms.payment_terms(language, self._payment[3], self._payment[4])

    def _show_consent(self) -> None:
        if self._locales is not None or not self._customer_id:
            self.terms_box.set_customer_locales(self._locales)
        else:
            self.terms_box.wait_for_language()
            self._tasks.run(
                self._read_language(self._customer_id),
                key="language",
                on_error=lambda _exc: self.terms_box.set_customer_locales(None),
            )  # unknown, the UI's language stays: the agent can still switch
        self.state_label.hide()
        self.detail_label.hide()
        self.link_box.hide()
        self.cancel_button.hide()

    async def _read_language(self, customer_id: str) -> None:
        customer = await self._context.gateway.customers.retrieve(customer_id)
        self.terms_box.set_customer_locales(customer.preferred_locales)

    @property
    def flow(self) -> ApprovalFlow | None:
        return self._flow

    @property
    def terms_language(self) -> str:
        """The language the terms are shown in ("ko", "ja", "en")."""
        return self.terms_box.language

    def start(self) -> None:
        """Consent given: start the flow in the registry and follow it."""
        if self._flow is not None or not self.consent.isChecked():
            return
        registry = self._context.approvals
        if self._kind is Kind.SETUP:
            assert self._customer_id is not None
            flow = registry.start_setup(
                self._customer_id, self._label, terms_language=self.terms_language
            )
        else:
            assert self._payment is not None
            pi_id, sub_id, pm_id, _amount, _interval = self._payment
            flow = registry.start_payment(
                pi_id,
                customer_id=self._customer_id,
                subscription_id=sub_id,
                payment_method_id=pm_id,
                label=self._label,
                terms_language=self.terms_language,
            )
        self._attach(flow)
        self.flowStarted.emit(flow)

    # -- following ----------------------------------------------------------------------
    def _attach(self, flow: ApprovalFlow) -> None:
        self._flow = flow
        self._context.approvals.dialogs[flow.id] = self
        self._tasks.cancel("language")
        # The terms were given; keep them one click away so the link and QR code fit.
        self.terms_box.given(flow.terms_language or self.terms_language)
        if self._kind is Kind.PAYMENT and self._payment is None:
            self.terms_box.hide()
        self.state_label.show()
        flow.subscribe(self._on_status)
        self._on_status(flow.status)

    def _on_status(self, status: ApprovalStatus) -> None:
        try:
            self._render(status)
        except RuntimeError:  # the dialog's C++ side is gone; the flow lives on
            if self._flow is not None:
                self._flow.unsubscribe(self._on_status)

    def _render(self, status: ApprovalStatus) -> None:
        state = status.state
        waiting = state in (State.STARTING, State.WAITING)
        self.state_label.setText(f"<b>{html.escape(self._state_text(status))}</b>")
        self.detail_label.setText(self._detail_html(status))
        self.detail_label.setVisible(bool(self.detail_label.text()))
        if status.gateway_error is not None:
            self.error_label.show_error(error_html(status.gateway_error), rich=True)
        else:
            self.error_label.clear_error()
        raw = status.url if state is State.WAITING else ""
        self.link_box.set_link(self._check_link(raw) if raw else NO_LINK)
        link = self.link_box.link.url  # the checked serialisation, or "" when refused
        self.cancel_button.setVisible(waiting)
        self.cancel_button.setEnabled(waiting)
        if raw and not link:
            self._show_refusal()
        if link and self._flow is not None and not self._flow.browser_opened:
            self._flow.browser_opened = True
            self.open_in_browser()
        if state.terminal:
            self._finished(status)

    def _state_text(self, status: ApprovalStatus) -> str:
        setup = self._kind is Kind.SETUP
        texts = {
            State.STARTING: self.tr("Sending the request to Stripe…"),
            State.WAITING: self.tr("Waiting for the customer to approve in Kakao Pay…"),
            State.APPROVED: self.tr("Approved: the Kakao Pay wallet is saved on the customer.")
            if setup
            else self.tr("Paid: the customer approved the first payment."),
            State.FAILED: self.tr("Not approved.")
            if setup
            else self.tr("The payment did not go through."),
            State.EXPIRED: self.tr("Expired: the approval link no longer works."),
            State.CANCELLED: self.tr(
                "Cancelled: the request was withdrawn and the link no longer works."
            )
            if setup
            else self.tr("Stopped waiting for this payment."),
            State.ERROR: self.tr("The request could not be sent."),
        }
        return texts[status.state]

    def _detail_html(self, status: ApprovalStatus) -> str:
        state, setup = status.state, self._kind is Kind.SETUP
        esc = html.escape
        if state is State.WAITING:
            text = self.tr(
                "kpadmin asks Stripe every few seconds: the result appears here "
                "as soon as Stripe reports it, even if the customer approves on "
                "another device."
            )
            if status.checks:
                text += " " + self.tr("(Checked %n time(s).)", "", status.checks)
            return esc(text)
        if state is State.APPROVED and setup:
            return esc(self.tr("Wallet: %1").replace("%1", status.payment_method_id or ""))
        if state is State.FAILED:
            return failure_html(status.error, setup)
        if state is State.EXPIRED:
            return esc(self.tr("Start a new request if the customer still wants to approve."))
        if state is State.CANCELLED and not setup:
            return esc(
                self.tr(
                    "The subscription stays incomplete. Use “Resume payment” to ask "
                    "the customer again; Stripe expires it after about 23 hours."
                )
            )
        return ""

    def _finished(self, status: ApprovalStatus) -> None:
        flow = self._flow
        if flow is None or self._ended:
            return
        self._ended = True
        self._tasks.cancel("subscription")
        if status.state is State.APPROVED and flow.kind is Kind.PAYMENT and flow.subscription_id:
            self._tasks.run(self._show_subscription(flow.subscription_id), key="subscription")
        self.flowEnded.emit(flow)

    async def _show_subscription(self, subscription_id: str) -> None:
        sub = await self._context.gateway.subscriptions.retrieve(subscription_id)
        self.detail_label.setText(
            html.escape(
                self.tr("Subscription %1 is now: %2")
                .replace("%1", sub.id)
                .replace("%2", status_text(sub.status))
            )
        )
        self.detail_label.show()

    # -- actions ------------------------------------------------------------------------
    def _show_refusal(self) -> None:
        """Say why the link is not shown and what to do (refused, or none yet)."""
        link = self.link_box.link
        text = refusal_text(link)
        if link.reason != links.EMPTY:
            text = f"{text} {refused_link_advice()}"
        self.error_label.show_error(text)

    def _check_link(self, raw: str) -> links.LinkCheck:
        """The one check of the approval link (see :mod:`kpadmin.redirect.links`)."""
        sandbox = self._context.profile.api_base if self._context.mode == "sandbox" else None
        return links.check_link(raw, hosts=links.APPROVAL_HOSTS, sandbox_origin=sandbox)

    def open_in_browser(self) -> None:
        """Hand the checked link to the system browser; a refused link is never opened."""
        verdict = self.link_box.open_link()
        if not verdict.ok:
            self._show_refusal()
            return
        if verdict.reason == "failed":
            self.error_label.show_error(
                self.tr(
                    "No browser could be opened. Copy the link "
                    "or let the customer scan the QR code."
                )
            )

    def copy_link(self) -> None:
        """Copy the checked link; a refused link is never put on the clipboard."""
        self.link_box.copy_link()

    def message_customer(self) -> None:
        """Open the checked link with a message around it, for the agent to send."""
        if self._flow is None or not self.link_box.link.ok:
            return
        self._tasks.run(
            self._message_customer(self._flow),
            key="message",
            busy=[self.link_box.message_button],
        )

    async def _message_customer(self, flow: ApprovalFlow) -> None:
        from kpadmin.ui.dialogs.customer_messages import open_approval_message

        self.message = await open_approval_message(self._context, flow, self.link_box.link, self)

    def _check_now(self) -> None:
        if self._flow is not None:
            self._flow.check_now()

    def cancel_request(self) -> None:
        """Withdraw the request (the SetupIntent is cancelled at Stripe)."""
        if self._flow is None or self._flow.done:
            return
        self.cancel_button.setEnabled(False)
        self._context.approvals.cancel(self._flow, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._flow is not None:
            self._flow.unsubscribe(self._on_status)
            if self._context.approvals.dialogs.get(self._flow.id) is self:
                del self._context.approvals.dialogs[self._flow.id]
        self._tasks.cancel_all()
        super().closeEvent(event)


def show_flow(context: AppContext, flow: ApprovalFlow, parent: QWidget | None) -> ApprovalDialog:
    """Raise the flow's open dialog, or open a new one showing it."""
    existing = context.approvals.dialogs.get(flow.id)
    if isinstance(existing, ApprovalDialog):
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = ApprovalDialog(context, flow, parent=parent)
    dialog.show()
    return dialog


def start_wallet_setup(
    context: AppContext,
    customer_id: str,
    customer_label: str,
    parent: QWidget | None,
    *,
    customer_locales: tuple[str, ...] | None = None,
) -> ApprovalDialog:
    """ "Add Kakao Pay": the consent step of a new setup (or the running one, if any).

    ``customer_locales``: the customer's ``preferred_locales`` when the caller has them.
    """
    running = [f for f in context.approvals.for_customer(customer_id) if f.kind is Kind.SETUP]
    if running:
        return show_flow(context, running[0], parent)
    dialog = ApprovalDialog(
        context,
        kind=Kind.SETUP,
        customer_id=customer_id,
        customer_label=customer_label,
        customer_locales=customer_locales,
        parent=parent,
    )
    dialog.show()
    return dialog
