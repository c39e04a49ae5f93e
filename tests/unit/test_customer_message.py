"""The message handed to a customer with their link: texts per language, amounts, mailto links."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from kpadmin.domain import customer_message as cm
from kpadmin.domain.consent_terms import LANGUAGES

LINK = "https://invoice.stripe.com/i/acct_1/test_abc?s=ap"


def _facts(kind=cm.PAY_RENEWAL, **kw):
    base = dict(
        kind=kind,
        link=LINK,
        shop="구름 백업",
        amount=100000,
        currency="krw",
        invoice_number="ABC-0002",
        customer_name="김민준",
    )
    base.update(kw)
    return cm.Facts(**base)


@pytest.mark.parametrize(
    ("minor", "currency", "language", "expected"),
    [
        (100000, "krw", "ko", "100,000원"),
        (100000, "krw", "en", "₩100,000"),
        (100000, "krw", "ja", "₩100,000"),
        (1000, "jpy", "ja", "1,000円"),
        (1000, "jpy", "ko", "¥1,000"),
        (1050, "usd", "ko", "$10.50"),
        (1050, "usd", "en", "$10.50"),
        (-5000, "krw", "ko", "-5,000원"),
    ],
)
def test_amounts_are_written_as_the_customers_language_writes_them(
    minor, currency, language, expected
):
    assert cm.customer_amount(minor, currency, language) == expected


def test_a_failed_renewal_in_korean_names_shop_amount_invoice_and_link():
    msg = cm.compose(_facts(), "ko")
    assert msg.language == "ko"
    assert msg.subject == "[구름 백업] 결제가 완료되지 않았습니다"
    assert msg.body.startswith("김민준 님, 안녕하세요.")
    assert "구독 갱신 결제" in msg.body and "결제 금액: 100,000원" in msg.body
    assert "청구서 번호: ABC-0002" in msg.body
    assert f"\n\n{LINK}\n\n" in msg.body  # the link on a line of its own: mail apps link it
    assert msg.body.endswith("구름 백업 드림")


def test_the_same_facts_in_japanese_and_english():
    ja = cm.compose(_facts(currency="jpy", amount=1200), "ja")
    assert ja.subject == "【구름 백업】お支払いが完了していません"
    assert ja.body.startswith("김민준 様") and "お支払い金額: 1,200円" in ja.body
    assert "サブスクリプション更新" in ja.body and LINK in ja.body
    en = cm.compose(_facts(), "en")
    assert en.subject == "구름 백업: your payment did not go through"
    assert en.body.startswith("Hello 김민준,") and "Amount: ₩100,000" in en.body
    assert "renewal payment" in en.body and "Invoice: ABC-0002" in en.body


def test_every_sentence_in_every_language_with_the_same_placeholders():
    for key, texts in cm._TEXTS.items():
        assert len(texts) == len(LANGUAGES), key
        placeholders = {tuple(sorted(re.findall(r"%\d", t))) for t in texts}
        assert len(placeholders) == 1, key
    hangul, japanese = re.compile(r"[\uac00-\ud7a3]"), re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    for key, (ko, ja, en) in cm._TEXTS.items():
        assert hangul.search(ko) and en.isascii(), key
        # A Japanese letter is signed with the shop's name alone.
        assert japanese.search(ja) or (key == "sign" and ja == "%1"), key


def test_every_kind_has_a_text_in_every_language_and_no_placeholder_is_left():
    for kind in cm.KINDS:
        for language in LANGUAGES:
            msg = cm.compose(_facts(kind), language)
            assert "%" not in msg.subject + msg.body.replace(LINK, "")
            assert msg.subject and LINK in msg.body
    texts = {cm.compose(_facts(kind), "ko").body for kind in cm.KINDS}
    assert len(texts) == len(cm.KINDS)  # each kind says what it asks for


def test_approvals_ask_to_approve_and_a_wallet_has_no_amount():
    pay = cm.compose(_facts(cm.APPROVE_PAYMENT, invoice_number=""), "ko")
    assert pay.subject == "[구름 백업] 카카오페이 승인을 부탁드립니다"
    assert "승인" in pay.body and "100,000원" in pay.body and "청구서 번호" not in pay.body
    wallet = cm.compose(
        _facts(cm.APPROVE_WALLET, amount=None, currency="", invoice_number=""), "ja"
    )
    assert "ウォレット" in wallet.body and "金額" not in wallet.body


def test_without_a_name_or_shop_the_message_still_reads():
    msg = cm.compose(_facts(shop=" ", customer_name=""), "ko")
    assert msg.body.startswith("안녕하세요.") and msg.subject.startswith("[고객센터]")
    assert "  " not in msg.subject and not msg.body.startswith(" ")


def test_unknown_language_or_kind_is_refused():
    with pytest.raises(ValueError):
        cm.compose(_facts(), "de")
    with pytest.raises(ValueError):
        cm.compose(_facts("refund"), "ko")


def test_mailto_carries_korean_text_and_delimiters_as_text():
    subject = "[구름 백업] 결제 & 확인?"
    body = "첫 줄 a=b&c=d?x#y+1 100%\n둘째 줄\r\n셋째"
    url = cm.mailto_url("kim.minjun+shop@example.kr", subject, body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and not parts.fragment  # '#' did not end the link
    assert parts.path == "kim.minjun+shop@example.kr"  # '+' and '@' literal in the address
    assert all(ord(ch) < 128 for ch in url) and " " not in url and "\n" not in url
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert set(query) == {"subject", "body"}  # '&', '=' and '?' in the texts added no header
    assert query["subject"] == [subject]
    # Line breaks go as CRLF (RFC 6068), whatever the text had.
    assert query["body"] == ["첫 줄 a=b&c=d?x#y+1 100%\r\n둘째 줄\r\n셋째"]
    assert "%0D%0A" in url and "%26" in url and "%3F" in url and "%ED%99%95" in url


@pytest.mark.parametrize(
    "email",
    ["", "  ", "no-at-sign", "a@b.kr,c@d.kr", "a@b.kr?cc=x@y.kr", "a@b.kr\nBcc: x", "a b@c.kr"],
)
def test_mailto_needs_one_plain_address(email):
    assert not cm.mail_address_ok(email)
    with pytest.raises(ValueError):
        cm.mailto_url(email, "s", "b")


def test_a_composed_message_survives_the_mailto_round_trip():
    msg = cm.compose(_facts(), "ko")
    query = parse_qs(urlsplit(cm.mailto_url("kim@example.kr", msg.subject, msg.body)).query)
    assert query["subject"] == [msg.subject]
    assert query["body"] == [msg.body.replace("\n", "\r\n")]
