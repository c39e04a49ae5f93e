"""The Kakao Pay approval page a ``redirect_to_url`` next action points to (Korean/English).

Stripe's test mode sends the buyer to a hosted page where they choose to
authorize or fail; this is the sandbox's version of it, served by the sandbox
itself. It shows the merchant and what is being approved (an amount for a
PaymentIntent, permission for future charges for a SetupIntent) and offers
three POST buttons: authorize, fail, and a sandbox-only "authorize, but let
the wallet run dry" that saves the wallet yet makes later off-session charges
decline with ``insufficient_funds``. After acting it redirects (303) to the
intent's ``return_url`` with Stripe's query parameters, and it refuses to act
twice on the same intent.

Plain hosted-invoice and receipt pages (``hosted_invoice_url``, a Charge's
``receipt_url``) live here too.
"""

from __future__ import annotations

import html
from pathlib import Path
from string import Template
from urllib.parse import urlencode

from aiohttp import web

from kpadmin.domain.money import format_plain
from kpadmin.sandbox.core import Obj, PageCtx, Routes, Store
from kpadmin.sandbox.resources import billing, invoices, payment_intents, setup_intents

routes = Routes()

ACTIONS = ("authorize", "fail", "authorize_dry")
MERCHANT_KO = "kpadmin 샌드박스 상점"
_TEMPLATE = Template((Path(__file__).with_name("kakao_page.html")).read_text(encoding="utf-8"))


def _page(status: int, title: str, body: str) -> web.Response:
    text = _TEMPLATE.substitute(title=html.escape(title), body=body)
    return web.Response(status=status, text=text, content_type="text/html", charset="utf-8")


def _message(status: int, ko: str, en: str) -> web.Response:
    body = f'<section><h2>{html.escape(ko)}</h2><p class="en">{html.escape(en)}</p></section>'
    return _page(status, en, body)


def _intent(store: Store, intent_id: str) -> Obj | None:
    obj = store.find(intent_id)
    if obj is None or obj.get("object") not in ("payment_intent", "setup_intent"):
        return None
    return obj


def _pending(store: Store, intent: Obj,
             token: str | None) -> tuple[Obj | None, web.Response | None]:
    """The intent's authorization when it can still be acted on, else the page to show."""
    auth = billing.authorization(store, intent["id"])
    if auth is None or token != auth["token"]:
        return None, _message(403, "유효하지 않은 승인 링크입니다.",
                              "This approval link is not valid (wrong or missing token).")
    if auth["handled"] or intent["status"] != "requires_action":
        return None, _message(409, "이미 처리된 요청입니다.",
                              "Already handled: this request was already authorized or failed.")
    return auth, None


def _summary(store: Store, intent: Obj) -> str:
    cus = store.find(intent.get("customer") or "") or {}
    who = html.escape(" · ".join(x for x in (cus.get("name"), cus.get("email")) if x) or "—")
    if intent["object"] == "payment_intent":
        amount = html.escape(format_plain(intent["amount"], intent["currency"]))
        found = invoices.invoice_of(store, intent["id"])
        lines = [li["description"] for li in found[0]["lines"]["data"]] if found else []
        text = " · ".join(lines) or intent.get("description") or ""
        what = (f'<div class="en">결제 금액 · Amount</div><div class="amount">{amount}</div>'
                f'<div class="en">{html.escape(text)}</div>')
    else:
        what = ('<h2>향후 결제 허용</h2><p class="en">Allow future charges: the merchant may '
                'charge this Kakao Pay wallet later without asking again (정기 결제).</p>')
    return (f"{what}<dl><dt>가맹점 · Merchant</dt><dd>{MERCHANT_KO} · "
            f"{html.escape(invoices.ACCOUNT_NAME)}</dd><dt>고객 · Customer</dt><dd>{who}</dd>"
            f"<dt>요청 · Request</dt><dd>{html.escape(intent['id'])}</dd></dl>")


@routes.page("GET", billing.PAGE_PREFIX + "{id}")
def show(pctx: PageCtx, request: web.Request) -> web.Response:
    intent = _intent(pctx.store, pctx.path["id"])
    if intent is None:
        return _message(404, "요청을 찾을 수 없습니다.", "No such payment or setup request.")
    token = request.query.get("token")
    auth, refusal = _pending(pctx.store, intent, token)
    if refusal is not None:
        return refusal
    buttons = "".join(
        f'<button class="{cls}" type="submit" name="action" value="{value}">{label}</button>'
        for cls, value, label in (
            ("authorize", "authorize", "승인 · Authorize"),
            ("fail", "fail", "실패 · Fail"),
            ("dry", "authorize_dry",
             "승인하되 이후 자동 결제는 잔액 부족으로 거절 (샌드박스 전용)<br>"
             "Authorize, but decline later off-session charges (wallet runs dry; sandbox only)"),
        ))
    body = (f"<section>{_summary(pctx.store, intent)}"
            f'<form method="post" action="{billing.PAGE_PREFIX}{html.escape(intent["id"])}">'
            f'<input type="hidden" name="token" value="{html.escape(token or "")}">{buttons}'
            f'</form><p class="note">이 페이지는 kpadmin 샌드박스가 제공합니다. '
            f'This page is served by the kpadmin sandbox.</p></section>')
    return _page(200, "Kakao Pay 승인 · Authorize", body)


