"""``data.previous_attributes`` as Stripe renders it: what an update changed, as it was.

Stripe lists the changed attributes with their values before the change; a
nested hash only with its changed keys (since API version 2015-01-26), an
array (and so a list object such as a subscription's ``items``) whole (since
2017-05-25). A key a nested hash did not have before reads ``None``. An update
that changes nothing sends no ``*.updated`` Event.
"""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


def previous_attributes(before: Obj, after: Obj) -> Obj:
    """The attributes of ``before`` that differ in ``after``, nested hashes by their keys."""
    out: Obj = {}
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict) and old.get("object") != "list":
            out[key] = previous_attributes(old, new)
        else:
            out[key] = old
    return out
