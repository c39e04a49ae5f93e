"""The Overview's invoice cache: what a refresh reads again, and a file that cannot be read."""

from __future__ import annotations

from kpadmin.domain.shop_figures import InvoiceFacts, InvoiceLine
from kpadmin.stripe_api.history_cache import REFRESH_DAYS, InvoiceCache

DAY = 86_400


def facts(n: int, created: int, status: str = "paid") -> InvoiceFacts:
    return InvoiceFacts(
        id=f"in_{n}",
        customer_id="cus_1",
        subscription_id="sub_1",
        status=status,
        currency="krw",
        created=created,
        amount_due=1000,
        amount_paid=1000 if status == "paid" else 0,
        attempt_count=1,
        billing_reason="subscription_cycle",
        lines=(InvoiceLine(1000, created, created + 30 * DAY),),
    )


def test_an_empty_cache_reads_everything(tmp_path):
    cache = InvoiceCache(tmp_path / "c.json")
    assert cache.read_from(1000) == 1000


def test_a_saved_cache_reads_only_the_recent_invoices_again(tmp_path):
    since = 1_700_000_000
    newest = since + 300 * DAY
    cache = InvoiceCache(tmp_path / "c.json")
    cache.replace_from(since, [facts(1, since + DAY), facts(2, newest, "open")])
    cache.save()
    again = InvoiceCache(tmp_path / "c.json")
    assert again.invoices == cache.invoices  # lines and all survive the file
    start = again.read_from(since)
    assert start == newest - REFRESH_DAYS * DAY
    # The refresh's answer replaces what was cached from ``start`` on: the open one got paid.
    again.replace_from(start, [facts(2, newest, "paid"), facts(3, newest + DAY)])
    assert sorted(again.invoices) == ["in_1", "in_2", "in_3"]
    assert again.invoices["in_2"].status == "paid"


def test_a_cache_that_does_not_reach_back_is_read_in_full(tmp_path):
    since = 1_700_000_000
    cache = InvoiceCache(tmp_path / "c.json")
    cache.replace_from(since, [facts(1, since + 200 * DAY)])
    assert cache.read_from(since) == since


def test_a_broken_file_is_ignored(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"version": 1, "invoices": [{"id": 3}]}', encoding="utf-8")
    assert InvoiceCache(path).invoices == {}
    path.write_text("not json", encoding="utf-8")
    assert InvoiceCache(path).invoices == {}
