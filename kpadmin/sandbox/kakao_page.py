"""The Kakao Pay approval page a ``redirect_to_url`` next action points to (ko/ja/en).

Stripe's test mode sends the buyer to a hosted page where they choose to
authorize or fail; this is the sandbox's version of it, served by the sandbox
itself. It shows the merchant and what is being approved (an amount for a
PaymentIntent, permission for future charges for a SetupIntent) and offers
three POST buttons: authorize, fail, and a sandbox-only "authorize, but let
the wallet run dry" that saves the wallet yet makes later off-session charges
decline with ``insufficient_funds``. After acting it redirects (303) to the
intent's ``return_url`` with Stripe's query parameters, and it refuses to act
twice on the same intent.

The page speaks Korean, Japanese or English (``page_texts.choose``: the
customer's ``preferred_locales``, else ``?lang=``, else the browser's
Accept-Language, else Korean), with English repeated under Korean and
Japanese lines. The customer is the intent's (the invoice's, the charge's).

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
from kpadmin.sandbox.core import Obj, PageCtx, Routes, Store, not_found
from kpadmin.sandbox.page_texts import MERCHANT_NAMES, choose, english, label, text
from kpadmin.sandbox.resources import billing, invoices, payment_intents, setup_intents

routes = Routes()

ACTIONS = ("authorize", "fail", "authorize_dry")
MERCHANT_KO = MERCHANT_NAMES["ko"]
_TEMPLATE = Template((Path(__file__).with_name("kakao_page.html")).read_text(encoding="utf-8"))


def _lang(request: web.Request, store: Store, obj: Obj | None = None) -> str:
    """The language of a page about ``obj``: its customer's first, then the request's."""
    customer_id = obj.get("customer") if obj is not None else None
    customer = store.find(customer_id) if isinstance(customer_id, str) and customer_id else None
    locales = (customer or {}).get("preferred_locales") or ()
    return choose(request.query.get("lang"), request.headers.get("Accept-Language"), locales)


def _page(status: int, title: str, body: str, lang: str) -> web.Response:
    page = _TEMPLATE.substitute(
        lang=lang,
        title=html.escape(title),
        body=body,
        header=html.escape(label("header", lang)),
        banner=html.escape(label("banner", lang)),
    )
    return web.Response(status=status, text=page, content_type="text/html", charset="utf-8")


def _message(status: int, key: str, lang: str, detail: str = "") -> web.Response:
    en = english(key, lang)
    body = (
        f"<section><h2>{html.escape(text(key, lang))}</h2>"
        + (f'<p class="en">{html.escape(en)}</p>' if en else "")
        + (f'<p class="en">{html.escape(detail)}</p>' if detail else "")
        + "</section>"
    )
    return _page(status, text(key, lang), body, lang)


def _intent(store: Store, intent_id: str) -> Obj | None:
    obj = store.find(intent_id)
    if obj is None or obj.get("object") not in ("payment_intent", "setup_intent"):
        return None
    return obj


def _pending(
    store: Store, intent: Obj, token: str | None, lang: str
) -> tuple[Obj | None, web.Response | None]:
    """The intent's authorization when it can still be acted on, else the page to show."""
    auth = billing.authorization(store, intent["id"])
    if auth is None or token != auth["token"]:
        return None, _message(403, "bad_link", lang)
    if auth["handled"] or intent["status"] != "requires_action":
        return None, _message(409, "handled", lang)
    return auth, None


def _summary(store: Store, intent: Obj, lang: str) -> str:
    cus = store.find(intent.get("customer") or "") or {}
    who = html.escape(" · ".join(x for x in (cus.get("name"), cus.get("email")) if x) or "—")
    if intent["object"] == "payment_intent":
        amount = html.escape(format_plain(intent["amount"], intent["currency"]))
        found = invoices.invoice_of(store, intent["id"])
        lines = [li["description"] for li in found[0]["lines"]["data"]] if found else []
        items = " · ".join(lines) or intent.get("description") or ""
        what = (
            f'<div class="en">{html.escape(label("amount", lang))}</div>'
            f'<div class="amount">{amount}</div><div class="en">{html.escape(items)}</div>'
        )
    else:
        en = english("future", lang)
        what = (
            f"<h2>{html.escape(text('future', lang))}</h2>"
            + (f'<p class="en">{html.escape(en)}</p>' if en else "")
            + f'<p class="en">{html.escape(text("future_detail", lang))}</p>'
        )
    merchant = " · ".join(dict.fromkeys((MERCHANT_NAMES[lang], invoices.ACCOUNT_NAME)))
    return (
        f"{what}<dl><dt>{html.escape(label('merchant', lang))}</dt>"
        f"<dd>{html.escape(merchant)}</dd>"
        f"<dt>{html.escape(label('customer', lang))}</dt><dd>{who}</dd>"
        f"<dt>{html.escape(label('request', lang))}</dt>"
        f"<dd>{html.escape(intent['id'])}</dd></dl>"
    )


@routes.page("GET", billing.PAGE_PREFIX + "{id}")
def show(pctx: PageCtx, request: web.Request) -> web.Response:
    intent = _intent(pctx.store, pctx.path["id"])
    lang = _lang(request, pctx.store, intent)
    if intent is None:
        return _message(404, "no_intent", lang)
    token = request.query.get("token")
    _auth, refusal = _pending(pctx.store, intent, token, lang)
    if refusal is not None:
        return refusal
    buttons = "".join(
        f'<button class="{cls}" type="submit" name="action" value="{value}">'
        f"{html.escape(text(key, lang))}"
        + (f"<br>{html.escape(en)}" if (en := english(key, lang)) else "")
        + "</button>"
        for cls, value, key in (
            ("authorize", "authorize", "authorize"),
            ("fail", "fail", "fail"),
            ("dry", "authorize_dry", "dry"),
        )
    )
    action = f"{billing.PAGE_PREFIX}{html.escape(intent['id'])}?lang={lang}"
    body = (
        f"<section>{_summary(pctx.store, intent, lang)}"
        f'<form method="post" action="{action}">'
        f'<input type="hidden" name="token" value="{html.escape(token or "")}">{buttons}'
        f'</form><p class="note">{html.escape(label("served_by", lang))}</p></section>'
    )
    return _page(200, label("title", lang), body, lang)


