"""Create or edit a product: name, description, tax code, metadata.

The dialog is opened with ``open()`` (never ``exec()`` inside a coroutine);
Save runs the gateway call through a :class:`TaskRunner` and the dialog stays
open on failure with the user's input, the error shown next to the field
Stripe blamed (its ``param``) or at the bottom with the request id. One
idempotency key per save action, kept while the user retries the same input.

Signals:
    saved(object): the :class:`~kpadmin.stripe_api.records.Product` Stripe returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain.validation import PRODUCT_NAME_MAX, TAX_CODE_RE, product_problems
from kpadmin.stripe_api.records import Product, ProductDraft
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.errors import error_html, field_for
from kpadmin.ui.validation_text import problem_text
from kpadmin.ui.widgets.action_key import ActionKey
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.metadata_editor import MetadataEditor
from kpadmin.ui.widgets.save_buttons import save_cancel_buttons

if TYPE_CHECKING:  # the SDK loads with the first request, not with the window
    from kpadmin.stripe_api import StripeGateway

# Stripe product tax codes look like ``txcd_10000000`` (rules: kpadmin.domain.validation).
__all__ = ["TAX_CODE_RE", "ProductDialog"]
MAX_NAME_LEN = PRODUCT_NAME_MAX


class ProductDialog(QDialog):
    """The product form; ``product`` None creates a new one."""

    saved = Signal(object)

    def __init__(
        self, gateway: StripeGateway, product: Product | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._product = product
        self._key = ActionKey()
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.setWindowTitle(self.tr("New product") if product is None else self.tr("Edit product"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Product name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Stock photo subscription"))
        self.name_edit.setMaxLength(MAX_NAME_LEN)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setFixedHeight(70)
        self.tax_code_edit = QLineEdit(self)
        self.tax_code_edit.setAccessibleName(self.tr("Tax code"))
        self.tax_code_edit.setPlaceholderText("txcd_10000000")
        self.metadata_editor = MetadataEditor(self)

        self.errors: dict[str, FieldError] = {
            name: FieldError(self) for name in ("name", "description", "tax_code", "metadata", "")
        }
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow("", self.errors["description"])
        form.addRow(self.tr("&Tax code"), self.tax_code_edit)
        form.addRow("", self.errors["tax_code"])
        form.addRow(self.tr("Metadata"), self.metadata_editor)
        form.addRow("", self.errors["metadata"])

        self.buttons, self.save_button = save_cancel_buttons(
            self, self.tr("Save product"), self.submit
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)

        if product is not None:
            self.name_edit.setText(product.name)
            self.description_edit.setPlainText(product.description or "")
            self.tax_code_edit.setText(product.tax_code or "")
            self.metadata_editor.set_metadata(product.metadata)

    # -- validation ---------------------------------------------------------------------

    def validate(self) -> bool:
        """Check the form before any request; show problems next to their fields."""
        self.clear_errors()
        problems = product_problems(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            tax_code=self.tax_code_edit.text().strip(),
            metadata=self.metadata_editor.pairs(),
        )
        for field, code in problems.items():
            if field == "name" and code == "empty":
                text = self.tr("A product needs a name.")
            elif field == "metadata":
                text = self.metadata_editor.problem() or code
            else:
                text = problem_text(code, f"product.{field}")
            self.errors[field].show_error(text)
        return not problems

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def draft(self) -> ProductDraft:
        """The form as a draft (the full metadata; the gateway unsets removed keys)."""
        metadata = self.metadata_editor.metadata()
        return ProductDraft(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            tax_code=self.tax_code_edit.text().strip(),
            metadata=metadata,
        )

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        """Validate, then create or update through the gateway (off the UI thread's stack)."""
        if not self.validate():
            return
        draft = self.draft()
        key = self._key.key_for(draft)
        self._tasks.run(
            self._save(draft, key),
            busy=[
                self.buttons,
                self.name_edit,
                self.description_edit,
                self.tax_code_edit,
                self.metadata_editor,
            ],
            on_success=self._saved,
        )

    async def _save(self, draft: ProductDraft, key: str) -> Product:
        if self._product is None:
            return await self._gateway.products.create(draft, idempotency_key=key)
        return await self._gateway.products.update(
            self._product.id, draft, idempotency_key=key, previous_metadata=self._product.metadata
        )

    def _saved(self, product: Product) -> None:
        self.saved.emit(product)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        field = field_for(exc)
        label = self.errors.get(field or "", self.errors[""])
        label.show_error(error_html(exc), rich=True)

    @property
    def tasks(self) -> TaskRunner:
        """The dialog's task runner (tests wait on it)."""
        return self._tasks
