"""Turn what a person types into a Stripe search query (pure, no I/O).

Stripe's search language needs quoted strings, allows ``~`` (substring) only
for three characters or more, and cannot mix ``AND``/``OR``; getting any of
that wrong is a 400 from Stripe. Keeping the builder pure lets unit tests pin
every case down without a server.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_EMAILISH = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")

# Stripe's shortest substring (``~``) term.
MIN_SUBSTRING = 3
# Stripe's most clauses in one query.
MAX_CLAUSES = 10


def quote(value: str) -> str:
    """A Stripe search string literal: double quotes, with ``\\`` and ``"`` escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def any_of(field: str, values: Sequence[str]) -> str:
    """``field:"a" OR field:"b"``: any of ``values`` (Stripe allows ten clauses).

    Raises:
        ValueError: for no values, or more than Stripe's ten clauses.
    """
    if not values or len(values) > MAX_CLAUSES:
        raise ValueError(f"between 1 and {MAX_CLAUSES} values, not {len(values)}")
    return " OR ".join(f"{field}:{quote(v)}" for v in values)


def customer_query(text: str) -> str:
    """The search query for a free-text customer search box.

    - something shaped like an e-mail address: ``email:"x"`` (exact);
    - three characters or more: ``name~"x" OR email~"x"`` (substring);
    - shorter text: ``name:"x"`` (exact; ``~`` needs three characters).

    Raises:
        ValueError: for empty (or blank) text, which is a list, not a search.
    """
    value = " ".join(text.split())
    if not value:
        raise ValueError("empty search text")
    if _EMAILISH.match(value):
        return f"email:{quote(value)}"
    if len(value) >= MIN_SUBSTRING:
        q = quote(value)
        return f"name~{q} OR email~{q}"
    return f"name:{quote(value)}"


def name_query(text: str) -> str:
    """The query for a product name typed in a search box: ``name~"x"`` from three
    characters (substring), ``name:"x"`` below (exact).

    Raises:
        ValueError: for empty (or blank) text.
    """
    value = " ".join(text.split())
    if not value:
        raise ValueError("empty search text")
    op = "~" if len(value) >= MIN_SUBSTRING else ":"
    return f"name{op}{quote(value)}"


# Stripe's most clauses in one query.
MAX_CLAUSES = 10
