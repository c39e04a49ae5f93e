"""Validate request parameters against the SDK's TypedDicts, as Stripe's API validates them.

The official SDK ships ``stripe.params.*Params``: TypedDicts generated from
Stripe's OpenAPI spec, so they are a machine-readable list of which parameters
each call takes, which are required, which enum values exist and how values
nest. We compile one into a small schema tree once (cached), then check each
decoded form against it: unknown keys at any depth, missing required keys,
integers, booleans, numbers, enums, hashes and arrays. The error messages copy
Stripe's (``Received unknown parameter: items[0][pricee]``).

Validation also normalises the form: an array sent with indexes
(``expand[0]=a``, decoded as ``{"0": "a"}``) becomes a Python list, so
handlers see one spelling. Values stay strings otherwise (handlers coerce with
``core.p_*``), which keeps "what was sent" intact for idempotency comparisons.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

# typing_extensions is what the SDK uses for its TypedDicts (and one of its dependencies).
import typing_extensions as _te

from kpadmin.sandbox.core import invalid, missing, unknown_param

#: RequestOptions keys: client-side options, never body parameters.
REQUEST_OPTION_KEYS = frozenset(
    [
        "api_key",
        "stripe_version",
        "stripe_account",
        "stripe_context",
        "max_network_retries",
        "idempotency_key",
        "content_type",
        "headers",
    ]
)


@dataclass
class Node:
    """One compiled schema node.

    ``kind`` is one of: ``str``, ``int``, ``bool``, ``num``, ``enum``, ``empty``
    (the literal ``''`` that unsets), ``any``, ``obj`` (a TypedDict: ``fields``
    and ``required``), ``map`` (``Dict[str, X]``: ``item``), ``list`` (``item``),
    ``union`` (``options``).
    """

    kind: str
    values: tuple[str, ...] = ()
    fields: dict[str, Node] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    item: Node | None = None
    options: tuple[Node, ...] = ()


_STR = Node("str")
_ANY = Node("any")


def _is_typeddict(tp: Any) -> bool:
    return (
        isinstance(tp, type) and hasattr(tp, "__required_keys__") and hasattr(tp, "__annotations__")
    )


def _hints(cls: type) -> dict[str, Any]:
    """Resolved annotations of a TypedDict, minus RequestOptions keys.

    ``typing.get_type_hints`` on the class fails (RequestOptions names a type
    imported only for type checkers), so the annotations are resolved one by
    one against the defining module through a throwaway function.
    """
    globalns = dict(vars(sys.modules[cls.__module__]))
    anns = {k: v for k, v in cls.__annotations__.items() if k not in REQUEST_OPTION_KEYS}

    def holder() -> None: ...

    fn = types.FunctionType(holder.__code__, globalns)
    fn.__annotations__ = anns
    return typing.get_type_hints(fn, include_extras=True)


def _strip_required(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (_te.NotRequired, _te.Required, typing.NotRequired, typing.Required):
        return typing.get_args(tp)[0]
    return tp


def _compile(tp: Any, seen: dict[type, Node]) -> Node:
    tp = _strip_required(tp)
    if tp is str:
        return _STR
    if tp is bool:
        return Node("bool")
    if tp is int:
        return Node("int")
    if tp in (float, Decimal):
        return Node("num")
    if tp is Any or tp is type(None) or tp is object:
        return _ANY
    if _is_typeddict(tp):
        if tp in seen:
            return seen[tp]
        node = Node("obj")
        seen[tp] = node
        hints = _hints(tp)
        node.fields = {k: _compile(v, seen) for k, v in hints.items()}
        node.required = frozenset(k for k in tp.__required_keys__ if k in hints)
        return node
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Literal, _te.Literal):
        vals = tuple(str(a) for a in args)
        if vals == ("",):
            return Node("empty")
        return Node("enum", values=vals)
    if origin in (typing.Union, types.UnionType):
        opts = [_compile(a, seen) for a in args]
        # ``Literal['a','b']|str`` is an enum the SDK leaves open for forward
        # compatibility; the API itself still rejects values outside the list.
        enums = [o for o in opts if o.kind == "enum"]
        if enums:
            opts = [o for o in opts if o.kind != "str"]
        # Merge Dict|UntypedStripeObject duplicates.
        uniq: list[Node] = []
        for o in opts:
            if o.kind == "any" and any(u.kind == "map" for u in uniq + opts):
                continue
            uniq.append(o)
        return uniq[0] if len(uniq) == 1 else Node("union", options=tuple(uniq))
    if origin in (list, typing.List, tuple, typing.Sequence):  # noqa: UP006
        return Node("list", item=_compile(args[0], seen) if args else _ANY)
    if origin in (dict, typing.Dict, typing.Mapping):  # noqa: UP006
        return Node("map", item=_compile(args[1], seen) if len(args) > 1 else _ANY)
    if origin is not None and getattr(origin, "__name__", "") == "UntypedStripeObject":
        return Node("map", item=_compile(args[0], seen) if args else _ANY)
    return _ANY


@functools.cache
def schema_for(cls: type, extra: tuple[str, ...] = ()) -> Node:
    """The compiled (cached) schema of a ``*Params`` TypedDict plus ``extra`` keys.

    ``expand`` is always allowed (every Stripe call takes it). Extra keys are
    accepted as "anything"; the route's handler validates them itself.
    """
    node = _compile(cls, {})
    node = Node("obj", fields=dict(node.fields), required=node.required)
    node.fields.setdefault("expand", Node("list", item=_STR))
    for name in extra:
        node.fields.setdefault(name, _ANY)
    return node


# --------------------------------------------------------------------------- validation


class _Bad(Exception):
    """A value that does not fit a schema node (turned into an ApiError by the caller)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def _name(path: str, key: str) -> str:
    return f"{path}[{key}]" if path else key


