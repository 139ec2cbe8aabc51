"""The workshop server for real, on 127.0.0.1: the participant API, its refusals, its files and its stopping."""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from planner.model import Round
from planner.round_edits import AddRound
from planner.samples import sample_plan
from planner.workshop.interfaces import network_interfaces
from planner.workshop.room import MAX_BODY, WRONG_PER_ADDRESS
from planner.workshop.server import WorkshopServer

PAGE = Path(__file__).resolve().parents[2] / "resources" / "workshop"


def round_plan(anonymous=False):
    plan = sample_plan()
    plan.initiatives[1].title = "<script>alert('title')</script>"
    ids = [item.id for item in plan.initiatives[:3]]
    AddRound(Round("r1", "Kick-off", dt.date(2027, 3, 1), ids, ["benefit", "technical_effort"], anonymous)).apply(plan)
    return plan


@pytest.fixture
def served():
    """A running server on a free port, the votes it hands on, and a function calling it."""
    plan = round_plan()
    taken = []
    server = WorkshopServer(plan, "r1", "127.0.0.1", 0, on_votes=lambda *args: taken.append(args))
    server.start()
    yield plan, server, taken
    server.stop()


def call(server, method, path, body=None, secret=None, raw=None, content_type="application/json"):
    """(status, headers, answer) of one request; the answer is JSON when the server said so."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    headers = {"Content-Type": content_type} if data is not None else {}
    if secret:
        headers["X-Participant"] = secret
    request = urllib.request.Request(server.short_address + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            status, head, payload = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, head, payload = e.code, e.headers, e.read()
    if head.get("Content-Type", "").startswith("application/json"):
        return status, head, json.loads(payload)
    return status, head, payload


def api(server, method, what, body=None, secret=None, **kw):
    return call(server, method, f"/api/{server.room.token}/{what}", body, secret, **kw)


def join(server, name="Anna"):
    status, _, answer = api(server, "POST", "join", {"name": name})
    assert status == 200
    return answer


def rate(server, secret, item, criterion="benefit", value=3, request="request-1"):
    status, _, answer = api(server, "POST", "rate", {"initiative": item, "criterion": criterion,
                                                     "value": value, "request": request}, secret)
    return status, answer


def test_the_addresses_carry_the_token_and_the_room_code(served):
    """The address is the short address plus /j/ and a token of 128+ bits; the room code is six digits."""
    _, server, _ = served
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.short_address)
    assert server.address == f"{server.short_address}/j/{server.room.token}"
    assert len(server.room.token) >= 22 and re.fullmatch(r"\d{6}", server.room_code)


def test_join_rate_change_and_rejoin_with_the_secret(served):
    """A phone joins, rates, changes its rating and, joining again with its secret, gets the same participant and ratings."""
    plan, server, taken = served
    item = plan.rounds[0].initiatives[0]
    me = join(server)
    assert (me["participant"], me["label"]) == ("p1", "Anna")
    assert rate(server, me["secret"], item, value=4) == (200, {"ok": True, "value": 4})
    assert rate(server, me["secret"], item, value=2.5, request="request-2")[0] == 200
    assert [(v.participant, v.initiative, v.value) for _, (v,), _ in taken] == [("p1", item, 4), ("p1", item, 2.5)]
    assert [p.id for p in taken[0][2]] == ["p1"] and taken[1][2] == () and taken[0][0] == "r1"
    status, _, again = api(server, "POST", "join", {"secret": me["secret"]})
    assert status == 200 and again == me
    status, _, answer = api(server, "GET", "round", secret=me["secret"])
    assert status == 200 and answer["mine"] == {item: {"benefit": 2.5}}
    assert answer["initiatives"][1]["title"] == "<script>alert('title')</script>"


def test_the_status_shows_progress_never_values(served):
    """The status says the state, how many joined and how many finished each initiative, and nothing rated."""
    plan, server, _ = served
    item = plan.rounds[0].initiatives[0]
    me = join(server)
    rate(server, me["secret"], item, "benefit", 4.5)
    rate(server, me["secret"], item, "technical_effort", 1.5, "request-2")
    status, _, answer = api(server, "GET", "status")
    assert status == 200 and answer["state"] == "collecting" and answer["participants"] == 1
    assert answer["progress"] == {i: int(i == item) for i in plan.rounds[0].initiatives}
    assert "4.5" not in json.dumps(answer) and "1.5" not in json.dumps(answer)
    assert server.status()["progress"] == answer["progress"]


def test_each_bad_request_gets_its_4xx_and_changes_nothing(served):
    """Wrong token, unknown participant, out of scale, off a step, unknown initiative, oversized, replayed, wrong type."""
    plan, server, taken = served
    item = plan.rounds[0].initiatives[0]
    me = join(server)
    assert rate(server, me["secret"], item)[0] == 200
    before = (server.status(), api(server, "GET", "round", secret=me["secret"])[2], len(taken))
    good = {"initiative": item, "criterion": "benefit", "value": 3, "request": "request-2"}
    wrong_token = call(server, "POST", "/api/" + "A" * 32 + "/rate", good, me["secret"])
    assert wrong_token[0] == 404 and wrong_token[2]["error"].endswith(".")
    bad = [(api(server, "POST", "rate", good, "someone-else-secret-123"), 401),
           (api(server, "POST", "rate", good), 401),
           (api(server, "POST", "rate", {**good, "value": 9}, me["secret"]), 400),
           (api(server, "POST", "rate", {**good, "value": 3.2}, me["secret"]), 400),
           (api(server, "POST", "rate", {**good, "initiative": "no-such"}, me["secret"]), 404),
           (api(server, "POST", "rate", {**good, "request": "request-1"}, me["secret"]), 409),
           (api(server, "POST", "rate", raw=b"{" + b" " * MAX_BODY + b"}", secret=me["secret"]), 413),
           (api(server, "POST", "rate", raw=b"not json", secret=me["secret"]), 400),
           (api(server, "POST", "rate", good, me["secret"], content_type="text/plain"), 415),
           (api(server, "GET", "rate", secret=me["secret"]), 405),
           (call(server, "GET", "/api/nothing"), 404)]
    for (status, head, answer), expected in bad:
        assert status == expected, answer
        assert set(answer) == {"error", "code"} and answer["error"].endswith(".") and "\n" not in answer["error"]
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", answer["code"]), answer
        assert head["Cache-Control"] == "no-store"
    assert (server.status(), api(server, "GET", "round", secret=me["secret"])[2], len(taken)) == before


def test_a_revealed_round_takes_no_more_ratings(served):
    """After update() with a reveal, a rating is a 409 and the status says revealed."""
    plan, server, taken = served
    me = join(server)
    plan.rounds[0].state = "revealed"
    server.update(plan.rounds[0])
    assert rate(server, me["secret"], plan.rounds[0].initiatives[0])[0] == 409
    assert api(server, "GET", "status")[2]["state"] == "revealed" and taken == []


def test_wrong_room_codes_lead_to_429_and_the_right_one_gives_the_token(served):
    """The right code gives the token; after five wrong ones from this address even the right one is a 429."""
    _, server, _ = served
    assert call(server, "POST", "/api/enter", {"code": server.room_code})[2] == {"token": server.room.token}
    wrong = "000000" if server.room_code != "000000" else "111111"
    statuses = [call(server, "POST", "/api/enter", {"code": wrong})[0] for _ in range(WRONG_PER_ADDRESS + 1)]
    assert statuses == [403] * WRONG_PER_ADDRESS + [429]
    assert call(server, "POST", "/api/enter", {"code": server.room_code})[0] == 429


@pytest.mark.parametrize("path", ["/static/../pyproject.toml", "/static/%2e%2e/pyproject.toml",
                                  "/static/..%2fpyproject.toml", "/static/__init__.py", "/static/",
                                  "/static/index.html", "/resources/workshop/app.js", "/static/app.js/",
                                  "/j/", "/planner/model.py", "/%2e%2e/pyproject.toml"])
def test_nothing_outside_the_page_files_is_served(served, path):
    """Paths that try to climb out of the page's folder, or name any other file, are 404."""
    _, server, _ = served
    status, _, answer = call(server, "GET", path)
    assert status == 404 and b"[project]" not in json.dumps(answer).encode()


