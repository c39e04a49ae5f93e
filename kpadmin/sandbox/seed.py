"""The demo shop: a small Korean stock-photo service with months of believable history.

Everything is created through the same handlers and functions the API uses
(customers and prices through their routes, wallets through a SetupIntent and
the approval page's ``authorize``, subscriptions through ``POST
/v1/subscriptions``, renewals through :func:`subscription_lifecycle.renew`), with the
store's clock moved back to when each thing "happened". Objects therefore
have exactly the API's shapes, Events included, and lists come out newest
first. A seeded ``random.Random`` keeps names, plans and dates stable between
runs so screenshots do not change; only ids are random.

Seeded URLs (hosted invoice pages, receipts) start with ``core.ORIGIN``,
which the server replaces with the origin a client reached it at.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import random
from collections.abc import Callable
from typing import Any

from kpadmin.sandbox.core import ORIGIN, Ctx, Obj, Store
from kpadmin.sandbox.resources import all_routes, billing, setup_intents
from kpadmin.sandbox.resources import subscription_lifecycle as lc

API_VERSION = "2026-10-28.endive"
DAY = 86400

FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"]
FAMILY_EN = {
    "김": "kim",
    "이": "lee",
    "박": "park",
    "최": "choi",
    "정": "jung",
    "강": "kang",
    "조": "cho",
    "윤": "yoon",
    "장": "jang",
    "임": "lim",
    "한": "han",
    "오": "oh",
    "서": "seo",
    "신": "shin",
    "권": "kwon",
}
GIVEN = [
    ("민준", "minjun"),
    ("서연", "seoyeon"),
    ("도윤", "doyun"),
    ("지우", "jiwoo"),
    ("하준", "hajun"),
    ("서윤", "seoyun"),
    ("예준", "yejun"),
    ("하은", "haeun"),
    ("시우", "siwoo"),
    ("지민", "jimin"),
    ("주원", "juwon"),
    ("수아", "sua"),
    ("지호", "jiho"),
    ("채원", "chaewon"),
    ("현우", "hyunwoo"),
    ("다은", "daeun"),
    ("은우", "eunwoo"),
    ("유진", "yujin"),
    ("건우", "gunwoo"),
    ("소율", "soyul"),
]
DOMAINS = ["naver.com", "kakao.com", "gmail.com", "daum.net", "hanmail.net"]

#: Subscription stories by age: the oldest customers have the longest histories,
#: trials are recent, and ``incomplete`` ones are hours old (Stripe expires them after 23 h).
OLD_STORIES = (
    ["active"] * 8
    + [
        "active_yearly",
        "past_due",
        "past_due",
        "canceled",
        "canceled",
        "canceled",
        "paused",
        "cancel_at_period_end",
    ]
    + [None] * 8
)
NEW_STORIES = (
    ["active"] * 4
    + ["active_basic", "active_basic", "incomplete_dry", "incomplete_pending"]
    + [None] * 4
)
TRIAL_STORIES = ["trialing"] * 3 + [None]


class _Shop:
    """Calls API handlers directly, at a chosen moment of the store's clock."""

    def __init__(self, store: Store, base_url: str) -> None:
        self.store = store
        self.base_url = base_url
        self.real_now = store.now()
        self.routes = [r for bp in all_routes() for r in bp.routes]

    def at(self, ts: int) -> None:
        billing.at(self.store, ts)

    def ctx(self, params: Obj | None = None, path: dict[str, str] | None = None) -> Ctx:
        return Ctx(
            store=self.store,
            params=params or {},
            path=path or {},
            api_version=API_VERSION,
            base_url=self.base_url,
        )

    def call(self, method: str, path: str, params: Obj | None = None) -> Obj:
        """Run the handler of ``method path`` as the server would (minus HTTP)."""
        found = [(r, m) for r in self.routes if (m := r.match(method, path)) is not None]
        if not found:
            raise LookupError(f"no sandbox route for {method} {path}")
        route, match = min(found, key=lambda rm: rm[0].pattern.count("{"))
        return route.handler(self.ctx(params, match))


def seed_demo(store: Store, base_url: str = ORIGIN) -> None:
    """Fill an empty store with the demo shop (deterministic except for ids)."""
    rng = random.Random(20261124)
    shop = _Shop(store, base_url.rstrip("/"))
    now = shop.real_now
    shop.at(now - 200 * DAY)
    prices = _catalog(shop)
    queue: list[tuple[int, int, Callable[[], Any]]] = []
    counter = itertools.count()

    def later(ts: int, fn: Callable[[], Any]) -> None:
        if ts < now:
            heapq.heappush(queue, (ts, next(counter), fn))

    groups = [list(OLD_STORIES), list(NEW_STORIES), list(TRIAL_STORIES)]
    for group in groups:
        rng.shuffle(group)
    stories = [s for group in groups for s in group]
    people = _people(rng, len(stories))
    for i, (person, story) in enumerate(zip(people, stories)):
        joined = now - int((180 - i * 172 / len(people)) * DAY) - rng.randint(0, 20000)
        later(
            joined,
            functools.partial(_customer_story, shop, rng, person, story, joined, prices, later),
        )
    while queue:
        ts, _, fn = heapq.heappop(queue)
        shop.at(ts)
        fn()
    store.time_offset = 0
    _demo_clock(shop)


