"""Money and dates as the user reads them.

Amounts come from Stripe as integers in minor units (``domain.money``). Here
they are written the way the currency is written — ₩100,000 for KRW (a
zero-decimal currency, never ₩1,000.00), $10.00 for USD — with the digit
grouping and decimal sign of the UI language (``QLocale()``). CSV export and
logs use ``domain.money.format_plain`` instead, which does not depend on the
locale.

Usage::

    from kpadmin.ui.formatting import format_money, format_timestamp
    format_money(100000, "krw")       # '₩100,000' in an English or Korean UI
    format_timestamp(1732406400)      # '11/24/24 12:00 AM' (locale short form)
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from kpadmin.domain.money import Money, exponent, symbol


def ui_locale(locale: QLocale | None = None) -> QLocale:
    """``locale`` or the default one; the bare "C" locale (no LANG set) reads as US English.

    The C locale has no digit grouping and writes dates as ``12 11 2026``:
    nobody's UI language, so fall back to a real one.
    """
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def format_money(amount: int | None, currency: str | None, locale: QLocale | None = None) -> str:
    """``amount`` minor units of ``currency`` with the locale's grouping; "" when unknown."""
    if amount is None or not currency:
        return ""
    loc = ui_locale(locale)
    exp = exponent(currency)
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**exp) if exp else (abs(amount), 0)
    body = loc.toString(whole)
    if exp:
        body += loc.decimalPoint() + str(frac).rjust(exp, "0")
    return f"{sign}{symbol(currency)}{body}"


def format_money_value(money: Money | None, locale: QLocale | None = None) -> str:
    """:func:`format_money` for a :class:`Money` (or "" for None)."""
    if money is None:
        return ""
    return format_money(money.amount, money.currency, locale)


def format_timestamp(ts: int | None, locale: QLocale | None = None) -> str:
    """A Unix timestamp (Stripe's ``created`` etc.) as a local date and time, short form."""
    if not ts:
        return ""
    loc = ui_locale(locale)
    return loc.toString(QDateTime.fromSecsSinceEpoch(int(ts)), QLocale.FormatType.ShortFormat)


def format_date(ts: int | None, locale: QLocale | None = None) -> str:
    """A Unix timestamp as a local date only (periods, trial ends)."""
    if not ts:
        return ""
    loc = ui_locale(locale)
    return loc.toString(
        QDateTime.fromSecsSinceEpoch(int(ts)).date(), QLocale.FormatType.ShortFormat
    )


def iso_timestamp(ts: int | None) -> str:
    """A Unix timestamp as ISO 8601 UTC (``2024-11-24T00:00:00Z``): for CSV, locale-free."""
    if not ts:
        return ""
    return datetime.fromtimestamp(int(ts), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def payment_method_kind(
    pm_type: str | None, brand: str | None = None, last4: str | None = None
) -> str:
    """How a payment method is named to people: "Kakao Pay", "Visa •••• 4242", "Naver Pay"."""
    if not pm_type:
        return ""
    named = {
        "kakao_pay": QCoreApplication.translate("PaymentMethod", "Kakao Pay"),
        "naver_pay": QCoreApplication.translate("PaymentMethod", "Naver Pay"),
        "kr_card": QCoreApplication.translate("PaymentMethod", "Korean card"),
        "payco": QCoreApplication.translate("PaymentMethod", "PAYCO"),
        "samsung_pay": QCoreApplication.translate("PaymentMethod", "Samsung Pay"),
    }
    if brand and last4:
        return f"{brand.title()} •••• {last4}"
    return named.get(pm_type, pm_type.replace("_", " ").title())
