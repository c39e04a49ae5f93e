"""``expand[]``: which fields of which objects expand, and the expansion itself.

Stripe expands two kinds of field (docs/SANDBOX_SHAPES.md):

- an id that names another object (``subscription.latest_invoice``): expanding
  replaces the id with the object;
- a field Stripe leaves out unless asked (``invoice.payments``,
  ``customer.subscriptions``): expanding includes it. Stored objects may hold
  such a field (the invoice keeps its payments); it is removed from every
  answer that did not ask for it.

A path walks through embedded objects and lists on the way
(``items.data.price.product``: a subscription's items, each item's price,
the price's product); every step must be one of these, and the last one must
expand. Anything else is refused with Stripe's "This property cannot be
expanded (…)", whether or not the object at hand has a value there: Stripe
checks the path against the object's type, not against the data.

The tables (``expansion_tables.py``) list, per object type the sandbox
serves, every expandable field the SDK's resource classes declare; a test
compares them with the installed ``stripe`` package, so a field Stripe adds
shows up there.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from kpadmin.sandbox import version_shapes
from kpadmin.sandbox.errors import invalid
from kpadmin.sandbox.expansion_tables import EMBEDDED, EXPANDABLE_IDS, INCLUDABLE, LIST_ITEMS
from kpadmin.sandbox.store import Obj, Store

#: Computes an includable field that is not stored on the object: ``(store, obj)``.
Includer = Callable[[Store, Obj], Any]


def _empty_list(kind: str) -> Includer:
    return lambda store, obj: _list(f"/v1/customers/{obj['id']}/{kind}", [], False)


def _list(url: str, data: list[Obj], has_more: bool) -> Obj:
    return {"object": "list", "data": data, "has_more": has_more, "url": url}


def _customer_subscriptions(store: Store, obj: Obj) -> Obj:
    """The customer's subscriptions that have not ended (Stripe's first page of 10)."""
    subs = [
        s
        for s in store.all("subscription")
        if s.get("customer") == obj["id"] and s.get("status") != "canceled"
    ]
    data = [copy.deepcopy(s) for s in subs[:10]]
    return _list(f"/v1/customers/{obj['id']}/subscriptions", data, len(subs) > 10)


def _cash_balance(store: Store, obj: Obj) -> Obj:
    """No cash has been sent by bank transfer in the sandbox: nothing is available."""
    return {
        "object": "cash_balance",
        "available": None,
        "customer": obj["id"],
        "customer_account": None,
        "livemode": False,
        "settings": {"reconciliation_mode": "automatic", "using_merchant_default": True},
    }


def _customer_tax(store: Store, obj: Obj) -> Obj:
    """Stripe Tax is not used by the sandbox's account: the location stays unknown."""
    return {
        "automatic_tax": "unrecognized_location",
        "ip_address": None,
        "location": None,
        "provider": "stripe",
    }


def _currency_options(store: Store, obj: Obj) -> Obj:
    """Prices in the sandbox have one currency: the options list just that one."""
    return {
        obj["currency"]: {
            "custom_unit_amount": obj.get("custom_unit_amount"),
            "tax_behavior": obj.get("tax_behavior"),
            "unit_amount": obj.get("unit_amount"),
            "unit_amount_decimal": obj.get("unit_amount_decimal"),
        }
    }


#: ``(type, field)`` -> how to compute it; other includable fields come from the store.
INCLUDERS: dict[tuple[str, str], Includer] = {
    ("customer", "cash_balance"): _cash_balance,
    ("customer", "invoice_credit_balance"): lambda store, obj: {},
    ("customer", "sources"): _empty_list("sources"),
    ("customer", "subscriptions"): _customer_subscriptions,
    ("customer", "tax"): _customer_tax,
    ("customer", "tax_ids"): _empty_list("tax_ids"),
    ("plan", "tiers"): lambda store, obj: None,  # per-unit prices only: no tiers
    ("price", "currency_options"): _currency_options,
    ("price", "tiers"): lambda store, obj: None,
}


def list_item_type(obj: Obj) -> str | None:
    """The type of a list (or search result) answer's items, from its ``url``."""
    url = str(obj.get("url") or "").split("?")[0]
    words = [w for w in url.split("/") if w in LIST_ITEMS]
    return LIST_ITEMS[words[-1]] if words else None


def answer_type(obj: Obj) -> str | None:
    """The object type paths start from: the item type for lists and search results."""
    kind = obj.get("object")
    if kind in ("list", "search_result"):
        return "list:" + (list_item_type(obj) or "")
    return kind if isinstance(kind, str) else None