@routes.page("POST", billing.PAGE_PREFIX + "{id}")
async def act(pctx: PageCtx, request: web.Request) -> web.Response:
    intent = _intent(pctx.store, pctx.path["id"])
    lang = _lang(request, pctx.store, intent)
    if intent is None:
        return _message(404, "no_intent", lang)
    form = await request.post()
    action = str(form.get("action") or "")
    if action not in ACTIONS:
        return _message(400, "bad_action", lang, repr(action))
    auth, refusal = _pending(pctx.store, intent, str(form.get("token") or ""), lang)
    if refusal is not None:
        return refusal
    assert auth is not None
    auth["handled"] = True
    pctx.store.put(auth)
    ctx = pctx.ctx()
    ok = action != "fail"
    if intent["object"] == "setup_intent":
        if ok:
            setup_intents.authorize(
                ctx, intent, dry=action == "authorize_dry", mandate_data=auth["mandate_data"]
            )
        else:
            setup_intents.fail(ctx, intent)
        query = {
            "setup_intent": intent["id"],
            "setup_intent_client_secret": intent["client_secret"],
        }
    else:
        if ok:
            save = (
                bool(auth["mandate_data"])
                or intent.get("setup_future_usage") == "off_session"
                or invoices.invoice_of(pctx.store, intent["id"]) is not None
            )
            payment_intents.settle(
                ctx, intent, authorized=True, mandate_data=auth["mandate_data"], save=save
            )
            if action == "authorize_dry":
                billing.set_wallet_dry(pctx.store, intent["payment_method"])
        else:
            payment_intents.fail_authorization(ctx, intent)
        query = {
            "payment_intent": intent["id"],
            "payment_intent_client_secret": intent["client_secret"],
        }
    query["redirect_status"] = "succeeded" if ok else "failed"
    url = auth["return_url"]
    location = url + ("&" if "?" in url else "?") + urlencode(query)
    return web.Response(status=303, headers={"Location": location}, text="See Other")


@routes.page("GET", "/_sandbox/invoices/{id}")
def hosted_invoice(pctx: PageCtx, request: web.Request) -> web.Response:
    """A minimal hosted invoice page: what is owed and its state."""
    inv = pctx.store.find(pctx.path["id"])
    lang = _lang(request, pctx.store, inv)
    if inv is None or inv.get("object") != "invoice":
        return _message(404, "no_invoice", lang)
    rows = "".join(
        f"<dt>{html.escape(line['description'] or '')}</dt>"
        f"<dd>{html.escape(format_plain(line['amount'], line['currency']))}</dd>"
        for line in inv["lines"]["data"]
    )
    number = html.escape(inv["number"] or inv["id"])
    total = html.escape(format_plain(inv["total"], inv["currency"]))
    body = (
        f'<section><div class="en">{html.escape(label("invoice", lang))} {number}</div>'
        f'<div class="amount">{total}</div>'
        f"<p>{html.escape(label('status', lang))}: <b>{html.escape(inv['status'])}</b></p>"
        f"<dl>{rows}</dl></section>"
    )
    return _page(200, f"{text('invoice', lang)} {inv['number'] or inv['id']}", body, lang)


@routes.page("GET", "/_sandbox/receipts/{id}")
def receipt(pctx: PageCtx, request: web.Request) -> web.Response:
    """A minimal receipt for a charge (its ``receipt_url``)."""
    ch = pctx.store.find(pctx.path["id"])
    lang = _lang(request, pctx.store, ch)
    if ch is None or ch.get("object") != "charge":
        return _message(404, "no_receipt", lang)
    amount = html.escape(format_plain(ch["amount"], ch["currency"]))
    rows = (
        ("merchant", invoices.ACCOUNT_NAME),
        ("status", ch["status"]),
        ("method", ch["payment_method_details"]["type"]),
        ("description", ch.get("description") or "—"),
    )
    body = (
        f'<section><div class="en">{html.escape(label("receipt", lang))}</div>'
        f'<div class="amount">{amount}</div><dl>'
        + "".join(
            f"<dt>{html.escape(label(k, lang))}</dt><dd>{html.escape(v)}</dd>" for k, v in rows
        )
        + "</dl></section>"
    )
    return _page(200, text("receipt", lang), body, lang)


@routes.page("POST", "/_sandbox/kakao_pay/wallets/{id}")
async def set_wallet(pctx: PageCtx, request: web.Request) -> web.Response:
    """Sandbox-only switch: make a saved wallet run dry (``dry=true``) or refill it.

    Lets tests and demos turn an active subscription ``past_due`` at its next
    renewal without going through the approval page again.
    """
    pm = pctx.store.find(pctx.path["id"])
    if pm is None or pm.get("object") != "payment_method":
        raise not_found("payment_method", pctx.path["id"])  # Stripe's 404, as the API answers
    form = await request.post()
    dry = str(form.get("dry", "true")).lower() == "true"
    billing.set_wallet_dry(pctx.store, pm["id"], dry)
    return web.json_response({"payment_method": pm["id"], "dry": dry})
