"""The API versions Stripe has released, so that ``Stripe-Version`` names a real one.

Stripe refuses a version it never released (``Invalid Stripe API version: ...``),
however well-formed: ``2026-11-18.foo`` or a date between two releases. A
sandbox that accepted any date would let a client pin a version that fails on
the first real request, so the sandbox keeps the list and refuses the rest.

Since 2024-09-30 every version carries the name of its major release
(``2024-09-30.acacia``): one breaking release opens each name, monthly additive
releases keep it. Older versions are bare dates. The table is built from
Stripe's API changelog (its list of previous versions and the release headings
of each named major) and checked against the versions the official SDKs pinned
(``stripe/_api_version.py`` in stripe-python, ``src/apiVersion.ts`` in
stripe-node); docs/SANDBOX_WIRE.md records the sources. Add each new
monthly release here when the SDK is upgraded.
"""

from __future__ import annotations

from kpadmin.sandbox.errors import ApiError, invalid

#: Named releases: the name and the dates released under it, oldest first.
NAMED_RELEASES: dict[str, tuple[str, ...]] = {
    "acacia": (
        "2024-09-30",
        "2024-10-28",
        "2024-11-20",
        "2024-12-18",
        "2025-01-27",
        "2025-02-24",
    ),
    "basil": (
        "2025-03-31",
        "2025-04-30",
        "2025-05-28",
        "2025-06-30",
        "2025-07-30",
        "2025-08-27",
    ),
    "clover": (
        "2025-09-30",
        "2025-10-29",
        "2025-11-17",
        "2025-12-15",
        "2026-01-28",
        "2026-02-25",
    ),
    "dahlia": (
        "2026-03-25",
        "2026-04-22",
        "2026-05-27",
        "2026-06-24",
        "2026-07-29",
        "2026-08-26",
    ),
    "endive": ("2026-09-30", "2026-10-28", "2026-11-18"),
}

_DATED_TEXT = """
2011-06-21 2011-06-28 2011-08-01 2011-09-15 2012-02-23 2012-03-25 2012-06-18
2012-07-09 2012-09-24 2012-10-26 2012-11-07 2013-02-11 2013-02-13 2013-07-05
2013-08-12 2013-08-13 2013-10-29 2013-12-03 2014-01-31 2014-03-13 2014-03-28
2014-05-19 2014-06-13 2014-06-17 2014-07-22 2014-07-26 2014-08-04 2014-08-20
2014-09-08 2014-10-07 2014-11-05 2014-11-20 2014-12-08 2014-12-17 2014-12-22
2015-01-11 2015-01-26 2015-02-10 2015-02-16 2015-02-18 2015-03-24 2015-04-07
2015-06-15 2015-07-07 2015-07-13 2015-07-28 2015-08-07 2015-08-19 2015-09-03
2015-09-08 2015-09-23 2015-10-01 2015-10-12 2015-10-16 2016-02-03 2016-02-19
2016-02-22 2016-02-23 2016-02-29 2016-03-07 2016-06-15 2016-07-06 2016-10-19
2017-01-27 2017-02-14 2017-04-06 2017-05-25 2017-06-05 2017-08-15 2017-12-14
2018-01-23 2018-02-05 2018-02-06 2018-02-28 2018-05-21 2018-07-27 2018-08-23
2018-09-06 2018-09-24 2018-10-31 2018-11-08 2019-02-11 2019-02-19 2019-03-14
2019-05-16 2019-08-14 2019-09-09 2019-10-08 2019-10-17 2019-11-05 2019-12-03
2020-03-02 2020-08-27 2022-08-01 2022-11-15 2023-08-16 2023-10-16 2024-04-10
2024-06-20
"""
#: Versions before named releases: bare dates, as the changelog lists them.
DATED_RELEASES: tuple[str, ...] = tuple(_DATED_TEXT.split())

#: Every version Stripe accepts in ``Stripe-Version``.
KNOWN_VERSIONS: frozenset[str] = frozenset(DATED_RELEASES) | frozenset(
    f"{date}.{name}" for name, dates in NAMED_RELEASES.items() for date in dates
)

#: The newest release in the table.
LATEST: str = max(KNOWN_VERSIONS)


def invalid_version(value: str) -> ApiError:
    """Stripe's answer to a ``Stripe-Version`` it never released."""
    return invalid(f"Invalid Stripe API version: {value}")


def resolve(value: str | None, default: str) -> str:
    """The version a request speaks: its ``Stripe-Version`` header, else ``default``.

    Raises:
        ApiError: 400 when the header names no version Stripe released.
    """
    if value is None:
        return default
    version = value.strip()
    if version not in KNOWN_VERSIONS:
        raise invalid_version(value)
    return version
