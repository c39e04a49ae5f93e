"""Test helpers for the Kakao Pay flows: a client, a shop, and a browser on the approval page.

Not a test module: the sandbox's billing tests import it (``import kakao_flow``).
The "browser" GETs the redirect URL, parses the page's form with
:mod:`html.parser`, POSTs the chosen button and returns the 303 without
following it, so the return_url never has to exist.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import stripe

RETURN_URL = "https://shop.example.kr/kakao/return?order=42"
MANDATE_DATA = {
    "customer_acceptance": {
        "type": "online",
        "online": {"ip_address": "211.36.142.7", "user_agent": "Mozilla/5.0 (kpadmin tests)"},
    }
}


def client(sandbox, key: str, version: str | None = None) -> stripe.StripeClient:
    kwargs = {"stripe_version": version} if version else {}
    return stripe.StripeClient(key, base_addresses={"api": sandbox.url}, **kwargs)


def shop(c: stripe.StripeClient, name: str = "김민준"):
    """A customer and the 100,000 KRW monthly price."""
    cus = c.v1.customers.create({"name": name, "email": "minjun@example.kr"})
    prod = c.v1.products.create({"name": "스톡포토 프리미엄"})
    price = c.v1.prices.create(
        {
            "product": prod.id,
            "currency": "krw",
            "unit_amount": 100000,
            "recurring": {"interval": "month"},
        }
    )
    return cus, price


def start_setup(c: stripe.StripeClient, customer: str):
    """Step 1 of the seed flow (endive parameters): a SetupIntent in requires_action."""
    return c.v1.setup_intents.create(
        {
            "customer": customer,
            "confirm": True,
            "usage": "off_session",
            "allowed_payment_method_types": ["kakao_pay"],
            "payment_method_data": {"type": "kakao_pay"},
            "mandate_data": MANDATE_DATA,
            "return_url": RETURN_URL,
        }
    )


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.hidden: dict[str, str] = {}
        self.buttons: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a.get("action") or ""
        elif tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a.get("value") or ""
        elif tag == "button" and a.get("name") == "action":
            self.buttons.append(a.get("value") or "")


def open_page(url: str) -> tuple[httpx.Response, _Form]:
    resp = httpx.get(url)
    form = _Form()
    form.feed(resp.text)
    return resp, form


def press(url: str, button: str) -> httpx.Response:
    """Open the approval page at ``url`` and press ``button``; the 303, not followed."""
    resp, form = open_page(url)
    assert resp.status_code == 200, resp.text
    assert button in form.buttons
    return httpx.post(
        urljoin(url, form.action), data={**form.hidden, "action": button}, follow_redirects=False
    )


def returned(resp: httpx.Response) -> dict[str, str]:
    """The query Stripe appends to return_url (checked to extend the original URL)."""
    assert resp.status_code == 303, resp.text
    location = resp.headers["location"]
    assert location.startswith(RETURN_URL + "&")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def saved_wallet(c: stripe.StripeClient, customer: str, button: str = "authorize"):
    """The whole save-a-wallet flow; the retrieved SetupIntent."""
    si = start_setup(c, customer)
    returned(press(si.next_action.redirect_to_url.url, button))
    return c.v1.setup_intents.retrieve(si.id)
