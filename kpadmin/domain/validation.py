"""What a form may send to Stripe, checked before any request.

A value the user typed either goes to Stripe exactly as the dialog will send
it, or is refused here with a stable code the UI turns into a sentence next to
the field. Whatever passes must then be accepted by Stripe: a rule missing
here shows up as a server error after a round trip instead of an inline hint
(tests/stress/test_validation_properties.py checks both directions against the
sandbox). Qt-free and I/O-free, so the dialogs and the tests share one copy.

Codes: ``empty``, ``too_long``, ``control_character``, ``bad_email``,
``bad_tax_code``, metadata codes (see :func:`metadata_problem`), amount codes
(``money.AmountError.reason``), ``trial_out_of_range``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from kpadmin.domain.money import AmountError, parse_amount

# Stripe's documented and observed string limits for the fields kpadmin edits.
CUSTOMER_NAME_MAX = 256
CUSTOMER_DESCRIPTION_MAX = 350
CUSTOMER_PHONE_MAX = 20
EMAIL_MAX = 512
PRODUCT_NAME_MAX = 250
PRODUCT_DESCRIPTION_MAX = 5000
PRICE_NICKNAME_MAX = 5000
LOOKUP_KEY_MAX = 200
METADATA_MAX_KEYS = 50
METADATA_KEY_MAX = 40
METADATA_VALUE_MAX = 500
TRIAL_DAYS_MAX = 730

# A deliberately loose check: Stripe has the final word, this catches typos early.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TAX_CODE_RE = re.compile(r"txcd_\d{8}")

# Line breaks and tabs are text in a multi-line field; every other control character is not.
_MULTILINE_OK = frozenset("\n\t")


def has_control_character(text: str, *, multiline: bool = False) -> bool:
    """Whether ``text`` holds a control character (C0/C1, DEL), allowing tab/newline if multi-line.

    Such characters come from pasting; Stripe stores them, but they break
    CSV exports, receipts and the Dashboard, and a NUL ends strings in C code.
    """
    for ch in text:
        if multiline and ch in _MULTILINE_OK:
            continue
        if unicodedata.category(ch) == "Cc":
            return True
    return False


def text_problem(
    text: str, *, max_len: int, required: bool = False, multiline: bool = False
) -> str | None:
    """``empty``, ``too_long`` or ``control_character`` for one text field; None when fine.

    ``text`` is what will be sent (the dialog strips it first); the length is
    counted in characters (code points), as Stripe counts.
    """
    if not text:
        return "empty" if required else None
    if len(text) > max_len:
        return "too_long"
    if has_control_character(text, multiline=multiline):
        return "control_character"
    return None


def email_problem(text: str) -> str | None:
    """``bad_email`` or ``too_long`` for a non-empty address; an empty one is fine (optional)."""
    if not text:
        return None
    if len(text) > EMAIL_MAX:
        return "too_long"
    if not EMAIL_RE.match(text) or has_control_character(text):
        return "bad_email"
    return None


def metadata_problem(pairs: Sequence[tuple[str, str]]) -> str | None:
    """Why these rows cannot be sent as metadata, as a stable code; None when fine.

    Codes: ``too_many_keys``, ``empty_key``, ``key_too_long``, ``key_brackets``,
    ``duplicate_key``, ``empty_value``, ``value_too_long``, ``control_character``.
    An empty value is refused because Stripe reads ``metadata[k]=`` as "unset k":
    the row would silently vanish on save.
    """
    keys = [k for k, _ in pairs]
    if len(pairs) > METADATA_MAX_KEYS:
        return "too_many_keys"
    for key, value in pairs:
        if not key:
            return "empty_key"
        if len(key) > METADATA_KEY_MAX:
            return "key_too_long"
        if "[" in key or "]" in key:
            return "key_brackets"
        if not value:
            return "empty_value"
        if len(value) > METADATA_VALUE_MAX:
            return "value_too_long"
        if has_control_character(key) or has_control_character(value, multiline=True):
            return "control_character"
    if len(set(keys)) != len(keys):
        return "duplicate_key"
    return None


def _drop_none(problems: Mapping[str, str | None]) -> dict[str, str]:
    return {k: v for k, v in problems.items() if v}


def customer_problems(
    *, name: str, email: str, phone: str, description: str, metadata: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """Field -> code for a customer form (values as they will be sent); empty when fine."""
    return _drop_none(
        {
            "name": text_problem(name, max_len=CUSTOMER_NAME_MAX),
            "email": email_problem(email),
            "phone": text_problem(phone, max_len=CUSTOMER_PHONE_MAX),
            "description": text_problem(
                description, max_len=CUSTOMER_DESCRIPTION_MAX, multiline=True
            ),
            "metadata": metadata_problem(list(metadata)),
        }
    )


def product_problems(
    *,
    name: str,
    description: str = "",
    tax_code: str = "",
    metadata: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Field -> code for a product form; a product needs a name."""
    return _drop_none(
        {
            "name": text_problem(name, max_len=PRODUCT_NAME_MAX, required=True),
            "description": text_problem(
                description, max_len=PRODUCT_DESCRIPTION_MAX, multiline=True
            ),
            "tax_code": "bad_tax_code"
            if tax_code and not TAX_CODE_RE.fullmatch(tax_code)
            else None,
            "metadata": metadata_problem(list(metadata)),
        }
    )


def amount_problem(text: str, currency: str) -> str | None:
    """An ``AmountError.reason`` for what was typed as an amount, or None when it parses.

    Zero parses: Stripe accepts a free price (``unit_amount=0``).
    """
    try:
        parse_amount(text, currency)
    except AmountError as err:
        return err.reason
    return None


def price_problems(
    *,
    amount_text: str | None,
    currency: str,
    lookup_key: str = "",
    nickname: str = "",
    metadata: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Field -> code for a price form; ``amount_text`` None in edit mode (amount is fixed)."""
    return _drop_none(
        {
            "amount": amount_problem(amount_text, currency) if amount_text is not None else None,
            "lookup_key": text_problem(lookup_key, max_len=LOOKUP_KEY_MAX),
            "nickname": text_problem(nickname, max_len=PRICE_NICKNAME_MAX),
            "metadata": metadata_problem(list(metadata)),
        }
    )


def trial_days_problem(days: int | None) -> str | None:
    """Stripe's trial is 1..730 days (None or 0: no trial)."""
    if not days:
        return None
    return None if 1 <= days <= TRIAL_DAYS_MAX else "trial_out_of_range"