def _as_list(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and all(k.isdigit() for k in value):
        return [value[k] for k in sorted(value, key=int)]
    return None


def _check(node: Node, value: Any, path: str) -> Any:
    kind = node.kind
    if kind == "any":
        return value
    if kind == "empty":
        if value != "":
            raise _Bad(invalid(f"Invalid {path}: must be an empty string", path))
        return value
    if kind == "str":
        if not isinstance(value, str):
            raise _Bad(invalid(f"Invalid string: {_show(value)}", path))
        return value
    if kind == "int":
        if not isinstance(value, str):
            raise _Bad(invalid(f"Invalid integer: {_show(value)}", path))
        try:
            int(value)
        except ValueError:
            raise _Bad(invalid(f"Invalid integer: {value}", path)) from None
        return value
    if kind == "num":
        try:
            Decimal(value) if isinstance(value, str) else Decimal("x")
        except InvalidOperation:
            raise _Bad(invalid(f"Invalid decimal: {_show(value)}", path)) from None
        return value
    if kind == "bool":
        if value not in ("true", "false"):
            raise _Bad(invalid(f"Invalid boolean: {_show(value)}", path))
        return value
    if kind == "enum":
        if value not in node.values:
            shown = _one_of(node.values)
            raise _Bad(
                invalid(
                    f"Invalid {path.rsplit('[', 1)[-1].rstrip(']')}: must be one of {shown}", path
                )
            )
        return value
    if kind == "list":
        items = _as_list(value)
        if items is None:
            raise _Bad(invalid("Invalid array", path))
        assert node.item is not None
        return [_check(node.item, v, f"{path}[{i}]") for i, v in enumerate(items)]
    if kind == "map":
        if not isinstance(value, dict):
            raise _Bad(invalid("Invalid object", path))
        assert node.item is not None
        return {k: _check(node.item, v, _name(path, k)) for k, v in value.items()}
    if kind == "obj":
        if not isinstance(value, dict):
            raise _Bad(invalid("Invalid object", path))
        out: dict[str, Any] = {}
        for k, v in value.items():
            sub = node.fields.get(k)
            if sub is None:
                raise _Bad(unknown_param(_name(path, k)))
            out[k] = _check(sub, v, _name(path, k))
        for k in sorted(node.required):
            if k not in value:
                raise _Bad(missing(_name(path, k)))
        return out
    if kind == "union":
        first: _Bad | None = None
        # Prefer the option whose container shape matches the value.
        for opt in sorted(node.options, key=lambda o: _fit_rank(o, value)):
            try:
                return _check(opt, value, path)
            except _Bad as exc:
                first = first or exc
        assert first is not None
        raise first
    return value  # pragma: no cover


def _fit_rank(node: Node, value: Any) -> int:
    if isinstance(value, dict):
        return 0 if node.kind in ("obj", "map") else 1 if node.kind == "list" else 2
    if isinstance(value, list):
        return 0 if node.kind == "list" else 2
    return 0 if node.kind in ("empty", "enum", "int", "bool", "num", "str") else 2


def _one_of(values: tuple[str, ...]) -> str:
    if len(values) <= 2:
        return " or ".join(values)
    return ", ".join(values[:-1]) + f", or {values[-1]}"


def _show(value: Any) -> str:
    return value if isinstance(value, str) else "hash" if isinstance(value, dict) else "array"


def validate(
    cls: type | None, params: dict[str, Any], extra: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Check ``params`` against the TypedDict ``cls``; return them normalised.

    Raises:
        core.ApiError: 400 ``parameter_unknown``, ``parameter_missing`` or a
            value error naming the bracketed parameter, as Stripe does.
    """
    if cls is None:
        return params
    try:
        checked: dict[str, Any] = _check(schema_for(cls, tuple(extra)), params, "")
        return checked
    except _Bad as bad:
        raise bad.error from None
