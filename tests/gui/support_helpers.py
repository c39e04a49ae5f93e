"""Helpers for the support action tests (plain functions; the fixtures are in conftest.py)."""

from __future__ import annotations


def find_sub(wait_for, gateway, status, pred=lambda s: True):
    """The first demo subscription with ``status`` that satisfies ``pred``, fully retrieved."""
    page = wait_for(gateway.subscriptions.list(status=status, limit=100))
    sub = next(s for s in page.items if pred(s))
    return wait_for(gateway.subscriptions.retrieve(sub.id))


def plain_active(s):
    """An active monthly ₩100,000 subscription with nothing scheduled or paused."""
    return (
        s.status == "active"
        and not s.cancel_at_period_end
        and not s.pause_collection_behavior
        and s.items[0].price.unit_amount == 100000
    )


def confirm(qtbot, dialog, *, twice=False):
    """Press Confirm (twice, as a double click would) and wait for the result or an error."""
    qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=10000)
    dialog.confirm_button.click()
    if twice:
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.carried_out or dialog.error_label.isVisible(), timeout=10000)


def writes(audit, **filters):
    """(action, outcome) of the audited writes, oldest first."""
    return [(e.action, e.outcome) for e in reversed(audit.query(**filters))]
