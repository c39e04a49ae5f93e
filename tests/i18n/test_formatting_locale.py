"""Money, numbers and dates as a Korean, Japanese or English reader expects them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from kpadmin.ui.formatting import format_date, format_money, format_timestamp

KO = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
JA = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)

# 2026-11-24 06:00 UTC; dates are shown in local time, so tests use the date part loosely.
TS = 1795500000


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "text"),
    [
        (100000, "krw", KO, "₩100,000"),  # what Korean shops write; zero-decimal, never .00
        (100000, "krw", JA, "₩100,000"),
        (100000, "krw", EN, "₩100,000"),
        (1000, "jpy", JA, "¥1,000"),  # half-width yen, as Stripe's Japanese Dashboard
        (1000, "jpy", KO, "¥1,000"),
        (1999, "usd", KO, "$19.99"),
        (-50000, "krw", KO, "-₩50,000"),  # a plain minus, not accounting brackets
        (-1000, "jpy", JA, "-¥1,000"),
        (0, "krw", KO, "₩0"),
        (123456, "eur", DE, "1.234,56\u00a0€"),  # the locale places the sign
        (1234567, "bhd", EN, "BHD\u00a01,234.567"),  # three decimals
    ],
)
def test_money(amount, currency, locale, text):
    assert format_money(amount, currency, locale) == text


def test_money_follows_the_default_locale(ui_language):
    ui_language("ja")
    assert format_money(123456, "jpy") == "¥123,456"
    assert format_money(None, "jpy") == "" and format_money(5, None) == ""


def test_dates_follow_the_locale():
    ko, ja, en = (format_date(TS, loc) for loc in (KO, JA, EN))
    assert ko.startswith("26. 11. 2") and ko.endswith(".")  # 26. 11. 24.
    assert ja.startswith("2026/11/2")  # 2026/11/24
    assert en.startswith("11/2") and en.endswith("/26")  # 11/24/26
    assert ("오전" in format_timestamp(TS, KO)) or ("오후" in format_timestamp(TS, KO))
    assert ":" in format_timestamp(TS, JA) and "AM" not in format_timestamp(TS, JA)
