"""Stripe's wire format: bracket-notation forms, API keys, and the 401/403 errors.

Clients spell nested parameters two ways: Stripe's docs (and curl) send
``expand[]=a&metadata[k]=v``, the SDK sends ``expand[0]=a&items[0][price]=p``.
:func:`decode_form` accepts both, producing nested dicts (indexed arrays stay
``{"0": ...}`` until :mod:`params` normalises them against the schema, since
only the schema knows whether ``metadata[0]`` is a key or an index).

Keys are the other half of the wire: Stripe reads ``Authorization: Bearer
sk_...`` or HTTP basic auth with the key as the user name (``curl -u sk_...:``).
:class:`KeyPolicy` decides which keys this sandbox accepts and what a
restricted key may do, and produces Stripe's own messages when it refuses.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes

from kpadmin.sandbox.errors import ApiError, invalid

#: The sandbox's (pretend) account, named in permission errors.
ACCOUNT_ID = "acct_1KpadminSandbox00"

_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_KEY_RE = re.compile(r"^(sk|rk|pk)_(test|live)_[A-Za-z0-9]{4,}$")


# --------------------------------------------------------------------------- forms


def _split_key(raw: str) -> list[str] | None:
    """``items[0][price]`` -> ``["items", "0", "price"]``; ``expand[]`` -> ``["expand", ""]``."""
    head, bracket, rest = raw.partition("[")
    if not bracket:
        return [raw]
    parts = [head]
    rest = "[" + rest
    while rest:
        if not rest.startswith("["):
            return None
        end = rest.find("]")
        if end < 0:
            return None
        parts.append(rest[1:end])
        rest = rest[end + 1 :]
    return parts


def decode_pairs(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Nest decoded ``(key, value)`` pairs by their brackets, as Stripe's Rack parser does.

    Raises:
        ApiError: 400 for a key whose brackets do not parse or clash with
            another key (``a=1&a[b]=2``).
    """
    out: dict[str, Any] = {}
    for raw_key, value in pairs:
        parts = _split_key(raw_key)
        if not parts or not parts[0]:
            raise invalid(f"Invalid request: could not parse parameter {raw_key!r}.")
        node: Any = out
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt = None if last else parts[i + 1]
            if part == "":  # ``a[]``: append
                if not isinstance(node, list):
                    raise invalid(f"Invalid array: {raw_key}", parts[0])
                if last:
                    node.append(value)
                    break
                node.append({})
                node = node[-1]
                continue
            if isinstance(node, list):
                raise invalid(f"Invalid array: {raw_key}", parts[0])
            if last:
                node[part] = value
                break
            want: Any = [] if nxt == "" else {}
            cur = node.get(part)
            if cur is None or cur == "":
                node[part] = want
                cur = want
            elif type(cur) is not type(want):
                raise invalid(f"Invalid request: conflicting values for {raw_key}.", parts[0])
            node = cur
    return out


def decode_form(data: str | bytes) -> dict[str, Any]:
    """Decode an ``application/x-www-form-urlencoded`` body or query string.

    Strict where Python's ``parse_qsl`` is lenient: a ``%`` not followed by two
    hex digits, or bytes that are not UTF-8 once decoded, are refused instead
    of being stored as typed (``%ZZ``) or as replacement characters.

    Raises:
        ApiError: 400 for malformed percent-encoding, invalid UTF-8 or brackets
            that do not parse.
    """
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    pairs: list[tuple[str, str]] = []
    for chunk in raw.split(b"&"):
        if not chunk:
            continue
        name, _, value = chunk.partition(b"=")
        key = _unquote(name, None)
        pairs.append((key, _unquote(value, key)))
    return decode_pairs(pairs)


def _unquote(part: bytes, param: str | None) -> str:
    """One percent-encoded form component as text (``+`` is a space)."""
    part = part.replace(b"+", b" ")
    bad = _BAD_PERCENT.search(part)
    if bad is not None:
        shown = part[bad.start() : bad.start() + 3].decode("ascii", "backslashreplace")
        where = f" in {param}" if param else " in a parameter name"
        raise invalid(
            f"Invalid request: malformed percent-encoding{where} ({shown!r}). Encode "
            "parameters as application/x-www-form-urlencoded UTF-8.",
            param,
        )
    try:
        return unquote_to_bytes(part).decode("utf-8")
    except UnicodeDecodeError:
        where = param if param else "a parameter name"
        raise invalid(
            f"Invalid request: {where} is not valid UTF-8. Stripe expects every parameter "
            "to be UTF-8 encoded.",
            param,
        ) from None


