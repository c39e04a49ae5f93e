"""The loaded rows the go-to box (Ctrl+K) suggests first while one types.

Rows the tabs have loaded are matched without a request: customers by name,
e-mail or id, subscriptions by their customer's name or e-mail, their plan or
their id (the instant filter's folding: width and case do not matter).
Stripe's own matches follow in the box (:meth:`kpadmin.ui.goto_box.GotoBox.suggest`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTabWidget, QWidget

from kpadmin.ui.goto_box import Target, customer_target
from kpadmin.ui.row_runs import fold

# How many loaded rows the box suggests, before Stripe's matches.
LOADED_LIMIT = 6
# Shorter text matches too much to be worth suggesting from the loaded rows.
MIN_LOADED_TEXT = 2


def built_tabs(tabs: QTabWidget) -> list[QWidget]:
    """The tabs that exist (a tab never opened is a placeholder with no rows)."""
    return [w for i in range(tabs.count()) if (w := tabs.widget(i)) is not None]


def loaded_matches(tabs: Iterable[QWidget], text: str) -> list[Target]:
    """Loaded customers and subscriptions whose label holds ``text``, customers first."""
    needle = fold(" ".join(text.split()))
    if len(needle) < MIN_LOADED_TEXT:
        return []
    by_key = {w.property("tabKey"): getattr(w, "model", None) for w in tabs}
    found: list[Target] = []
    customers = by_key.get("customers")
    if customers is not None:
        for customer in customers.objects():
            target = customer_target(customer)
            if needle in fold(target.label):
                found.append(target)
                if len(found) >= LOADED_LIMIT:
                    return found
    subscriptions = by_key.get("subscriptions")
    if subscriptions is not None:
        for sub in subscriptions.objects():
            label = " · ".join(
                (subscriptions.customer_text(sub), subscriptions.plan_text(sub), sub.id)
            )
            if needle in fold(f"{label} {sub.customer_email or ''}"):
                found.append(Target("subscriptions", (sub,), label))
                if len(found) >= LOADED_LIMIT:
                    break
    return found
