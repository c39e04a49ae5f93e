"""SetupAttempts: every confirmation of a SetupIntent is one, named by ``latest_attempt``."""

from __future__ import annotations

import kakao_flow as kf
import pytest
import stripe


def test_each_confirm_records_an_attempt_that_follows_the_buyer(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.start_setup(c, cus.id)
    first = si.latest_attempt
    assert isinstance(first, str) and first.startswith("setatt_")
    kf.returned(kf.press(si.next_action.redirect_to_url.url, "fail"))
    failed = c.v1.setup_intents.retrieve(si.id, {"expand": ["latest_attempt"]})
    assert failed.latest_attempt.id == first
    assert failed.latest_attempt.status == "failed"
    assert failed.latest_attempt.setup_error.code == "setup_intent_authentication_failure"

    again = c.v1.setup_intents.confirm(
        si.id,
        {
            "payment_method_data": {"type": "kakao_pay"},
            "mandate_data": kf.MANDATE_DATA,
            "return_url": kf.RETURN_URL,
        },
    )
    assert again.latest_attempt not in (None, first)
    kf.returned(kf.press(again.next_action.redirect_to_url.url, "authorize"))
    done = c.v1.setup_intents.retrieve(si.id, {"expand": ["latest_attempt"]})
    attempt = done.latest_attempt
    assert attempt.id == again.latest_attempt and attempt.status == "succeeded"
    assert attempt.setup_intent == si.id and attempt.customer == cus.id
    assert attempt.payment_method == done.payment_method
    assert attempt.payment_method_details.type == "kakao_pay"
    assert attempt.usage == "off_session"

    listed = c.v1.setup_attempts.list({"setup_intent": si.id})
    assert [a.id for a in listed.data] == [again.latest_attempt, first]
    assert [a.status for a in listed.data] == ["succeeded", "failed"]


def test_listing_needs_a_known_setup_intent(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    with pytest.raises(stripe.InvalidRequestError) as err:
        c.v1.setup_attempts.list({})  # type: ignore[typeddict-item]
    assert err.value.param == "setup_intent" and err.value.code == "parameter_missing"
    with pytest.raises(stripe.InvalidRequestError) as err:
        c.v1.setup_attempts.list({"setup_intent": "seti_nope"})
    assert err.value.http_status == 404
