"""Reading request parameters the way Stripe does: typed values from decoded forms.

Values arrive as strings (``"true"``, ``"100"``) in nested dicts and lists; these
helpers coerce them and raise Stripe's errors (``Invalid integer: x``,
``Missing required param``) naming the parameter. Re-exported by ``core``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kpadmin.sandbox.errors import invalid, missing

Obj = dict[str, Any]


def p_str(params: Obj, name: str, default: str | None = None) -> str | None:
    v = params.get(name, default)
    if v is None:
        return None
    if not isinstance(v, str):
        raise invalid(f"Invalid string: {v!r}", name)
    return v


def p_req(params: Obj, name: str) -> str:
    v = params.get(name)
    if v is None or v == "":
        raise missing(name)
    if not isinstance(v, str):
        raise invalid(f"Invalid string: {v!r}", name)
    return v


def p_int(
    params: Obj,
    name: str,
    default: int | None = None,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    v = params.get(name)
    if v is None or v == "":
        return default
    try:
        n = int(v)
    except (TypeError, ValueError):
        raise invalid(f"Invalid integer: {v}", name) from None
    if minimum is not None and n < minimum:
        raise invalid(f"This value must be greater than or equal to {minimum}.", name)
    if maximum is not None and n > maximum:
        raise invalid(f"This value must be less than or equal to {maximum}.", name)
    return n


def p_bool(params: Obj, name: str, default: bool | None = None) -> bool | None:
    v = params.get(name)
    if v is None or v == "":
        return default
    if v in ("true", True):
        return True
    if v in ("false", False):
        return False
    raise invalid(f"Invalid boolean: {v}", name)


def p_list(params: Obj, name: str) -> list[Any]:
    """An array parameter, whichever spelling was sent (``a[]=`` or ``a[0]=``)."""
    v = params.get(name)
    if v is None or v == "":
        return []
    if isinstance(v, list):
        return v
    if isinstance(v, dict):  # a[0]=x decoded as {"0": x}
        return [v[k] for k in sorted(v, key=lambda k: int(k) if k.isdigit() else 0)]
    return [v]


def p_enum(
    params: Obj, name: str, allowed: Iterable[str], default: str | None = None
) -> str | None:
    v = p_str(params, name, default)
    allowed = list(allowed)
    if v is not None and v not in allowed:
        raise invalid(f"Invalid {name}: must be one of {', '.join(allowed)}", name)
    return v


def p_metadata(params: Obj, current: Obj | None = None, name: str = "metadata") -> Obj:
    """Merge a ``metadata`` parameter into ``current`` as Stripe does.

    ``metadata=`` (empty) clears every key; ``metadata[k]=`` (empty) unsets k.
    Stripe's limits: 50 keys, key up to 40 characters, value up to 500.
    """
    result = dict(current or {})
    v = params.get(name)
    if v is None:
        return result
    if v == "":
        return {}
    if not isinstance(v, dict):
        raise invalid("Invalid metadata: metadata must be a hash.", name)
    for k, val in v.items():
        if len(k) > 40:
            raise invalid(
                f"Metadata keys can have up to 40 characters; '{k}' has {len(k)}.", f"{name}[{k}]"
            )
        if val == "":
            result.pop(k, None)
            continue
        if not isinstance(val, str):
            raise invalid("Invalid metadata value: must be a string.", f"{name}[{k}]")
        if len(val) > 500:
            raise invalid(
                f"Metadata values can have up to 500 characters, but you passed in a "
                f"value that is {len(val)} characters.",
                f"{name}[{k}]",
            )
        result[k] = val
    if len(result) > 50:
        raise invalid("You can have up to 50 metadata keys.", name)
    return result
