"""Bad input, generated: every form value is sent as is, or refused before any request.

For each form (customer, product, price, metadata, trial days) hypothesis
generates values (empty, huge, every script, control characters, emoji,
fractions in zero-decimal currencies, amounts past Stripe's maximum...). The
dialog's normalisation (``strip()``) is applied, then
:mod:`kpadmin.domain.validation` (what the dialogs call) decides:

- no problem: the value goes through the gateway to the sandbox, which must
  accept it, and what Stripe stores is exactly what was sent;
- a problem: a stable code with a translated sentence; no request is made.

A rule missing from validation shows up as a refusal from the sandbox after a
round trip, and fails the test. The number of cases is printed at the end.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kpadmin.domain import validation as v
from kpadmin.domain.money import MAX_AMOUNT, exponent, parse_amount
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.stripe_api import GatewayError, StripeGateway, new_action_key
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft

KEY = "sk_test_" + "V" * 24
CASES: Counter[str] = Counter()
SETTINGS = settings(
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Shop:
    """One sandbox, one event loop and one gateway for the whole module."""

    def __init__(self) -> None:
        self.sb = EmbeddedSandbox()
        self.sb.start()
        self.runner = asyncio.Runner()
        self.gw = self.runner.run(self._make())
        self.product = self.run(
            self.gw.products.create(ProductDraft("Base"), idempotency_key=new_action_key())
        )

    async def _make(self) -> StripeGateway:
        return StripeGateway(KEY, api_base=self.sb.url, timeout=10, max_network_retries=0)

    def run(self, coro):
        return self.runner.run(coro)

    def requests(self) -> int:
        return self.sb.server.faults.snapshot()["requests"]

    def close(self) -> None:
        self.run(self.gw.aclose())
        self.runner.close()
        self.sb.stop()


@pytest.fixture(scope="module")
def shop(stress_report):
    s = Shop()
    yield s
    s.close()
    stress_report(
        f"[validation] hypothesis cases: {sum(CASES.values())} "
        f"({', '.join(f'{k}={n}' for k, n in sorted(CASES.items()))})"
    )


# -- strategies ---------------------------------------------------------------------------------

EMOJI = st.sampled_from(["👍", "🇰🇷", "👩‍👩‍👧‍👦", "☕️", "𝔘𝔫𝔦", "\u200d", "é", "한"])
SCRIPTS = st.sampled_from(
    [
        "김민준",
        "山田太郎",
        "Ωμέγα",
        "Привет",
        "مرحبا",
        "שלום",
        "हिन्दी",
        "ไทย",
        "Ꭰꮳ",
        "ℌ𝔢𝔩𝔩𝔬",
        "Zoë Ñuñez",
    ]
)
CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\r", "\n", "\t", "\x1f"])


def texts(max_len: int) -> st.SearchStrategy[str]:
    """Mostly ordinary text from every script and emoji; sometimes control characters,
    blanks or lengths around ``max_len``."""
    ordinary = st.lists(
        st.one_of(
            st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=8), EMOJI, SCRIPTS
        ),
        max_size=6,
    ).map("".join)
    hostile = st.lists(
        st.one_of(st.text(max_size=8), EMOJI, SCRIPTS, CONTROL), min_size=1, max_size=6
    ).map("".join)
    near = st.integers(max_len - 3, max_len + 3).flatmap(
        lambda n: st.sampled_from(["a", "한", "👍", " x"]).map(lambda c: (c * n)[:n])
    )
    return st.one_of(
        ordinary, ordinary, ordinary, ordinary, hostile, near, st.just(""), st.just("   ")
    )


emails = st.one_of(
    st.just(""),
    st.emails().map(str),
    st.emails().map(str),
    st.text(max_size=30),
    st.builds(
        lambda a, b: f"{a}@{b}.com",
        st.text(min_size=1, max_size=10),
        st.text(min_size=1, max_size=10),
    ),
    st.just("a" * 510 + "@b.co"),
)

metadata_pairs = st.one_of(
    st.just([]),
    st.lists(st.tuples(texts(v.METADATA_KEY_MAX), texts(v.METADATA_VALUE_MAX)), max_size=3),
    st.integers(45, 55).map(lambda n: [(f"k{i}", "x") for i in range(n)]),
)


def editor_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """What MetadataEditor.pairs() gives for these rows: keys stripped, empty rows dropped."""
    out = []
    for key, value in pairs:
        key = key.strip()
        if key or value:
            out.append((key, value))
    return out


def _stored_text(value: str | None) -> str:
    return value or ""


# -- customers ------------------------------------------------------------------------------------


@SETTINGS
@given(
    name=texts(v.CUSTOMER_NAME_MAX),
    email=emails,
    phone=texts(v.CUSTOMER_PHONE_MAX),
    description=texts(v.CUSTOMER_DESCRIPTION_MAX),
    meta=metadata_pairs,
)
@example(name="김민준", email="", phone="", description="", meta=[("plan", "")])
@example(name="a\x00b", email="", phone="", description="", meta=[])
@example(name="", email="x@y.z", phone="+82 10-1234-5678", description="줄\n바꿈", meta=[])
def test_customer_form(shop, name, email, phone, description, meta):
    draft = CustomerDraft(
        name=name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        description=description.strip(),
        metadata=dict(editor_pairs(meta)),
    )
    problems = v.customer_problems(
        name=draft.name,
        email=draft.email,
        phone=draft.phone,
        description=draft.description,
        metadata=editor_pairs(meta),
    )
    CASES["customer_refused" if problems else "customer_sent"] += 1
    before = shop.requests()
    if problems:
        assert shop.requests() == before
        return
    try:
        made = shop.run(shop.gw.customers.create(draft, idempotency_key=new_action_key()))
    except GatewayError as err:
        pytest.fail(f"validation passed but Stripe refused: {err.param}: {err.message}")
    stored = shop.sb.store.get(made.id)
    assert _stored_text(stored["name"]) == draft.name
    assert _stored_text(stored["email"]) == draft.email
    assert _stored_text(stored["phone"]) == draft.phone
    assert _stored_text(stored["description"]) == draft.description
    assert stored["metadata"] == dict(draft.metadata)


# -- products -------------------------------------------------------------------------------------


@SETTINGS
@given(
    name=texts(v.PRODUCT_NAME_MAX),
    description=texts(300),
    meta=metadata_pairs,
    tax=st.sampled_from(["", "txcd_10000000", "txcd_1", "TXCD_10000000", "txcd_99999999 "]),
)
def test_product_form(shop, name, description, meta, tax):
    pairs = editor_pairs(meta)
    draft = ProductDraft(
        name=name.strip(),
        description=description.strip(),
        tax_code=tax.strip(),
        metadata=dict(pairs),
    )
    problems = v.product_problems(
        name=draft.name, description=draft.description, tax_code=draft.tax_code, metadata=pairs
    )
    CASES["product_refused" if problems else "product_sent"] += 1
    if problems:
        return
    try:
        made = shop.run(shop.gw.products.create(draft, idempotency_key=new_action_key()))
    except GatewayError as err:
        pytest.fail(f"validation passed but Stripe refused: {err.param}: {err.message}")
    stored = shop.sb.store.get(made.id)
    assert stored["name"] == draft.name
    assert _stored_text(stored["description"]) == draft.description
    assert _stored_text(stored["tax_code"]) == draft.tax_code
    assert stored["metadata"] == dict(draft.metadata)


# -- amounts --------------------------------------------------------------------------------------

CURRENCIES = st.sampled_from(["krw", "jpy", "usd", "eur", "kwd"])


def amount_texts(currency: str) -> st.SearchStrategy[str]:
    exp = exponent(currency)
    plain = st.integers(-10, MAX_AMOUNT * 10 + 5).map(lambda n: str(Decimal(n).scaleb(-exp)))
    fractions = st.decimals(
        min_value=-5, max_value=10**9, places=4, allow_nan=False, allow_infinity=False
    ).map(str)
    grouped = st.integers(0, MAX_AMOUNT * 2).map(lambda n: f"{n:,}")
    return st.one_of(
        plain,
        fractions,
        grouped,
        st.just("0"),
        st.just(""),
        st.just("1e3"),
        st.just("₩100,000"),
        st.just("$5"),
        st.just("10,50"),
        st.just("１２３"),
        st.text(max_size=8),
    )


@SETTINGS
@given(data=st.data())
def test_amounts(shop, data):
    currency = data.draw(CURRENCIES)
    text = data.draw(amount_texts(currency))
    problem = v.price_problems(amount_text=text, currency=currency).get("amount")
    CASES["amount_refused" if problem else "amount_sent"] += 1
    if problem:
        assert problem in (
            "empty",
            "not_a_number",
            "negative",
            "too_many_decimals",
            "too_large",
            "three_decimal_last_digit",
        ), problem
        return
    minor = parse_amount(text, currency)
    assert 0 <= minor <= MAX_AMOUNT
    # What the person typed and what Stripe will charge are the same amount.
    typed = Decimal(text.replace(",", "").strip("₩$ ") or "0")
    assert Decimal(minor).scaleb(-exponent(currency)) == typed
    try:
        price = shop.run(
            shop.gw.prices.create(
                PriceDraft(shop.product.id, currency, minor, "month"),
                idempotency_key=new_action_key(),
            )
        )
    except GatewayError as err:
        pytest.fail(f"validation passed but Stripe refused {minor} {currency}: {err.message}")
    assert shop.sb.store.get(price.id)["unit_amount"] == minor


@settings(max_examples=200, deadline=None, database=None)
@given(n=st.integers(-(10**12), 10**12))
def test_integer_krw_amounts_parse_exactly_or_are_refused(n):
    CASES["krw_integer"] += 1
    problem = v.amount_problem(str(n), "krw")
    if n < 0:
        assert problem == "negative"
    elif n > MAX_AMOUNT:
        assert problem == "too_large"
    else:
        assert problem is None and parse_amount(f"₩{n:,}", "krw") == n


@settings(max_examples=100, deadline=None, database=None)
@given(whole=st.integers(0, 10**6), frac=st.integers(1, 99))
def test_fractions_of_a_won_are_refused(whole, frac):
    CASES["krw_fraction"] += 1
    assert v.amount_problem(f"{whole}.{frac:02d}".rstrip("0"), "krw") == "too_many_decimals"


# -- metadata limits, exactly at and past Stripe's -------------------------------------------------


@SETTINGS
@given(count=st.integers(48, 52), key_len=st.integers(38, 42), value_len=st.integers(498, 502))
def test_metadata_limits(shop, count, key_len, value_len):
    pairs = [(f"{i:02d}" + "k" * (key_len - 2), "v" * value_len) for i in range(count)]
    problem = v.metadata_problem(pairs)
    CASES["metadata_refused" if problem else "metadata_sent"] += 1
    over = count > 50 or key_len > 40 or value_len > 500
    assert (problem is not None) == over
    if problem:
        return
    made = shop.run(
        shop.gw.customers.create(
            CustomerDraft("m", metadata=dict(pairs)), idempotency_key=new_action_key()
        )
    )
    assert shop.sb.store.get(made.id)["metadata"] == dict(pairs)


# -- dates: trial length --------------------------------------------------------------------------


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(days=st.one_of(st.integers(-5, 5), st.integers(725, 735), st.integers(1, 730)))
def test_trial_days(shop, days):
    problem = v.trial_days_problem(days)
    CASES["trial_refused" if problem else "trial_sent"] += 1
    assert (problem is None) == (days <= 0 or days <= v.TRIAL_DAYS_MAX) or days < 0
    if problem or days <= 0:
        return
    cus = shop.run(shop.gw.customers.create(CustomerDraft("t"), idempotency_key=new_action_key()))
    price = getattr(shop, "trial_price", None)
    if price is None:
        price = shop.trial_price = shop.run(
            shop.gw.prices.create(
                PriceDraft(shop.product.id, "krw", 9900, "month"), idempotency_key=new_action_key()
            )
        )
    pm = _kakao_pm(shop, cus.id)
    start = shop.run(
        shop.gw.subscriptions.create(
            cus.id,
            [(price.id, 1)],
            default_payment_method=pm,
            trial_period_days=days,
            idempotency_key=new_action_key(),
        )
    )
    stored = shop.sb.store.get(start.subscription.id)
    assert stored["status"] == "trialing"
    assert stored["trial_end"] - stored["trial_start"] == days * 86400


def _kakao_pm(shop: Shop, customer_id: str) -> str:
    """A Kakao Pay method attached to the customer (set up with the raw SDK)."""
    import stripe

    from kpadmin.stripe_api.client import HttpxClient

    http = HttpxClient(timeout=10, allow_sync_methods=True)
    try:
        c = stripe.StripeClient(KEY, base_addresses={"api": shop.sb.url}, http_client=http)
        pm = c.v1.payment_methods.create({"type": "kakao_pay"})
        c.v1.payment_methods.attach(pm.id, {"customer": customer_id})
        return pm.id
    finally:
        http.close()


# -- the dialogs use these rules -------------------------------------------------------------------


@pytest.fixture(scope="module")
def dialog_context(shop, tmp_path_factory):
    from kpadmin.keychain import MemorySecretStore
    from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
    from kpadmin.settings import Settings
    from kpadmin.ui.context import AppServices, default_gateway_factory

    settings = Settings.at_path(tmp_path_factory.mktemp("dlg") / "kpadmin.ini")
    profiles = ProfileStore(settings, MemorySecretStore())
    profiles.set_demo_api_base(shop.sb.url)
    services = AppServices(
        settings=settings,
        secrets=MemorySecretStore(),
        profiles=profiles,
        gateway_factory=default_gateway_factory,
        start_demo=None,
    )
    profile = profiles.get(DEMO_PROFILE_NAME)
    gateway = StripeGateway(KEY, api_base=shop.sb.url)
    yield services.context_for(profile, gateway)
    shop.run(gateway.aclose())


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    name=texts(v.CUSTOMER_NAME_MAX),
    email=emails,
    phone=texts(v.CUSTOMER_PHONE_MAX),
    description=texts(v.CUSTOMER_DESCRIPTION_MAX),
    meta=metadata_pairs,
)
def test_customer_dialog_refuses_exactly_what_the_rules_refuse(
    shop, dialog_context, qtbot, name, email, phone, description, meta
):
    from kpadmin.ui.dialogs.customer_dialog import CustomerDialog

    dlg = CustomerDialog(dialog_context)
    qtbot.addWidget(dlg)
    dlg.name_edit.setText(name)
    dlg.email_edit.setText(email)
    dlg.phone_edit.setText(phone)
    dlg.description_edit.setPlainText(description)
    for key, value in meta:
        dlg.metadata_editor.add_row(key, value)
    before = shop.requests()
    ok = dlg.validate()
    d = dlg.draft()
    problems = v.customer_problems(
        name=d.name,
        email=d.email,
        phone=d.phone,
        description=d.description,
        metadata=dlg.metadata_editor.pairs(),
    )
    CASES["dialog_refused" if problems else "dialog_passed"] += 1
    assert ok == (not problems), problems
    shown = {f for f, label in dlg.errors.items() if label.text()}
    assert shown == set(problems), (shown, problems)
    assert all(dlg.errors[f].text() not in ("", problems[f]) for f in problems), (
        "each refusal has a sentence, not a code"
    )
    assert shop.requests() == before  # nothing was sent
