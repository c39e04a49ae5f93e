"""Round tick values for money axes, labelled as the window writes amounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from kpadmin.ui.overview.charts import money_ticks, nice_step


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
