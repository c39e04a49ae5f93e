"""The sandbox's resource modules, one per Stripe resource family.

Each module exposes ``routes = core.Routes()``. :func:`all_routes` imports
them by name and skips any that does not exist yet, so the server runs while
the set of modules grows; a module that exists but fails to import is an
error (hiding it would hide a bug).
"""

from __future__ import annotations

import importlib
import importlib.util

from kpadmin.sandbox.core import Routes

#: Every resource module, in no particular order (routes are matched by specificity).
MODULES: tuple[str, ...] = (
    "catalog",
    "customers",
    "events",
    "payment_methods",
    "setup_intents",
    "setup_attempts",
    "payment_intents",
    "mandates",
    "subscriptions",
    "invoices",
    "test_clocks",
    "prorations",
    "refunds",
)


def all_routes() -> list[Routes]:
    """The ``routes`` blueprint of every resource module present, plus the Kakao page."""
    found: list[Routes] = []
    names = [f"{__name__}.{m}" for m in MODULES] + ["kpadmin.sandbox.kakao_page"]
    for name in names:
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        routes = getattr(module, "routes", None)
        if isinstance(routes, Routes):
            found.append(routes)
    return found
