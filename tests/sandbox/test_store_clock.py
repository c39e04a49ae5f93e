"""The sandbox's clock while a request runs at a test clock's frozen time."""

from __future__ import annotations

import time

from kpadmin.sandbox.resources import billing
from kpadmin.sandbox.store import Store


def test_a_pinned_clock_stands_while_the_wall_clock_moves(monkeypatch):
    wall = [1_780_000_000.2]
    monkeypatch.setattr(time, "time", lambda: wall[0])
    store = Store()
    with store.pinned_at(1_790_000_000):
        assert store.now() == 1_790_000_000
        wall[0] += 1.5  # a loaded machine: the request crosses a second boundary
        assert store.now() == 1_790_000_000
        billing.at(store, 1_790_086_400)  # a test clock advancing through a renewal
        wall[0] += 3
        assert store.now() == 1_790_086_400
    assert store.now() == int(wall[0])  # the wall clock again, offset untouched


def test_moving_the_unpinned_clock_keeps_following_the_wall(monkeypatch):
    wall = [1_780_000_000.0]
    monkeypatch.setattr(time, "time", lambda: wall[0])
    store = Store()
    billing.at(store, 1_780_000_100)  # the seed builds a shop's past this way
    wall[0] += 2
    assert store.now() == 1_780_000_102