def _demo_clock(shop: _Shop) -> None:
    """Put the two oldest plain monthly subscribers on a test clock frozen at "now".

    So that "advance the clock" has something to show in the demo: one renews,
    the other's wallet has run dry and goes ``past_due``. The customer count
    and statuses of the demo are unchanged. (Through the API a customer joins
    a clock only at creation; the seed attaches them afterwards.)
    """
    store = shop.store
    subs = [
        s
        for s in reversed(store.all("subscription"))
        if s["status"] == "active"
        and not s["pause_collection"]
        and not s["cancel_at_period_end"]
        and s["default_payment_method"]
        and s["items"]["data"][0]["price"]["recurring"]["interval"] == "month"
    ][:2]
    if len(subs) < 2:
        return
    clock = shop.call(
        "POST", "/v1/test_helpers/test_clocks", {"frozen_time": store.now(), "name": "데모 시계"}
    )
    for sub in subs:
        for obj in [
            store.get(sub["customer"], "customer"),
            sub,
            *(i for i in store.all("invoice") if i["customer"] == sub["customer"]),
        ]:
            obj["test_clock"] = clock["id"]
            store.put(obj)
    billing.set_wallet_dry(store, subs[1]["default_payment_method"])


def _catalog(shop: _Shop) -> dict[str, Obj]:
    premium = shop.call(
        "POST",
        "/v1/products",
        {
            "name": "스톡포토 프리미엄",
            "description": "Stock Photo Premium: unlimited downloads of every premium photo, "
            "commercial licence included. 프리미엄 사진 무제한 다운로드.",
            "metadata": {"tier": "premium"},
            "unit_label": "seat",
        },
    )
    old = shop.call(
        "POST",
        "/v1/prices",
        {
            "product": premium["id"],
            "currency": "krw",
            "unit_amount": "90000",
            "recurring": {"interval": "month"},
            "nickname": "월간 (2025 요금)",
        },
    )
    shop.at(shop.store.now() + 20 * DAY)
    monthly = shop.call(
        "POST",
        "/v1/prices",
        {
            "product": premium["id"],
            "currency": "krw",
            "unit_amount": "100000",
            "recurring": {"interval": "month"},
            "lookup_key": "stock_photo_monthly",
            "nickname": "월간 · Monthly",
        },
    )
    shop.call("POST", f"/v1/prices/{old['id']}", {"active": "false"})
    yearly = shop.call(
        "POST",
        "/v1/prices",
        {
            "product": premium["id"],
            "currency": "krw",
            "unit_amount": "1000000",
            "recurring": {"interval": "year"},
            "lookup_key": "stock_photo_yearly",
            "nickname": "연간 · Yearly (2 months free)",
        },
    )
    shop.call(
        "POST",
        "/v1/prices",
        {
            "product": premium["id"],
            "currency": "usd",
            "unit_amount": "7900",
            "recurring": {"interval": "month"},
            "lookup_key": "stock_photo_monthly_usd",
            "nickname": "Overseas buyers (USD)",
        },
    )
    shop.call("POST", f"/v1/products/{premium['id']}", {"default_price": monthly["id"]})
    basic = shop.call(
        "POST",
        "/v1/products",
        {
            "name": "스톡포토 베이직",
            "description": "Stock Photo Basic: 30 downloads a month.",
            "metadata": {"tier": "basic"},
        },
    )
    basic_monthly = shop.call(
        "POST",
        "/v1/prices",
        {
            "product": basic["id"],
            "currency": "krw",
            "unit_amount": "30000",
            "recurring": {"interval": "month"},
            "lookup_key": "stock_photo_basic_monthly",
        },
    )
    pack = shop.call(
        "POST",
        "/v1/products",
        {"name": "사진 10장 팩", "description": "Photo pack: 10 premium photos, yours to keep."},
    )
    shop.call(
        "POST",
        "/v1/prices",
        {
            "product": pack["id"],
            "currency": "krw",
            "unit_amount": "30000",
            "lookup_key": "photo_pack_10",
        },
    )
    return {"monthly": monthly, "yearly": yearly, "basic": basic_monthly}


def _people(rng: random.Random, n: int) -> list[Obj]:
    seen: set[str] = set()
    out: list[Obj] = []
    while len(out) < n:
        fam = rng.choice(FAMILY)
        given, given_en = rng.choice(GIVEN)
        if fam + given in seen:
            continue
        seen.add(fam + given)
        email = f"{given_en}.{FAMILY_EN[fam]}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        phone = f"+82 10-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"
        out.append({"name": fam + given, "email": email, "phone": phone})
    return out


