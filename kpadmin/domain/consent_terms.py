"""The Kakao Pay consent terms, in Korean, Japanese and English, whatever the UI speaks.

The terms are what the merchant gives the customer before they approve, so
they are shown in the customer's language (their Stripe ``preferred_locales``)
even when the agent's UI is in another one, and the agent can switch to read
them in theirs. That is why they are content kept here, one row per sentence
with all three languages side by side, and not UI text in the Qt ``.ts``
files: Qt's translation follows the installed UI language and ships only
finished entries, so a Korean customer could silently get English terms.
docs/TRANSLATIONS.md says how to edit them.

What the terms say follows Stripe's requirements for saving a payment method
(permission to charge, how often, how the amount is set, how to cancel) and
the Korean subscription rules of docs/STRIPE_FACTS.md §2: a reminder 7 days
before each charge, 30 days' notice and consent before a price increase or
before a free period turns paid, cancellation as easy as signing up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The languages the terms exist in (the UI's languages too).
LANGUAGES: tuple[str, ...] = ("ko", "ja", "en")

# How often a price bills: Stripe's ``recurring.interval`` and ``interval_count``.
Cadence = tuple[str, int]

_KO, _JA, _EN = range(3)

# key -> (Korean, Japanese, English); ``%1`` amount, ``%2`` how often, ``%3`` trial days.
_TEXTS: dict[str, tuple[str, str, str]] = {
    "setup_lead": (
        "카카오페이에서 승인하시면, 동의하신 구독에 대해 매번 묻지 않고 이 카카오페이 지갑으로 "
        "자동 결제하는 것을 허용하시게 됩니다.",
        "Kakao Pay で承認すると、お客様が同意したサブスクリプションについて、毎回確認することなく"
        "この Kakao Pay ウォレットに自動で請求することを当店に許可したことになります。",
        "By approving in Kakao Pay, you allow us to charge this Kakao Pay wallet "
        "automatically, without asking each time, for the subscriptions you agree to.",
    ),
    "setup_amounts": (
        "금액 및 주기: 동의하신 각 구독에 명시된 대로이며, 첫 결제 전에 둘 다 안내해 드립니다.",
        "金額と頻度: 同意いただく各サブスクリプションに記載のとおりです。"
        "どちらも初回の請求前にお知らせします。",
        "Amount and frequency: as stated in each subscription you agree to; you are told "
        "both before the first charge.",
    ),
    "payment_lead": (
        "카카오페이에서 승인하시면 지금 %1을 결제하고, 해지할 때까지 %2 같은 금액을 결제하는 데 "
        "동의하시게 됩니다.",
        "Kakao Pay で承認すると、今すぐ %1 をお支払いいただき、解約するまで%2、同額を請求することを"
        "当店に許可したことになります。",
        "By approving in Kakao Pay, you pay %1 now and allow us to charge the same amount "
        "%2 until you cancel.",
    ),
    "payment_once": (
        "카카오페이에서 승인하시면 지금 %1을 결제하시게 됩니다.",
        "Kakao Pay で承認すると、今すぐ %1 をお支払いいただきます。",
        "By approving in Kakao Pay, you pay %1 now.",
    ),
    "subscription_lead": (
        "지금 %1이 결제되고, 이후 해지할 때까지 저장된 카카오페이 지갑에서 %2 결제됩니다.",
        "保存済みの Kakao Pay ウォレットから今すぐ %1 が請求され、その後は解約するまで%2請求されます。",
        "You are charged %1 now and then %2 until you cancel, from your saved Kakao Pay wallet.",
    ),
    "trial_lead": (
        "%3일 무료 체험 후, 해지할 때까지 저장된 카카오페이 지갑에서 %2 %1씩 결제됩니다.",
        "%3 日間の無料トライアル後、解約するまで%2 %1 が、保存済みの Kakao Pay ウォレットから"
        "請求されます。",
        "After a free trial of %3 days, you are charged %1 %2 until you cancel, from your "
        "saved Kakao Pay wallet.",
    ),
    "reminder": (
        "매 결제 최소 7일 전에 미리 알려 드립니다.",
        "毎回の請求の 7 日以上前にお知らせします。",
        "We remind you at least 7 days before each charge.",
    ),
    "notice": (
        "가격 인상 전, 또는 무료 체험이나 무료 서비스가 유료로 전환되기 전에는 최소 30일 전에 "
        "동의를 받습니다.",
        "値上げの際や、無料トライアル・無料サービスが有料に切り替わる際は、30 日以上前に"
        "お客様の同意をいただきます。",
        "We ask for your consent at least 30 days before a price increase, or before a free "
        "trial or free service turns into a paid one.",
    ),
    "cancel": (
        "가입할 때처럼 간편하게 언제든 해지할 수 있으며, 해지하면 이후 모든 결제가 중단됩니다.",
        "申し込みと同じくらい簡単に、いつでも解約できます。解約すると、以降の請求はすべて停止します。",
        "You can cancel at any time, as easily as you signed up; cancelling stops all "
        "future charges.",
    ),
    "withdraw": (
        "이 권한은 카카오페이에서 또는 당사에 문의하여 언제든 철회할 수 있습니다.",
        "この許可は、Kakao Pay で、または当店へのお問い合わせにより、いつでも取り消せます。",
        "You can withdraw this permission at any time in Kakao Pay or by contacting us.",
    ),
}

# interval -> (every one, every %1) per language, as the terms say how often.
_CADENCES: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "day": (("매일", "%1일마다"), ("毎日", "%1 日ごと"), ("daily", "every %1 days")),
    "week": (("매주", "%1주마다"), ("毎週", "%1 週間ごと"), ("weekly", "every %1 weeks")),
    "month": (("매월", "%1개월마다"), ("毎月", "%1 か月ごと"), ("monthly", "every %1 months")),
    "year": (("매년", "%1년마다"), ("毎年", "%1 年ごと"), ("yearly", "every %1 years")),
}


@dataclass(frozen=True, slots=True)
class Terms:
    """Terms in one language: a lead sentence and the points under it (plain text)."""

    language: str
    lead: str
    points: tuple[str, ...]


def first_language(preferred_locales: Iterable[str]) -> str | None:
    """The first of ``preferred_locales`` that is one of :data:`LANGUAGES`, or None.

    Stripe keeps a customer's IETF tags ordered by preference (``["ko-KR",
    "en"]``); the language part decides.
    """
    for tag in preferred_locales:
        base = tag.strip().replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return None


def customer_language(preferred_locales: Iterable[str], fallback: str) -> str:
    """The language to show the customer terms in: theirs, else ``fallback`` (the UI's)."""
    return first_language(preferred_locales) or (fallback if fallback in LANGUAGES else "en")


def _text(key: str, language: str) -> str:
    return _TEXTS[key][LANGUAGES.index(language)]


def cadence_text(language: str, cadence: Cadence) -> str:
    """How often, in ``language``: "매월", "every 3 months"; the interval itself if unknown."""
    interval, count = cadence
    forms = _CADENCES.get(interval)
    if forms is None:
        return f"{count} {interval}" if count > 1 else interval
    one, many = forms[LANGUAGES.index(language)]
    return one if count <= 1 else many.replace("%1", str(count))


def _common(language: str) -> tuple[str, ...]:
    return tuple(_text(k, language) for k in ("reminder", "notice", "cancel", "withdraw"))


def setup_terms(language: str) -> Terms:
    """What the customer allows by saving their Kakao Pay wallet."""
    points = (_text("setup_amounts", language), *_common(language))
    return Terms(language, _text("setup_lead", language), points)


def payment_terms(language: str, amount: str, cadence: Cadence | None) -> Terms:
    """One payment of ``amount`` (already formatted) now, and then every ``cadence``.

    Without a cadence (an invoice paid once) the lead names only the payment now.
    """
    if cadence is None:
        lead = _text("payment_once", language).replace("%1", amount)
    else:
        lead = (
            _text("payment_lead", language)
            .replace("%1", amount)
            .replace("%2", cadence_text(language, cadence))
        )
    return Terms(language, lead, _common(language))


def subscription_terms(language: str, amount: str, cadence: Cadence, trial_days: int) -> Terms:
    """A new subscription on a saved wallet (the first charge may follow a free trial)."""
    key = "trial_lead" if trial_days else "subscription_lead"
    lead = (
        _text(key, language)
        .replace("%3", str(trial_days))
        .replace("%1", amount)
        .replace("%2", cadence_text(language, cadence))
    )
    return Terms(language, lead, _common(language))
