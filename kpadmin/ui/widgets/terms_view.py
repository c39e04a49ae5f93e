"""Consent terms in the customer's language, with a switch to read them in another.

The customer reads the terms, so they open in the customer's language (their
Stripe ``preferred_locales``, else the UI's); the agent may not read Korean,
so a small "Terms shown in" combo offers 한국어, 日本語 and English. The
language names are written in themselves, as language pickers do. Which
language was shown when the agent confirmed is what the approval records.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kpadmin.domain.consent_terms import LANGUAGES, Cadence, Terms
from kpadmin.i18n import NATIVE_NAMES
from kpadmin.stripe_api.records import Price

TermsFor = Callable[[str], Terms]


def ui_language() -> str:
    """The language the UI speaks now ("en", "ko" or "ja"): the terms' fallback language."""
    #: The code of the language of this translation: ko for Korean, ja for Japanese.
    return QCoreApplication.translate("KakaoTexts", "en")


def cadence_of(price: Price) -> Cadence | None:
    """How often ``price`` bills, as the terms say it; None for a one-time price."""
    if price.type != "recurring" or not price.interval:
        return None
    return (price.interval, price.interval_count or 1)


def terms_html(terms: Terms) -> str:
    """Rich text of consent terms: the lead, then the points as a list."""
    items = "".join(f"<li>{html.escape(p)}</li>" for p in terms.points)
    return f"<p>{html.escape(terms.lead)}</p><ul>{items}</ul>"


class TermsView(QWidget):
    """A language switch over the rich text of the terms.

    Signals:
        languageChanged(str): the language shown changed ("ko", "ja", "en").

    Attributes:
        label: the terms' text. combo: the language switch.
        switched: whether the agent picked the language (a late default then
            leaves their choice alone).
    """

    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms_for: TermsFor | None = None
        self.switched = False
        self.combo = QComboBox(self)
        for code in LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[code], code)
        self.combo.setObjectName("termsLanguage")
        caption = QLabel(self.tr("Terms shown in:"), self)
        caption.setBuddy(self.combo)
        self.combo.setAccessibleName(self.tr("Language of the terms"))
        self.combo.activated.connect(self._picked)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.label)

    def language(self) -> str:
        return str(self.combo.currentData())

    def set_terms(self, terms_for: TermsFor | None) -> None:
        """Show the terms ``terms_for`` writes in the current language (None: nothing)."""
        self._terms_for = terms_for
        self._render()

    def set_language(self, language: str, *, default: bool = False) -> None:
        """Show ``language``; a ``default`` does not override the agent's own pick."""
        if default and self.switched:
            return
        index = self.combo.findData(language)
        if index < 0 or index == self.combo.currentIndex():
            return
        self.combo.setCurrentIndex(index)
        self._render()
        self.languageChanged.emit(language)

    def _picked(self, _index: int) -> None:
        self.switched = True
        self._render()
        self.languageChanged.emit(self.language())

    def _render(self) -> None:
        terms = self._terms_for(self.language()) if self._terms_for is not None else None
        self.label.setText(terms_html(terms) if terms is not None else "")
