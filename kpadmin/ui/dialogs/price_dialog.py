"""Create a price, or edit the few fields Stripe lets a price change.

Stripe never changes a price's amount, currency or billing interval: a new
price must be created (and the old one archived; subscriptions keep it). In
edit mode those fields are shown read-only with that explanation and a
"Create a new price" button that asks the owner (the tab) to open a create
dialog prefilled from this price; nickname, lookup key, metadata and
"active" stay editable.

The amount is typed the way the currency is written (``₩100,000``,
``$10.00``) and parsed by :func:`kpadmin.domain.money.parse_amount`; a
refused amount is explained next to the field and nothing is sent.

A new price can be made the product's default in the same step ("Make this the
default price", checked when the product has none yet, as for its first price):
Stripe never does that by itself, and a product without a default price shows
none in Checkout, the Dashboard or the products list.

Signals:
    saved(object): the :class:`~kpadmin.stripe_api.records.Price` Stripe returned.
    defaultPriceSet(object): the :class:`~kpadmin.stripe_api.records.Product` whose
        default price is now the new price (emitted before ``saved``).
    newPriceRequested(object): edit mode, "Create a new price" pressed; carries this Price.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain import kakao_pay, money
from kpadmin.domain.validation import price_problems
from kpadmin.stripe_api.records import Price, PriceDraft, Product
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.errors import error_html, field_for
from kpadmin.ui.formatting import format_money
from kpadmin.ui.validation_text import problem_text
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.amount_edit import AmountEdit
from kpadmin.ui.widgets.billing_picker import BillingPicker
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.metadata_editor import MetadataEditor
from kpadmin.ui.widgets.save_buttons import save_cancel_buttons

if TYPE_CHECKING:  # the SDK loads with the first request, not with the window
    from kpadmin.stripe_api import StripeGateway

TAX_BEHAVIORS = ("unspecified", "inclusive", "exclusive")
MAX_LOOKUP_KEY = 200

# Stripe's error params that belong to a field of this form.
_PARAM_FIELDS = {
    "unit_amount": "amount",
    "currency": "amount",
    "recurring": "billing",
    "lookup_key": "lookup_key",
    "transfer_lookup_key": "lookup_key",
    "nickname": "nickname",
    "metadata": "metadata",
    "tax_behavior": "tax_behavior",
}


class PriceChanges(TypedDict, total=False):
    """What an edit changes on a price: the keyword arguments of the gateway's update_price."""

    nickname: str
    lookup_key: str
    metadata: dict[str, str]
    previous_metadata: dict[str, str]


