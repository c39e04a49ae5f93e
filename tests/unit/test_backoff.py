"""The polling schedule of an approval flow."""

from __future__ import annotations

from itertools import islice

import pytest

from kpadmin.redirect.approval import backoff_delays


def test_grows_by_the_factor_up_to_the_cap():
    assert list(islice(backoff_delays(2.0, 1.5, 10.0), 7)) == [
        2.0,
        3.0,
        4.5,
        6.75,
        10.0,
        10.0,
        10.0,
    ]


def test_never_ends():
    delays = backoff_delays(1.0, 2.0, 4.0)
    assert len(list(islice(delays, 1000))) == 1000


def test_jitter_spreads_within_the_bound():
    values = iter([0.0, 1.0, 0.5])
    delays = list(islice(backoff_delays(10.0, 1.0, 10.0, jitter=0.2, rng=lambda: next(values)), 3))
    assert delays == pytest.approx([8.0, 12.0, 10.0])


@pytest.mark.parametrize("args", [(0, 1.5, 10), (-1, 1.5, 10), (2, 0.5, 10), (5, 1.5, 2)])
def test_nonsense_is_refused(args):
    with pytest.raises(ValueError):
        next(backoff_delays(*args))
