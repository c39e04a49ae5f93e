"""The sandbox's table of expandable ids is the one the installed SDK declares.

``kpadmin/sandbox/expansion.py`` lists, per object type, the fields whose id
expands into an object; the SDK declares each of them ``ExpandableField[...]``
(an id or the object). Both must name the same paths, nested sub-hashes
included, so an expansion Stripe adds or drops shows up here on an upgrade.
"""

from __future__ import annotations

import typing

import pytest
import stripe
from sdk_shapes import declared, resolve
from stripe._stripe_object import StripeObject
from test_sdk_declared_fields import CLASSES

from kpadmin.sandbox.expansion_tables import EXPANDABLE_IDS


def _is_expandable(ann: typing.Any) -> bool:
    options = typing.get_args(ann) if typing.get_origin(ann) is typing.Union else (ann,)
    others = [o for o in options if o not in (str, type(None))]
    return (
        str in options
        and bool(others)
        and all(
            isinstance(o, typing.ForwardRef)
            or (isinstance(o, type) and issubclass(o, StripeObject))
            for o in others
        )
    )


def sdk_expandable(cls: type, prefix: str = "") -> set[str]:
    """Dotted paths of the ids ``cls`` declares expandable, through its nested classes."""
    found: set[str] = set()
    for name, ann in declared(cls).items():
        if _is_expandable(ann):
            found.add(prefix + name)
            continue
        options = typing.get_args(ann) if typing.get_origin(ann) is typing.Union else (ann,)
        for option in options:
            option = resolve(option)
            if (
                isinstance(option, type)
                and issubclass(option, StripeObject)
                and "OBJECT_NAME" not in vars(option)
                and option.__qualname__.startswith(cls.__qualname__.split(".")[0] + ".")
            ):
                found |= sdk_expandable(option, f"{prefix}{name}.")
    return found


def test_the_reader_finds_nested_expandable_ids():
    paths = sdk_expandable(stripe.Customer)
    assert {"test_clock", "invoice_settings.default_payment_method"} <= paths
    assert "email" not in paths and "invoice_settings.footer" not in paths


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_expandable_ids_match_the_sdk(kind):
    assert set(EXPANDABLE_IDS.get(kind, {})) == sdk_expandable(CLASSES[kind])
