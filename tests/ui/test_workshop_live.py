"""The window with the real participant server on this machine: votes over HTTP, and the port closed on reveal and quit."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import urllib.error
import urllib.request
import uuid

import pytest

from planner.model import Round



def call(url: str, body: dict | None = None, secret: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Participant"] = secret
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=5) as answer:
        return json.loads(answer.read())


def served(window, anonymous=True):
    """Start a round on every initiative, served on the loopback interface; its id and the API's base address."""
    plan = window.document.plan
    round_ = Round("live", "Live round", dt.date.today(), [i.id for i in plan.initiatives][:3], ["benefit"],
                   anonymous=anonymous)
    assert window.workshop.start(round_, "127.0.0.1", 0) is None
    server = window.workshop.server
    token = server.address.rsplit("/", 1)[1]
    return plan.rounds[-1], f"{server.short_address}/api/{token}"


def refused(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2)
    except (urllib.error.URLError, ConnectionError):
        return True
    return False


def test_a_phone_rating_over_http_reaches_the_plan_and_the_panel(window, qtbot):
    """Join and rate through the real server: the vote is in the plan, the panel counts it, undo ignores it."""
    round_, api = served(window)
    me = call(f"{api}/join", {"name": ""})
    item = round_.initiatives[0]
    call(f"{api}/rate", {"initiative": item, "criterion": "benefit", "value": 4, "request": uuid.uuid4().hex},
         me["secret"])
    qtbot.waitUntil(lambda: len(round_.votes) == 1)
    assert round_.votes[0].value == 4 and [p.id for p in round_.participants] == [me["participant"]]
    assert window.undo_stack.count() == 1  # the round's start only
    window.workshop.refresh()
    assert window.workshop.panel.table.topLevelItem(0).text(1) == "1 of 1"
    assert call(f"{api}/status")["progress"][item] == 1


def test_a_phone_that_joined_without_rating_yet_counts_as_joined(window, qtbot):
    """The panel asks the server who joined, so a phone still reading counts before its first rating."""
    round_, api = served(window)
    call(f"{api}/join", {"name": ""})
    panel = window.workshop.panel
    qtbot.waitUntil(lambda: panel.people.text() == "1 participant joined", timeout=3000)
    assert round_.participants == [] and panel.table.topLevelItem(0).text(1) == "0 of 1"


def test_the_qr_code_on_screen_reads_back_as_the_join_address(window, tmp_path):
    """A real QR reader (zbarimg) finds the round's address in the panel's code, as a phone would."""
    reader = shutil.which("zbarimg")
    if reader is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    served(window)
    qr = window.workshop.panel.card.qr
    qr.resize(300, 300)
    qr.grab().save(str(tmp_path / "qr.png"))
    found = subprocess.run([reader, "-q", "--raw", str(tmp_path / "qr.png")], capture_output=True, text=True)
    assert found.stdout.strip() == window.workshop.server.address


def test_reveal_is_told_for_the_grace_period_then_the_port_closes_and_a_revote_opens_it(window, qtbot, monkeypatch):
    """The server runs only while the round collects, and a few seconds after so phones see the reveal."""
    from planner.workshop import server as serving
    monkeypatch.setattr(serving, "GRACE", 1.0)
    round_, api = served(window)
    status = f"{api}/status"
    assert call(status)["state"] == "collecting"
    window.workshop.reveal()
    assert call(status)["state"] == "revealed" and window.workshop.join() is None
    qtbot.waitUntil(lambda: refused(status), timeout=5000)
    window.table.select_ids([round_.initiatives[0]])
    window.workshop.revote_selected()
    server = window.workshop.server
    assert server is not None and call(f"{server.short_address}/api/{server.address.rsplit('/', 1)[1]}/status")[
        "state"] == "collecting"
    assert server.short_address == api.split("/api/")[0]  # the same address on the wall


def test_closing_the_window_closes_the_port(window):
    """Quitting stops serving: nothing listens afterwards."""
    _, api = served(window)
    window.close_without_asking(remember_layout=False)
    assert refused(f"{api}/status")


def test_a_port_in_use_is_one_sentence_and_the_round_stays_for_blind_entry(window):
    """The real server's bind failure reaches the facilitator as one sentence, without "[Errno …]"."""
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        round_ = Round("busy", "Busy", dt.date.today(), [window.document.plan.initiatives[0].id], ["benefit"])
        problem = window.workshop.start(round_, "127.0.0.1", port)
    assert problem == f"Port {port} on 127.0.0.1 is in use already; choose another port."
    assert window.workshop.server is None and window.document.plan.rounds[-1].id == "busy"
    assert window.workshop.actions["blind"].isEnabled()