def _step(kind: str, parts: list[str]) -> tuple[int, str, bool] | None:
    """The longest field path of ``kind`` that ``parts`` starts with.

    Returns ``(segments used, type reached, whether it expands)``, or None.
    """
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in EXPANDABLE_IDS.get(kind, {}):
            return n, EXPANDABLE_IDS[kind][key], True
        if key in INCLUDABLE.get(kind, {}):
            return n, INCLUDABLE[kind][key], True
        if key in EMBEDDED.get(kind, {}):
            return n, EMBEDDED[kind][key], False
    return None


def check_path(kind: str | None, path: str) -> None:
    """Refuse ``path`` unless it ends at something that expands on an object of ``kind``.

    Raises:
        ApiError: 400, Stripe's "This property cannot be expanded (path)."
    """
    parts = path.split(".")
    i, expands = 0, False
    while i < len(parts):
        if kind is not None and kind.startswith("list:"):
            if parts[i] == "total_count" and i == len(parts) - 1 and i == 0:
                return  # search results count their matches when asked
            if parts[i] != "data":
                break
            kind, i, expands = kind[5:] or None, i + 1, False
            continue
        found = _step(kind or "", parts[i:])
        if found is None:
            break
        used, kind, expands = found
        i += used
    if i == len(parts) and expands:
        return
    raise invalid(f"This property cannot be expanded ({path}).", "expand")


def copy_tree(node: Any) -> Any:
    """A deep copy of a stored object (dicts, lists and scalars), several times faster than
    ``copy.deepcopy``, which a list page of 100 invoices spent most of its time in."""
    if isinstance(node, dict):
        return {k: copy_tree(v) for k, v in node.items()}
    if isinstance(node, list):
        return [copy_tree(v) for v in node]
    if node is None or isinstance(node, (str, int, float, bool)):
        return node
    return copy.deepcopy(node)


def strip_includable(node: Any) -> None:
    """Remove, everywhere in ``node``, the fields Stripe includes only when expanded."""
    if isinstance(node, list):
        for item in node:
            strip_includable(item)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("object")
    for name in INCLUDABLE.get(kind, {}) if isinstance(kind, str) else ():
        node.pop(name, None)
    for value in node.values():
        strip_includable(value)


def expand(store: Store, obj: Obj, paths: Iterable[str]) -> Obj:
    """A deep copy of ``obj`` as Stripe answers it: includable fields only if asked for,
    and the ids and includable fields at ``paths`` filled in.

    Paths are dotted (``latest_invoice.payments``, ``data.customer`` on lists); a list
    along the way applies the rest of the path to each element. Unknown ids stay ids.
    Check the paths with :func:`check_path` first.
    """
    out: Obj = copy_tree(obj)
    strip_includable(out)
    for path in paths:
        _expand_path(store, out, path.split("."))
    return out


def _expand_path(store: Store, node: Any, parts: list[str]) -> None:
    if not parts or node is None:
        return
    if isinstance(node, list):
        for item in node:
            _expand_path(store, item, parts)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("object")
    if kind in ("list", "search_result"):
        if parts[0] == "data":
            _expand_path(store, node.get("data"), parts[1:])
        return
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        holder = _holder(node, parts[: n - 1])
        if holder is None or not isinstance(kind, str):
            continue
        if key in INCLUDABLE.get(kind, {}):
            holder[parts[n - 1]] = _include(store, kind, node, key)
        elif key in EXPANDABLE_IDS.get(kind, {}) or key in EMBEDDED.get(kind, {}):
            value = holder.get(parts[n - 1])
            if isinstance(value, str):
                target = store.find(value)
                if target is not None:
                    value = copy.deepcopy(target)
                    strip_includable(value)
                    holder[parts[n - 1]] = value
        else:
            continue
        _expand_path(store, holder.get(parts[n - 1]), parts[n:])
        return


def _holder(node: Obj, parts: list[str]) -> Obj | None:
    """The sub-hash at ``parts`` (the node itself for none), or None if it is not there."""
    for part in parts:
        nxt = node.get(part)
        if not isinstance(nxt, dict):
            return None
        node = nxt
    return node


def _include(store: Store, kind: str, node: Obj, key: str) -> Any:
    """The value of includable field ``key`` of ``node``, itself without includable fields."""
    includer = INCLUDERS.get((kind, key))
    if includer is not None:
        value = includer(store, node)
    else:
        stored = store.find(str(node.get("id")))
        value = copy.deepcopy(stored.get(key)) if stored is not None else None
    strip_includable(value)  # a customer's subscriptions are answered like any other
    return value


def render(store: Store, obj: Obj, paths: list[str], api_version: str) -> Obj:
    """A handler's object as the answer: paths checked, expanded, shaped for the version.

    Raises:
        ApiError: 400 when a path does not end at something that expands.
    """
    kind = answer_type(obj)
    for path in paths:
        check_path(kind, path)
    out: Obj = version_shapes.shape(expand(store, obj, paths), api_version)
    return out
