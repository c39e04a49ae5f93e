"""Create or edit a customer: the form, its checks, and the save call.

The dialog is opened with ``open()`` (never ``exec()`` in a coroutine) and
saves itself: Save checks the fields locally first (email shape, Stripe's
metadata limits) and sends nothing while a check fails; then it calls the
gateway through its own :class:`~kpadmin.ui.async_tasks.TaskRunner`. A Stripe
error keeps the dialog open with everything the user typed, and shows the
error next to the field Stripe blamed (``param``) or at the bottom. One
idempotency key per save action is kept while the user retries the same
input (:class:`~kpadmin.ui.widgets.action_key.ActionKey`).

Signals:
    saved(object): the created or updated Customer; the dialog then closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain.validation import EMAIL_RE, customer_problems, email_problem
from kpadmin.stripe_api.records import Customer, CustomerDraft
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html, field_for
from kpadmin.ui.validation_text import problem_text
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.metadata_editor import MetadataEditor
from kpadmin.ui.widgets.save_buttons import save_cancel_buttons

__all__ = ["EMAIL_RE", "CustomerDialog", "email_ok"]
# Locales the shop's customers use (Kakao Pay's page speaks Korean, Japanese, English).
LOCALES = ("ko", "ja", "en")


def email_ok(text: str) -> bool:
    """Whether ``text`` is empty or looks like an address (rules: kpadmin.domain.validation)."""
    return email_problem(text) is None


class CustomerDialog(QDialog):
    """The customer form. ``customer`` None creates a new one."""

    saved = Signal(object)

    def __init__(
        self, context: AppContext, customer: Customer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._customer = customer
        self._key = ActionKey()
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.setObjectName("customerDialog")
        self.setWindowTitle(
            self.tr("New customer") if customer is None else self.tr("Edit customer")
        )
        self.setMinimumWidth(460)

        self.name_edit = self._line(self.tr("Name"))
        self.email_edit = self._line(self.tr("Email"))
        self.phone_edit = self._line(self.tr("Phone"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setFixedHeight(60)
        self.locale_combo = QComboBox(self)
        self.locale_combo.setAccessibleName(self.tr("Preferred language"))
        self.locale_combo.addItem(self.tr("Not set"), "")
        for code, label in zip(
            LOCALES, (self.tr("Korean"), self.tr("Japanese"), self.tr("English")), strict=True
        ):
            self.locale_combo.addItem(f"{label} ({code})", code)
        self.metadata_editor = MetadataEditor(self)

        self.errors: dict[str, FieldError] = {
            f: FieldError(self)
            for f in (
                "name",
                "email",
                "phone",
                "description",
                "preferred_locales",
                "metadata",
                "form",
            )
        }
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._with_error(self.name_edit, "name"))
        form.addRow(self.tr("Email"), self._with_error(self.email_edit, "email"))
        form.addRow(self.tr("Phone"), self._with_error(self.phone_edit, "phone"))
        form.addRow(self.tr("Description"), self._with_error(self.description_edit, "description"))
        form.addRow(
            self.tr("Preferred language"), self._with_error(self.locale_combo, "preferred_locales")
        )
        form.addRow(self.tr("Metadata"), self._with_error(self.metadata_editor, "metadata"))

        self.buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save customer"), self.save
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        if customer is not None:
            self._fill(customer)
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.textChanged.connect(self._clear_errors)
        self.metadata_editor.changed.connect(self._clear_errors)

    # -- building ---------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    def _with_error(self, field: QWidget, key: str) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(field)
        lay.addWidget(self.errors[key])
        return box

    def _fill(self, c: Customer) -> None:
        self.name_edit.setText(c.name or "")
        self.email_edit.setText(c.email or "")
        self.phone_edit.setText(c.phone or "")
        self.description_edit.setPlainText(c.description or "")
        if c.preferred_locales:
            idx = self.locale_combo.findData(c.preferred_locales[0].split("-")[0])
            if idx >= 0:
                self.locale_combo.setCurrentIndex(idx)
        self.metadata_editor.set_metadata(c.metadata)

    # -- saving -----------------------------------------------------------------------
    def draft(self) -> CustomerDraft:
        """The form as a draft (what Save sends)."""
        locale = self.locale_combo.currentData() or ""
        return CustomerDraft(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            preferred_locales=(locale,) if locale else (),
            metadata=self.metadata_editor.metadata(),
        )

    def validate(self) -> bool:
        """Check the fields locally; show each problem next to its field."""
        self._clear_errors()
        draft = self.draft()
        problems = customer_problems(
            name=draft.name,
            email=draft.email,
            phone=draft.phone,
            description=draft.description,
            metadata=self.metadata_editor.pairs(),
        )
        for field, code in problems.items():
            text = (
                (self.metadata_editor.problem() or code)
                if field == "metadata"
                else problem_text(code, f"customer.{field}")
            )
            self.errors[field].show_error(text)
        return not problems

    def save(self) -> None:
        """Validate, then create or update on Stripe; errors keep the dialog open."""
        if self._tasks.busy or not self.validate():
            return
        draft = self.draft()
        key = self._key.key_for((self._customer.id if self._customer else None, _freeze(draft)))
        self._tasks.run(
            self._save(draft, key), busy=[self.buttons, self.metadata_editor], key="save"
        )

    async def _save(self, draft: CustomerDraft, key: str) -> None:
        gateway = self._context.gateway
        if self._customer is None:
            customer = await gateway.customers.create(draft, idempotency_key=key)
        else:
            customer = await gateway.customers.update(
                self._customer.id,
                draft,
                idempotency_key=key,
                previous_metadata=self._customer.metadata,
            )
        self._key.reset()
        self.saved.emit(customer)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        target = field_for(exc)
        label = self.errors.get(target or "", self.errors["form"])
        label.show_error(error_html(exc), rich=True)

    def _clear_errors(self, *_args: Any) -> None:
        for label in self.errors.values():
            label.clear_error()

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)


def _freeze(draft: CustomerDraft) -> tuple[Any, ...]:
    """A hashable, comparable form of a draft (metadata is a dict)."""
    return (
        draft.name,
        draft.email,
        draft.phone,
        draft.description,
        draft.preferred_locales,
        tuple(sorted(draft.metadata.items())),
    )
