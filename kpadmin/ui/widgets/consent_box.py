"""The consent step of a Kakao Pay approval: the terms, "the customer agrees", Send.

The terms open in the customer's language (:meth:`ConsentBox.set_customer_locales`),
else the UI's, with the switch of :class:`~kpadmin.ui.widgets.terms_view.TermsView`.
While the approval dialog still reads the customer's language from Stripe,
the consent box waits (:meth:`ConsentBox.wait_for_language`), so nobody
agrees to terms in a language the customer was not going to be given. Once
the request is sent (:meth:`ConsentBox.given`) the terms fold away behind
"Show the terms", in the language they were given in.

The texts keep the ``ApprovalDialog`` translation context they had when
they were part of the dialog, so their translations carry over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton, QVBoxLayout, QWidget

from kpadmin.domain.consent_terms import customer_language
from kpadmin.ui.widgets.terms_view import TermsFor, TermsView, ui_language


class ConsentBox(QGroupBox):
    """Terms, consent check box and the button that sends the request.

    Attributes:
        terms_view: the terms with their language switch; ``terms`` its text label.
        consent, start_button, show_terms_button: as their names say.
    """

    def __init__(self, terms_for: TermsFor, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ApprovalDialog", "Terms to give the customer before they approve"
            ),
            parent,
        )
        self.terms_view = TermsView(self)
        self.terms = self.terms_view.label
        self.terms_view.set_language(ui_language())
        self.terms_view.set_terms(terms_for)
        self.consent = QCheckBox(
            QCoreApplication.translate(
                "ApprovalDialog", "The customer has received these terms and agrees to them"
            ),
            self,
        )
        self.consent.setAccessibleName(
            QCoreApplication.translate("ApprovalDialog", "Customer consent")
        )
        self.start_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Send approval request"), self
        )
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.consent.toggled.connect(self.start_button.setEnabled)
        self.show_terms_button = QPushButton(
            QCoreApplication.translate("ApprovalDialog", "Show the terms"), self
        )
        self.show_terms_button.setCheckable(True)
        self.show_terms_button.toggled.connect(self.terms_view.setVisible)
        self.show_terms_button.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.terms_view)
        lay.addWidget(self.show_terms_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.consent)
        lay.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

    @property
    def language(self) -> str:
        """The language the terms are shown in ("ko", "ja", "en")."""
        return self.terms_view.language()

    def wait_for_language(self) -> None:
        """The customer's language is being read: no consent until it is known."""
        self.consent.setEnabled(False)

    def set_customer_locales(self, locales: tuple[str, ...] | None) -> None:
        """The customer's ``preferred_locales`` (None: could not be read; the UI's stays)."""
        if locales is not None:
            language = customer_language(locales, ui_language())
            self.terms_view.set_language(language, default=True)
        self.consent.setEnabled(True)

    def given(self, language: str) -> None:
        """The request went out: the terms, as given in ``language``, one click away."""
        self.consent.setChecked(True)
        self.consent.setEnabled(False)
        self.consent.hide()
        self.start_button.hide()
        self.terms_view.set_language(language)
        self.terms_view.hide()
        self.setTitle(
            QCoreApplication.translate("ApprovalDialog", "The customer agreed to the terms")
        )
        self.show_terms_button.show()
