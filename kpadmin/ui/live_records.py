"""Rows made from what Events carried, so a change shows without reading it again.

An Event's ``data.object`` is the object as the change left it, but not
expanded: a customer without its default payment method's kind, a
subscription without its customer's name or its latest invoice. A row keeps
those from the row it replaces while they are the same ones and did not change
themselves; otherwise these functions answer None and the tab retrieves the
object (:func:`kpadmin.ui.live_rows.read_rows_again`). Qt-free.
"""

from __future__ import annotations

import dataclasses

from kpadmin.domain.live_updates import Changes
from kpadmin.stripe_api.records import Customer, Subscription


def customer_from_event(old: Customer, new: object) -> Customer | None:
    """The row for ``new`` (an Event's customer) if it needs nothing more, else None.

    An Event's customer does not expand its default payment method, whose kind the
    row shows: it is kept from the row while the method is the same one.
    """
    if not isinstance(new, Customer) or new.default_payment_method_id != (
        old.default_payment_method_id
    ):
        return None
    return dataclasses.replace(new, default_payment_method_type=old.default_payment_method_type)


def subscription_from_events(old: Subscription, changes: Changes) -> Subscription | None:
    """The row for ``old`` as the Events left it, if they carried all it needs, else None.

    An Event's subscription does not expand its customer or latest invoice, which
    the row shows: they are kept from the row while they are the same ones and
    did not change themselves (a renamed customer's Event names them anew). A
    subscription whose invoices changed is read again.
    """
    if old.id in changes.invoiced:
        return None
    new = changes.objects.get(old.id, old if old.id not in changes.subscriptions else None)
    if not isinstance(new, Subscription) or (new.customer_id, new.latest_invoice_id) != (
        old.customer_id,
        old.latest_invoice_id,
    ):
        return None
    customer = changes.objects.get(old.customer_id, None)
    name, email = old.customer_name, old.customer_email
    if old.customer_id in changes.customers:
        if not isinstance(customer, Customer):
            return None
        name, email = customer.name, customer.email
    return dataclasses.replace(
        new, customer_name=name, customer_email=email, latest_invoice=old.latest_invoice
    )
