"""The table proxy's pure helpers: which rows flip, where they go, and the sort order."""

from __future__ import annotations

import random
from itertools import compress

from kpadmin.ui.row_runs import flipped_runs, fold, sorted_rows


def apply_runs(order: list[int], old: bytes, new: bytes) -> list[int]:
    """The shown list after applying the runs one by one, as the proxy tells Qt."""
    shown = list(compress(order, old))
    after = list(compress(order, new))
    removed, added = flipped_runs(old, new)
    for first, last in reversed(removed):
        del shown[first : last + 1]
    for first, last in added:
        shown[first:first] = after[first : last + 1]
    return shown


def test_runs_turn_one_shown_list_into_the_other():
    rng = random.Random(7)
    for size in (0, 1, 2, 5, 40, 300):
        order = list(range(size))
        rng.shuffle(order)
        for _ in range(30):
            old = bytes(rng.random() < 0.5 for _ in range(size))
            new = bytes(rng.random() < 0.5 for _ in range(size))
            assert apply_runs(order, old, new) == list(compress(order, new))


def test_runs_are_maximal_and_by_direction():
    old = bytes([1, 1, 1, 0, 0, 1, 0, 1])
    new = bytes([1, 0, 0, 1, 1, 1, 0, 0])
    # Shown before: rows 0, 1, 2, 5, 7; 1 and 2 go (one run), so does 7 (4th shown).
    # Shown after: 0, 3, 4, 5; 3 and 4 come as one run at places 1-2.
    assert flipped_runs(old, new) == ([(1, 2), (4, 4)], [(1, 2)])
    # Rows hidden all along do not split a run: 0 and 2 go together.
    assert flipped_runs(bytes([1, 0, 1, 1]), bytes([0, 0, 0, 1])) == ([(0, 1)], [])
    assert flipped_runs(old, old) == ([], [])


def test_sorted_rows_is_stable_and_puts_empty_keys_last():
    keys = ["b", None, "a", "b", "a"]
    assert sorted_rows(keys, descending=False) == [2, 4, 0, 3, 1]
    # Descending keeps equal keys in the model's order, and an empty key comes first (as Qt).
    assert sorted_rows(keys, descending=True) == [1, 0, 3, 2, 4]


def test_sorted_rows_orders_tuples_and_survives_mixed_kinds():
    amounts = [("krw", 300), ("jpy", 5), ("krw", 20), ("aaa", 1)]
    assert sorted_rows(amounts, descending=False) == [3, 1, 2, 0]
    mixed = [3, "x", None, 1, True, "a"]
    order = sorted_rows(mixed, descending=False)
    assert order[:3] == [3, 4, 0] and order[3:5] == [5, 1] and order[-1] == 2


def test_fold_matches_widths_and_case():
    assert fold("ＫＩＭ") == fold("kim") and fold("ｶﾄｳ") == fold("カトウ")
