"""The gateway is shaped like the SDK: one service per Stripe namespace, one shared transport."""

from __future__ import annotations

from kpadmin.stripe_api.client import Transport

SERVICES = {
    "customers",
    "products",
    "prices",
    "subscriptions",
    "invoices",
    "payment_intents",
    "setup_intents",
    "refunds",
    "test_clocks",
    "charges",
    "events",
}


def test_services_are_named_after_the_sdks_v1_namespaces(gateway):
    public = {name for name in vars(gateway) if not name.startswith("_")}
    assert public == SERVICES | {"transport"}
    v1 = gateway.transport.v1
    for name in SERVICES:
        assert hasattr(v1, name) or hasattr(v1.test_helpers, name), name
    assert hasattr(v1.customers, "payment_methods") and gateway.customers.payment_methods


def test_every_service_sends_through_the_one_transport(gateway):
    assert isinstance(gateway.transport, Transport)
    services = [getattr(gateway, name) for name in SERVICES]
    services.append(gateway.customers.payment_methods)
    assert all(service._t is gateway.transport for service in services)
