"""The story of a customer or subscription: what each source says, merged, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from kpadmin.domain import story as s
from kpadmin.domain import story_sources as src

T = 1_800_000_000
DAY = 86400


@dataclass(frozen=True)
class Sub:
    id: str = "sub_1"
    created: int = T
    trial_start: int | None = None
    trial_end: int | None = None
    canceled_at: int | None = None
    cancel_at: int | None = None
    ended_at: int | None = None


@dataclass(frozen=True)
class Inv:
    id: str = "in_1"
    number: str | None = "KP-0001"
    subscription_id: str | None = "sub_1"
    currency: str = "krw"
    total: int = 9900
    amount_paid: int = 0
    amount_remaining: int = 9900
    payment_intent_id: str | None = "pi_1"
    attempt_count: int = 0
    finalized_at: int | None = None
    paid_at: int | None = None
    voided_at: int | None = None
    marked_uncollectible_at: int | None = None


@dataclass(frozen=True)
class Ref:
    id: str
    created: int
    amount: int = 3000
    currency: str = "krw"
    status: str = "succeeded"


@dataclass(frozen=True)
class Ch:
    id: str
    created: int
    status: str = "succeeded"
    payment_intent_id: str | None = "pi_1"
    amount: int = 9900
    currency: str = "krw"
    failure_code: str | None = None
    decline_code: str | None = None
    refunds: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Ev:
    type: str
    created: int
    object_id: str | None = "sub_1"
    request_id: str | None = None
    customer_id: str | None = "cus_1"
    price_ids: tuple[str, ...] = ()
    previous_price_ids: tuple[str, ...] | None = None
    pause_changed: bool = False
    paused: bool = False
    payment_method_type: str | None = None
    object_created: int | None = None


@dataclass(frozen=True)
class Pm:
    id: str
    created: int
    type: str = "kakao_pay"


@dataclass(frozen=True)
class Act:
    at: int
    action: str
    object_id: str | None
    request_id: str | None = None
    os_user: str = "minjun"
    hostname: str = "desk-7"
    comment: str = ""


def kinds(entries):
    return [e.happening.kind if e.happening else e.action.action for e in entries]


def test_a_subscriptions_own_timestamps():
    trial = Sub(trial_start=T, trial_end=T + 14 * DAY)
    assert [h.kind for h in src.subscription_happenings(trial)] == [
        s.SUBSCRIPTION_CREATED,
        s.TRIAL_STARTED,
        s.TRIAL_ENDS,
    ]
    scheduled = Sub(canceled_at=T + DAY, cancel_at=T + 30 * DAY)
    hs = src.subscription_happenings(scheduled)
    assert [(h.kind, h.at) for h in hs[1:]] == [
        (s.CANCEL_SCHEDULED, T + DAY),
        (s.CANCELS, T + 30 * DAY),
    ]
    # Canceled at once: one row; scheduled earlier then ended: both.
    assert [h.kind for h in src.subscription_happenings(Sub(canceled_at=T + 5, ended_at=T + 5))][
        1:
    ] == [s.CANCELED]
    ended = src.subscription_happenings(Sub(canceled_at=T + DAY, ended_at=T + 30 * DAY))
    assert [h.kind for h in ended[1:]] == [s.CANCELED, s.CANCEL_SCHEDULED]


def test_an_invoices_transitions_carry_its_money():
    paid = Inv(finalized_at=T, paid_at=T + 60, amount_paid=9900, amount_remaining=0)
    hs = src.invoice_happenings(paid)
    assert [(h.kind, h.amount, h.currency, h.label) for h in hs] == [
        (s.INVOICE_FINALIZED, 9900, "krw", "KP-0001"),
        (s.INVOICE_PAID, 9900, "krw", "KP-0001"),
    ]
    written_off = src.invoice_happenings(Inv(finalized_at=T, marked_uncollectible_at=T + DAY))
    assert written_off[-1].kind == s.INVOICE_UNCOLLECTIBLE and written_off[-1].amount == 9900


def test_failed_attempts_are_numbered_per_invoice_with_their_reason_and_refunds_listed():
    inv = Inv(payment_intent_id="pi_9", id="in_9")
    charges = [
        Ch("ch_3", T + 2 * DAY, payment_intent_id="pi_9", refunds=(Ref("re_1", T + 3 * DAY),)),
        Ch("ch_2", T + DAY, "failed", "pi_9", failure_code="provider_decline"),
        Ch("ch_1", T, "failed", "pi_9", decline_code="insufficient_funds"),
        Ch("ch_x", T, "failed", "pi_other"),
    ]
    hs = src.charge_happenings(charges, [inv])
    failed = [h for h in hs if h.kind == s.PAYMENT_FAILED and h.object_id == "in_9"]
    assert [(h.attempt, h.reason, h.subscription_id) for h in failed] == [
        (1, "insufficient_funds", "sub_1"),
        (2, "provider_decline", "sub_1"),
    ]
    orphan = next(h for h in hs if h.object_id == "ch_x")
    assert orphan.subscription_id is None and orphan.attempt == 1
    refund = next(h for h in hs if h.kind == s.REFUNDED)
    assert (refund.object_id, refund.amount, refund.at) == ("re_1", 3000, T + 3 * DAY)
    failed_refund = Ch("ch_4", T, refunds=(Ref("re_2", T, status="failed"),))
    assert src.charge_happenings([failed_refund], []) == []


def test_events_add_plan_changes_pauses_and_removed_wallets_of_this_object_only():
    events = [
        Ev(
            "customer.subscription.updated",
            T + 5,
            request_id="req_plan",
            price_ids=("price_pro",),
            previous_price_ids=("price_basic",),
        ),
        Ev("customer.subscription.updated", T + 6, pause_changed=True, paused=True),
        Ev("customer.subscription.updated", T + 7, pause_changed=True, paused=False),
        # only the quantity of the same price changed: not a plan change
        Ev(
            "customer.subscription.updated",
            T + 8,
            price_ids=("price_pro",),
            previous_price_ids=("price_pro",),
        ),
        Ev("customer.subscription.updated", T + 9, object_id="sub_other", pause_changed=True),
        Ev(
            "payment_method.detached",
            T + 10,
            object_id="pm_1",
            payment_method_type="kakao_pay",
            object_created=T - DAY,
        ),
        Ev("payment_method.detached", T + 11, object_id="pm_2", customer_id="cus_other"),
    ]
    hs = src.event_happenings(events, customer_id="cus_1", subscription_ids=["sub_1"])
    assert [(h.kind, h.object_id, h.at) for h in hs] == [
        (s.PLAN_CHANGED, "sub_1", T + 5),
        (s.PAUSED, "sub_1", T + 6),
        (s.RESUMED, "sub_1", T + 7),
        (s.WALLET_REMOVED, "pm_1", T + 10),
        (s.WALLET_SAVED, "pm_1", T - DAY),
    ]
    plan = hs[0]
    assert (plan.prices_before, plan.prices_after, plan.request_id) == (
        ("price_basic",),
        ("price_pro",),
        "req_plan",
    )
    # A subscription's story asks for no customer: wallets are not part of it.
    assert all(
        h.kind != s.WALLET_REMOVED for h in src.event_happenings(events, subscription_ids=["sub_1"])
    )


def test_the_story_is_newest_first_with_kpadmins_actions_attached_to_what_they_caused():
    sub = Sub(
        trial_start=T, trial_end=T + 14 * DAY, canceled_at=T + 3 * DAY, cancel_at=T + 14 * DAY
    )
    plan = src.event_happenings(
        [
            Ev(
                "customer.subscription.updated",
                T + 2 * DAY,
                request_id="req_plan",
                price_ids=("b",),
                previous_price_ids=("a",),
            )
        ],
        subscription_ids=["sub_1"],
    )
    actions = [
        Act(T + 2 * DAY + 400, "subscription.change_plan", "sub_1", "req_plan"),  # by request id
        Act(T + 3 * DAY + 2, "subscription.cancel_at_period_end", "sub_1", "req_c"),  # by moment
        Act(T + 5 * DAY, "customers.update", "cus_1", "req_u"),  # nothing of Stripe's: alone
    ]
    now = T + 6 * DAY
    entries = s.story([*src.subscription_happenings(sub), *plan], actions, now)
    assert kinds(entries) == [
        s.CANCELS,
        s.TRIAL_ENDS,
        "customers.update",
        s.CANCEL_SCHEDULED,
        s.PLAN_CHANGED,
        s.TRIAL_STARTED,
        s.SUBSCRIPTION_CREATED,
    ]
    by_kind = {e.happening.kind: e for e in entries if e.happening}
    assert by_kind[s.PLAN_CHANGED].action.action == "subscription.change_plan"
    assert by_kind[s.CANCEL_SCHEDULED].action.action == "subscription.cancel_at_period_end"
    assert by_kind[s.SUBSCRIPTION_CREATED].action is None
    assert [e.upcoming for e in entries] == [True, True, False, False, False, False, False]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)


def test_the_same_happening_from_two_sources_is_listed_once_and_a_new_subscription_owns_its_action():
    sub = Sub(trial_start=None)
    first = Inv(finalized_at=T, paid_at=T, amount_paid=9900)
    happenings = [
        *src.invoice_happenings(first),
        *src.subscription_happenings(sub),
        *src.subscription_happenings(sub),
    ]
    entries = s.story(happenings, [Act(T + 1, "subscriptions.create", "sub_1")], T + DAY)
    # At the same second the later step of a life is above the earlier one.
    assert kinds(entries) == [s.INVOICE_PAID, s.INVOICE_FINALIZED, s.SUBSCRIPTION_CREATED]
    assert entries[-1].action is not None and entries[0].action is None


def test_an_action_too_far_from_any_happening_stands_alone():
    entries = s.story(
        src.subscription_happenings(Sub()), [Act(T + 60, "subscription.resume", "sub_1")], T + DAY
    )
    assert kinds(entries) == ["subscription.resume", s.SUBSCRIPTION_CREATED]
    assert entries[0].happening is None and entries[1].action is None


def test_what_stripe_no_longer_keeps():
    now = T + 100 * DAY
    assert s.events_since(now) == now - 30 * DAY
    assert s.may_be_incomplete(now - 31 * DAY, now)
    assert not s.may_be_incomplete(now - 29 * DAY, now)
    assert len(src.EVENT_TYPES) <= 20


def test_a_request_id_wins_over_a_nearer_moment():
    """Two actions at the same second: each goes to what its own request caused."""
    plan = src.event_happenings(
        [
            Ev(
                "customer.subscription.updated",
                T,
                request_id="req_plan",
                price_ids=("b",),
                previous_price_ids=("a",),
            )
        ],
        subscription_ids=["sub_1"],
    )
    scheduled = src.subscription_happenings(Sub(created=T - DAY, canceled_at=T))
    actions = [
        Act(T, "subscription.cancel_at_period_end", "sub_1", "req_cancel"),
        Act(T, "subscription.change_plan", "sub_1", "req_plan"),
    ]
    entries = s.story([*plan, *scheduled], actions, T + 1)
    by_kind = {e.happening.kind: e.action.action for e in entries if e.happening and e.action}
    assert by_kind == {
        s.PLAN_CHANGED: "subscription.change_plan",
        s.CANCEL_SCHEDULED: "subscription.cancel_at_period_end",
    }
