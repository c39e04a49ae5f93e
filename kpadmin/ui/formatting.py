"""Money and dates as the user reads them.

Amounts come from Stripe as integers in minor units (``domain.money``). Here
they are written the way the currency is written — ₩100,000 for KRW (a
zero-decimal currency, never ₩1,000.00), $10.00 for USD — with the digit
grouping, decimal sign and symbol placement of the UI locale (``QLocale()``,
set by :mod:`kpadmin.i18n` from the chosen language): "₩100,000" in Korean
and English, "100.000 ₩" in a German locale. CSV export and logs use
``domain.money.format_plain`` instead, which does not depend on the locale.

The symbol is ours (``domain.money.symbol``), not CLDR's: CLDR gives a
Japanese locale the full-width "￥" and a Korean one "JP¥"; we write "¥1,000"
everywhere, the half-width sign Stripe's own Japanese Dashboard and receipts
use (it lines up with the digits in a table), and "₩100,000" as Korean shops
write it. Dates use the locale's short formats: ``26. 11. 24. 오후 3:00`` in
Korean, ``2026/11/24 15:00`` in Japanese.

Usage::

    from kpadmin.ui.formatting import format_money, format_timestamp
    format_money(100000, "krw")       # '₩100,000' in an English or Korean UI
    format_timestamp(1732406400)      # '11/24/24 12:00 AM' (locale short form)
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from kpadmin.domain.money import Money, exponent, symbol


def ui_locale(locale: QLocale | None = None) -> QLocale:
    """``locale`` or the default one; the bare "C" locale (no LANG set) reads as US English.

    The C locale has no digit grouping and writes dates as ``12 11 2026``:
    nobody's UI language, so fall back to a real one.
    """
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        if not _FALLBACK:  # built once: a QLocale per call cost ~30 us per table cell
            _FALLBACK.append(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return _FALLBACK[0]
    return loc


_FALLBACK: list[QLocale] = []


def format_money(amount: int | None, currency: str | None, locale: QLocale | None = None) -> str:
    """``amount`` minor units of ``currency`` with the locale's grouping; "" when unknown."""
    if amount is None or not currency:
        return ""
    loc = ui_locale(locale)
    exp = exponent(currency)
    sign_text = symbol(currency).strip()
    if sign_text.isalpha():
        sign_text += "\u00a0"  # a code, not a sign: "BHD 1.000", never "BHD1.000"
    if exp == 0:
        body = loc.toCurrencyString(abs(int(amount)), sign_text)
    else:
        # A float is exact here: Stripe amounts stay below 10**12 minor units, far inside a
        # double's 15 significant digits, and Qt rounds to ``exp`` decimals.
        body = loc.toCurrencyString(abs(amount) / 10**exp, sign_text, exp)
    # A plain minus, not CLDR's accounting "(₩1,000)": refunds read as negative amounts.
    return (loc.negativeSign() if amount < 0 else "") + body.strip()


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


def _widest_moments() -> list[QDateTime]:
    """Moments whose short forms are the longest a locale writes.

    Two-digit month and day, and every hour of the day: a locale may write
    "오후 11:59" or "11:59 PM", wider than any morning hour, and which hour is
    widest depends on the font. 28 December fits every calendar.
    """
    day = QDate(2026, 12, 28)
    return [QDateTime(day, QTime(hour, 59)) for hour in range(24)]


def timestamp_samples(locale: QLocale | None = None) -> list[str]:
    """:func:`format_timestamp` texts as wide as any it writes, to size a column from."""
    loc = ui_locale(locale)
    return [loc.toString(m, QLocale.FormatType.ShortFormat) for m in _widest_moments()]


def date_samples(locale: QLocale | None = None) -> list[str]:
    """:func:`format_date` texts as wide as any it writes, to size a column from."""
    loc = ui_locale(locale)
    return [loc.toString(QDate(2026, 12, 28), QLocale.FormatType.ShortFormat)]


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
