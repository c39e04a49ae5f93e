"""Parsing and formatting amounts in minor units (kpadmin.domain.money)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpadmin.domain.money import (
    MAX_AMOUNT,
    AmountError,
    Money,
    exponent,
    format_number,
    format_plain,
    parse_amount,
)

CURRENCIES = ["krw", "jpy", "usd", "eur", "kwd", "bhd"]


@pytest.mark.parametrize(("currency", "exp"), [("krw", 0), ("KRW", 0), ("usd", 2), ("kwd", 3)])
def test_exponent(currency, exp):
    assert exponent(currency) == exp


@given(currency=st.sampled_from(CURRENCIES), amount=st.integers(0, MAX_AMOUNT))
def test_parse_inverts_format_number(currency, amount):
    if exponent(currency) == 3:
        amount -= amount % 10
    assert parse_amount(format_number(amount, currency), currency) == amount


@given(currency=st.sampled_from(CURRENCIES), amount=st.integers(0, MAX_AMOUNT))
def test_parse_inverts_format_plain(currency, amount):
    if exponent(currency) == 3:
        amount -= amount % 10
    assert parse_amount(format_plain(amount, currency), currency) == amount


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("₩100,000", "krw", 100000),
        ("100000", "krw", 100000),
        ("100 000 원", "krw", 100000),
        ("$10.00", "usd", 1000),
        ("10.5", "usd", 1050),
        (".5", "usd", 50),
        ("USD 1,234.56", "usd", 123456),
        ("5.120", "kwd", 5120),
        ("¥500", "jpy", 500),
    ],
)
def test_parse_examples(text, currency, expected):
    assert parse_amount(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "reason"),
    [
        ("1.5", "krw", "too_many_decimals"),
        ("10.001", "usd", "too_many_decimals"),
        ("5.124", "kwd", "three_decimal_last_digit"),
        ("-5", "usd", "negative"),
        ("", "krw", "empty"),
        ("   ", "krw", "empty"),
        ("₩", "krw", "empty"),
        ("abc", "krw", "not_a_number"),
        ("1e5", "krw", "not_a_number"),
        ("1.2.3", "usd", "not_a_number"),
        ("100000000", "krw", "too_large"),
        ("1000000.00", "usd", "too_large"),
    ],
)
def test_parse_refuses(text, currency, reason):
    with pytest.raises(AmountError) as info:
        parse_amount(text, currency)
    assert info.value.reason == reason


def test_max_amount_is_accepted():
    assert parse_amount(str(MAX_AMOUNT), "krw") == MAX_AMOUNT


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (100000, "krw", "₩100,000"),
        (1000, "usd", "$10.00"),
        (-50, "usd", "-$0.50"),
        (5120, "kwd", "KWD 5.120"),
        (0, "krw", "₩0"),
    ],
)
def test_format_plain(minor, currency, text):
    assert format_plain(minor, currency) == text


def test_format_number_negative_and_zero_decimal():
    assert format_number(-5, "usd") == "-0.05"
    assert format_number(-5, "krw") == "-5"


def test_money_str():
    assert str(Money(100000, "krw")) == "₩100,000"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("10,50", "usd"),  # a decimal comma must not become $1,050.00
        ("1,5", "krw"),
        ("12,34,567", "krw"),
        ("1 2", "krw"),
        ("$5", "krw"),  # another currency's sign
        ("₩5", "usd"),
        ("1.000,50", "eur"),
        ("1.5 0", "usd"),
    ],
)
def test_parse_refuses_ambiguous_text(text, currency):
    with pytest.raises(AmountError) as info:
        parse_amount(text, currency)
    assert info.value.reason == "not_a_number"


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("1 000 000", "krw", 1_000_000),
        ("1'000", "krw", 1000),
        ("₩1,000원", "krw", 1000),
        ("\uffe61,000", "krw", 1000),
        ("krw 5", "krw", 5),
        ("-₩5", "krw", None),
    ],
)
def test_parse_grouping_and_signs(text, currency, expected):
    if expected is None:
        with pytest.raises(AmountError, match="negative"):
            parse_amount(text, currency)
    else:
        assert parse_amount(text, currency) == expected
