"""The message an agent sends a customer with a link to pay or approve, in the customer's language.

A failed renewal is settled by the customer paying the invoice's hosted page
(``hosted_invoice_url``); a Kakao Pay approval waiting for the customer, by
opening its approval link. Either way the agent hands over the link with a
few lines around it: a subject and a text in Korean, Japanese or English,
chosen from the customer's Stripe ``preferred_locales`` (as the consent
terms of :mod:`kpadmin.domain.consent_terms` are), whatever language the
agent's UI speaks. So the texts are content kept here, all three languages
side by side, not UI strings in the Qt ``.ts`` files.

The message names the shop (the Stripe account's public name, else the
product), the amount written as the customer's language writes it
(:func:`customer_amount`: ``100,000원``, ``¥1,000``, ``₩100,000``), what is
being asked and the link. :func:`mailto_url` turns it into a ``mailto:``
link for the agent's mail app (RFC 6068). Qt-free and I/O-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from kpadmin.domain.consent_terms import LANGUAGES
from kpadmin.domain.money import exponent, format_plain

# What the message asks for.
PAY_RENEWAL = "pay_renewal"  # a subscription's renewal payment failed: pay the invoice
PAY_INVOICE = "pay_invoice"  # an invoice's payment failed (not a renewal): pay it
APPROVE_PAYMENT = "approve_payment"  # approve a payment in Kakao Pay
APPROVE_WALLET = "approve_wallet"  # approve saving Kakao Pay for later payments
KINDS = (PAY_RENEWAL, PAY_INVOICE, APPROVE_PAYMENT, APPROVE_WALLET)

_KO, _JA, _EN = range(3)

# key -> (Korean, Japanese, English). %1 shop, %2 amount, %3 invoice number, %4 name.
_TEXTS: dict[str, tuple[str, str, str]] = {
    "subject_pay": (
        "[%1] 결제가 완료되지 않았습니다",
        "【%1】お支払いが完了していません",
        "%1: your payment did not go through",
    ),
    "subject_approve": (
        "[%1] 카카오페이 승인을 부탁드립니다",
        "【%1】Kakao Pay での承認のお願い",
        "%1: please approve in Kakao Pay",
    ),
    "hello_name": ("%4 님, 안녕하세요.", "%4 様", "Hello %4,"),
    "hello": ("안녕하세요.", "お客様", "Hello,"),
    "intro": (
        "%1입니다.",
        "%1でございます。",
        "This is %1.",
    ),
    "pay_renewal": (
        "구독 갱신 결제가 저장된 결제 수단으로 완료되지 않았습니다.",
        "サブスクリプション更新のお支払いが、ご登録のお支払い方法で完了しませんでした。",
        "The renewal payment of your subscription could not be taken from your saved "
        "payment method.",
    ),
    "pay_invoice": (
        "청구서 결제가 저장된 결제 수단으로 완료되지 않았습니다.",
        "ご請求のお支払いが、ご登録のお支払い方法で完了しませんでした。",
        "The payment of your invoice could not be taken from your saved payment method.",
    ),
    "pay_ask": (
        "아래 링크에서 결제해 주시면 구독이 계속 이어집니다.",
        "以下のリンクからお支払いいただくと、サブスクリプションはそのまま継続します。",
        "Please pay at the link below to keep your subscription going.",
    ),
    "pay_invoice_ask": (
        "아래 링크에서 결제해 주세요.",
        "以下のリンクからお支払いください。",
        "Please pay at the link below.",
    ),
    "approve_payment": (
        "결제를 위해 카카오페이에서 승인이 필요합니다. 아래 링크를 열어 승인해 주세요.",
        "お支払いには Kakao Pay での承認が必要です。以下のリンクを開いて承認してください。",
        "Your payment needs your approval in Kakao Pay. Please open the link below to approve it.",
    ),
    "approve_wallet": (
        "카카오페이 지갑을 정기 결제에 등록하려면 승인이 필요합니다. "
        "아래 링크를 열어 승인해 주세요.",
        "Kakao Pay ウォレットを定期のお支払いに登録するには承認が必要です。"
        "以下のリンクを開いて承認してください。",
        "Saving your Kakao Pay wallet for your subscription needs your approval. Please "
        "open the link below to approve it.",
    ),
    "approve_expires": (
        "이 링크는 일정 시간이 지나면 만료됩니다.",
        "このリンクは一定時間が過ぎると無効になります。",
        "The link stops working after a while.",
    ),
    "amount": ("결제 금액: %2", "お支払い金額: %2", "Amount: %2"),
    "invoice": ("청구서 번호: %3", "請求書番号: %3", "Invoice: %3"),
    "closing": (
        "궁금하신 점이 있으시면 이 메일에 회신해 주세요. 감사합니다.",
        "ご不明な点がございましたら、このメールにご返信ください。よろしくお願いいたします。",
        "If you have any questions, just reply to this email. Thank you.",
    ),
    "sign": ("%1 드림", "%1", "%1"),
}

# The shop's name when neither the account's nor the product's is known.
_NO_SHOP = ("고객센터", "カスタマーサポート", "Customer support")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the message is about.

    Attributes:
        kind: one of :data:`KINDS`.
        link: the checked link the customer opens (the hosted invoice page, the approval).
        shop: the Stripe account's public name, else the product's; "" when neither is known.
        amount: minor units in ``currency``; None when not known (a wallet approval).
        invoice_number: the invoice's number ("" for none).
        customer_name: for the greeting ("" for none).
    """

    kind: str
    link: str
    shop: str = ""
    amount: int | None = None
    currency: str = ""
    invoice_number: str = ""
    customer_name: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """A ready message in one language (plain text)."""

    language: str
    subject: str
    body: str


