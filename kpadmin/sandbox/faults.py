"""Fault injection: make the sandbox fail the way a real network and Stripe do.

A client that is only ever tested against a server that always answers cannot
prove it never doubles or loses a write. :class:`FaultInjector` decides, per
API request, whether to misbehave and how:

``500``
    answer ``500 api_error`` before doing anything (the SDK retries it).
``429``
    answer ``429 rate_limit`` with ``Stripe-Should-Retry: true`` before doing
    anything, as Stripe's rate limiter does.
``timeout``
    hang for :attr:`FaultPlan.hang_s` (longer than the client's timeout), then
    process the request anyway: the write may land after the client gave up.
``drop-before``
    close the connection without processing the request.
``drop-after``
    process and commit the request (idempotency result stored), then close
    the connection instead of answering: the write happened, the client sees
    a connection error.

Draws come from a seeded :class:`random.Random`, so a test run with the same
seed and the same request order injects the same faults. Only ``/v1/``
requests are affected; the admin endpoints and pages always answer.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

#: Every kind of fault, in the order the CLI documents them.
FAULT_KINDS: tuple[str, ...] = ("500", "429", "timeout", "drop-before", "drop-after")


@dataclass(frozen=True)
class FaultPlan:
    """What to inject.

    Attributes:
        rate: fraction of eligible requests that fail (0 disables injection).
        kinds: the fault kinds to choose from, uniformly.
        seed: seed of the random draws (None: unpredictable).
        hang_s: how long a ``timeout`` fault hangs before processing.
        methods: HTTP methods eligible for faults (empty: every method).
    """

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int | None = None
    hang_s: float = 60.0
    methods: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        unknown = [k for k in self.kinds if k not in FAULT_KINDS]
        if unknown or not self.kinds:
            raise ValueError(
                f"unknown fault kinds {unknown} (choose from {', '.join(FAULT_KINDS)})"
            )
        if self.hang_s < 0:
            raise ValueError("hang_s must not be negative")


def parse_kinds(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"500,429,timeout"`` -> ``("500", "429", "timeout")``; ``"all"`` is every kind."""
    items = text.split(",") if isinstance(text, str) else list(text)
    kinds = tuple(k.strip().lower() for k in items if k.strip())
    if kinds == ("all",):
        return FAULT_KINDS
    return kinds


class FaultInjector:
    """Draws faults for requests and counts what it injected.

    Thread-safe: the embedded sandbox serves on its own thread while tests
    reconfigure it and read the counts from theirs.
    """

    def __init__(self, plan: FaultPlan | None = None) -> None:
        self._lock = threading.Lock()
        self._plan = plan or FaultPlan()
        self._rng = random.Random(self._plan.seed)
        self._counts: Counter[str] = Counter()
        self._requests = 0

    @property
    def plan(self) -> FaultPlan:
        return self._plan

    def configure(self, **changes: Any) -> FaultPlan:
        """Replace parts of the plan (``rate``, ``kinds``, ``seed``, ``hang_s``, ``methods``).

        A new ``seed`` restarts the random sequence; counts are kept (see :meth:`reset`).

        Raises:
            ValueError: for an invalid rate, kind or duration.
        """
        if "kinds" in changes:
            changes["kinds"] = parse_kinds(changes["kinds"])
        if "methods" in changes:
            changes["methods"] = frozenset(m.upper() for m in changes["methods"])
        with self._lock:
            plan = replace(self._plan, **changes)
            self._plan = plan
            if "seed" in changes:
                self._rng = random.Random(plan.seed)
        return plan

    def reset(self) -> None:
        """Forget the counts."""
        with self._lock:
            self._counts.clear()
            self._requests = 0

    def draw(self, method: str) -> str | None:
        """The fault for the next request, or None to serve it normally."""
        with self._lock:
            plan = self._plan
            self._requests += 1
            if plan.rate <= 0 or (plan.methods and method.upper() not in plan.methods):
                return None
            if self._rng.random() >= plan.rate:
                return None
            kind = self._rng.choice(plan.kinds)
            self._counts[kind] += 1
            return kind

    def snapshot(self) -> dict[str, Any]:
        """The plan and the counts, as the admin endpoint reports them."""
        with self._lock:
            plan = self._plan
            return {
                "rate": plan.rate,
                "kinds": list(plan.kinds),
                "seed": plan.seed,
                "hang_s": plan.hang_s,
                "methods": sorted(plan.methods),
                "requests": self._requests,
                "injected": {k: self._counts.get(k, 0) for k in FAULT_KINDS},
                "injected_total": sum(self._counts.values()),
            }


def configure_from_args(injector: FaultInjector, args: dict[str, str]) -> FaultPlan:
    """Apply the admin endpoint's string arguments (``rate``, ``kinds``, ``seed``...).

    Raises:
        ValueError: for a value that does not parse.
    """
    changes: dict[str, Any] = {}
    if "rate" in args:
        changes["rate"] = float(args["rate"])
    if "kinds" in args:
        changes["kinds"] = args["kinds"]
    if "seed" in args:
        changes["seed"] = int(args["seed"]) if args["seed"] not in ("", "none") else None
    if "hang_s" in args:
        changes["hang_s"] = float(args["hang_s"])
    if "methods" in args:
        changes["methods"] = [m for m in args["methods"].split(",") if m.strip()]
    if args.get("reset") in ("1", "true"):
        injector.reset()
    return injector.configure(**changes)