def test_the_page_and_its_files_come_with_the_security_headers(served):
    """The page, its script and style are served with a content security policy that forbids inline script."""
    _, server, _ = served
    for path, kind in [("/", "text/html"), (f"/j/{server.room.token}", "text/html"),
                       ("/static/app.js", "text/javascript"), ("/static/style.css", "text/css")]:
        status, head, payload = call(server, "GET", path)
        assert status == 200 and head["Content-Type"].startswith(kind)
        assert "default-src 'self'" in head["Content-Security-Policy"]
        assert "unsafe-inline" not in head["Content-Security-Policy"]
        assert head["X-Content-Type-Options"] == "nosniff" and head["Referrer-Policy"] == "no-referrer"
    assert call(server, "GET", "/j/wrong-token")[0] == 404


def test_the_page_puts_every_text_in_as_text_never_as_markup():
    """No inline script or style in the page; the script writes text only with textContent."""
    html = (PAGE / "index.html").read_text()
    script = (PAGE / "app.js").read_text()
    assert all('src="' in tag for tag in re.findall(r"<script[^>]*>", html))
    assert not re.search(r"<script[^>]*>\s*[^<\s]", html) and not re.search(r"\s(style|on[a-z]+)=", html)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script
    assert "textContent" in script


def test_stop_closes_the_port_and_may_be_called_twice():
    """After stop() nothing answers on the port and a new server can take it at once; a second stop() does nothing."""
    plan = round_plan()
    server = WorkshopServer(plan, "r1", "127.0.0.1", 0)
    server.start()
    port = server.port
    join(server)
    server.stop()
    server.stop()
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    again = WorkshopServer(plan, "r1", "127.0.0.1", port)
    again.start()
    assert join(again)["participant"] == "p1"
    again.stop()


