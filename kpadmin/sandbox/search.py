"""Stripe's Search API query language, over any list of sandbox objects.

Stripe's search (``/v1/customers/search?query=...``) takes clauses like
``email:"a@b.kr"``, ``name~"Kim"``, ``created>1700000000``,
``-status:"canceled"`` and ``metadata["plan"]:"pro"``, up to ten of them,
joined by spaces or ``AND`` or by ``OR`` (never mixed, no parentheses).
Results page through an opaque ``next_page`` token sent back as ``page``.

Resource modules describe their searchable fields once and call
:func:`search_response` (or :func:`run_search` for full control), e.g.::

    FIELDS = {"created": "number", "email": "string", "metadata": "metadata",
              "status": "token", "canceled_at": "number"}
    return search_response(ctx, ctx.store.all("subscription"), FIELDS,
                           "/v1/subscriptions/search", resource="subscriptions")

Field kinds: ``string`` (``:`` exact, case-insensitive; ``~`` substring of
three or more characters), ``token`` (``:`` exact only, e.g. a status or
currency or an id), ``number`` (``:`` and ``> < >= <=``), ``boolean``
(``:"true"``), ``metadata`` (``metadata["k"]:"v"`` and ``:null``). A kind may
be given as ``(kind, getter)`` when the value is not ``obj[field]``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kpadmin.sandbox.core import Ctx, Obj, invalid, p_int, p_list, p_req, p_str

FieldSpec = str | tuple[str, Callable[[Obj], Any]]

MAX_CLAUSES = 10

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<join>AND|OR)(?=\s|$)
    | (?P<neg>-)?(?P<field>metadata\[(?P<mq>["'])(?P<mkey>.*?)(?P=mq)\]|[A-Za-z_][A-Za-z0-9_.]*)
      (?P<op>>=|<=|:|~|>|<)
      (?:(?P<q>["'])(?P<qval>(?:\\.|(?!(?P=q)).)*)(?P=q)|(?P<bare>[^\s"']+))
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Clause:
    negate: bool
    field: str
    meta_key: str | None
    op: str
    value: str
    quoted: bool


def _parse_error(resource: str) -> Exception:
    return invalid(
        "We were unable to parse your search query. Try using the format "
        '`metadata["key"]:"value"` to query for metadata or `key:"value"` to query for other '
        f"fields. See https://docs.stripe.com/search#query-fields-for-{resource} for the "
        "fields you can search.",
        "query",
    )


def parse_query(query: str, resource: str = "objects") -> tuple[list[Clause], str]:
    """Split a query into clauses and its joiner (``AND`` or ``OR``).

    Raises:
        ApiError: 400 on syntax errors, mixed ``AND``/``OR``, more than ten clauses.
    """
    clauses: list[Clause] = []
    joins: set[str] = set()
    pos = 0
    expect_clause = True
    text = query.strip()
    if not text:
        raise _parse_error(resource)
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise _parse_error(resource)
        pos = m.end()
        if m.group("join"):
            if expect_clause:
                raise _parse_error(resource)
            joins.add(m.group("join"))
            expect_clause = True
            continue
        if not expect_clause:
            joins.add("AND")  # whitespace is an implicit AND
        quoted = m.group("q") is not None
        value = m.group("qval") if quoted else m.group("bare")
        value = re.sub(r"\\(.)", r"\1", value)
        mkey = m.group("mkey")
        clauses.append(
            Clause(
                bool(m.group("neg")),
                "metadata" if mkey is not None else m.group("field"),
                mkey,
                m.group("op"),
                value,
                quoted,
            )
        )
        expect_clause = False
    if expect_clause:
        raise _parse_error(resource)
    if len(joins) > 1:
        raise invalid("Search queries cannot mix `AND` and `OR` clauses; use one of them.", "query")
    if len(clauses) > MAX_CLAUSES:
        raise invalid(f"Search queries can have at most {MAX_CLAUSES} clauses.", "query")
    return clauses, (joins.pop() if joins else "AND")


def _kind_getter(fields: Mapping[str, FieldSpec], name: str) -> tuple[str, Callable[[Obj], Any]]:
    spec = fields[name]
    if isinstance(spec, tuple):
        return spec
    return spec, lambda o, n=name: o.get(n)


def _check_clause(c: Clause, fields: Mapping[str, FieldSpec], resource: str) -> None:
    if c.field not in fields:
        raise invalid(
            f"Field `{c.field}` is an unsupported search field for resource `{resource}`. See "
            f"https://docs.stripe.com/search#query-fields-for-{resource} for a list of "
            "supported fields.",
            "query",
        )
    kind, _ = _kind_getter(fields, c.field)
    if kind == "metadata" and c.meta_key is None:
        raise _parse_error(resource)
    if c.op in (">", "<", ">=", "<="):
        if kind != "number":
            raise invalid(
                f"The `{c.op}` operator can only be used on numeric fields; "
                f"`{c.field}` is not one.",
                "query",
            )
        try:
            int(c.value)
        except ValueError:
            raise invalid(
                f"Invalid numeric value `{c.value}` for field `{c.field}`.", "query"
            ) from None
    if c.op == "~":
        if kind != "string":
            raise invalid(f"The `~` operator is not supported on field `{c.field}`.", "query")
        if len(c.value) < 3:
            raise invalid(
                "The `~` (substring) operator needs a value of at least 3 characters.", "query"
            )
    bare_boolean = kind == "boolean" and c.value in ("true", "false")
    if (
        kind in ("string", "token", "boolean")
        and not c.quoted
        and c.value != "null"
        and not bare_boolean
    ):
        raise invalid(f'String values must be quoted: use {c.field}:"{c.value}".', "query")


def _matches(c: Clause, obj: Obj, fields: Mapping[str, FieldSpec]) -> bool:
    kind, get = _kind_getter(fields, c.field)
    if kind == "metadata":
        md = get(obj) or {}
        val = md.get(c.meta_key)
        hit = (
            val is None
            if c.value == "null" and not c.quoted
            else (val is not None and val.lower() == c.value.lower())
        )
    else:
        val = get(obj)
        if c.value == "null" and not c.quoted:
            hit = val is None
        elif val is None:
            hit = False
        elif kind == "number":
            num = int(val)
            want = int(c.value) if c.value.lstrip("-").isdigit() else None
            if want is None:
                hit = False
            else:
                hit = {
                    ":": num == want,
                    ">": num > want,
                    "<": num < want,
                    ">=": num >= want,
                    "<=": num <= want,
                }[c.op]
        elif kind == "boolean":
            hit = str(val).lower() == c.value.lower()
        elif c.op == "~":
            hit = c.value.lower() in str(val).lower()
        else:
            hit = str(val).lower() == c.value.lower()
    return not hit if c.negate else hit


def _page_token(query: str, offset: int) -> str:
    digest = hashlib.sha256(query.encode()).hexdigest()[:12]
    raw = json.dumps({"o": offset, "q": digest}).encode()
    return "page_" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _page_offset(query: str, page: str) -> int:
    try:
        raw = page.removeprefix("page_")
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        digest = hashlib.sha256(query.encode()).hexdigest()[:12]
        if data["q"] != digest:
            raise ValueError
        return int(data["o"])
    except (ValueError, KeyError, TypeError, json.JSONDecodeError):
        raise invalid(
            f"Invalid page: {page}. Use the `next_page` of a previous search with the same query.",
            "page",
        ) from None


def run_search(
    objects: list[Obj],
    fields: Mapping[str, FieldSpec],
    query: str,
    *,
    url: str,
    page: str | None = None,
    limit: int = 10,
    total_count: bool = False,
    resource: str = "objects",
) -> Obj:
    """Filter ``objects`` (newest first) by ``query``; Stripe's ``search_result`` page."""
    clauses, joiner = parse_query(query, resource)
    for c in clauses:
        _check_clause(c, fields, resource)
    combine = all if joiner == "AND" else any
    hits = [o for o in objects if combine(_matches(c, o, fields) for c in clauses)]
    offset = _page_offset(query, page) if page else 0
    chunk = hits[offset : offset + limit]
    has_more = offset + limit < len(hits)
    result: Obj = {
        "object": "search_result",
        "data": chunk,
        "has_more": has_more,
        "next_page": _page_token(query, offset + limit) if has_more else None,
        "url": url,
    }
    if total_count:
        result["total_count"] = len(hits)
    return result


def search_response(
    ctx: Ctx,
    objects: list[Obj],
    fields: Mapping[str, FieldSpec],
    url: str,
    resource: str = "objects",
) -> Obj:
    """:func:`run_search` with ``query``, ``page``, ``limit`` and ``expand`` from the request."""
    query = p_req(ctx.params, "query")
    limit = p_int(ctx.params, "limit", 10, minimum=1, maximum=100)
    assert limit is not None
    return run_search(
        objects,
        fields,
        query,
        url=url,
        page=p_str(ctx.params, "page"),
        limit=limit,
        total_count="total_count" in p_list(ctx.params, "expand"),
        resource=resource,
    )
