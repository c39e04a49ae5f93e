"""Read a long list fast: split it by ``created`` and fetch the slices concurrently.

Stripe's cursor pagination is serial: each page names the next. A year of
invoices of a big shop is ~1,200 pages, three minutes at 150 ms a page. Lists
also take ``created[gte]`` / ``created[lt]``, so the range is cut into slices
read side by side. A slice whose page says ``has_more`` continues after the
page's last object (``starting_after``) or, when the density the page showed
(100 objects in so many seconds) promises more than a few pages, is split
again, the newest part continuing and the older parts starting fresh. Every request waits for a :class:`RequestPacer` slot, which keeps
the rate under Stripe's per-second limit (25 in test mode, 100 in live mode,
docs.stripe.com/rate-limits) and slows down when the transport reports a 429
(it retries those itself, :meth:`kpadmin.stripe_api.client.Transport._send`).

Qt-free: the caller gives a function that fetches one page and callbacks for
the objects and the progress.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

PAGE = 100
# Pages a slice is planned to hold: read one after the other by cursor, they are full;
# only a slice's last page is partial, so fewer, longer slices waste fewer requests.
CHAIN = 4
# Requests per second the reader allows itself, under Stripe's limits (25 test, 100 live)
# with room for the rest of the window's calls.
PACE = {"test": 23.0, "live": 90.0}


@dataclass(frozen=True, slots=True)
class Slice:
    """Objects created in ``[gte, lt)``, after the object ``cursor`` when one is given."""

    gte: int
    lt: int
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class PageAnswer:
    """One page: its objects (newest first) and whether more match the slice."""

    items: Sequence[dict[str, Any]]
    has_more: bool


GetPage = Callable[[Slice], Awaitable[PageAnswer]]


def split(gte: int, lt: int, parts: int) -> list[Slice]:
    """``[gte, lt)`` cut into ``parts`` slices of (nearly) equal length, newest first."""
    parts = max(1, min(parts, lt - gte))
    edges = [gte + (lt - gte) * i // parts for i in range(parts + 1)]
    return [
        Slice(edges[i], edges[i + 1]) for i in reversed(range(parts)) if edges[i] < edges[i + 1]
    ]


def rest_of(done: Slice, page: PageAnswer, max_parts: int = 32) -> list[Slice]:
    """The slices still to read after ``page`` of ``done`` said ``has_more``.

    The page covered ``(oldest, done.lt)``; the objects left are created in
    ``[done.gte, oldest]``. Expecting as many per second as the page held: up to
    :data:`CHAIN` pages more, the slice simply continues after the page's last
    object (full pages, nothing wasted); more than that is cut into slices of
    about :data:`CHAIN` pages read side by side, the newest of them continuing
    after the last object, so objects created in the same second as it are
    neither lost nor read twice. Each slice wastes at most its last, partial page.
    """
    last = page.items[-1]
    oldest = int(last["created"])
    covered = max(1, done.lt - oldest)
    expected = len(page.items) * (oldest + 1 - done.gte) / covered
    parts = max(1, min(max_parts, math.ceil(expected / (PAGE * CHAIN))))
    pieces = split(done.gte, oldest + 1, parts)
    newest = pieces[0]
    return [Slice(newest.gte, newest.lt, str(last["id"])), *pieces[1:]]


class RequestPacer:
    """Spaces requests evenly at ``per_second``; halves the rate after a reported 429.

    Shared by several readers, it serves ``urgent`` waiters first.

    Args:
        per_second: the steady rate.
        clock, sleep: time and waiting (tests pass their own).
    """

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.per_second = per_second
        self._full = per_second
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._urgent = 0  # urgent requests waiting for their slot

    async def wait(self, urgent: bool = False) -> None:
        """Return when the next request may go; ``urgent`` requests go before the others."""
        if urgent:
            self._urgent += 1
            try:
                await self._take()
            finally:
                self._urgent -= 1
            return
        while self._urgent:
            await self._sleep(1.0 / self.per_second)
        await self._take()

    async def _take(self) -> None:
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + 1.0 / self.per_second
        if slot > now:
            await self._sleep(slot - now)

    def limited(self) -> None:
        """A request was refused as over the limit: go at half the rate for a while."""
        self.per_second = max(1.0, self.per_second / 2)
        self._next = max(self._next, self._clock() + 1.0)

    def recover(self) -> None:
        """A request passed: creep back towards the steady rate."""
        self.per_second = min(self._full, self.per_second * 1.05)


@dataclass(slots=True)
class Progress:
    """Pages read and the estimate of all pages (it grows as slices are split)."""

    pages: int = 0
    estimated: int = 0
    objects: int = 0


async def fetch_sliced(
    get_page: GetPage,
    slices: Sequence[Slice],
    *,
    pacer: RequestPacer,
    concurrency: int = 16,
    on_items: Callable[[Sequence[dict[str, Any]]], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    rate_limited: Callable[[], int] | None = None,
    urgent: bool = False,
) -> Progress:
    """Read every slice to its end, concurrently; objects go to ``on_items`` as pages arrive.

    ``rate_limited`` returns how many 429s the transport has met so far; the
    pacer slows down when it grows. ``urgent`` requests take the pacer's slots
    before those of other readers sharing it. The first failure cancels the other
    slices and is raised.
    """
    progress = Progress(estimated=len(slices))
    gate = asyncio.Semaphore(concurrency)
    seen_429 = rate_limited() if rate_limited else 0
    pending: set[asyncio.Task[list[Slice]]] = set()

    async def read(piece: Slice) -> list[Slice]:
        nonlocal seen_429
        async with gate:
            await pacer.wait(urgent)
            page = await get_page(piece)
        if rate_limited is not None:
            count = rate_limited()
            if count > seen_429:
                seen_429 = count
                pacer.limited()
            else:
                pacer.recover()
        progress.pages += 1
        progress.objects += len(page.items)
        if on_items is not None and page.items:
            on_items(page.items)
        if not page.has_more or not page.items:
            return []
        return rest_of(piece, page)

    for piece in slices:
        pending.add(asyncio.ensure_future(read(piece)))
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                more = task.result()
                progress.estimated += len(more)
                for piece in more:
                    pending.add(asyncio.ensure_future(read(piece)))
            if on_progress is not None:
                on_progress(progress)
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
    return progress