class PriceDialog(QDialog):
    """The price form. ``price`` set: edit mode; else create for ``product`` (``prefill`` optional)."""

    saved = Signal(object)
    newPriceRequested = Signal(object)
    defaultPriceSet = Signal(object)

    def __init__(
        self,
        gateway: StripeGateway,
        product: Product,
        *,
        price: Price | None = None,
        prefill: Price | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._product = product
        self._price = price
        self._update_key = ActionKey()
        self._active_key = ActionKey()
        self._create_key = ActionKey()
        self._default_key = ActionKey()
        self._tasks = TaskRunner(self, on_error=self._show_error)
        editing = price is not None
        self.setWindowTitle(self.tr("Edit price") if editing else self.tr("New price"))
        self.setMinimumWidth(500)
        self._build()
        source = price or prefill
        if source is not None:
            self._load(source)
        self._on_amount_changed()
        if editing:
            self._lock_immutable()

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.product_label = QLabel(self._product.name, self)
        self.product_label.setAccessibleName(self.tr("Product"))

        self.currency_combo = QComboBox(self)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        for code in money.COMMON_CURRENCIES:  # KRW first
            self.currency_combo.addItem(code.upper(), code)
        self.amount_edit = AmountEdit("krw", self)
        self.currency_combo.currentIndexChanged.connect(self._on_currency_changed)
        self.amount_edit.amountChanged.connect(lambda _v: self._on_amount_changed())
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.currency_combo)
        amount_row.addWidget(self.amount_edit, 1)
        self.kakao_hint = QLabel(self)
        self.kakao_hint.setWordWrap(True)
        self.kakao_hint.setAccessibleName(self.tr("Kakao Pay note"))
        self.kakao_hint.hide()

        self.billing = BillingPicker(self)
        # The picker's controls, named here too for tests and for the lock in edit mode.
        self.recurring_radio = self.billing.recurring_radio
        self.one_time_radio = self.billing.one_time_radio
        self.interval_count_spin = self.billing.interval_count_spin
        self.interval_combo = self.billing.interval_combo

        self.tax_combo = QComboBox(self)
        self.tax_combo.setAccessibleName(self.tr("Tax behaviour"))
        tax_names = {
            "unspecified": self.tr("Unspecified (account default)"),
            "inclusive": self.tr("Inclusive (tax included in the amount)"),
            "exclusive": self.tr("Exclusive (tax added to the amount)"),
        }
        for behavior in TAX_BEHAVIORS:
            self.tax_combo.addItem(tax_names[behavior], behavior)
        self.lookup_key_edit = QLineEdit(self)
        self.lookup_key_edit.setAccessibleName(self.tr("Lookup key"))
        self.lookup_key_edit.setMaxLength(MAX_LOOKUP_KEY)
        self.lookup_key_edit.setPlaceholderText(self.tr("optional, e.g. photo_monthly"))
        self.nickname_edit = QLineEdit(self)
        self.nickname_edit.setAccessibleName(self.tr("Nickname"))
        self.nickname_edit.setPlaceholderText(self.tr("optional, not shown to customers"))
        self.metadata_editor = MetadataEditor(self)
        self.active_check = QCheckBox(self.tr("Active (can be used for new subscriptions)"), self)
        self.active_check.setChecked(True)
        self.active_check.setVisible(self._price is not None)
        self.default_check = QCheckBox(self.tr("Make this the default price"), self)
        self.default_check.setToolTip(
            self.tr("The price Checkout, the Dashboard and the products list show for this product")
        )
        self.default_check.setChecked(self._product.default_price_id is None)
        self.default_check.setVisible(self._price is None)

        self.errors: dict[str, FieldError] = {
            name: FieldError(self)
            for name in (
                "amount",
                "billing",
                "tax_behavior",
                "lookup_key",
                "nickname",
                "metadata",
                "",
            )
        }
        self.immutable_note = QLabel(self)
        self.immutable_note.setWordWrap(True)
        self.immutable_note.hide()
        self.new_price_button = QPushButton(self.tr("Create a new price…"), self)
        self.new_price_button.setAccessibleName(self.tr("Create a new price from this one"))
        self.new_price_button.clicked.connect(self._request_new_price)
        self.new_price_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product_label)
        form.addRow(self._buddy(self.tr("&Amount"), self.amount_edit), amount_row)
        form.addRow("", self.errors["amount"])
        form.addRow("", self.kakao_hint)
        form.addRow(self.tr("Billing"), self.billing)
        form.addRow("", self.errors["billing"])
        form.addRow("", self.immutable_note)
        form.addRow("", self.new_price_button)
        form.addRow(self.tr("Ta&x behaviour"), self.tax_combo)
        form.addRow("", self.errors["tax_behavior"])
        form.addRow(self.tr("&Lookup key"), self.lookup_key_edit)
        form.addRow("", self.errors["lookup_key"])
        form.addRow(self.tr("&Nickname"), self.nickname_edit)
        form.addRow("", self.errors["nickname"])
        form.addRow(self.tr("Metadata"), self.metadata_editor)
        form.addRow("", self.errors["metadata"])
        form.addRow("", self.active_check)
        form.addRow("", self.default_check)

        self.buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save price"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)

    def _buddy(self, text: str, buddy: QWidget) -> QLabel:
        """A form label whose mnemonic (Alt+letter) focuses ``buddy`` (rows holding a layout)."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _load(self, price: Price) -> None:
        index = self.currency_combo.findData(price.currency.lower())
        if index < 0:
            self.currency_combo.addItem(price.currency.upper(), price.currency.lower())
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        if price.unit_amount is not None:
            self.amount_edit.set_amount(price.unit_amount)
        recurring = price.type == "recurring"
        self.billing.set_billing(price.interval if recurring else None, price.interval_count)
        self.tax_combo.setCurrentIndex(
            max(0, self.tax_combo.findData(price.tax_behavior or "unspecified"))
        )
        if self._price is not None:  # a prefilled *new* price starts without key and nickname
            self.lookup_key_edit.setText(price.lookup_key or "")
            self.nickname_edit.setText(price.nickname or "")
            self.metadata_editor.set_metadata(price.metadata)
            self.active_check.setChecked(price.active)
        else:
            self.nickname_edit.setText(price.nickname or "")
            self.metadata_editor.set_metadata(price.metadata)

    def _lock_immutable(self) -> None:
        for widget in (self.currency_combo, self.amount_edit, self.tax_combo):
            widget.setEnabled(False)
        self.billing.set_locked(True)
        self.immutable_note.setText(
            self.tr(
                "Stripe does not let a price change its amount, currency, billing interval or tax "
                "behaviour. "
                "Create a new price instead, then archive this one: existing subscriptions keep it."
            )
        )
        self.immutable_note.show()
        self.new_price_button.show()

    # -- reactions ----------------------------------------------------------------------

    def _on_currency_changed(self) -> None:
        self.amount_edit.set_currency(self.currency())

    def _on_amount_changed(self) -> None:
        """Kakao Pay hint: a KRW amount below ₩100 cannot be paid with Kakao Pay."""
        self.errors["amount"].clear_error()
        amount = self.amount_edit.amount_or_none()
        low = (
            self.currency() == kakao_pay.CURRENCY
            and amount is not None
            and amount < kakao_pay.MIN_AMOUNT
        )
        if low:
            self.kakao_hint.setText(
                self.tr(
                    "Note: Kakao Pay needs at least %1 per payment; customers cannot pay this price "
                    "with Kakao Pay."
                ).replace("%1", format_money(kakao_pay.MIN_AMOUNT, "krw"))
            )
        self.kakao_hint.setVisible(low)

    def _request_new_price(self) -> None:
        self.newPriceRequested.emit(self._price)
        self.reject()

    # -- form values --------------------------------------------------------------------

    def currency(self) -> str:
        return str(self.currency_combo.currentData())

    def validate(self) -> bool:
        """Check the form before any request; show problems next to their fields."""
        self.clear_errors()
        ok = True
        if self._price is None:
            problem = self.amount_edit.problem()
            if problem:
                self.errors["amount"].show_error(problem)
                ok = False
        problem = self.metadata_editor.problem()
        if problem:
            self.errors["metadata"].show_error(problem)
            ok = False
        texts = price_problems(
            amount_text=None,
            currency=self.currency(),
            lookup_key=self.lookup_key_edit.text().strip(),
            nickname=self.nickname_edit.text().strip(),
        )
        for field, code in texts.items():
            self.errors[field].show_error(problem_text(code, f"price.{field}"))
            ok = False
        return ok

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def draft(self) -> PriceDraft:
        """The new price as a draft (create mode; call after :meth:`validate`)."""
        return PriceDraft(
            product_id=self._product.id,
            currency=self.currency(),
            unit_amount=self.amount_edit.amount(),
            interval=self.billing.interval(),
            interval_count=self.billing.interval_count(),
            tax_behavior=str(self.tax_combo.currentData()),
            lookup_key=self.lookup_key_edit.text().strip(),
            nickname=self.nickname_edit.text().strip(),
            metadata=self.metadata_editor.metadata(),
        )

    def changes(self) -> PriceChanges:
        """Edit mode: the editable fields that differ from the price (keyword arguments)."""
        assert self._price is not None
        out: PriceChanges = {}
        nickname = self.nickname_edit.text().strip()
        if nickname != (self._price.nickname or ""):
            out["nickname"] = nickname
        lookup_key = self.lookup_key_edit.text().strip()
        if lookup_key != (self._price.lookup_key or ""):
            out["lookup_key"] = lookup_key
        metadata = self.metadata_editor.metadata()
        if metadata != dict(self._price.metadata):
            out["metadata"] = metadata
            out["previous_metadata"] = dict(self._price.metadata)
        return out

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        """Validate, then create or update through the gateway."""
        if not self.validate():
            return
        busy = [self.buttons, self.metadata_editor, self.lookup_key_edit, self.nickname_edit]
        if self._price is None:
            draft = self.draft()
            coro = self._create(
                draft, self._create_key.key_for(draft), self.default_check.isChecked()
            )
        else:
            changes = self.changes()
            active = self.active_check.isChecked()
            coro = self._update(
                changes,
                self._update_key.key_for(tuple(sorted((k, repr(v)) for k, v in changes.items()))),
                active,
                self._active_key.key_for(active),
            )
        self._tasks.run(coro, busy=busy, on_success=self._saved)

    async def _create(self, draft: PriceDraft, key: str, make_default: bool) -> Price:
        # A retry after a failed default replays the same creation (same key): one price.
        price = await self._gateway.prices.create(draft, idempotency_key=key)
        if make_default:
            product = await self._gateway.products.set_default_price(
                self._product.id, price.id, idempotency_key=self._default_key.key_for(price.id)
            )
            self.defaultPriceSet.emit(product)
        return price

    async def _update(
        self, changes: PriceChanges, key: str, active: bool, active_key: str
    ) -> Price:
        assert self._price is not None
        price = self._price
        if changes:
            price = await self._gateway.prices.update(price.id, **changes, idempotency_key=key)
        if active != price.active:
            price = await self._gateway.prices.set_active(
                price.id, active, idempotency_key=active_key
            )
        return price

    def _saved(self, price: Price) -> None:
        self.saved.emit(price)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        field = _PARAM_FIELDS.get(field_for(exc) or "", "")
        self.errors[field].show_error(error_html(exc), rich=True)

    @property
    def tasks(self) -> TaskRunner:
        """The dialog's task runner (tests wait on it)."""
        return self._tasks
