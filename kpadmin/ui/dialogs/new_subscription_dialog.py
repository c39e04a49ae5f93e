"""New subscription: customer, KRW prices and quantities, optional trial, a Kakao Pay wallet.

The customer field lists the newest customers and finds any other as one types
(a :class:`~kpadmin.ui.widgets.search_picker.SearchPicker`); the customer chosen
is retrieved with their wallets (lists: :mod:`.subscription_choices`).

Creates the subscription charged off-session to the chosen wallet
(``default_payment_method``, ``off_session=true``) with one idempotency key
per action (:class:`~kpadmin.ui.widgets.action_key.ActionKey`): pressing
"Start subscription" again after a timeout replays the same request instead
of making a second subscription. Then:

- ``active`` / ``trialing``: said at once, :attr:`NewSubscriptionDialog.created` emitted;
- the first payment needs the customer (``incomplete``): a PaymentIntent
  waiting for approval goes straight to the approval dialog; a declined one
  shows Stripe's reason, what to do next, and "Ask the customer to approve…".

Only KRW prices can be paid with Kakao Pay, so other prices are listed but
cannot be picked, and the dialog says so up front.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain import kakao_pay
from kpadmin.domain.consent_terms import customer_language, subscription_terms
from kpadmin.domain.ids import kind_of
from kpadmin.redirect.approval import Kind
from kpadmin.stripe_api.records import Customer, PaymentMethod, Price
from kpadmin.stripe_api.records_kakao import SubscriptionStart
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.approval_dialog import ApprovalDialog
from kpadmin.ui.dialogs.kakao_texts import failure_html, payment_label
from kpadmin.ui.dialogs.subscription_choices import (
    fill_price_combo,
    fill_wallet_combo,
    load_choices,
)
from kpadmin.ui.errors import error_html
from kpadmin.ui.finders import customer_choice, find_customers
from kpadmin.ui.formatting import format_money
from kpadmin.ui.models.prices_model import per_interval_text
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.search_picker import SearchPicker
from kpadmin.ui.widgets.status_chip import status_text
from kpadmin.ui.widgets.terms_view import TermsView, cadence_of, ui_language

MAX_ROWS = 20


class NewSubscriptionDialog(QDialog):
    """Start a Kakao Pay subscription; non-modal, opened with ``open()``/``show()``.

    Signals:
        created(object): the new :class:`~kpadmin.stripe_api.records.Subscription`.
        approvalOpened(object): the :class:`ApprovalDialog` it handed over to.
        addWalletRequested(object): the customer has no wallet; the caller may start "Add Kakao Pay".
    """

    created = Signal(object)
    approvalOpened = Signal(object)
    addWalletRequested = Signal(object)

    def __init__(
        self, context: AppContext, customer: Customer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSubscriptionDialog")
        self.setWindowTitle(self.tr("New subscription"))
        self.setMinimumWidth(600)
        self.resize(660, 540)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._key = ActionKey()
        self._customers: dict[str, Customer] = {customer.id: customer} if customer else {}
        self._prices: list[Price] = []
        self._product_names: dict[str, str] = {}
        self._wallets: tuple[PaymentMethod, ...] = ()
        self._wallets_for: str | None = None  # the customer whose wallets are (being) listed
        self._result: SubscriptionStart | None = None
        self._build(customer)
        self._on_customer()  # the preselected customer's wallets
        self._tasks.run(self._load(), busy=[self.create_button], key="load")

    # -- layout -------------------------------------------------------------------------
    def _build(self, customer: Customer | None) -> None:
        self.krw_note = QLabel(
            self.tr(
                "Kakao Pay charges in Korean won only: prices in other "
                "currencies are listed but cannot be chosen."
            ),
            self,
        )
        self.krw_note.setWordWrap(True)
        gateway = self._context.gateway
        self.customer_combo = SearchPicker(
            self.tr("Choose a customer…"),
            lambda text: find_customers(gateway, text),
            accessible=self.tr("Customer"),
            placeholder=self.tr("Customer name or cus_…"),
            parent=self,
        )
        if customer is not None:
            self.customer_combo.offer_before_typing([customer_choice(customer)])
            self.customer_combo.choose(customer.id)
        # A choice from the list, Enter, or leaving the field: its wallets load.
        self.customer_combo.picked.connect(self._on_customer)
        self.customer_combo.currentIndexChanged.connect(lambda _i: self._on_customer())
        edit = self.customer_combo.lineEdit()
        assert edit is not None  # the picker is editable
        edit.editingFinished.connect(self._on_customer)
        edit.textEdited.connect(self._on_customer_typed)
        self.customer_combo.failed.connect(self._show_error)

        self.rows_grid = QGridLayout()
        self.price_combos: list[QComboBox] = []
        self.quantity_spins: list[QSpinBox] = []
        self.add_price_button = QPushButton(self.tr("Add another price"), self)
        self.add_price_button.clicked.connect(self.add_price_row)

        self.trial_check = QCheckBox(self.tr("Free trial"), self)
        self.trial_days = QSpinBox(self)
        self.trial_days.setRange(1, 730)
        self.trial_days.setValue(14)
        self.trial_days.setSuffix(self.tr(" days"))
        self.trial_days.setAccessibleName(self.tr("Trial length in days"))
        self.trial_days.setEnabled(False)
        self.trial_check.toggled.connect(self.trial_days.setEnabled)
        self.trial_check.toggled.connect(lambda _on: self._update_summary())
        self.trial_days.valueChanged.connect(lambda _v: self._update_summary())
        trial = QHBoxLayout()
        trial.addWidget(self.trial_check)
        trial.addWidget(self.trial_days)
        trial.addStretch(1)

        self.wallet_combo = QComboBox(self)
        self.wallet_combo.setAccessibleName(self.tr("Kakao Pay wallet"))
        self.wallet_note = QLabel(self)
        self.wallet_note.setWordWrap(True)
        self.wallet_note.hide()
        self.add_wallet_button = QPushButton(self.tr("Add Kakao Pay…"), self)
        self.add_wallet_button.clicked.connect(self._ask_add_wallet)
        self.add_wallet_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer_combo)
        form.addRow(self.tr("Prices"), self.rows_grid)
        form.addRow("", _left(self.add_price_button))
        form.addRow(self.tr("Trial"), trial)
        form.addRow(self.tr("Pay with"), self.wallet_combo)
        form.addRow("", self.wallet_note)
        form.addRow("", self.add_wallet_button)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("subscriptionTerms")
        # The terms in the customer's language (switchable), under the summary's heading.
        self.terms_view = TermsView(self)
        self.terms = self.terms_view.label
        self.result_label = QLabel(self)
        self.result_label.setObjectName("subscriptionResult")
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.error_label = FieldError(self)

        self.approve_button = QPushButton(self.tr("Resume payment…"), self)
        self.approve_button.setToolTip(
            self.tr("Ask the customer to approve the first payment in Kakao Pay")
        )
        self.approve_button.clicked.connect(self.ask_customer)
        self.approve_button.hide()
        self.create_button = QPushButton(self.tr("Start subscription"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_subscription)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.krw_note)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.terms_view)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.add_price_row()

    def add_price_row(self) -> None:
        """One more price + quantity row (up to :data:`MAX_ROWS`)."""
        if len(self.price_combos) >= MAX_ROWS:
            return
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Price %1").replace("%1", str(len(self.price_combos) + 1)))
        spin = QSpinBox(self)
        spin.setRange(1, 10000)
        spin.setAccessibleName(self.tr("Quantity"))
        spin.setPrefix("× ")
        row = len(self.price_combos)
        self.rows_grid.addWidget(combo, row, 0)
        self.rows_grid.addWidget(spin, row, 1)
        self.price_combos.append(combo)
        self.quantity_spins.append(spin)
        self._fill_price_combo(combo)
        combo.currentIndexChanged.connect(lambda _i: self._update_summary())
        spin.valueChanged.connect(lambda _v: self._update_summary())
        self._update_summary()

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> None:
        choices = await load_choices(self._context.gateway)
        self._product_names = choices.product_names
        self._prices = list(choices.prices)
        newest = {c.id: c for c in choices.customers}
        known = [c for c in self._customers.values() if c.id not in newest]  # preselected
        self._customers = {**newest, **self._customers}
        picker = self.customer_combo
        picker.offer_before_typing([customer_choice(c) for c in (*known, *newest.values())])
        if picker.state == "idle" and picker.chosen_id() is None and newest:
            picker.choose(choices.customers[0].id)  # nothing typed: the newest, as before
        for combo in self.price_combos:
            self._fill_price_combo(combo)

    def _fill_price_combo(self, combo: QComboBox) -> None:
        fill_price_combo(combo, self._prices, self._plan_name, first=combo is self.price_combos[0])
        self._update_summary()

    def _plan_name(self, price: Price) -> str:
        return price.nickname or self._product_names.get(price.product_id, price.product_id)

    def _chosen_customer(self) -> str | None:
        """The customer id the field names (a choice or a typed ``cus_…``), else None."""
        chosen = self.customer_combo.chosen_id()
        return chosen if chosen and kind_of(chosen) == "customer" else None

    def _on_customer_typed(self, _text: str) -> None:
        """Another name is being typed: the last customer's wallets leave the form at once."""
        if self._wallets_for is not None and self._chosen_customer() != self._wallets_for:
            self._tasks.cancel("wallets")
            self._wallets_for = None
            self._wallets = ()
            self.wallet_combo.clear()
            self.wallet_note.hide()
            self.add_wallet_button.hide()
            self._update_summary()

    def _on_customer(self) -> None:
        """Another customer is named: retrieve them and list their wallets."""
        customer_id = self._chosen_customer()
        if customer_id == self._wallets_for:
            return
        self._wallets_for = customer_id
        self._wallets = ()  # at once: no other customer's wallet can be used meanwhile
        self.wallet_combo.clear()
        self.wallet_note.hide()
        self.add_wallet_button.hide()
        self._update_summary()
        if customer_id is None:
            self._tasks.cancel("wallets")
            return
        self._tasks.run(
            self._wallets_of(customer_id),
            key="wallets",
            busy=[self.create_button],
            on_error=self._wallets_failed,
        )

    def _wallets_failed(self, exc: BaseException) -> None:
        self._wallets_for = None  # naming the customer again tries again
        self._show_error(exc)

    async def _wallets_of(self, customer_id: str) -> None:
        gateway = self._context.gateway
        customer, methods = await asyncio.gather(
            gateway.customers.retrieve(customer_id),
            gateway.customers.payment_methods.list_all(customer_id),
        )
        self._customers[customer.id] = customer
        self._wallets = tuple(m for m in methods if m.is_kakao_pay)
        fill_wallet_combo(self.wallet_combo, self._wallets, customer.default_payment_method_id)
        none = not self._wallets
        self.wallet_combo.setEnabled(not none)
        self.add_wallet_button.setVisible(none)
        self.wallet_note.setText(
            self.tr(
                "This customer has no saved Kakao Pay wallet yet. Save "
                "one first with “Add Kakao Pay”."
            )
            if none
            else ""
        )
        self.wallet_note.setVisible(none)
        self._update_summary()

    # -- reading the form ---------------------------------------------------------------
    def chosen_items(self) -> list[tuple[Price, int]]:
        out = []
        by_id = {p.id: p for p in self._prices}
        for combo, spin in zip(self.price_combos, self.quantity_spins):
            price = by_id.get(combo.currentData())
            if price is not None:
                out.append((price, spin.value()))
        return out

    def _problem(self) -> str:
        items = self.chosen_items()
        if self._chosen_customer() is None:
            return self.tr("Choose a customer.")
        if not items:
            return self.tr("Choose at least one KRW price.")
        if any(not kakao_pay.accepts_currency(p.currency) for p, _q in items):
            return self.tr("Kakao Pay can only pay prices in Korean won (KRW).")
        if len({(p.interval, p.interval_count or 1) for p, _q in items}) > 1:
            return self.tr("All prices of one subscription must bill at the same interval.")
        if len({p.id for p, _q in items}) < len(items):
            return self.tr("Each price can appear only once; raise its quantity instead.")
        if not self.wallet_combo.currentData():  # none, or still being listed
            return self.tr("Choose the customer's Kakao Pay wallet.")
        return ""

    def _update_summary(self) -> None:
        items = self.chosen_items()
        cadence = cadence_of(items[0][0]) if items else None
        if cadence is None or any(p.unit_amount is None for p, _q in items):
            self.summary.setText("")
            self.terms_view.set_terms(None)
            self.terms_view.hide()
            return
        total = sum((p.unit_amount or 0) * q for p, q in items)
        first = items[0][0]
        amount = format_money(total, first.currency)
        trial = self.trial_days.value() if self.trial_check.isChecked() else 0
        heading = html.escape(
            self.tr("%1 %2 — terms to give the customer:")
            .replace("%1", amount)
            .replace("%2", per_interval_text(first))
        )
        self.summary.setText(f"<b>{heading}</b>")
        customer = self._customers.get(self._chosen_customer() or "")
        locales = customer.preferred_locales if customer is not None else ()
        self.terms_view.set_language(customer_language(locales, ui_language()), default=True)
        self.terms_view.set_terms(
            lambda language: subscription_terms(language, amount, cadence, trial)
        )
        self.terms_view.show()

    # -- actions ------------------------------------------------------------------------
    def create_subscription(self) -> None:
        """Start the subscription (the same idempotency key while the form is unchanged)."""
        self.error_label.clear_error()
        self._on_customer()  # a customer typed but not looked up yet: their wallets first
        problem = self._problem()
        if problem:
            self.error_label.show_error(problem)
            return
        customer_id = str(self._chosen_customer())
        items = tuple((p.id, q) for p, q in self.chosen_items())
        wallet = str(self.wallet_combo.currentData())
        trial = self.trial_days.value() if self.trial_check.isChecked() else None
        key = self._key.key_for((customer_id, items, wallet, trial))
        self._tasks.run(
            self._create(customer_id, items, wallet, trial, key),
            key="create",
            busy=[self.create_button],
        )

    async def _create(
        self,
        customer_id: str,
        items: tuple[tuple[str, int], ...],
        wallet: str,
        trial: int | None,
        key: str,
    ) -> None:
        start = await self._context.gateway.subscriptions.create(
            customer_id,
            items,
            default_payment_method=wallet,
            trial_period_days=trial,
            idempotency_key=key,
        )
        self._result = start
        self._key.reset()
        sub = start.subscription
        self.create_button.hide()
        self._freeze_form()
        self.created.emit(sub)
        self.result_label.show()
        if sub.status in ("active", "trialing"):
            self.result_label.setText(
                "<b>"
                + html.escape(
                    self.tr("Subscription %1 is %2.")
                    .replace("%1", sub.id)
                    .replace("%2", status_text(sub.status))
                )
                + "</b>"
            )
            return
        pi = start.payment_intent
        if start.needs_customer and pi is not None and pi.status == "requires_action":
            self.result_label.setText(
                html.escape(
                    self.tr(
                        "Subscription %1 waits for the customer to approve the first payment."
                    ).replace("%1", sub.id)
                )
            )
            self.ask_customer()
            return
        headline = self.tr(
            "Subscription %1 is incomplete: the first payment did not go through."
        ).replace("%1", sub.id)
        failure = failure_html(pi.last_error if pi is not None else None, setup=False)
        self.result_label.setText(f"<b>{html.escape(headline)}</b><br>{failure}")
        self.approve_button.setVisible(start.needs_customer)

    def _freeze_form(self) -> None:
        """The subscription exists: the form is history, the result takes the terms' place."""
        for widget in (
            self.customer_combo,
            self.add_price_button,
            self.trial_check,
            self.trial_days,
            self.wallet_combo,
            *self.price_combos,
            *self.quantity_spins,
        ):
            widget.setEnabled(False)
        self.summary.hide()
        self.terms_view.hide()

    def ask_customer(self) -> ApprovalDialog | None:
        """Hand the first payment over to the approval dialog."""
        start = self._result
        if start is None or start.payment_intent is None:
            return None
        sub, pi = start.subscription, start.payment_intent
        customer = self._customers.get(sub.customer_id)
        total = sub.total
        amount = format_money(pi.amount, pi.currency)
        cadence = cadence_of(sub.items[0].price) if sub.items else None
        dialog = ApprovalDialog(
            self._context,
            kind=Kind.PAYMENT,
            customer_id=sub.customer_id,
            customer_label=payment_label(
                (customer.name or customer.email or customer.id) if customer else sub.customer_id,
                self._plan_name(sub.items[0].price) if sub.items else "",
            ),
            payment=(
                pi.id,
                sub.id,
                sub.default_payment_method_id,
                format_money(total.amount, total.currency) if total else amount,
                cadence,
            ),
            customer_locales=customer.preferred_locales if customer else None,
            parent=self.parentWidget(),
        )
        dialog.show()
        self.approvalOpened.emit(dialog)
        self.accept()
        return dialog

    def _ask_add_wallet(self) -> None:
        customer = self._customers.get(self._chosen_customer() or "")
        if customer is not None:
            self.addWalletRequested.emit(customer)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