def test_a_port_in_use_is_one_sentence():
    """Starting on a port another program holds raises OSError saying so in one sentence."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        server = WorkshopServer(round_plan(), "r1", "127.0.0.1", port)
        with pytest.raises(OSError) as e:
            server.start()
    assert str(e.value) == f"Port {port} on 127.0.0.1 is in use already; choose another port."
    server.stop()


def test_network_interfaces_end_with_loopback():
    """The interfaces are IPv4 addresses with labels, the loopback one last."""
    found = network_interfaces()
    assert found[-1] == ("loopback", "127.0.0.1")
    assert all(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", address) and label for label, address in found)
    assert all(not address.startswith("127.") for _, address in found[:-1])


def test_an_address_this_computer_does_not_have_is_one_sentence():
    """Serving on an interface the computer lacks says so, naming the address."""
    server = WorkshopServer(round_plan(), "r1", "198.51.100.7", 0)
    with pytest.raises(OSError) as e:
        server.start()
    assert str(e.value) == "This computer has no network address 198.51.100.7; choose one of its interfaces."


def test_a_retired_server_tells_the_reveal_refuses_ratings_then_closes_the_port(served):
    """retire(): status and round answer "revealed" for the grace period, a rating is a 409 sentence, then nothing listens."""
    plan, server, taken = served
    me = join(server)
    round_ = plan.rounds[0]
    round_.state = "revealed"
    server.retire(round_, grace=1.0)
    assert api(server, "GET", "status")[2]["state"] == "revealed"
    assert api(server, "GET", "round", secret=me["secret"])[2]["state"] == "revealed"
    status, answer = rate(server, me["secret"], round_.initiatives[0])
    assert status == 409 and answer["error"] == "The round is revealed: it takes no more ratings; look at the wall."
    assert taken == [] and server.serving
    deadline = time.monotonic() + 5
    while server.serving and time.monotonic() < deadline:
        time.sleep(0.05)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.short_address + "/", timeout=2)
    server.stop()  # after it stopped by itself: returns at once
