"""The store's ``created`` index answers what filtering every object would, in list order."""

from __future__ import annotations

import random

from kpadmin.sandbox.store import Store


def filtered(store: Store, low: int, high: int) -> list[str]:
    return [o["id"] for o in store.all("invoice") if low <= o["created"] <= high]


def test_created_between_matches_a_full_filter_through_writes_deletes_and_rollbacks():
    rng = random.Random(5)
    store = Store()
    for n in range(300):  # created out of insertion order, with ties
        store.put({"id": f"in_{n:04d}", "object": "invoice", "created": rng.randint(0, 500)})
    store.put({"id": "cus_1", "object": "customer", "created": 250})
    for low, high in ((0, 500), (100, 200), (250, 250), (501, 900)):
        assert [o["id"] for o in store.created_between("invoice", low, high)] == filtered(
            store, low, high
        )
    store.delete("in_0007")
    store.put({"id": "in_new", "object": "invoice", "created": 150})
    with store.transaction() as tx:
        store.put({"id": "in_gone", "object": "invoice", "created": 160})
        tx.rollback()
    ids = [o["id"] for o in store.created_between("invoice", 100, 200)]
    assert ids == filtered(store, 100, 200)
    assert "in_new" in ids and "in_gone" not in ids and "in_0007" not in ids
