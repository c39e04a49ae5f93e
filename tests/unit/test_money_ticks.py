"""Round tick values for money axes, labelled as the window writes amounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from kpadmin.ui.overview.charts import money_ticks, nice_step, signed_money_ticks


@pytest.fixture
def english_locale_default():
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("maximum", "step"), [(1_743_333, 500_000), (9, 2), (100, 20), (0.3, 0.1), (0, 1)]
)
def test_steps_are_one_two_or_five_times_a_power_of_ten(maximum, step):
    assert nice_step(maximum) == pytest.approx(step)


def test_won_ticks_cover_the_highest_bar(english_locale_default):
    ticks = money_ticks(1_743_333, "krw")
    assert [v for v, _ in ticks] == [0, 500_000, 1_000_000, 1_500_000, 2_000_000]
    assert ticks[-1][1] == "₩2,000,000"


def test_dollar_ticks_are_in_cents_and_labelled_in_dollars(english_locale_default):
    ticks = money_ticks(123_456, "usd")  # $1,234.56
    assert ticks[-1] == (150_000, "$1,500.00")


def test_a_round_highest_bar_still_has_a_tick_above_it(english_locale_default):
    """Five new customers at ₩100,000 make a ₩500,000 bar: the axis goes on past it."""
    assert [v for v, _ in money_ticks(500_000, "krw")][-1] == 600_000
    assert [v for v, _ in money_ticks(0, "krw")] == [0, 1]


@pytest.mark.parametrize(
    ("lowest", "highest", "expected"),
    [
        # Movements: ₩500,000 new and ₩100,000 churned in one month.
        (
            -100_000,
            500_000,
            [-200_000, -100_000, 0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000],
        ),
        (-150_000, 450_000, [-200_000, -100_000, 0, 100_000, 200_000, 300_000, 400_000, 500_000]),
        (0, 450_000, [0, 100_000, 200_000, 300_000, 400_000, 500_000]),
        (-500_000, 0, [-600_000, -500_000, -400_000, -300_000, -200_000, -100_000, 0, 100_000]),
    ],
)
def test_signed_ticks_reach_past_both_extremes(english_locale_default, lowest, highest, expected):
    ticks = signed_money_ticks(lowest, highest, "krw")
    assert [v for v, _ in ticks] == expected
    assert ticks[0][0] < lowest or lowest == 0
    assert ticks[-1][0] > highest
    assert ticks[0][1] == f"-₩{-expected[0]:,}" if expected[0] < 0 else ticks[0][1] == "₩0"
