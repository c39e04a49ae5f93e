"""The approval link as the merchant sees it: the link, Open, Copy, Check now and the QR code.

Everything here takes a :class:`~kpadmin.redirect.links.LinkCheck`, never a
string: the field shows, the clipboard gets, the QR code encodes and the
browser opens ``check.url``, the serialisation the one check returned. A
refused link leaves the field and the code empty and the buttons disabled,
so there is no path by which it could reach the customer.

The texts keep the ``ApprovalDialog`` translation context they had when
they were part of the dialog.

Signals:
    checkRequested(): "Check now" was pressed (ask Stripe now).
    messageRequested(): "Message for the customer…" was pressed (the link with a ready message).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.redirect import browser, links
from kpadmin.ui.widgets.qr_code import QrCodeLabel

# No link (yet): nothing to show, copy, encode or open.
NO_LINK = links.LinkCheck(False, reason=links.EMPTY)


class ApprovalLinkBox(QGroupBox):
    """The link field, its buttons and its QR code, fed only checked links."""

    checkRequested = Signal()
    messageRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ApprovalDialog", "Approval link"), parent)
        self._link = NO_LINK
        self.link_edit = QLineEdit(self)
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(
            QCoreApplication.translate("ApprovalDialog", "Approval link")
        )
        self.open_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Open in browser"), self
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Copy link"), self
        )
        self.copy_button.clicked.connect(self.copy_link)
        self.check_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Check now"), self
        )
        self.check_button.setToolTip(
            QCoreApplication.translate(
                "ApprovalDialog", "Ask Stripe now instead of at the next check"
            )
        )
        self.check_button.clicked.connect(self.checkRequested)
        self.message_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Message for the customer…"), self
        )
        self.message_button.setToolTip(
            QCoreApplication.translate(
                "ApprovalDialog",
                "The link with a ready message in the customer's language, to copy or mail",
            )
        )
        self.message_button.clicked.connect(self.messageRequested)
        self.qr = QrCodeLabel(self, module=3)
        hint = QLabel(
            QCoreApplication.translate(
                "ApprovalDialog",
                "The customer can scan this code with their phone to approve "
                "there, or open the link on this computer.",
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        message_row = QHBoxLayout()  # its own row: four buttons do not fit beside the code
        message_row.addWidget(self.message_button)
        message_row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.link_edit)
        side.addLayout(buttons)
        side.addLayout(message_row)
        side.addWidget(hint)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(side, 1)
        row.addWidget(self.qr)

    @property
    def link(self) -> links.LinkCheck:
        """The verdict on the link shown now (:data:`NO_LINK` when there is none)."""
        return self._link

    def set_link(self, check: links.LinkCheck) -> None:
        """Show ``check.url`` when the link passed the check; show nothing otherwise."""
        self._link = check
        url = check.url if check.ok else ""
        self.setVisible(bool(url))
        if self.link_edit.text() != url:
            self.link_edit.setText(url)
            self.link_edit.setCursorPosition(0)  # show where the link goes, not its token
        self.qr.set_link(check)
        self.open_button.setEnabled(bool(url))
        self.copy_button.setEnabled(bool(url))
        self.message_button.setEnabled(bool(url))

    def open_link(self) -> links.LinkCheck:
        """Hand the checked link to the system browser; a refused link opens nothing."""
        return browser.open_checked(self._link)

    def copy_link(self) -> None:
        """Copy the checked link; a refused link is never put on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self._link.ok and self._link.url:
            clipboard.setText(self._link.url)