@routes.page("POST", billing.PAGE_PREFIX + "{id}")
async def act(pctx: PageCtx, request: web.Request) -> web.Response:
    intent = _intent(pctx.store, pctx.path["id"])
    if intent is None:
        return _message(404, "요청을 찾을 수 없습니다.", "No such payment or setup request.")
    form = await request.post()
    action = str(form.get("action") or "")
    if action not in ACTIONS:
        return _message(400, "알 수 없는 동작입니다.", f"Unknown action {action!r}.")
    auth, refusal = _pending(pctx.store, intent, str(form.get("token") or ""))
    if refusal is not None:
        return refusal
    assert auth is not None
    auth["handled"] = True
    pctx.store.put(auth)
    ctx = pctx.ctx()
    ok = action != "fail"
    if intent["object"] == "setup_intent":
        if ok:
            setup_intents.authorize(ctx, intent, dry=action == "authorize_dry",
                                    mandate_data=auth["mandate_data"])
        else:
            setup_intents.fail(ctx, intent)
        query = {"setup_intent": intent["id"],
                 "setup_intent_client_secret": intent["client_secret"]}
    else:
        if ok:
            save = bool(auth["mandate_data"]) or intent.get("setup_future_usage") == "off_session" \
                or invoices.invoice_of(pctx.store, intent["id"]) is not None
            payment_intents.settle(ctx, intent, authorized=True,
                                   mandate_data=auth["mandate_data"], save=save)
            if action == "authorize_dry":
                billing.set_wallet_dry(pctx.store, intent["payment_method"])
        else:
            payment_intents.fail_authorization(ctx, intent)
        query = {"payment_intent": intent["id"],
                 "payment_intent_client_secret": intent["client_secret"]}
    query["redirect_status"] = "succeeded" if ok else "failed"
    url = auth["return_url"]
    location = url + ("&" if "?" in url else "?") + urlencode(query)
    return web.Response(status=303, headers={"Location": location}, text="See Other")


@routes.page("GET", "/_sandbox/invoices/{id}")
def hosted_invoice(pctx: PageCtx, request: web.Request) -> web.Response:
    """A minimal hosted invoice page: what is owed and its state."""
    inv = pctx.store.find(pctx.path["id"])
    if inv is None or inv.get("object") != "invoice":
        return _message(404, "청구서를 찾을 수 없습니다.", "No such invoice.")
    rows = "".join(
        f"<dt>{html.escape(line['description'] or '')}</dt>"
        f"<dd>{html.escape(format_plain(line['amount'], line['currency']))}</dd>"
        for line in inv["lines"]["data"])
    number = html.escape(inv["number"] or inv["id"])
    total = html.escape(format_plain(inv["total"], inv["currency"]))
    body = (f'<section><div class="en">청구서 · Invoice {number}</div>'
            f'<div class="amount">{total}</div>'
            f"<p>상태 · Status: <b>{html.escape(inv['status'])}</b></p><dl>{rows}</dl>"
            f"</section>")
    return _page(200, f"Invoice {inv['number'] or inv['id']}", body)


@routes.page("GET", "/_sandbox/receipts/{id}")
def receipt(pctx: PageCtx, request: web.Request) -> web.Response:
    """A minimal receipt for a charge (its ``receipt_url``)."""
    ch = pctx.store.find(pctx.path["id"])
    if ch is None or ch.get("object") != "charge":
        return _message(404, "영수증을 찾을 수 없습니다.", "No such receipt.")
    amount = html.escape(format_plain(ch["amount"], ch["currency"]))
    body = (f'<section><div class="en">영수증 · Receipt</div><div class="amount">{amount}</div>'
            f"<dl><dt>가맹점 · Merchant</dt><dd>{html.escape(invoices.ACCOUNT_NAME)}</dd>"
            f"<dt>상태 · Status</dt><dd>{html.escape(ch['status'])}</dd>"
            f"<dt>결제 수단 · Method</dt><dd>{html.escape(ch['payment_method_details']['type'])}"
            f"</dd><dt>설명 · Description</dt><dd>{html.escape(ch.get('description') or '—')}"
            f"</dd></dl></section>")
    return _page(200, "Receipt", body)


@routes.page("POST", "/_sandbox/kakao_pay/wallets/{id}")
async def set_wallet(pctx: PageCtx, request: web.Request) -> web.Response:
    """Sandbox-only switch: make a saved wallet run dry (``dry=true``) or refill it.

    Lets tests and demos turn an active subscription ``past_due`` at its next
    renewal without going through the approval page again.
    """
    pm = pctx.store.find(pctx.path["id"])
    if pm is None or pm.get("object") != "payment_method":
        return web.json_response({"error": "no such payment method"}, status=404)
    form = await request.post()
    dry = str(form.get("dry", "true")).lower() == "true"
    billing.set_wallet_dry(pctx.store, pm["id"], dry)
    return web.json_response({"payment_method": pm["id"], "dry": dry})