def _save_wallet(shop: _Shop, customer: str, *, dry: bool = False) -> str:
    """The three-call flow: SetupIntent → approval page → succeeded with a mandate."""
    si = shop.call(
        "POST",
        "/v1/setup_intents",
        {
            "customer": customer,
            "confirm": "true",
            "usage": "off_session",
            "allowed_payment_method_types": ["kakao_pay"],
            "payment_method_data": {"type": "kakao_pay"},
            "mandate_data": {
                "customer_acceptance": {
                    "type": "online",
                    "online": {
                        "ip_address": "211.36.142.7",
                        "user_agent": "Mozilla/5.0 (iPhone) KAKAOTALK",
                    },
                }
            },
            "return_url": "https://shop.example.kr/kakao/return",
        },
    )
    auth = billing.authorization(shop.store, si["id"])
    assert auth is not None
    auth["handled"] = True
    shop.store.put(auth)
    setup_intents.authorize(shop.ctx(), si, dry=dry, mandate_data=auth["mandate_data"])
    # As a merchant would: the newly approved wallet pays the customer's invoices.
    shop.call(
        "POST",
        f"/v1/customers/{customer}",
        {"invoice_settings": {"default_payment_method": si["payment_method"]}},
    )
    return str(si["payment_method"])


def _customer_story(
    shop: _Shop,
    rng: random.Random,
    person: Obj,
    story: str | None,
    joined: int,
    prices: dict[str, Obj],
    later: Callable[[int, Callable[[], Any]], None],
    cus: Obj | None = None,
) -> None:
    if cus is None:
        cus = shop.call(
            "POST",
            "/v1/customers",
            {
                **person,
                "preferred_locales": ["ko"],
                "metadata": {"signup_channel": rng.choice(["web", "kakao_channel", "app"])},
            },
        )
    if story is None:
        if rng.random() < 0.4:
            _save_wallet(shop, cus["id"])
        return
    store = shop.store
    price = prices[
        "yearly" if story == "active_yearly" else "basic" if story == "active_basic" else "monthly"
    ]
    if story.startswith("incomplete") and store.now() < shop.real_now - DAY:
        later(
            shop.real_now - rng.randint(1, 20) * 3600,
            lambda: _customer_story(shop, rng, person, story, joined, prices, later, cus),
        )
        return
    shop.at(store.now() + 300)
    params: Obj = {
        "customer": cus["id"],
        "items": [{"price": price["id"]}],
        "off_session": "true",
        "metadata": {"source": "demo"},
    }
    if story == "incomplete_pending":
        params.update(
            payment_behavior="default_incomplete",
            payment_settings={"save_default_payment_method": "on_subscription"},
        )
        shop.call("POST", "/v1/subscriptions", params)
        return
    params["default_payment_method"] = _save_wallet(shop, cus["id"], dry=story == "incomplete_dry")
    if story == "trialing":
        params["trial_period_days"] = "30"
    sub = shop.call("POST", "/v1/subscriptions", params)
    if story == "incomplete_dry":
        return
    _schedule_renewals(shop, sub["id"], later)
    if story == "past_due":  # the wallet runs dry before the last renewal
        later(
            shop.real_now - 31 * DAY,
            lambda: billing.set_wallet_dry(store, params["default_payment_method"]),
        )
    elif story == "canceled":
        later(
            store.now() + rng.randint(20, 70) * DAY,
            lambda: shop.call(
                "DELETE",
                f"/v1/subscriptions/{sub['id']}",
                {
                    "cancellation_details": {
                        "feedback": rng.choice(["too_expensive", "unused"]),
                        "comment": "필요한 사진을 다 받았어요",
                    }
                },
            ),
        )
    elif story == "cancel_at_period_end":
        later(
            shop.real_now - 3 * DAY,
            lambda: shop.call(
                "POST", f"/v1/subscriptions/{sub['id']}", {"cancel_at_period_end": "true"}
            ),
        )
    elif story == "paused":
        later(
            shop.real_now - 10 * DAY,
            lambda: shop.call(
                "POST", f"/v1/subscriptions/{sub['id']}", {"pause_collection": {"behavior": "void"}}
            ),
        )


def _schedule_renewals(
    shop: _Shop, sub_id: str, later: Callable[[int, Callable[[], Any]], None]
) -> None:
    sub = shop.store.get(sub_id, "subscription")
    end = sub["items"]["data"][0]["current_period_end"]

    def renew() -> None:
        current = shop.store.get(sub_id, "subscription")
        if current["status"] in ("canceled", "incomplete", "incomplete_expired"):
            return
        lc.renew(shop.ctx(), current)
        if shop.store.get(sub_id, "subscription")["status"] not in ("canceled",):
            _schedule_renewals(shop, sub_id, later)

    later(end, renew)
