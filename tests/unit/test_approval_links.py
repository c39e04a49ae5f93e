"""The one check of approval links, over a table of hostile and legitimate links.

Every hostile link below was built to fool some parser, a person reading the
link, or both; each must be refused, and the refusal carries a reason the
dialog can put into words. Every legitimate link must pass unchanged: what
is shown, copied, encoded and opened is exactly the string that was checked.
"""

from __future__ import annotations

import pytest

from kpadmin.redirect import links
from kpadmin.redirect.links import APPROVAL_HOSTS, STRIPE_PAGES, check_link, loopback_origin

SANDBOX = "http://127.0.0.1:54321"
SANDBOX6 = "http://[::1]:54321"

LEGITIMATE = [
    "https://pm-redirects.stripe.com/authorize/acct_1Nq8Yk2eZvKYlo2C/pa_nonce_Q0abcDEF123",
    "https://pm-redirects.stripe.com/authorize/acct_1Nq8Yk2eZvKYlo2C/sa_nonce_R1xyz",
    "https://pm-redirects.stripe.com/authorize/acct_1/pa_nonce_2?locale=ko",
    "https://pm-redirects.stripe.com/authorize/acct_1/pa_nonce_2?a=1&b=2#frag",
    "https://hooks.stripe.com/redirect/authenticate/src_1AbC?client_secret=src_client_secret_x",
    "https://hooks.stripe.com/redirect/complete/src_1AbC",
    "https://pm-redirects.stripe.com/authorize/acct_1/pa_nonce_%7Ex",
    "https://pm-redirects.stripe.com/",
    "https://pm-redirects.stripe.com/authorize/acct_1/pa_nonce_" + "A" * 200,
    "https://hooks.stripe.com/a/b/c/d/e/f",
]

LEGITIMATE_SANDBOX = [
    f"{SANDBOX}/_sandbox/kakao_pay/authorize/seti_1?token=t",
    f"{SANDBOX}/_sandbox/kakao_pay/authorize/pi_1?token=t&lang=ko",
]

