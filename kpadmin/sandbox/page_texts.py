"""The sandbox pages' words in Korean, Japanese and English, and which one a browser wants.

The sandbox is Qt-free and runs alone (``kpadmin-sandbox``), so its pages do
not use Qt's translations: the few sentences live here, one row per message.
The language is the customer's: the first of their ``preferred_locales``
that the pages speak, as Stripe's customer-facing pages and emails use the
language the merchant stored on the customer. Without one, ``?lang=`` (the
sandbox's own switch, kept across the form post), else the browser's
``Accept-Language``; with none of these, Korean, as on Kakao Pay's own pages. A Korean or Japanese page repeats each line in English underneath,
small, so a developer reading someone else's screen still follows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kpadmin.domain.consent_terms import first_language

LANGUAGES = ("ko", "ja", "en")
DEFAULT = "ko"

#: key -> (Korean, Japanese, English)
_TEXTS: dict[str, tuple[str, str, str]] = {
    "header": ("테스트 결제 승인", "テスト決済の承認", "Test authorization"),
    "banner": (
        "샌드박스 전용 페이지: 실제 결제가 일어나지 않습니다",
        "サンドボックス専用ページ: 実際のお金は動きません",
        "Sandbox only: no real money moves",
    ),
    "title": ("Kakao Pay 승인", "Kakao Pay の承認", "Kakao Pay authorization"),
    "amount": ("결제 금액", "お支払い金額", "Amount"),
    "future": ("향후 결제 허용", "今後の自動支払いを許可", "Allow future charges"),
    "future_detail": (
        "가맹점이 다시 묻지 않고 이 Kakao Pay 지갑으로 이후 결제를 청구할 수 있습니다 (정기 결제).",
        "加盟店は今後、確認なしでこの Kakao Pay ウォレットに請求できます (定期支払い)。",
        "The merchant may charge this Kakao Pay wallet later without asking again.",
    ),
    "merchant": ("가맹점", "加盟店", "Merchant"),
    "customer": ("고객", "お客様", "Customer"),
    "request": ("요청", "リクエスト", "Request"),
    "authorize": ("승인", "承認する", "Authorize"),
    "fail": ("실패", "失敗させる", "Fail"),
    "dry": (
        "승인하되 이후 자동 결제는 잔액 부족으로 거절 (샌드박스 전용)",
        "承認するが、以降の自動支払いは残高不足で拒否 (サンドボックス専用)",
        "Authorize, but decline later off-session charges (wallet runs dry; sandbox only)",
    ),
    "served_by": (
        "이 페이지는 kpadmin 샌드박스가 제공합니다.",
        "このページは kpadmin サンドボックスが表示しています。",
        "This page is served by the kpadmin sandbox.",
    ),
    "bad_link": (
        "유효하지 않은 승인 링크입니다.",
        "この承認リンクは無効です。",
        "This approval link is not valid (wrong or missing token).",
    ),
    "handled": (
        "이미 처리된 요청입니다.",
        "このリクエストは処理済みです。",
        "Already handled: this request was already authorized or failed.",
    ),
    "no_intent": (
        "요청을 찾을 수 없습니다.",
        "リクエストが見つかりません。",
        "No such payment or setup request.",
    ),
    "bad_action": ("알 수 없는 동작입니다.", "不明な操作です。", "Unknown action."),
    "no_invoice": ("청구서를 찾을 수 없습니다.", "請求書が見つかりません。", "No such invoice."),
    "invoice": ("청구서", "請求書", "Invoice"),
    "status": ("상태", "ステータス", "Status"),
    "no_receipt": ("영수증을 찾을 수 없습니다.", "領収書が見つかりません。", "No such receipt."),
    "receipt": ("영수증", "領収書", "Receipt"),
    "method": ("결제 수단", "支払い方法", "Method"),
    "description": ("설명", "説明", "Description"),
}

#: The sandbox shop's name as each reader would see it on a wallet screen.
MERCHANT_NAMES = {
    "ko": "kpadmin 샌드박스 상점",
    "ja": "kpadmin サンドボックスショップ",
    "en": "kpadmin sandbox shop",
}


def text(key: str, lang: str) -> str:
    """The message ``key`` in ``lang`` (one of :data:`LANGUAGES`)."""
    return _TEXTS[key][LANGUAGES.index(lang)]


def english(key: str, lang: str) -> str | None:
    """The English line shown under a ko/ja message, or None on an English page."""
    return None if lang == "en" else _TEXTS[key][2]


def label(key: str, lang: str) -> str:
    """A short label in ``lang`` followed by its English ("가맹점 · Merchant")."""
    en = english(key, lang)
    return text(key, lang) if en is None else f"{text(key, lang)} · {en}"


def choose(
    query_lang: str | None, accept_language: str | None, preferred_locales: Iterable[str] = ()
) -> str:
    """The page language: the customer's, else ``?lang=``, else the best Accept-Language match.

    ``preferred_locales`` are the customer's (``["ko-KR", "en"]``: the first
    supported one wins). ``Accept-Language: ja-JP,ja;q=0.9,en;q=0.8`` gives
    "ja"; weights are honoured, ``*`` and unknown languages are skipped;
    nothing usable gives :data:`DEFAULT`.
    """
    customer = first_language(preferred_locales)
    if customer in LANGUAGES:
        return customer
    wanted = _base(query_lang or "")
    if wanted in LANGUAGES:
        return wanted
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        base = _base(tag)
        if base in LANGUAGES and weight > 0:
            ranked.append((-weight, index, base))
    return min(ranked)[2] if ranked else DEFAULT


def _base(tag: str) -> str:
    return tag.strip().replace("_", "-").split("-")[0].lower()
