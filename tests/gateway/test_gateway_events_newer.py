"""``gateway.events.newer_than``: every Event after the last one seen, oldest first."""

from __future__ import annotations


def test_a_starting_point_then_only_what_is_newer(gateway, raw, wait_for):
    empty = wait_for(gateway.events.newer_than(None))
    assert empty.events == () and empty.last_id is None  # an account without Events yet

    cus = raw.v1.customers.create({"name": "김민준"})
    start = wait_for(gateway.events.newer_than(None))
    assert start.events == () and start.last_id == raw.v1.events.list({"limit": 1}).data[0].id

    idle = wait_for(gateway.events.newer_than(start.last_id))
    assert idle.events == () and idle.last_id == start.last_id and idle.complete

    raw.v1.customers.update(cus.id, {"name": "김민준 (VIP)"})
    raw.v1.customers.update(cus.id, {"email": "minjun@example.kr"})
    new = wait_for(gateway.events.newer_than(start.last_id))
    assert [e.type for e in new.events] == ["customer.updated", "customer.updated"]
    assert [e.object_id for e in new.events] == [cus.id, cus.id]
    newest = raw.v1.events.list({"limit": 2}).data
    assert [e.id for e in new.events] == [newest[1].id, newest[0].id]  # oldest first
    assert new.last_id == newest[0].id and new.complete


def test_pages_until_nothing_newer_and_says_when_it_stopped_short(gateway, raw, wait_for):
    raw.v1.customers.create({"name": "시작"})
    start = wait_for(gateway.events.newer_than(None)).last_id
    for i in range(250):  # 2.5 pages of 100
        raw.v1.customers.create({"name": f"고객 {i}"})
    every = wait_for(gateway.events.newer_than(start))
    names = [e.object_id for e in every.events]
    created = [c.id for c in raw.v1.customers.list({"limit": 100}).auto_paging_iter()]
    assert names == list(reversed(created))[1:]  # all 250, oldest first, none twice
    assert every.complete and every.last_id == raw.v1.events.list({"limit": 1}).data[0].id

    short = wait_for(gateway.events.newer_than(start, max_pages=2))
    assert len(short.events) == 200 and not short.complete
    assert short.last_id == short.events[-1].id  # the next ask goes on from there


def test_an_event_no_longer_kept_starts_again_from_the_newest(gateway, raw, wait_for, sandbox):
    raw.v1.customers.create({"name": "김민준"})
    newest = raw.v1.events.list({"limit": 1}).data[0].id
    gone = wait_for(gateway.events.newer_than("evt_1NoLongerKept"))
    assert gone.events == () and gone.last_id == newest and not gone.complete
