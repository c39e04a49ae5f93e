"""Turn what a person types into a Stripe search query (pure, no I/O).

Stripe's search language needs quoted strings, allows ``~`` (substring) only
for three characters or more, and cannot mix ``AND``/``OR``; getting any of
that wrong is a 400 from Stripe. Keeping the builder pure lets unit tests pin
every case down without a server.
"""

from __future__ import annotations

import re

_EMAILISH = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")

# Stripe's shortest substring (``~``) term.
MIN_SUBSTRING = 3


def quote(value: str) -> str:
    """A Stripe search string literal: double quotes, with ``\\`` and ``"`` escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


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
