"""The approval page: what it shows, what its buttons do, what it refuses."""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest
import stripe


def _payment(c, customer, amount=100000, currency="krw"):
    return c.v1.payment_intents.create(
        {
            "amount": amount,
            "currency": currency,
            "customer": customer,
            "allowed_payment_method_types": ["kakao_pay"],
            "payment_method_data": {"type": "kakao_pay"},
            "confirm": True,
            "return_url": kf.RETURN_URL,
            "description": "사진 10장 팩",
        }
    )


def test_page_shows_amount_merchant_and_three_choices(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    pi = _payment(c, cus.id)
    assert pi.status == "requires_action"
    resp, form = kf.open_page(pi.next_action.redirect_to_url.url)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    page = resp.text
    assert "₩100,000" in page and "kpadmin sandbox shop" in page and "김민준" in page
    assert "승인" in page and "Authorize" in page
    assert "wallet runs dry" in page and "샌드박스" in page
    assert form.buttons == ["authorize", "fail", "authorize_dry"]


def test_setup_page_asks_for_future_charges(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.start_setup(c, cus.id)
    resp, _ = kf.open_page(si.next_action.redirect_to_url.url)
    assert "향후 결제 허용" in resp.text and "Allow future charges" in resp.text


def test_authorize_payment_makes_a_charge(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    pi = _payment(c, cus.id)
    query = kf.returned(kf.press(pi.next_action.redirect_to_url.url, "authorize"))
    assert query["payment_intent"] == pi.id and query["redirect_status"] == "succeeded"
    assert query["payment_intent_client_secret"] == pi.client_secret
    pi = c.v1.payment_intents.retrieve(pi.id, {"expand": ["latest_charge"]})
    assert pi.status == "succeeded" and pi.amount_received == 100000
    details = pi.latest_charge.payment_method_details
    assert details.type == "kakao_pay" and details.kakao_pay.buyer_id
    assert pi.latest_charge.paid is True and pi.latest_charge.currency == "krw"


def test_fail_payment(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    pi = _payment(c, cus.id)
    assert (
        kf.returned(kf.press(pi.next_action.redirect_to_url.url, "fail"))["redirect_status"]
        == "failed"
    )
    pi = c.v1.payment_intents.retrieve(pi.id)
    assert pi.status == "requires_payment_method" and pi.next_action is None
    assert pi.last_payment_error.code == "payment_intent_authentication_failure"


def test_cannot_act_twice_and_bad_links(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    pi = _payment(c, cus.id)
    url = pi.next_action.redirect_to_url.url
    _, form = kf.open_page(url)
    kf.returned(kf.press(url, "authorize"))
    again = httpx.post(url.split("?")[0], data={**form.hidden, "action": "fail"})
    assert again.status_code == 409 and "already handled" in again.text.lower()
    assert "already handled" in httpx.get(url).text.lower()
    assert c.v1.payment_intents.retrieve(pi.id).status == "succeeded"

    missing = httpx.get(f"{sandbox.url}/_sandbox/kakao_pay/authorize/pi_doesnotexist?token=x")
    assert missing.status_code == 404 and "<html" in missing.text
    other = _payment(c, cus.id)
    forged = httpx.get(other.next_action.redirect_to_url.url.split("?")[0] + "?token=forged")
    assert forged.status_code == 403


def test_kakao_pay_is_krw_only_with_a_minimum(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    with pytest.raises(stripe.InvalidRequestError) as e:
        _payment(c, cus.id, amount=1000, currency="usd")
    assert "The currency provided (usd) is invalid" in e.value.user_message
    with pytest.raises(stripe.InvalidRequestError) as e:
        _payment(c, cus.id, amount=99)
    assert e.value.code == "amount_too_small"
    assert _payment(c, cus.id, amount=100).status == "requires_action"


def test_hosted_invoice_page(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    si = kf.saved_wallet(c, cus.id)
    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": si.payment_method,
            "off_session": True,
            "expand": ["latest_invoice"],
        }
    )
    page = httpx.get(sub.latest_invoice.hosted_invoice_url)
    assert page.status_code == 200 and "₩100,000" in page.text and "paid" in page.text


def test_receipt_page(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    pi = _payment(c, cus.id, amount=30000)
    kf.returned(kf.press(pi.next_action.redirect_to_url.url, "authorize"))
    charge = c.v1.payment_intents.retrieve(pi.id, {"expand": ["latest_charge"]}).latest_charge
    page = httpx.get(charge.receipt_url)
    assert page.status_code == 200 and "₩30,000" in page.text and "succeeded" in page.text
    assert httpx.get(f"{sandbox.url}/_sandbox/receipts/ch_nope").status_code == 404
