"""Which Stripe object an id names (kpadmin.domain.ids)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpadmin.domain.ids import PREFIXES, kind_of


@pytest.mark.parametrize(
    ("object_id", "kind"),
    [
        ("cus_NffrFeUfNV2Hib", "customer"),
        ("price_1MoBy5LkdIwHu7ixZhnattbh", "price"),
        ("prod_NWjs8kKbJWmuuc", "product"),
        ("pi_3MtwBwLkdIwHu7ix28a3tqPa", "payment_intent"),
        ("inpay_1M3USa2eZvKYlo2CBjuwbq0N", "invoice_payment"),
        ("in_1MtHbELkdIwHu7ixl4OzzPMv", "invoice"),
        ("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", "setup_intent"),
        ("si_NcLYdDxLHxlFo7", "subscription_item"),
        ("sub_1MowQVLkdIwHu7ixeRlqHVzs", "subscription"),
        ("clock_1Mr3I0LkdIwHu7ixkKUKWUHv", "test_helpers.test_clock"),
    ],
)
def test_known_prefixes(object_id, kind):
    assert kind_of(object_id) == kind


@pytest.mark.parametrize("object_id", ["", "cus_", "xyz_123", "customer", "CUS_123"])
def test_unknown_or_bare_prefix(object_id):
    assert kind_of(object_id) is None


def test_longest_prefix_wins():
    # "in_" is a prefix of "inpay_": an invoice payment must not be taken for an invoice.
    assert kind_of("inpay_x") == "invoice_payment"
    assert kind_of("in_x") == "invoice"


@given(prefix=st.sampled_from(sorted(PREFIXES)), rest=st.text("abcXYZ019", min_size=1))
def test_every_prefix_round_trips(prefix, rest):
    assert kind_of(prefix + rest) == PREFIXES[prefix]
