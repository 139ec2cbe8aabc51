"""``benefit-planner-cli workshop``: a headless round, rated over HTTP, stopped by a signal, with its votes saved."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from planner.formats import plan_file
from planner.model import Round
from planner.round_edits import AddRound, SetRoundState
from planner.samples import sample_plan
from tests.cli_run import run


def post(url, body, secret=None):
    headers = {"Content-Type": "application/json", **({"X-Participant": secret} if secret else {})}
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.loads(r.read())


def started(plan_path, *args):
    """The workshop command running in its own process, and what it printed before serving."""
    process = subprocess.Popen([sys.executable, "-m", "planner", "workshop", str(plan_path), *args],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=os.environ)
    printed = {}
    for line in process.stdout:
        key, _, value = line.partition(": ")
        printed[key] = value.strip()
        if key == "room code":
            return process, printed
    process.kill()
    pytest.fail(f"the workshop did not start: {process.stderr.read()}")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_headless_round_saves_votes_as_they_arrive_and_stops_on_a_signal(tmp_path, stop):
    """--new starts a round; votes over HTTP reach the plan file; SIGINT or SIGTERM stop it with everything saved."""
    path = tmp_path / "plan.bep"
    plan_file.save(sample_plan(), path)
    process, printed = started(path, "--round", "Kick-off", "--new", "--host", "127.0.0.1", "--port", "0")
    try:
        short = printed["short address"]
        token = post(short + "/api/enter", {"code": printed["room code"]})["token"]
        assert printed["address"] == f"{short}/j/{token}"
        me = post(f"{short}/api/{token}/join", {"name": "Anna"})
        items = [i.id for i in sample_plan().initiatives[:3]]
        for n, item in enumerate(items):
            post(f"{short}/api/{token}/rate", {"initiative": item, "criterion": "benefit", "value": n + 2,
                                               "request": f"request-{n}"}, me["secret"])
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "stopped: 3 votes taken" in out and err == ""
    round_ = plan_file.load(path).rounds[0]
    assert (round_.name, round_.state, round_.anonymous) == ("Kick-off", "collecting", False)
    assert [(v.participant, v.initiative, v.value) for v in round_.votes] == \
        [("p1", item, n + 2) for n, item in enumerate(items)]
    assert round_.participants[0].name == "Anna" and me["secret"] not in path.read_text()
    assert len(round_.participants[0].key) == 64


def test_a_missing_or_finished_round_and_a_port_in_use_are_one_line(tmp_path, capsys):
    """No such round, a revealed round, or a busy port: exit 1 with one line, the plan unchanged."""
    plan = sample_plan()
    AddRound(Round("r1", "Done", dt.date(2027, 3, 1), [plan.initiatives[0].id], ["benefit"])).apply(plan)
    SetRoundState("r1", "revealed").apply(plan)
    AddRound(Round("r2", "Open", dt.date(2027, 3, 1), [plan.initiatives[0].id], ["benefit"])).apply(plan)
    path = tmp_path / "plan.bep"
    plan_file.save(plan, path)
    before = path.read_bytes()
    status, _, err = run(capsys, "workshop", path, "--round", "Nope")
    assert status == 1 and err == f"error: {path}: the plan has no round ‘Nope’; start it in the planner " \
                                  f"or add --new to start one on all initiatives\n"
    status, _, err = run(capsys, "workshop", path, "--round", "Done")
    assert status == 1 and err.count("\n") == 1 and "round ‘Done’ is revealed, not collecting votes" in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        status, out, err = run(capsys, "workshop", path, "--round", "Open", "--host", "127.0.0.1", "--port", port)
    assert status == 1 and err == f"error: Port {port} on 127.0.0.1 is in use already; choose another port.\n"
    assert out == "" and path.read_bytes() == before
    status, _, err = run(capsys, "workshop", path, "--round", "Open", "--port", "70000")
    assert status == 2 and "70000: a port is a number from 0 to 65535" in err


def test_typing_reveal_tells_the_phones_refuses_ratings_saves_the_plan_and_then_stops(tmp_path):
    """"reveal" on the terminal: status says revealed during the grace period, a rating is a 409, the file is revealed."""
    path = tmp_path / "plan.bep"
    plan_file.save(sample_plan(), path)
    process, printed = started(path, "--round", "Kick-off", "--new", "--host", "127.0.0.1", "--port", "0")
    try:
        api = f"{printed['short address']}/api/{printed['address'].rsplit('/', 1)[1]}"
        me = post(f"{api}/join", {"name": "Anna"})
        item = sample_plan().initiatives[0].id
        post(f"{api}/rate", {"initiative": item, "criterion": "benefit", "value": 4, "request": "request-1"},
             me["secret"])
        process.stdin.write("reveal\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("votes are saved into")
        told = process.stdout.readline()
        assert told.startswith("round ‘Kick-off’ is revealed, saved; phones are told for 10 seconds")
        with urllib.request.urlopen(f"{api}/status", timeout=10) as r:
            assert json.loads(r.read())["state"] == "revealed"
        with pytest.raises(urllib.error.HTTPError) as refused:
            post(f"{api}/rate", {"initiative": item, "criterion": "benefit", "value": 2, "request": "request-2"},
                 me["secret"])
        assert refused.value.code == 409
        round_ = plan_file.load(path).rounds[0]
        assert round_.state == "revealed" and [v.value for v in round_.votes] == [4]
    finally:
        process.send_signal(signal.SIGINT)  # cuts the grace period short
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0 and err == "" and "stopped: 1 votes taken" in out
    assert plan_file.load(path).rounds[0].state == "revealed"