# (link, the reason it is refused for)
HOSTILE = [
    # not a link at all
    ("", links.EMPTY),
    ("   ", links.EMPTY),
    ("https://", links.UNPARSABLE),
    ("//pm-redirects.stripe.com/authorize/x", links.UNPARSABLE),
    ("pm-redirects.stripe.com/authorize/x", links.UNPARSABLE),
    ("https://pm-redirects.stripe.com:99999/x", links.UNPARSABLE),
    ("https://[::1/x", links.UNPARSABLE),
    # schemes that run something or read files
    ("javascript:alert(document.cookie)", links.BAD_SCHEME),
    ("JavaScript:alert(1)", links.BAD_SCHEME),
    ("javascript://pm-redirects.stripe.com/%0aalert(1)", links.BAD_SCHEME),
    ("data:text/html,<script>alert(1)</script>", links.BAD_SCHEME),
    ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", links.BAD_SCHEME),
    ("file:///etc/passwd", links.BAD_SCHEME),
    ("file://pm-redirects.stripe.com/authorize", links.BAD_SCHEME),
    ("vbscript:msgbox", links.BAD_SCHEME),
    ("kakaotalk://kakaopay/pg?url=https://evil.example", links.BAD_SCHEME),
    ("intent://pay#Intent;scheme=https;package=com.evil;end", links.BAD_SCHEME),
    ("blob:https://pm-redirects.stripe.com/uuid", links.BAD_SCHEME),
    ("view-source:https://pm-redirects.stripe.com/", links.BAD_SCHEME),
    ("ftp://pm-redirects.stripe.com/authorize", links.BAD_SCHEME),
    ("ws://pm-redirects.stripe.com/authorize", links.BAD_SCHEME),
    ("wss://pm-redirects.stripe.com/authorize", links.BAD_SCHEME),
    # plain http, even on Stripe's host
    ("http://pm-redirects.stripe.com/authorize/x", links.BAD_SCHEME),
    ("http://evil.example/kakao", links.BAD_SCHEME),
    ("http://127.0.0.1:54321/_sandbox/kakao_pay/authorize/x", links.BAD_SCHEME),
    # backslashes: a path separator for browsers, not for urllib
    ("https://evil.com\\.stripe.com/kakao", links.UNUSUAL),
    ("https://evil.com\\@pm-redirects.stripe.com/", links.UNUSUAL),
    ("https:\\\\pm-redirects.stripe.com/authorize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com\\@evil.com/", links.UNUSUAL),
    # user names and passwords
    ("https://user:pass@pm-redirects.stripe.com/authorize", links.CREDENTIALS),
    ("https://pm-redirects.stripe.com@evil.example/authorize", links.CREDENTIALS),
    ("https://pm-redirects.stripe.com:443@evil.example/", links.CREDENTIALS),
    ("https://pm-redirects.stripe.com%40evil.example@evil.example/", links.CREDENTIALS),
    ("https://@pm-redirects.stripe.com/authorize", links.NOT_CANONICAL),
    # other hosts, including ones that look like Stripe's
    ("https://evil.example/kakao", links.NOT_STRIPE),
    ("https://evil.example/pm-redirects.stripe.com", links.NOT_STRIPE),
    ("https://evil.example/?u=https://pm-redirects.stripe.com", links.NOT_STRIPE),
    ("https://pm-redirects.stripe.com.evil.example/authorize", links.NOT_STRIPE),
    ("https://pm-redirects-stripe.com/authorize", links.NOT_STRIPE),
    ("https://stripe.com/authorize", links.NOT_STRIPE),
    ("https://dashboard.stripe.com/authorize", links.NOT_STRIPE),
    ("https://evilstripe.com/authorize", links.NOT_STRIPE),
    ("https://pm-redirects.stripe.co/authorize", links.NOT_STRIPE),
    ("https://xn--strpe-1sa.com/authorize", links.NOT_STRIPE),
    ("https://pm-redirects.xn--strpe-9ra.com/authorize", links.NOT_STRIPE),
    ("https://1.1.1.1/authorize", links.NOT_STRIPE),
    ("https://[2001:db8::1]/authorize", links.NOT_STRIPE),
    ("https://127.0.0.1:54321/_sandbox/kakao_pay/authorize/x", links.NOT_STRIPE),
    # IDNA: non-ASCII look-alikes (Cyrillic і, full-width letters, ideographic dots)
    ("https://pm-redirects.strіpe.com/authorize", links.UNUSUAL),
    ("https://ｐｍ-redirects.stripe.com/authorize", links.UNUSUAL),
    ("https://pm-redirects。stripe。com/authorize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com\u200b/authorize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/authorize\u202e/gpj.exe", links.UNUSUAL),
    # percent-encoding in the host
    ("https://pm-redirects.stripe.com%2eevil.example/authorize", links.NOT_STRIPE),
    ("https://%70m-redirects.stripe.com/authorize", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com%00.evil.example/", links.UNPARSABLE),
    # trailing dots, case, default port and other spellings that parsers repair
    ("https://pm-redirects.stripe.com./authorize", links.NOT_STRIPE),
    ("https://PM-REDIRECTS.STRIPE.COM/authorize", links.NOT_CANONICAL),
    ("HTTPS://pm-redirects.stripe.com/authorize", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com:443/authorize", links.NOT_CANONICAL),
    ("https:pm-redirects.stripe.com/authorize", links.NOT_CANONICAL),
    ("https:/pm-redirects.stripe.com/authorize", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com/a/../authorize", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com/%2e%2e/authorize", links.NOT_CANONICAL),
    ("https://pm-redirects.stripe.com/authorize?q=<script>", links.NOT_CANONICAL),
    # ports
    ("https://pm-redirects.stripe.com:8443/authorize", links.PORT),
    ("https://hooks.stripe.com:444/redirect", links.PORT),
    # whitespace and control characters
    (" https://pm-redirects.stripe.com/authorize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/authorize\n", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/\tauthorize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/auth orize", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/authorize\x00", links.UNUSUAL),
    ("https://pm-redirects.stripe.com/authorize\x7f", links.UNUSUAL),
    # far too long for a QR code or for any Stripe link
    ("https://pm-redirects.stripe.com/authorize/" + "a" * 3000, links.TOO_LONG),
]


def test_the_table_is_big_enough():
    assert len(HOSTILE) >= 50 and len(LEGITIMATE) + len(LEGITIMATE_SANDBOX) >= 10


@pytest.mark.parametrize("url", LEGITIMATE)
def test_stripe_approval_links_pass_unchanged(url):
    verdict = check_link(url)
    assert verdict.ok, verdict
    assert verdict.url == url  # what is shown, copied, encoded and opened is what was checked
    assert verdict.scheme == "https" and verdict.host in APPROVAL_HOSTS


@pytest.mark.parametrize("url,reason", HOSTILE)
def test_hostile_links_are_refused_with_a_reason(url, reason):
    verdict = check_link(url)
    assert not verdict.ok
    assert verdict.reason == reason, verdict
    assert verdict.url == ""  # nothing to show, copy, encode or open


@pytest.mark.parametrize("url,reason", HOSTILE)
def test_a_sandbox_profile_does_not_widen_the_rule_for_hostile_links(url, reason):
    if url.startswith(SANDBOX + "/"):
        return  # the sandbox's own page: allowed for a sandbox profile (below)
    assert not check_link(url, sandbox_origin=SANDBOX).ok


@pytest.mark.parametrize("url", LEGITIMATE_SANDBOX)
def test_the_sandbox_origin_only_for_a_sandbox_profile(url):
    assert check_link(url, sandbox_origin=SANDBOX).url == url
    assert not check_link(url).ok  # TEST and LIVE profiles: Stripe's hosts only


def test_the_sandbox_origin_must_be_this_machine_and_exactly_its_origin():
    page = "/_sandbox/kakao_pay/authorize/seti_1?token=t"
    assert check_link(SANDBOX6 + page, sandbox_origin=SANDBOX6).ok
    assert not check_link("http://127.0.0.1:54322" + page, sandbox_origin=SANDBOX).ok
    assert not check_link("http://localhost:54321" + page, sandbox_origin=SANDBOX).ok
    assert not check_link("https://127.0.0.1:54321" + page, sandbox_origin=SANDBOX).ok
    # A base URL elsewhere is no sandbox origin, whatever the profile says.
    remote = "http://sandbox.example:12111"
    assert not check_link(remote + page, sandbox_origin=remote).ok
    assert not check_link("http://10.0.0.5:80" + page, sandbox_origin="http://10.0.0.5:80").ok
    # Stripe's hosts still pass for a sandbox profile.
    assert check_link(LEGITIMATE[0], sandbox_origin=SANDBOX).ok


@pytest.mark.parametrize(
    "base,origin",
    [
        ("http://127.0.0.1:12111", ("http", "127.0.0.1", "12111")),
        ("http://127.1.2.3:80/", ("http", "127.1.2.3", "")),
        ("http://[::1]:5", ("http", "[::1]", "5")),
        ("http://localhost:12111", None),
        ("http://192.168.1.2:12111", None),
        ("http://u:p@127.0.0.1:1", None),
        ("ftp://127.0.0.1:1", None),
        ("", None),
        (None, None),
    ],
)
def test_loopback_origin(base, origin):
    assert loopback_origin(base) == origin


def test_stripe_pages_allow_any_stripe_host_but_nothing_else():
    assert check_link("https://invoice.stripe.com/i/acct_1/test_x", hosts=STRIPE_PAGES).ok
    assert check_link("https://stripe.com/x", hosts=STRIPE_PAGES).ok
    assert not check_link("https://evil.com\\.stripe.com/", hosts=STRIPE_PAGES).ok
    assert not check_link("https://notstripe.com/", hosts=STRIPE_PAGES).ok
    assert not check_link("https://stripe.com.evil.example/", hosts=STRIPE_PAGES).ok