def _text(key: str, language: str) -> str:
    return _TEXTS[key][LANGUAGES.index(language)]


def customer_amount(minor: int, currency: str, language: str) -> str:
    """``minor`` units of ``currency`` as ``language`` writes it for a customer.

    Korean writes won after the number (``100,000원``) and Japanese yen
    likewise (``1,000円``); every other amount keeps its symbol in front
    (``₩100,000`` in English, ``$10.00``). All three languages group digits
    with commas and use a decimal point, so the digits are
    :func:`~kpadmin.domain.money.format_plain`'s.
    """
    cur = currency.lower()
    suffix = {("ko", "krw"): "원", ("ja", "jpy"): "円"}.get((language, cur))
    if suffix is None:
        return format_plain(minor, cur)
    assert exponent(cur) == 0
    return f"{'-' if minor < 0 else ''}{abs(minor):,}{suffix}"


def compose(facts: Facts, language: str) -> Message:
    """The subject and text of ``facts`` in ``language`` (one of the consent terms' LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"no message texts in {language!r}")
    if facts.kind not in KINDS:
        raise ValueError(f"unknown message kind {facts.kind!r}")
    shop = facts.shop.strip() or _NO_SHOP[LANGUAGES.index(language)]
    amount = (
        customer_amount(facts.amount, facts.currency, language)
        if facts.amount is not None and facts.currency
        else ""
    )

    def fill(key: str) -> str:
        return (
            _text(key, language)
            .replace("%1", shop)
            .replace("%2", amount)
            .replace("%3", facts.invoice_number)
            .replace("%4", facts.customer_name.strip())
        )

    paying = facts.kind in (PAY_RENEWAL, PAY_INVOICE)
    subject = fill("subject_pay" if paying else "subject_approve")
    what = [fill(facts.kind)]
    if facts.kind == PAY_RENEWAL:
        what.append(fill("pay_ask"))
    elif facts.kind == PAY_INVOICE:
        what.append(fill("pay_invoice_ask"))
    else:
        what.append(fill("approve_expires"))
    details = []
    if amount:
        details.append(fill("amount"))
    if facts.invoice_number:
        details.append(fill("invoice"))
    greeting = fill("hello_name" if facts.customer_name.strip() else "hello")
    paragraphs = [
        greeting,
        f"{fill('intro')} {' '.join(what)}",
        *(["\n".join(details)] if details else []),
        facts.link,
        fill("closing"),
        fill("sign"),
    ]
    return Message(language, subject, "\n\n".join(paragraphs))


def mail_address_ok(email: str) -> bool:
    """Whether ``email`` is one address a ``mailto:`` link can carry (``a@b``, nothing more)."""
    address = email.strip()
    local, at, domain = address.partition("@")
    return bool(local and at and domain) and not any(ch in address for ch in ',;?&#<>"\r\n ')


def mailto_url(email: str, subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068) that opens a draft to ``email`` with ``subject`` and ``body``.

    Everything outside the unreserved characters is percent-encoded as
    UTF-8, so ``&``, ``?``, ``#``, ``=`` and ``+`` in the texts stay text
    instead of starting another header; line breaks are sent as ``%0D%0A``,
    as RFC 6068 asks for in a body. In the address ``@`` and ``+`` stay
    literal (RFC 6068 allows them there; some mail apps do not decode a
    ``%2B`` in ``kim+shop@example.kr``).
    """
    if not mail_address_ok(email):
        raise ValueError("one plain email address is needed")
    address = email.strip()

    def encode(text: str) -> str:
        crlf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        return quote(crlf, safe="")

    return f"mailto:{quote(address, safe='@+')}?subject={encode(subject)}&body={encode(body)}"
