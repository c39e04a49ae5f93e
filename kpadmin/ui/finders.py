"""What the customer and price pickers find as the person types: the Subscriptions
tab's filters and the New subscription dialog's customer.

Each finder asks Stripe (through the gateway) for what the text names, at
any size of shop: an id is retrieved; anything else is a search. Price
search cannot match a product's name, so a price search finds products by
name first, then their prices, each with its product's name. Stripe's
search index lags writes by up to a minute, so an object created or renamed
moments ago may be missing from the choices (its id still works, typed or
pasted).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from kpadmin.domain.ids import kind_of
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, Price
from kpadmin.ui.models.prices_model import price_label
from kpadmin.ui.widgets.search_picker import Choice

if TYPE_CHECKING:
    from kpadmin.stripe_api import StripeGateway

# How many customers, and how many products' prices, one search offers.
CUSTOMER_CHOICES = 20
PRICE_CHOICES = 30
PRODUCTS_SEARCHED = 10

T = TypeVar("T")


def customer_choice(customer: Customer) -> Choice:
    """ "김민준 (cus_…)": the name, else the e-mail, with the id."""
    return f"{customer.name or customer.email or customer.id} ({customer.id})", customer.id


def price_choice(price: Price, plan_name: Callable[[Price], str]) -> Choice:
    """ "Photo plan · ₩30,000 / month"."""
    return f"{plan_name(price)} · {price_label(price)}", price.id


async def _unless_missing(lookup: Awaitable[T]) -> T | None:
    """The object an id names, or None when Stripe has no such object (a typo is no error)."""
    try:
        return await lookup
    except GatewayError as err:
        if err.kind == "not_found":
            return None
        raise


async def find_customers(gateway: StripeGateway, text: str) -> list[Choice]:
    """A typed ``cus_…`` id, or the customers whose name or e-mail holds ``text``."""
    if kind_of(text) == "customer":
        customer = await _unless_missing(gateway.customers.retrieve(text))
        return [customer_choice(customer)] if customer and not customer.deleted else []
    page = await gateway.customers.search(text, limit=CUSTOMER_CHOICES)
    return [customer_choice(c) for c in page.items]


async def find_prices(
    gateway: StripeGateway, text: str, plan_name: Callable[[Price], str]
) -> list[Choice]:
    """A typed ``price_…`` id, or the prices of the products whose name holds ``text``."""
    if kind_of(text) == "price":
        price = await _unless_missing(gateway.prices.retrieve(text))
        return [price_choice(price, plan_name)] if price else []
    products = await gateway.products.search(text, limit=PRODUCTS_SEARCHED)
    prices = await gateway.prices.search_by_products(
        [p.id for p in products.items], limit=PRICE_CHOICES
    )
    return [price_choice(p, plan_name) for p in prices.items]
