"""Compare a JSON object with what the installed ``stripe`` package's resource class declares.

Not a test module: ``test_sdk_declared_fields.py`` uses it. The SDK is generated
from Stripe's OpenAPI description and moves with Stripe, so it is a reference
independent of the sandbox: every attribute a class (``stripe.Customer``, its
nested ``Customer.InvoiceSettings`` and so on) declares must be in the JSON with
a compatible JSON type, and the JSON must hold nothing the class does not
declare. :func:`problems` says where either fails.
"""

from __future__ import annotations

import decimal
import typing
from typing import Any, ForwardRef, Literal, Union

import stripe
from stripe._list_object import ListObject
from stripe._stripe_object import StripeObject, UntypedStripeObject

#: Names the SDK's modules import under another name.
_ALIASES = {"CardResource": "Card"}


def _namespace() -> dict[str, Any]:
    names: dict[str, Any] = {}
    for module in (stripe, stripe.test_helpers):
        for name in getattr(module, "_import_map", {}):
            try:
                names.setdefault(name, getattr(module, name))
            except (AttributeError, ImportError):
                continue
    return names


_NAMES = _namespace()


def resolve(ref: Any) -> Any:
    """A ``ForwardRef('Customer')`` as the class it names (None if the SDK has no such name)."""
    if isinstance(ref, (ForwardRef, str)):
        name = ref.__forward_arg__ if isinstance(ref, ForwardRef) else ref
        return _NAMES.get(_ALIASES.get(name, name))
    return ref


def declared(cls: type) -> dict[str, Any]:
    """The attributes a resource or nested class declares, with their annotations."""
    out: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if klass in (StripeObject, dict, object) or not issubclass(klass, StripeObject):
            continue
        for name, ann in vars(klass).get("__annotations__", {}).items():
            if name.startswith("_") or typing.get_origin(ann) is typing.ClassVar:
                continue
            out[name] = ann
    return out


def _options(ann: Any) -> list[Any]:
    if typing.get_origin(ann) is Union:
        return list(typing.get_args(ann))
    return [ann]


def variant_names(cls: type) -> set[str]:
    """Names of sub-hashes that are there only for an object of that ``type``.

    The values of the class's ``type`` literal, and for any class with a ``type``
    the payment method types (``card``, ``kakao_pay``...): charges and attempts
    declare ``type`` as a plain string but key their details the same way.
    """
    ann = declared(cls).get("type")
    names: set[str] = set()
    if ann is not None and cls is not stripe.PaymentMethod:
        names |= variant_names(stripe.PaymentMethod)
    for option in _options(ann) if ann is not None else []:
        if typing.get_origin(option) is Literal:
            names |= {str(v) for v in typing.get_args(option)}
    return names


class Checker:
    """Walks a JSON object against a class; ``found`` collects ``"<path>: <problem>"``.

    Attributes:
        sparse: nested class names (``"PaymentIntent.PaymentMethodOptions"``) whose keys
            are present only when set (one per configured payment method type).
        absent_ok: ``"<type>.<path>"`` of declared attributes allowed to be missing, each
            with the reason (the list of what the sandbox does not model).
        undeclared_ok: ``"<type>.<path>"`` of keys allowed that the SDK does not declare.
    """

    def __init__(
        self, sparse: set[str], absent_ok: dict[str, str], undeclared_ok: dict[str, str]
    ) -> None:
        self.sparse = sparse
        self.absent_ok = absent_ok
        self.undeclared_ok = undeclared_ok
        self.found: list[str] = []
        self.used: set[str] = set()

    def check(self, obj: dict[str, Any], cls: type, path: str) -> None:
        fields = declared(cls)
        variants = variant_names(cls)
        qual = cls.__qualname__
        for name, ann in fields.items():
            where = f"{path}.{name}"
            if name not in obj:
                if self._allowed_absence(name, obj, variants, qual, where):
                    continue
                self.found.append(f"{where}: missing")
                continue
            self.value(obj[name], ann, where)
        for name in obj:
            where = f"{path}.{name}"
            if name not in fields:
                key = _generic(where)
                if key in self.undeclared_ok:
                    self.used.add(key)
                else:
                    self.found.append(f"{where}: not declared by the SDK")

    def _allowed_absence(
        self, name: str, obj: dict[str, Any], variants: set[str], qual: str, where: str
    ) -> bool:
        if name == "deleted":
            return True  # only on a deleted object's tombstone
        if name in variants and obj.get("type") != name:
            return True
        if qual in self.sparse:
            return True
        key = _generic(where)
        if key in self.absent_ok:
            self.used.add(key)
            return True
        return False

    def value(self, value: Any, ann: Any, where: str) -> None:
        options = _options(ann)
        if value is None:
            if type(None) not in options and Any not in options:
                self.found.append(f"{where}: null where the SDK declares {ann}")
            return
        for option in options:
            if option is not type(None) and self._matches(value, option):
                self._recurse(value, option, where)
                return
        self.found.append(f"{where}: {type(value).__name__} where the SDK declares {ann}")

    def _matches(self, value: Any, option: Any) -> bool:
        option = resolve(option)
        origin = typing.get_origin(option)
        if option is Any:
            return True
        if option is None:  # a name the SDK does not define: accept any object or id
            return isinstance(value, (dict, str))
        if origin is Literal:
            return value in typing.get_args(option)
        if option is bool:
            return isinstance(value, bool)
        if option is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if option is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if option is str or option is decimal.Decimal:  # decimals travel as strings
            return isinstance(value, str)
        if origin is list:
            return isinstance(value, list)
        if origin is dict or option is dict:
            return isinstance(value, dict)
        if origin is UntypedStripeObject or option is UntypedStripeObject:
            return isinstance(value, dict)
        if origin is ListObject:
            return isinstance(value, dict) and value.get("object") == "list"
        if isinstance(option, type) and issubclass(option, StripeObject):
            return isinstance(value, dict)
        return False

    def _recurse(self, value: Any, option: Any, where: str) -> None:
        option = resolve(option)
        origin = typing.get_origin(option)
        if origin is list:
            (item_ann,) = typing.get_args(option) or (Any,)
            for i, item in enumerate(value):
                self.value(item, item_ann, f"{where}[{i}]")
        elif origin is ListObject:
            (item_ann,) = typing.get_args(option)
            for i, item in enumerate(value.get("data") or []):
                self.value(item, item_ann, f"{where}.data[{i}]")
        elif (
            isinstance(option, type)
            and issubclass(option, StripeObject)
            and option is not UntypedStripeObject
            and "OBJECT_NAME" not in vars(option)  # another resource: checked on its own
            and not _free_form(option)
        ):
            self.check(value, option, where)


def _free_form(cls: type) -> bool:
    return not declared(cls)


def _generic(where: str) -> str:
    """``invoice.lines.data[0].subtotal`` -> ``invoice.lines.data[].subtotal``."""
    out, depth = [], 0
    for ch in where:
        if ch == "[":
            depth += 1
            out.append("[]")
        elif ch == "]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def problems(
    obj: dict[str, Any],
    cls: type,
    name: str,
    *,
    sparse: set[str] | None = None,
    absent_ok: dict[str, str] | None = None,
    undeclared_ok: dict[str, str] | None = None,
) -> list[str]:
    """Every difference between ``obj`` and what ``cls`` declares, paths starting at ``name``."""
    checker = Checker(sparse or set(), absent_ok or {}, undeclared_ok or {})
    checker.check(obj, cls, name)
    return checker.found