def encode_form(params: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """The inverse of :func:`decode_form` with indexed arrays (handy in tests and pages)."""
    pairs: list[tuple[str, str]] = []
    items = params.items() if isinstance(params, dict) else enumerate(params)
    for k, v in items:
        name = f"{prefix}[{k}]" if prefix else str(k)
        if isinstance(v, (dict, list)):
            pairs.extend(encode_form(v, name))  # type: ignore[arg-type]
        elif isinstance(v, bool):
            pairs.append((name, "true" if v else "false"))
        else:
            pairs.append((name, "" if v is None else str(v)))
    return pairs


def unsupported_content_type(content_type: str) -> ApiError:
    return invalid(
        f"Invalid request: unsupported Content-Type {content_type}. If error persists and you "
        "need assistance, please contact support@stripe.com."
    )


# --------------------------------------------------------------------------- keys


def mask_key(key: str) -> str:
    """Stripe's way of echoing a key in errors: prefix, stars, last four."""
    m = re.match(r"^((?:sk|rk|pk)_(?:test|live)_)", key)
    prefix = m.group(1) if m else ""
    return f"{prefix}****{key[-4:]}" if len(key) > 4 else "****"


def key_from_headers(authorization: str | None) -> str | None:
    """The API key in an ``Authorization`` header (Bearer, or basic with the key as user)."""
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        return value or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        return decoded.partition(":")[0] or None
    return None


def no_key_error() -> ApiError:
    return ApiError(
        401,
        "invalid_request_error",
        "You did not provide an API key. You need to provide your API key in the Authorization "
        "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
        "https://stripe.com/docs/api#authentication for details, or we can help at "
        "https://support.stripe.com/.",
    )


def bad_key_error(key: str) -> ApiError:
    return ApiError(401, "invalid_request_error", f"Invalid API Key provided: {mask_key(key)}")


def resource_of(path: str) -> str:
    """The permission resource a ``/v1`` path touches: ``/v1/customers/cus_1`` -> ``customer``."""
    segs = [s for s in path.split("/") if s][1:]
    if not segs:
        return ""
    seg = segs[1] if segs[0] == "test_helpers" and len(segs) > 1 else segs[0]
    if seg == "invoice_payments":
        seg = "invoices"
    return seg[:-1] if seg.endswith("s") else seg


@dataclass
class KeyPolicy:
    """Which keys the sandbox accepts, and what each restricted key may do.

    Attributes:
        api_keys: when non-empty, only these keys (plus ``restricted``) are accepted;
            when empty, any well-formed test key is (as stripe-mock does).
        restricted: restricted key -> permissions, each ``<resource>_read`` or
            ``<resource>_write`` (write implies read), resource named as in Stripe's
            ``rak_<resource>_<read|write>`` permissions (``customer``, ``product``,
            ``price``, ``subscription``, ``invoice``, ``setup_intent`` ...). A
            restricted key not listed here has every permission.
    """

    api_keys: frozenset[str] = frozenset()
    restricted: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def parse_restricted(cls, spec: str) -> tuple[str, frozenset[str]]:
        """``rk_test_x=customer_read,product_write`` (``customers:read`` also accepted)."""
        key, _, perms = spec.partition("=")
        out = set()
        for p in filter(None, (x.strip() for x in perms.split(","))):
            p = p.removeprefix("rak_")
            if ":" in p:
                res, _, mode = p.partition(":")
                res = res[:-1] if res.endswith("s") else res
                p = f"{res}_{mode}"
            out.add(p)
        return key.strip(), frozenset(out)

    def authenticate(self, key: str | None, method: str, path: str) -> str:
        """Return the accepted key, or raise Stripe's 401/403 error."""
        if not key:
            raise no_key_error()
        if key.startswith("pk_"):
            raise ApiError(
                401,
                "invalid_request_error",
                "This API call cannot be made with a publishable API key. Please use a secret "
                "API key. You can find a list of your API keys at "
                "https://dashboard.stripe.com/account/apikeys.",
            )
        if not _KEY_RE.match(key) or "_live_" in key:
            raise bad_key_error(key)
        if self.api_keys and key not in self.api_keys and key not in self.restricted:
            raise bad_key_error(key)
        perms = self.restricted.get(key)
        if key.startswith("rk_") and perms is not None:
            resource = resource_of(path)
            need = f"{resource}_{'read' if method == 'GET' else 'write'}"
            ok = need in perms or (need.endswith("_read") and f"{resource}_write" in perms)
            if not ok:
                raise ApiError(
                    403,
                    "invalid_request_error",
                    f"The provided key '{mask_key(key)}' does not have the required permissions "
                    f"for this endpoint on account '{ACCOUNT_ID}'. Having the 'rak_{need}' "
                    "permission would allow this request to continue.",
                )
        return key
