"""A desktop notification when a Kakao Pay approval ends while the window is in the background."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx

from kpadmin.redirect.approval import State, backoff_delays


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.hidden: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a.get("action") or ""
        elif tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a.get("value") or ""


async def _press(url: str, button: str) -> None:
    """What the buyer does on their phone: press a button on the approval page (no return)."""
    async with httpx.AsyncClient() as client:
        form = _Form()
        form.feed((await client.get(url)).text)
        answer = await client.post(
            urljoin(url, form.action), data={**form.hidden, "action": button}
        )
        assert answer.status_code == 303


def _start(window, qtbot, wait_for):
    approvals = window.context.approvals
    approvals.delays = lambda: backoff_delays(0.05, 1.5, 0.3)
    customer = wait_for(window.context.gateway.customers.list(limit=1)).items[0]
    flow = approvals.start_setup(customer.id, label=customer.name or customer.id)
    qtbot.waitUntil(lambda: flow.status.url is not None, timeout=10000)
    return flow


def _to_background(window, qtbot) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.comforts.notifier.in_background, timeout=3000)


def _to_foreground(window, qtbot) -> None:
    window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.comforts.notifier.in_background(), timeout=3000)


def test_approved_in_the_background_is_announced(main_window, qtbot, wait_for):
    window = main_window
    flow = _start(window, qtbot, wait_for)
    _to_background(window, qtbot)
    with qtbot.waitSignal(window.comforts.notifier.notified, timeout=10000) as blocker:
        wait_for(_press(flow.status.url, "authorize"))
    title, body, good = blocker.args
    assert flow.status.state is State.APPROVED
    assert good is True and title == "Kakao Pay wallet saved"
    assert body == f"{flow.label}: the customer approved; the wallet is saved for later payments."
    # The window comes back by itself: restored, raised and active again.
    qtbot.waitUntil(lambda: not window.comforts.notifier.in_background(), timeout=3000)
    assert not window.isMinimized()
    _to_foreground(window, qtbot)


def test_the_approval_dialog_comes_back_in_front_with_the_window(main_window, qtbot, wait_for):
    from kpadmin.ui.dialogs.approval_dialog import show_flow

    window = main_window
    flow = _start(window, qtbot, wait_for)
    dialog = show_flow(window.context, flow, window)
    qtbot.waitUntil(dialog.isVisible)
    _to_background(window, qtbot)
    with qtbot.waitSignal(window.comforts.notifier.notified, timeout=10000):
        wait_for(_press(flow.status.url, "authorize"))
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=3000)
    assert not window.isMinimized()
    dialog.close()


def test_failure_in_the_background_is_announced_as_bad_news(main_window, qtbot, wait_for):
    window = main_window
    flow = _start(window, qtbot, wait_for)
    _to_background(window, qtbot)
    with qtbot.waitSignal(window.comforts.notifier.notified, timeout=10000) as blocker:
        wait_for(_press(flow.status.url, "fail"))
    title, _body, good = blocker.args
    assert flow.status.state is State.FAILED
    assert good is False and title == "Kakao Pay wallet not saved"
    _to_foreground(window, qtbot)


def test_nothing_is_announced_while_the_window_is_in_front(main_window, qtbot, wait_for):
    window = main_window
    _to_foreground(window, qtbot)
    flow = _start(window, qtbot, wait_for)
    ended = []
    window.context.approvals.ended.connect(ended.append)
    with qtbot.assertNotEmitted(window.comforts.notifier.notified, wait=200):
        wait_for(_press(flow.status.url, "authorize"))
        qtbot.waitUntil(lambda: flow in ended, timeout=10000)
    assert flow.status.state is State.APPROVED


def test_a_new_profile_is_watched_instead_of_the_old_one(main_window, qtbot, wait_for):
    window = main_window
    old = window.context.approvals
    window.open_profile(window.context.profile.name)  # a fresh context for the same profile
    assert window.context.approvals is not old
    flow = _start(window, qtbot, wait_for)
    _to_background(window, qtbot)
    with qtbot.waitSignal(window.comforts.notifier.notified, timeout=10000):
        wait_for(_press(flow.status.url, "authorize"))
    _to_foreground(window, qtbot)
