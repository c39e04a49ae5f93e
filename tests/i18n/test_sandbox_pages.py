"""The sandbox's approval, invoice and receipt pages in Korean, Japanese and English."""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

import httpx
import pytest
import stripe

from kpadmin.sandbox.page_texts import choose

sys.path.insert(0, str(Path(__file__).parents[1] / "sandbox"))
import kakao_flow as kf

RETURN_URL = "https://shop.example.jp/return?order=7"


@pytest.mark.parametrize(
    ("query", "header", "lang"),
    [
        (None, None, "ko"),  # nothing said: Korean, like Kakao Pay
        (None, "ja-JP,ja;q=0.9,en-US;q=0.8", "ja"),
        (None, "en-US,en;q=0.9", "en"),
        (None, "fr-FR,fr;q=0.9,ja;q=0.5,en;q=0.4", "ja"),  # first supported by weight
        (None, "en;q=0.3, ko;q=0.8", "ko"),
        (None, "*", "ko"),
        (None, "ja;q=0", "ko"),  # q=0 means "not this"
        (None, "ja;q=abc,en", "en"),
        ("ja", "en-US", "ja"),  # ?lang= wins over the browser
        ("xx", "en-US", "en"),  # an unknown ?lang= is ignored
        ("EN_gb", None, "en"),
    ],
)
def test_choose(query, header, lang):
    assert choose(query, header) == lang


@pytest.mark.parametrize(
    ("preferred", "query", "header", "lang"),
    [
        (["ko"], None, "en-US,en;q=0.9", "ko"),  # the customer's language before the browser's
        (["ja-JP", "en"], "en", "en-US", "ja"),  # and before ?lang=
        (["fr-FR", "en"], None, "ko-KR", "en"),  # their first language the pages speak
        (["fr-FR"], None, "ja", "ja"),  # none of theirs: the browser decides
        ([], "ja", "ko", "ja"),
    ],
)
def test_choose_follows_the_customer_first(preferred, query, header, lang):
    assert choose(query, header, preferred) == lang


@pytest.fixture
def approval_url(sandbox, test_key):
    c = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})
    cus = c.v1.customers.create({"name": "山田花子"})
    pi = c.v1.payment_intents.create(
        {
            "amount": 50000,
            "currency": "krw",
            "customer": cus.id,
            "allowed_payment_method_types": ["kakao_pay"],
            "payment_method_data": {"type": "kakao_pay"},
            "confirm": True,
            "return_url": RETURN_URL,
        }
    )
    return pi.next_action.redirect_to_url.url


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_japanese_browser_gets_a_japanese_page(approval_url):
    page = httpx.get(approval_url, headers={"Accept-Language": "ja-JP,ja;q=0.9"}).text
    text = _text(page)
    assert '<html lang="ja">' in page
    assert "承認する" in text and "お支払い金額" in text and "山田花子" in text
    assert "Authorize" in text  # English underneath, for whoever reads over a shoulder
    assert "승인" not in text and "₩50,000" in text
    assert "?lang=ja" in page  # the choice survives the form post


def test_english_page_has_no_korean(approval_url):
    page = httpx.get(approval_url + "&lang=en").text
    assert '<html lang="en">' in page
    assert not re.search(r"[\uac00-\ud7a3]", _text(page))  # no Hangul at all
    assert "Authorize" in page and "Sandbox only" in page


def test_korean_is_the_default(approval_url):
    page = httpx.get(approval_url).text
    assert '<html lang="ko">' in page and "승인" in page and "결제 금액" in page


def test_posting_keeps_the_language_of_refusals(approval_url):
    url = approval_url + "&lang=ja"
    token = re.search(r'name="token" value="([^"]+)"', httpx.get(url).text).group(1)
    action = approval_url.split("?")[0] + "?lang=ja"
    first = httpx.post(action, data={"token": token, "action": "authorize"})
    assert first.status_code == 303
    again = httpx.post(action, data={"token": token, "action": "authorize"})
    assert again.status_code == 409 and "処理済み" in again.text and "Already handled" in again.text
    missing = httpx.get(action.replace("/pi_", "/pi_nope"), headers={"Accept-Language": "en"})
    assert missing.status_code == 404 and "No such payment" in missing.text
    assert "찾을 수 없습니다" not in missing.text


def test_receipt_and_invoice_pages_follow_the_language(sandbox):
    assert "領収書" not in httpx.get(f"{sandbox.url}/_sandbox/receipts/ch_nope").text
    receipt = httpx.get(f"{sandbox.url}/_sandbox/receipts/ch_nope?lang=ja")
    assert receipt.status_code == 404 and "領収書が見つかりません" in receipt.text
    invoice = httpx.get(
        f"{sandbox.url}/_sandbox/invoices/in_nope", headers={"Accept-Language": "ko-KR"}
    )
    assert invoice.status_code == 404 and "청구서를 찾을 수 없습니다" in invoice.text


def _approval_for(client, customer_id):
    """The approval page of a SetupIntent saving ``customer_id``'s wallet."""
    return kf.start_setup(client, customer_id).next_action.redirect_to_url.url


def test_a_korean_customers_page_is_korean_in_an_english_browser(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    korean = c.v1.customers.create({"name": "김서연", "preferred_locales": ["ko-KR", "en"]})
    url = _approval_for(c, korean.id)
    resp = httpx.get(url, headers={"Accept-Language": "en-US,en;q=0.9"})
    assert resp.status_code == 200 and '<html lang="ko">' in resp.text
    assert "향후 결제 허용" in _text(resp.text) and "?lang=ko" in resp.text
    # Acting on it keeps the customer's language for the answer pages too.
    token = re.search(r'name="token" value="([^"]+)"', resp.text).group(1)
    action = url.split("?")[0] + "?lang=en"
    assert httpx.post(action, data={"token": token, "action": "authorize"}).status_code == 303
    again = httpx.post(action, data={"token": token, "action": "authorize"})
    assert again.status_code == 409 and '<html lang="ko">' in again.text

    # A customer who states no language: the browser's, as before.
    silent = c.v1.customers.create({"name": "Alex Kim"})
    page = httpx.get(_approval_for(c, silent.id), headers={"Accept-Language": "en"}).text
    assert '<html lang="en">' in page and not re.search(r"[\uac00-\ud7a3]", _text(page))


def test_invoice_and_receipt_pages_follow_the_customer(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    paid = next(i for i in c.v1.invoices.list({"status": "paid", "limit": 100}).data)
    assert c.v1.customers.retrieve(paid.customer).preferred_locales == ["ko"]
    page = httpx.get(paid.hosted_invoice_url, headers={"Accept-Language": "ja,en"}).text
    assert '<html lang="ko">' in page and "청구서" in _text(page)
    charge = next(ch for ch in c.v1.charges.list({"limit": 100}).data if ch.customer)
    receipt = httpx.get(charge.receipt_url, headers={"Accept-Language": "ja,en"}).text
    assert '<html lang="ko">' in receipt and "영수증" in _text(receipt)
