"""What kpadmin's writes are called in words: the audit log's action names, translated.

The gateway names each write it sends (``subscription.cancel_at_period_end``);
the activity log and the timelines show the name a support agent knows
("Cancel at period end"). An action this table does not know (written by a
newer kpadmin into the shared log) is shown as it was recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _names() -> dict[str, str]:
    """Built per call: the names follow the translators installed at the time."""
    return {
        "customers.create": QCoreApplication.translate("ActionNames", "New customer"),
        "customer.create_on_clock": QCoreApplication.translate(
            "ActionNames", "New customer on a test clock"
        ),
        "customers.update": QCoreApplication.translate("ActionNames", "Edit customer"),
        "customers.delete": QCoreApplication.translate("ActionNames", "Delete customer"),
        "products.create": QCoreApplication.translate("ActionNames", "New product"),
        "products.update": QCoreApplication.translate("ActionNames", "Edit product"),
        "prices.create": QCoreApplication.translate("ActionNames", "New price"),
        "prices.update": QCoreApplication.translate("ActionNames", "Edit price"),
        "subscriptions.create": QCoreApplication.translate("ActionNames", "New subscription"),
        "subscription.cancel_now": QCoreApplication.translate("ActionNames", "Cancel now"),
        "subscription.cancel_at_period_end": QCoreApplication.translate(
            "ActionNames", "Cancel at period end"
        ),
        "subscription.undo_cancellation": QCoreApplication.translate(
            "ActionNames", "Keep the subscription"
        ),
        "subscription.pause_collection": QCoreApplication.translate(
            "ActionNames", "Pause payments"
        ),
        "subscription.unpause_collection": QCoreApplication.translate(
            "ActionNames", "Resume payments"
        ),
        "subscription.resume": QCoreApplication.translate("ActionNames", "Resume subscription"),
        "subscription.change_plan": QCoreApplication.translate("ActionNames", "Change plan"),
        "subscription.end_trial": QCoreApplication.translate("ActionNames", "End trial now"),
        "subscription.extend_trial": QCoreApplication.translate("ActionNames", "Extend trial"),
        "subscription.set_payment_method": QCoreApplication.translate(
            "ActionNames", "Change payment method"
        ),
        "invoice.retry": QCoreApplication.translate("ActionNames", "Retry payment"),
        "invoice.void": QCoreApplication.translate("ActionNames", "Void invoice"),
        "invoice.mark_uncollectible": QCoreApplication.translate(
            "ActionNames", "Write off invoice"
        ),
        "refund.create": QCoreApplication.translate("ActionNames", "Refund"),
        "setup_intents.create": QCoreApplication.translate(
            "ActionNames", "Kakao Pay wallet approval"
        ),
        "setup_intents.cancel": QCoreApplication.translate("ActionNames", "Cancel wallet approval"),
        "payment_intents.confirm": QCoreApplication.translate(
            "ActionNames", "Kakao Pay payment approval"
        ),
        "test_clock.create": QCoreApplication.translate("ActionNames", "New test clock"),
        "test_clock.advance": QCoreApplication.translate("ActionNames", "Advance test clock"),
    }


def action_name(action: str) -> str:
    """The action's name in the UI's language; an unknown action as recorded."""
    return _names().get(action, action)


def action_family_name(family: str) -> str:
    """The name of a family of actions (``subscription.``) in the action filter."""
    names = {
        "customer": QCoreApplication.translate("ActionNames", "Customers on test clocks"),
        "customers": QCoreApplication.translate("ActionNames", "Customers"),
        "products": QCoreApplication.translate("ActionNames", "Products"),
        "prices": QCoreApplication.translate("ActionNames", "Prices"),
        "subscription": QCoreApplication.translate("ActionNames", "Subscriptions"),
        "subscriptions": QCoreApplication.translate("ActionNames", "Subscriptions"),
        "invoice": QCoreApplication.translate("ActionNames", "Invoices"),
        "refund": QCoreApplication.translate("ActionNames", "Refunds"),
        "setup_intents": QCoreApplication.translate("ActionNames", "Wallet approvals"),
        "payment_intents": QCoreApplication.translate("ActionNames", "Payment approvals"),
        "test_clock": QCoreApplication.translate("ActionNames", "Test clocks"),
    }
    name = family.rstrip(".")
    return names.get(name, name)
