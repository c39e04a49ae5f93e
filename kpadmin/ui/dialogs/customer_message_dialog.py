"""Hand the customer a link: the link and its QR code, and a ready message around it.

For a failed payment the link is the invoice's hosted page
(``hosted_invoice_url``), for a waiting Kakao Pay approval the approval
link. The dialog shows the link (read-only, copyable, openable to check it)
and its QR code for the customer's phone, and a subject and text in the
customer's language (:mod:`kpadmin.domain.customer_message`, chosen from
their ``preferred_locales``, with a switch) that the agent may edit, copy,
or open as a draft in the mail app (``mailto:`` to the customer's email).

Only a link that passed :func:`kpadmin.redirect.links.check_link` is shown,
encoded, put in the message or opened; both the browser and the mail app
are reached through :mod:`kpadmin.redirect.browser`.
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain import customer_message
from kpadmin.domain.consent_terms import LANGUAGES, customer_language
from kpadmin.domain.customer_message import Facts, Message
from kpadmin.i18n import NATIVE_NAMES
from kpadmin.redirect import browser, links
from kpadmin.ui.dialogs.kakao_texts import refusal_text
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.qr_code import QrCodeLabel
from kpadmin.ui.widgets.terms_view import ui_language


class CustomerMessageDialog(QDialog):
    """The link, its QR code and the message for one customer; non-modal.

    Args:
        facts: what the message says (its ``link`` is replaced by ``link.url``).
        link: the verdict on the link; a refused one shows why and nothing else.
        customer_label: who the customer is, for the title ("Kim Minjun").
        email: the customer's email address ("" when Stripe has none).
        locales: the customer's ``preferred_locales`` (the message's language).

    Attributes:
        link_edit, qr, subject_edit, body_edit, language_box: the parts tests drive.
        mailto: the last ``mailto:`` link handed to the mail app ("" for none).
    """

    def __init__(
        self,
        facts: Facts,
        link: links.LinkCheck,
        *,
        customer_label: str,
        email: str,
        locales: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerMessageDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        paying = facts.kind in (customer_message.PAY_RENEWAL, customer_message.PAY_INVOICE)
        title = self.tr("Payment link") if paying else self.tr("Approval link")
        self.setWindowTitle(f"{title} — {customer_label}" if customer_label else title)
        self.setMinimumWidth(620)
        self._facts = facts
        self._link = link
        self._email = email.strip()
        self.mailto = ""

        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        lead = (
            self.tr("Send %1 the invoice's payment page")
            if paying
            else self.tr("Send %1 the Kakao Pay approval link")
        )
        heading.setText(f"<h3>{html.escape(lead.replace('%1', customer_label))}</h3>")
        self.error_label = FieldError(self)

        self.link_edit = QLineEdit(self)
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(self.tr("Link for the customer"))
        self.copy_link_button = QPushButton(self.tr("Copy link"), self)
        self.copy_link_button.clicked.connect(self.copy_link)
        self.open_link_button = QPushButton(self.tr("Open in browser"), self)
        self.open_link_button.setToolTip(self.tr("See the page the customer will see"))
        self.open_link_button.clicked.connect(self.open_link)
        self.qr = QrCodeLabel(self, module=3)
        self.qr.setAccessibleName(self.tr("QR code of the link for the customer"))
        link_box = QGroupBox(self.tr("Link"), self)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.copy_link_button)
        link_buttons.addWidget(self.open_link_button)
        link_buttons.addStretch(1)
        hint = QLabel(self.tr("The customer can scan this code with their phone."), self)
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.link_edit)
        side.addLayout(link_buttons)
        side.addWidget(hint)
        side.addStretch(1)
        link_row = QHBoxLayout(link_box)
        link_row.addLayout(side, 1)
        link_row.addWidget(self.qr)

        self.language_box = QComboBox(self)
        for code in LANGUAGES:
            self.language_box.addItem(NATIVE_NAMES[code], code)
        self.language_box.setAccessibleName(self.tr("Language of the message"))
        self.language_box.activated.connect(lambda _i: self._compose())
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setAccessibleName(self.tr("Message text"))
        self.body_edit.setMinimumHeight(280)
        self.copy_subject_button = QPushButton(self.tr("Copy subject"), self)
        self.copy_subject_button.clicked.connect(self.copy_subject)
        self.copy_body_button = QPushButton(self.tr("Copy text"), self)
        self.copy_body_button.clicked.connect(self.copy_body)
        self.mail_button = QPushButton(self.tr("Open in mail app"), self)
        self.mail_button.clicked.connect(self.open_mail)
        self.mail_reason = QLabel(self)
        self.mail_reason.setWordWrap(True)
        message_box = QGroupBox(self.tr("Message"), self)
        form = QFormLayout(message_box)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        message_buttons = QHBoxLayout()
        message_buttons.addWidget(self.copy_subject_button)
        message_buttons.addWidget(self.copy_body_button)
        message_buttons.addWidget(self.mail_button)
        message_buttons.addStretch(1)
        form.addRow(message_buttons)
        form.addRow(self.mail_reason)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.error_label)
        layout.addWidget(link_box)
        layout.addWidget(message_box, 1)
        layout.addWidget(close)

        fallback = ui_language()
        self.language_box.setCurrentIndex(
            self.language_box.findData(customer_language(locales, fallback))
        )
        self._show_link()

    # -- state --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def set_language(self, language: str) -> None:
        """Write the message in ``language`` ("ko", "ja", "en"), replacing the texts."""
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self._compose()

    def _show_link(self) -> None:
        url = self._link.url if self._link.ok else ""
        self.link_edit.setText(url)
        self.link_edit.setCursorPosition(0)
        self.qr.set_link(self._link)
        for part in (
            self.copy_link_button,
            self.open_link_button,
            self.language_box,
            self.subject_edit,
            self.body_edit,
            self.copy_subject_button,
            self.copy_body_button,
        ):
            part.setEnabled(bool(url))
        if not url:
            self.error_label.show_error(refusal_text(self._link))
        if not self._email:
            reason = self.tr(
                "The customer has no email address in Stripe: copy the message "
                "and send it another way."
            )
        elif not customer_message.mail_address_ok(self._email):
            reason = self.tr(
                "The customer's email address (%1) cannot be used in a mail link: "
                "copy the message instead."
            ).replace("%1", self._email)
        elif not url:
            reason = self.tr("There is no link to send.")
        else:
            reason = ""
        self.mail_button.setEnabled(not reason)
        self.mail_button.setToolTip(
            reason or self.tr("A draft to %1 opens in the mail app.").replace("%1", self._email)
        )
        self.mail_reason.setText(reason)
        self.mail_reason.setVisible(bool(reason))
        if url:
            self._compose()

    def _compose(self) -> None:
        facts = dataclasses.replace(self._facts, link=self._link.url)
        message = customer_message.compose(facts, self.language)
        self.subject_edit.setText(message.subject)
        self.body_edit.setPlainText(message.body)

    def message(self) -> Message:
        """The message as the agent left it (edits included)."""
        return Message(self.language, self.subject_edit.text(), self.body_edit.toPlainText())

    # -- actions ------------------------------------------------------------------------
    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and text:
            clipboard.setText(text)

    def copy_link(self) -> None:
        """Copy the checked link (a refused link is never copied)."""
        if self._link.ok:
            self._copy(self._link.url)

    def copy_subject(self) -> None:
        self._copy(self.subject_edit.text())

    def copy_body(self) -> None:
        self._copy(self.body_edit.toPlainText())

    def open_link(self) -> links.LinkCheck:
        """Open the checked link in the system browser, to see what the customer will see."""
        verdict = browser.open_checked(self._link)
        if verdict.ok and verdict.reason == "failed":
            self.error_label.show_error(self.tr("No browser could be opened. Copy the link."))
        return verdict

    def open_mail(self) -> str:
        """Open a draft to the customer in the mail app; returns the ``mailto:`` link ("" if none)."""
        if not self.mail_button.isEnabled():
            return ""
        message = self.message()
        self.mailto = customer_message.mailto_url(self._email, message.subject, message.body)
        if browser.open_mail_draft(self.mailto):
            self.error_label.clear_error()
        else:
            self.error_label.show_error(
                self.tr("No mail app could be opened. Copy the subject and text instead.")
            )
        return self.mailto
