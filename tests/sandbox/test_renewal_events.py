"""The Events updates and a test clock's renewals emit, as Stripe's: what changed, and only that."""

from __future__ import annotations

import kakao_flow as kf


def _subscribe(c, cus, price, pm):
    return c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": pm,
            "off_session": True,
        }
    )


def test_a_renewal_and_a_failed_one_announce_their_changes(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, price = kf.shop(c)
    start = 1_780_000_000
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": start})
    cus = c.v1.customers.create({"name": "윤하은", "test_clock": clock.id})
    good = kf.saved_wallet(c, cus.id).payment_method
    paying = _subscribe(c, cus, price, good)
    failing = _subscribe(c, cus, price, good)
    dry = kf.saved_wallet(c, cus.id, "authorize_dry").payment_method
    c.v1.subscriptions.update(failing.id, {"default_payment_method": dry})
    last = c.v1.events.list({"limit": 1}).data[0].id

    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": start + 32 * 86400})
    new = list(reversed(c.v1.events.list({"ending_before": last, "limit": 100}).data))

    def about(sub_id: str, type_: str):
        """The new Events of ``type_`` about subscription ``sub_id`` or one of its invoices."""
        found = []
        for e in new:
            obj = e.data.object.to_dict()
            parent = (obj.get("parent") or {}).get("subscription_details") or {}
            if e.type == type_ and sub_id in (obj["id"], parent.get("subscription")):
                found.append(e)
        return found

    renewed = c.v1.subscriptions.retrieve(paying.id)
    [update] = about(paying.id, "customer.subscription.updated")
    before = update.data.previous_attributes.to_dict()
    assert set(before) == {"items", "latest_invoice"}  # the status did not change
    assert before["latest_invoice"] == paying.latest_invoice
    assert update.data.object.latest_invoice == renewed.latest_invoice != paying.latest_invoice
    assert (
        before["items"]["data"][0]["current_period_end"]
        == update.data.object["items"].data[0].current_period_start
    )
    assert [e.type for e in about(paying.id, "invoice.paid")] == ["invoice.paid"]

    # the dry wallet: the renewal's invoice fails, says so twice, and the subscription is past_due
    [failed] = about(failing.id, "invoice.payment_failed")
    assert failed.data.object.billing_reason == "subscription_cycle"
    [attempt] = [
        e for e in about(failing.id, "invoice.updated") if e.data.object.id == failed.data.object.id
    ]
    assert attempt.data.previous_attributes.to_dict() == {"attempt_count": 0, "attempted": False}
    assert attempt.data.object.attempt_count == 1 and attempt.data.object.attempted
    moves = about(failing.id, "customer.subscription.updated")
    before = [m.data.previous_attributes.to_dict() for m in moves]
    assert [b.get("status") for b in before] == [None, "active"]
    assert moves[-1].data.object.status == "past_due"


def test_updates_name_only_what_changed_and_a_no_op_sends_nothing(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus = c.v1.customers.create(
        {
            "name": "김민준",
            "address": {"city": "서울", "line1": "세종대로 110"},
            "metadata": {"a": "1"},
        }
    )
    c.v1.customers.update(cus.id, {"address": {"city": "부산"}, "metadata": {"b": "2"}})
    upd = c.v1.events.list({"type": "customer.updated", "limit": 1}).data[0]
    # nested hashes by their changed keys only (an address given is the whole address,
    # so line1 went too; country stayed null), a key that was not there as null
    assert upd.data.object.address.line1 is None
    assert upd.data.previous_attributes.to_dict() == {
        "address": {"city": "서울", "line1": "세종대로 110"},
        "metadata": {"b": None},
    }
    newest = c.v1.events.list({"limit": 1}).data[0].id
    c.v1.customers.update(cus.id, {"name": "김민준"})  # the same name: nothing changed
    _, price = kf.shop(c)
    c.v1.prices.update(price.id, {"nickname": price.nickname or ""})
    after = c.v1.events.list({"ending_before": newest, "limit": 100}).data
    assert [e.type for e in after if e.type.endswith(".updated")] == []
