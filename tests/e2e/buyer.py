"""What a buyer does in the browser, for end-to-end tests: press a button on the approval page.

A module of its own (not conftest) so that tests import it by a name no other
test folder uses.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx


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


async def press(url: str, button: str, *, follow: bool = True) -> httpx.Response:
    """Open the approval page, press ``button``, follow the redirect; the return page's response.

    ``follow=False`` stops at the 303, like a buyer who approves on another device.
    """
    async with httpx.AsyncClient() as client:
        page = await client.get(url)
        assert page.status_code == 200, page.text
        form = _Form()
        form.feed(page.text)
        assert button in form.buttons, form.buttons
        answer = await client.post(
            urljoin(url, form.action), data={**form.hidden, "action": button}
        )
        assert answer.status_code == 303, answer.text
        if not follow:
            return answer
        return await client.get(answer.headers["location"])


async def saved_wallet(gateway, customer_id: str, button: str = "authorize") -> str:
    """A Kakao Pay wallet saved for the customer without the UI (setup for subscription tests)."""
    from kpadmin.redirect.approval import local_acceptance
    from kpadmin.stripe_api import new_action_key

    si = await gateway.setup_intents.start_kakao(
        customer_id,
        return_url="https://shop.example.kr/back",
        acceptance=local_acceptance(),
        idempotency_key=new_action_key(),
    )
    await press(si.redirect_url, button, follow=False)
    si = await gateway.setup_intents.retrieve(si.id)
    assert si.status == "succeeded"
    return si.payment_method_id
