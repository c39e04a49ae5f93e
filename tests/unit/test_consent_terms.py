"""The consent terms exist in every language, keep their placeholders, and say how often."""

from __future__ import annotations

import re

import pytest

from kpadmin.domain import consent_terms as ct


def test_every_sentence_in_every_language_with_the_same_placeholders():
    for key, texts in ct._TEXTS.items():
        assert len(texts) == len(ct.LANGUAGES) and all(t.strip() for t in texts), key
        placeholders = {tuple(sorted(re.findall(r"%\d", t))) for t in texts}
        assert len(placeholders) == 1, key
    hangul, kana = re.compile(r"[\uac00-\ud7a3]"), re.compile(r"[\u3040-\u30ff]")
    for key, (ko, ja, en) in ct._TEXTS.items():
        assert hangul.search(ko) and kana.search(ja) and en.isascii(), key


@pytest.mark.parametrize(
    ("locales", "fallback", "language"),
    [
        (["ko"], "en", "ko"),
        (["ko-KR", "ja"], "en", "ko"),
        (["fr-FR", "ja_JP"], "ko", "ja"),  # the first they prefer that the terms exist in
        (["fr"], "ko", "ko"),  # none: the UI's language
        ([], "ja", "ja"),
        ([], "de", "en"),  # a UI language the terms lack: English
    ],
)
def test_customer_language(locales, fallback, language):
    assert ct.customer_language(locales, fallback) == language


@pytest.mark.parametrize(
    ("language", "cadence", "text"),
    [
        ("ko", ("month", 1), "매월"),
        ("ja", ("month", 3), "3 か月ごと"),
        ("en", ("year", 2), "every 2 years"),
        ("en", ("week", 1), "weekly"),
        ("en", ("fortnight", 2), "2 fortnight"),  # unknown to the table: still says something
    ],
)
def test_cadence_text(language, cadence, text):
    assert ct.cadence_text(language, cadence) == text


def test_terms_fill_in_amount_cadence_and_trial():
    ko = ct.subscription_terms("ko", "₩100,000", ("month", 1), 14)
    assert ko.language == "ko" and ko.lead.startswith("14일 무료 체험 후")
    assert "매월 ₩100,000씩" in ko.lead and len(ko.points) == 4
    en = ct.payment_terms("en", "₩9,900", ("month", 1))
    assert "pay ₩9,900 now" in en.lead and "monthly until you cancel" in en.lead
    once = ct.payment_terms("ja", "₩9,900", None)
    assert "₩9,900" in once.lead and "%2" not in once.lead and "解約" not in once.lead
    setup = ct.setup_terms("en")
    assert setup.points[0].startswith("Amount and frequency") and len(setup.points) == 5
