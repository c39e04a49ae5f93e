"""Hide Stripe secrets in any text before it is logged or shown.

Stripe keys and webhook secrets have recognisable shapes (``sk_test_…``,
``rk_live_…``, ``pk_test_…``, ``whsec_…``). Stripe itself echoes part of a bad
key back in its error message, and tracebacks can carry request headers, so
every path that turns text into a log line or an error message passes it
through :func:`redact` rather than trusting that no key got in. Qt-free so the
gateway and the logging setup can share it.
"""

from __future__ import annotations

import re

# A secret, restricted or publishable key, or a webhook signing secret. The body also
# admits ``*`` because Stripe masks keys as ``sk_test_****1234`` in its own messages.
KEY_PATTERN = re.compile(r"\b((?:sk|rk|pk)_(?:live|test)_|whsec_)[A-Za-z0-9*]+")

REDACTED = "…(redacted)"


def redact(text: str) -> str:
    """Replace every key-shaped substring by its prefix and ``…(redacted)``.

    ``"Invalid API Key provided: sk_test_****1234"`` becomes
    ``"Invalid API Key provided: sk_test_…(redacted)"``; the prefix stays
    because which kind of key was wrong is useful and not secret.
    """
    return KEY_PATTERN.sub(lambda m: m.group(1) + REDACTED, text)


def contains_key(text: str) -> bool:
    """Whether ``text`` holds anything key-shaped (used by tests and assertions)."""
    return KEY_PATTERN.search(text) is not None
