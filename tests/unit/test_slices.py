"""The sliced reader: every object read exactly once, slices split by density, requests paced."""

from __future__ import annotations

import asyncio
import itertools
import random

import pytest

from kpadmin.stripe_api.slices import (
    PageAnswer,
    RequestPacer,
    Slice,
    fetch_sliced,
    rest_of,
    split,
)


def test_split_covers_the_range_without_gaps_newest_first():
    pieces = split(100, 1000, 7)
    assert pieces[0].lt == 1000 and pieces[-1].gte == 100
    for newer, older in itertools.pairwise(pieces):
        assert older.lt == newer.gte
    assert split(0, 3, 10) == [Slice(2, 3), Slice(1, 2), Slice(0, 1)]


def test_rest_of_continues_after_the_last_object_and_cuts_by_density():
    page = PageAnswer([{"id": f"o{i}", "created": 1000 - i} for i in range(100)], True)
    rest = rest_of(Slice(0, 1001), page)
    # 100 objects in 100 s; 902 s left: about 9 pages, in slices of about 4: 3 slices.
    assert len(rest) == 3
    assert rest[0].cursor == "o99" and rest[0].lt == 902
    assert rest[-1].gte == 0 and all(r.cursor is None for r in rest[1:])
    # A few pages left: the slice just goes on after its last object.
    assert rest_of(Slice(700, 1001), page) == [Slice(700, 902, "o99")]


class FakeList:
    """A Stripe list filtered by ``created``: newest first, ties in a fixed order."""

    def __init__(self, objects: list[dict]) -> None:
        self.objects = sorted(objects, key=lambda o: (-o["created"], o["id"]))
        self.requests = 0
        self.in_flight = 0
        self.most_in_flight = 0

    async def get(self, piece: Slice) -> PageAnswer:
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0)
        self.in_flight -= 1
        rows = [o for o in self.objects if piece.gte <= o["created"] < piece.lt]
        if piece.cursor is not None:
            ids = [o["id"] for o in rows]
            rows = rows[ids.index(piece.cursor) + 1 :]
        return PageAnswer(rows[:100], len(rows) > 100)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_object_is_read_once_even_with_many_in_the_same_second(seed):
    rng = random.Random(seed)
    objects = [{"id": f"in_{i:05d}", "created": rng.randint(0, 5000)} for i in range(3000)]
    objects += [{"id": f"same_{i:03d}", "created": 2500} for i in range(250)]  # one busy second
    source = FakeList(objects)
    clock = Clock()
    seen: list[str] = []
    progress_calls = []
    result = asyncio.run(
        fetch_sliced(
            source.get,
            split(0, 5001, 4),
            pacer=RequestPacer(20, clock=clock, sleep=clock.sleep),
            concurrency=8,
            on_items=lambda items: seen.extend(o["id"] for o in items),
            on_progress=lambda p: progress_calls.append((p.pages, p.estimated)),
        )
    )
    assert sorted(seen) == sorted(o["id"] for o in objects)
    assert result.objects == len(objects) and result.pages == source.requests
    # 3,250 objects are 33 full pages; each slice wastes at most its last, partial page.
    assert source.requests < 33 * 1.5
    assert 1 < source.most_in_flight <= 8
    assert progress_calls[-1] == (result.pages, result.pages)
    # Paced at 20 a second: the fake clock advanced by the requests' spacing.
    assert clock.now == pytest.approx((source.requests - 1) / 20)


def test_the_pacer_slows_down_after_a_429_and_creeps_back():
    clock = Clock()
    pacer = RequestPacer(20, clock=clock, sleep=clock.sleep)
    pacer.limited()
    assert pacer.per_second == 10
    for _ in range(100):
        pacer.recover()
    assert pacer.per_second == 20


def test_a_failing_page_cancels_the_rest_and_is_raised():
    async def get(piece: Slice) -> PageAnswer:
        if piece.gte == 0:
            raise RuntimeError("boom")
        await asyncio.sleep(10)
        return PageAnswer([], False)

    clock = Clock()
    with pytest.raises(RuntimeError, match="boom"):
        asyncio.run(
            fetch_sliced(
                get, split(0, 100, 4), pacer=RequestPacer(1000, clock=clock, sleep=clock.sleep)
            )
        )


def test_urgent_requests_take_the_pacers_slots_first():
    clock = Clock()

    async def sleep(seconds: float) -> None:  # time passes, and the others get their turn
        await clock.sleep(seconds)
        await asyncio.sleep(0)

    pacer = RequestPacer(10, clock=clock, sleep=sleep)
    order: list[str] = []

    async def request(name: str, urgent: bool) -> None:
        await pacer.wait(urgent)
        order.append(name)

    async def main() -> None:
        await pacer.wait()  # the pacer is busy: the next slot is 0.1 s away
        await asyncio.gather(
            request("subscriptions-1", True),
            request("invoices-1", False),
            request("invoices-2", False),
            request("subscriptions-2", True),
        )

    asyncio.run(main())
    # The invoices asked before the second subscription request, and still went after it.
    assert sorted(order[:2]) == ["subscriptions-1", "subscriptions-2"]
    assert sorted(order[2:]) == ["invoices-1", "invoices-2"]
