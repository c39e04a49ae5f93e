"""What expands on each object type the sandbox serves (used by :mod:`expansion`).

Kept apart from the code that walks them because they are data: Stripe's
expandable ids as the SDK declares them (``tests/sandbox/test_expansion_table.py``
checks they are the same), the fields Stripe includes only when expanded
(docs/SANDBOX_SHAPES.md), and the lists and objects a path may walk through.
"""

from __future__ import annotations

#: Field path -> the object type an id there names (``"account"`` and such may name
#: objects the sandbox never has; expanding them leaves their ``null`` as it is).
EXPANDABLE_IDS: dict[str, dict[str, str]] = {
    "charge": {
        "application": "application",
        "application_fee": "application_fee",
        "balance_transaction": "balance_transaction",
        "customer": "customer",
        "failure_balance_transaction": "balance_transaction",
        "on_behalf_of": "account",
        "outcome.rule": "radar.rule",
        "payment_intent": "payment_intent",
        "payment_method_details.bancontact.generated_sepa_debit": "payment_method",
        "payment_method_details.bancontact.generated_sepa_debit_mandate": "mandate",
        "payment_method_details.card.mandate": "mandate",
        "payment_method_details.ideal.generated_sepa_debit": "payment_method",
        "payment_method_details.ideal.generated_sepa_debit_mandate": "mandate",
        "payment_method_details.sofort.generated_sepa_debit": "payment_method",
        "payment_method_details.sofort.generated_sepa_debit_mandate": "mandate",
        "payment_method_details.us_bank_account.mandate": "mandate",
        "review": "review",
        "source_transfer": "transfer",
        "transfer": "transfer",
        "transfer_data.destination": "account",
    },
    "customer": {
        "default_source": "source",
        "invoice_settings.default_payment_method": "payment_method",
        "test_clock": "test_helpers.test_clock",
    },
    "invoice": {
        "application": "application",
        "automatic_tax.liability.account": "account",
        "customer": "customer",
        "default_payment_method": "payment_method",
        "default_source": "source",
        "from_invoice.invoice": "invoice",
        "issuer.account": "account",
        "latest_revision": "invoice",
        "on_behalf_of": "account",
        "parent.subscription_details.subscription": "subscription",
        "shipping_cost.shipping_rate": "shipping_rate",
        "test_clock": "test_helpers.test_clock",
    },
    "invoice_payment": {
        "invoice": "invoice",
        "payment.charge": "charge",
        "payment.payment_intent": "payment_intent",
        "payment.payment_record": "payment_record",
    },
    "line_item": {
        "pricing.price_details.price": "price",
        "subscription": "subscription",
    },
    "mandate": {"payment_method": "payment_method"},
    "payment_intent": {
        "application": "application",
        "customer": "customer",
        "latest_charge": "charge",
        "on_behalf_of": "account",
        "payment_method": "payment_method",
        "payment_record": "payment_record",
        "review": "review",
        "source": "source",
        "transfer_data.destination": "account",
    },
    "payment_method": {
        "card.generated_from.setup_attempt": "setup_attempt",
        "customer": "customer",
        "sepa_debit.generated_from.charge": "charge",
        "sepa_debit.generated_from.setup_attempt": "setup_attempt",
    },
    "plan": {"product": "product"},
    "price": {"product": "product"},
    "product": {"default_price": "price", "tax_code": "tax_code"},
    "refund": {
        "balance_transaction": "balance_transaction",
        "charge": "charge",
        "customer": "customer",
        "failure_balance_transaction": "balance_transaction",
        "payment_intent": "payment_intent",
        "payment_method": "payment_method",
        "source_transfer_reversal": "transfer_reversal",
        "transfer_reversal": "transfer_reversal",
    },
    "setup_attempt": {
        "application": "application",
        "customer": "customer",
        "on_behalf_of": "account",
        "payment_method": "payment_method",
        "payment_method_details.bancontact.generated_sepa_debit": "payment_method",
        "payment_method_details.bancontact.generated_sepa_debit_mandate": "mandate",
        "payment_method_details.card_present.generated_card": "payment_method",
        "payment_method_details.ideal.generated_sepa_debit": "payment_method",
        "payment_method_details.ideal.generated_sepa_debit_mandate": "mandate",
        "payment_method_details.sofort.generated_sepa_debit": "payment_method",
        "payment_method_details.sofort.generated_sepa_debit_mandate": "mandate",
        "setup_intent": "setup_intent",
    },
    "setup_intent": {
        "application": "application",
        "customer": "customer",
        "latest_attempt": "setup_attempt",
        "mandate": "mandate",
        "on_behalf_of": "account",
        "payment_method": "payment_method",
        "single_use_mandate": "mandate",
    },
    "subscription": {
        "application": "application",
        "automatic_tax.liability.account": "account",
        "cancellation_details.feedback_option": "feedback_option",
        "customer": "customer",
        "default_payment_method": "payment_method",
        "default_source": "source",
        "invoice_settings.issuer.account": "account",
        "latest_invoice": "invoice",
        "on_behalf_of": "account",
        "pending_setup_intent": "setup_intent",
        "schedule": "subscription_schedule",
        "test_clock": "test_helpers.test_clock",
        "transfer_data.destination": "account",
    },
}

#: Field path -> the type it holds, for fields Stripe includes only when expanded.
#: ``list:`` marks a list object of that type.
INCLUDABLE: dict[str, dict[str, str]] = {
    "charge": {"refunds": "list:refund"},
    "customer": {
        "cash_balance": "cash_balance",
        "invoice_credit_balance": "invoice_credit_balance",
        "sources": "list:source",
        "subscriptions": "list:subscription",
        "tax": "customer_tax",
        "tax_ids": "list:tax_id",
    },
    "invoice": {
        "confirmation_secret": "confirmation_secret",
        "payments": "list:invoice_payment",
    },
    "plan": {"tiers": "plan_tier"},
    "price": {"currency_options": "currency_option", "tiers": "price_tier"},
}

#: Field path -> the type it holds, for objects and lists that are always in the
#: answer: a path may walk through them to reach something that expands.
EMBEDDED: dict[str, dict[str, str]] = {
    "invoice": {"lines": "list:line_item"},
    "payment_intent": {"last_payment_error.payment_method": "payment_method"},
    "setup_intent": {"last_setup_error.payment_method": "payment_method"},
    "subscription": {"items": "list:subscription_item"},
    "subscription_item": {"plan": "plan", "price": "price"},
}

#: What a list answer holds, by the last word of its ``url`` that is not an id.
LIST_ITEMS: dict[str, str] = {
    "charges": "charge",
    "customers": "customer",
    "events": "event",
    "invoice_payments": "invoice_payment",
    "invoices": "invoice",
    "lines": "line_item",
    "mandates": "mandate",
    "payment_intents": "payment_intent",
    "payment_methods": "payment_method",
    "prices": "price",
    "products": "product",
    "refunds": "refund",
    "setup_attempts": "setup_attempt",
    "setup_intents": "setup_intent",
    "subscription_items": "subscription_item",
    "subscriptions": "subscription",
    "test_clocks": "test_helpers.test_clock",
}
