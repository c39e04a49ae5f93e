"""Money as Stripe counts it: integers in the currency's minor unit.

Stripe sends and expects every amount as an integer in the currency's
smallest unit. For most currencies that is a hundredth (``1000`` USD is
$10.00), for zero-decimal currencies such as KRW and JPY it is the whole unit
(``100000`` KRW is ₩100,000), and for a few it is a thousandth. This module is
the one place that knows those exponents; it parses what a person types
("₩100,000", "$10.00", "10.5") into minor units and writes minor units back
the way the currency is written. Locale-aware display (digit grouping in the
user's language) is the UI's job; the plain formatter here is the fallback and
the form used in CSV exports and logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Currencies whose minor unit is the whole unit (Stripe's list).
ZERO_DECIMAL: frozenset[str] = frozenset(
    {
        "bif",
        "clp",
        "djf",
        "gnf",
        "jpy",
        "kmf",
        "krw",
        "mga",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    }
)
# Currencies with three decimals; Stripe wants the last digit to be 0.
THREE_DECIMAL: frozenset[str] = frozenset({"bhd", "jod", "kwd", "omr", "tnd"})

# Stripe's largest amount: 8 digits for most integrations (99,999,999 minor units).
MAX_AMOUNT = 99_999_999

_SYMBOLS: dict[str, str] = {
    "krw": "₩",
    "jpy": "¥",
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "cny": "CN¥",
    "hkd": "HK$",
    "sgd": "SGD ",
    "aud": "A$",
    "cad": "CA$",
}

# Currencies a user can pick in forms, most relevant first for a Korean shop.
COMMON_CURRENCIES: tuple[str, ...] = ("krw", "usd", "jpy", "eur", "gbp", "hkd", "sgd", "aud", "cad")


def exponent(currency: str) -> int:
    """How many decimal digits the currency's minor unit has (0, 2 or 3)."""
    cur = currency.lower()
    if cur in ZERO_DECIMAL:
        return 0
    if cur in THREE_DECIMAL:
        return 3
    return 2


def is_zero_decimal(currency: str) -> bool:
    return exponent(currency) == 0


def symbol(currency: str) -> str:
    """The sign people write before an amount; the upper-case code when none is known."""
    return _SYMBOLS.get(currency.lower(), currency.upper() + " ")


class AmountError(ValueError):
    """A typed amount that cannot be an amount of that currency.

    Attributes:
        reason: a stable code the UI translates: ``empty``, ``not_a_number``,
            ``negative``, ``too_many_decimals``, ``too_large``,
            ``three_decimal_last_digit``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


_SEP = r"[\s,_'\u00a0\u202f]"
_STRIP = re.compile(_SEP)
# Digit grouping is accepted only in groups of three ("1,000,000"), so that a decimal comma
# ("10,50" meaning 10.50) is refused instead of being read as 1050.
_GROUPED = re.compile(r"\d{1,3}(?:" + _SEP + r"\d{3})+")
# Signs people write for a currency besides its symbol and code.
_EXTRA_SIGNS: dict[str, tuple[str, ...]] = {"krw": ("원", "\uffe6"), "jpy": ("円", "\uffe5")}


def _strip_signs(text: str, cur: str) -> str:
    """Remove this currency's own symbol and code; another currency's sign stays and fails."""
    signs = {symbol(cur).strip(), cur.upper(), cur, *_EXTRA_SIGNS.get(cur, ())}
    for sign in sorted(signs, key=len, reverse=True):
        if sign:
            text = text.replace(sign, "")
    return text.strip()


def parse_amount(text: str, currency: str) -> int:
    """Parse what a person typed into minor units of ``currency``.

    Accepts the currency's own symbol or code around the number, digit
    grouping in threes with commas, spaces or apostrophes, and a decimal
    point. Refuses fractions the currency does not have (``1.5`` KRW),
    negatives, amounts past Stripe's maximum, another currency's symbol
    (``$5`` as KRW) and grouping that is not in threes (``10,50``, which may
    mean 10.50).

    Raises:
        AmountError: with a ``reason`` code.
    """
    cur = currency.lower()
    s = _strip_signs(text.strip(), cur)
    if not _STRIP.sub("", s):
        raise AmountError("empty")
    if s.startswith("-"):
        raise AmountError("negative")
    whole, dot, frac = s.partition(".")
    if _STRIP.search(whole) and not _GROUPED.fullmatch(whole):
        raise AmountError("not_a_number", text)
    if _STRIP.search(frac):
        raise AmountError("not_a_number", text)
    s = _STRIP.sub("", whole) + dot + frac
    if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", s):
        raise AmountError("not_a_number", text)
    try:
        value = Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only decimals
        raise AmountError("not_a_number", text) from exc
    exp = exponent(cur)
    scaled = value.scaleb(exp)
    if scaled != scaled.to_integral_value():
        raise AmountError("too_many_decimals")
    minor = int(scaled)
    if exp == 3 and minor % 10 != 0:
        raise AmountError("three_decimal_last_digit")
    if minor > MAX_AMOUNT:
        raise AmountError("too_large")
    return minor


def format_plain(minor: int, currency: str) -> str:
    """Write minor units as the currency is written: ``₩100,000``, ``$10.00``, ``-$0.50``.

    Uses comma grouping and a point; the UI localises grouping where it must.
    """
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp) if exp else (abs(minor), 0)
    body = f"{whole:,}"
    if exp:
        body += "." + str(frac).rjust(exp, "0")
    return f"{sign}{symbol(currency)}{body}"


def format_number(minor: int, currency: str) -> str:
    """The amount without a symbol, as typed into a form: ``100000`` or ``10.00``."""
    exp = exponent(currency)
    if not exp:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{sign}{whole}.{str(frac).rjust(exp, '0')}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units with its currency (lower-case ISO code)."""

    amount: int
    currency: str

    def __str__(self) -> str:
        return format_plain(self.amount, self.currency)
