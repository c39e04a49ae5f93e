"""One service per Stripe resource, shaped like ``StripeClient.v1``'s own namespaces.

Each service builds its requests with the SDK's ``stripe.params`` TypedDicts,
names its writes for the audit log, turns answers into records, and sends
everything through the one shared :class:`~kpadmin.stripe_api.client.Transport`.
"""
