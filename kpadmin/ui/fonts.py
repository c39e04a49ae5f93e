"""One font family for table text that draws Hangul, kana, kanji and Latin alike.

A Latin UI font (DejaVu Sans, Segoe UI…) has no Hangul: Qt then draws
"스톡포토 베이직" in a fallback CJK font and "₩30,000 / month" in the Latin
one, at visibly different sizes in one cell. A pan-CJK family that also
carries Latin (Noto Sans CJK, Source Han Sans, the platforms' own CJK UI
fonts) draws the whole cell in one face. The Korean cut is preferred in a
Korean UI and the Japanese cut otherwise: the two differ in their Han glyphs.
Where no such family is installed the table keeps the UI font.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase

_KOREAN_FIRST = (
    "Noto Sans CJK KR",
    "Source Han Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans CJK JP",
    "Source Han Sans JP",
)
_JAPANESE_FIRST = (
    "Noto Sans CJK JP",
    "Source Han Sans JP",
    "Yu Gothic UI",
    "Hiragino Sans",
    "Noto Sans CJK KR",
    "Source Han Sans KR",
)


def cjk_family(locale: QLocale | None = None) -> str | None:
    """The first installed family of the preference list that covers Hangul and Japanese."""
    language = (locale or QLocale()).language()
    preferred = _KOREAN_FIRST if language == QLocale.Language.Korean else _JAPANESE_FIRST
    installed = set(QFontDatabase.families())
    for family in preferred:
        if family not in installed:
            continue
        systems = QFontDatabase.writingSystems(family)
        if (
            QFontDatabase.WritingSystem.Korean in systems
            and QFontDatabase.WritingSystem.Japanese in systems
            and QFontDatabase.WritingSystem.Latin in systems
        ):
            return family
    return None


def table_font(base: QFont, locale: QLocale | None = None) -> QFont:
    """``base`` in the CJK-and-Latin family (same size and weight), or ``base`` if none."""
    family = cjk_family(locale)
    if family is None:
        return base
    font = QFont(base)
    font.setFamilies([family])
    return font
