"""The participant page in a real browser as the round moves on: a reveal seen, the laptop lost, a re-vote asked afresh."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from planner.document import Document
from planner.model import Initiative, Plan, Round
from planner.round_edits import AddRound, AddVotes, SetRoundState, find_round

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from planner.workshop.server import WorkshopServer

WAIT = 20  # seconds: the page polls every 3 s and says the laptop is lost after three polls unanswered


@pytest.fixture
def phone():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Chromium and its WebDriver are not installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 360, "height": 640,
                                                                          "pixelRatio": 2}})
    try:
        browser = webdriver.Chrome(options=options, service=Service(driver))
    except WebDriverException as e:
        pytest.skip(f"Chromium did not start: {e.msg or e}")
    yield browser
    browser.quit()


class Wall:
    """The facilitator's side: a plan with a round, the real server, votes applied as they arrive."""

    def __init__(self):
        items = [Initiative("portal", "Self-service portal"), Initiative("payroll", "Payroll workflow")]
        self.document = Document(Plan(title="Workshop", initiatives=items))
        self.document.apply(AddRound(Round("r1", "Spring", Plan().start, ["portal", "payroll"], ["benefit"],
                                           anonymous=True)))
        self.lock = threading.Lock()
        self.server = WorkshopServer(self.document.plan, "r1", host="127.0.0.1", on_votes=self.take)

    def take(self, round_id, votes, participants):
        with self.lock:
            self.document.apply(AddVotes(round_id, votes, participants))

    @property
    def round(self) -> Round:
        return find_round(self.document.plan, "r1")

    def move(self, state: str, revote=(), grace: float | None = None) -> None:
        with self.lock:
            self.document.apply(SetRoundState("r1", state, revote=tuple(revote)))
        if grace is None:
            self.server.update(self.round)
        else:
            self.server.retire(self.round, grace)


@pytest.fixture
def wall():
    made = Wall()
    made.server.start()
    yield made
    made.server.stop()


def until(browser, test):
    return WebDriverWait(browser, WAIT).until(lambda b: test(b))


def text(browser, element_id: str) -> str:
    element = browser.find_element(By.ID, element_id)
    return element.text if element.is_displayed() else ""


def join_and_rate(phone, wall, value: str) -> None:
    phone.get(wall.server.address)
    until(phone, lambda b: b.find_element(By.ID, "join").is_displayed())
    phone.find_element(By.ID, "join-button").click()
    until(phone, lambda b: b.find_element(By.ID, "rate").is_displayed())
    tap(phone, value)
    until(phone, lambda b: len(wall.round.votes) == 1)


def tap(phone, value: str) -> None:
    button = next(b for b in phone.find_elements(By.CSS_SELECTOR, "#criteria button.choice") if b.text == value)
    phone.execute_script("arguments[0].click()", button)


def offline(phone, cut: bool) -> None:
    phone.set_network_conditions(offline=cut, latency=0, download_throughput=-1, upload_throughput=-1)


def outbox(phone) -> list:
    return phone.execute_script("return JSON.parse(localStorage.getItem('bep-workshop:outbox') || '[]')")


def test_a_phone_cut_off_says_so_and_a_reveal_drops_what_it_could_not_send(phone, wall):
    """Unanswered polls: "Lost the connection…"; back during the reveal's grace: the thank-you page, the held rating gone."""
    join_and_rate(phone, wall, "4")
    offline(phone, True)
    tap(phone, "2")
    until(phone, lambda b: text(b, "lost").startswith("Lost the connection to the facilitator's laptop."))
    assert "Not sent yet" in text(phone, "sync") and len(outbox(phone)) == 1
    wall.move("revealed", grace=WAIT)
    offline(phone, False)
    until(phone, lambda b: b.find_element(By.ID, "done").is_displayed())
    assert text(phone, "done-text") == ("The round is revealed: look at the wall. "
                                        "1 rating not sent in time did not count.")
    assert text(phone, "lost") == "" and outbox(phone) == []
    assert [v.value for v in wall.round.votes] == [4]


def pressed(phone) -> list[str]:
    return [b.text for b in phone.find_elements(By.CSS_SELECTOR, "#criteria button.choice")
            if b.get_attribute("aria-pressed") == "true"]


def test_a_tap_held_back_over_a_reveal_is_not_the_revote_and_shows_no_choice(phone, wall):
    """Tapped while cut off, then revealed and re-opened: the held rating is refused, the re-opened initiative blank."""
    join_and_rate(phone, wall, "4")
    offline(phone, True)
    tap(phone, "2")
    until(phone, lambda b: "Not sent yet" in text(b, "sync"))
    wall.move("revealed")
    wall.move("collecting", revote=["portal"])
    offline(phone, False)
    until(phone, lambda b: text(b, "revote-note") != "" and outbox(b) == [])
    until(phone, lambda b: pressed(b) == [] and "Sending" not in text(b, "sync"))
    assert [v.value for v in wall.round.votes] == [4]
    tap(phone, "3")  # the re-vote itself counts
    until(phone, lambda b: len(wall.round.votes) == 2)
    assert wall.round.votes[-1].value == 3 and pressed(phone) == ["3"]


def test_ratings_the_laptop_lost_in_a_crash_are_sent_again_when_it_serves_the_round_again(phone, wall):
    """A rating taken but missing from the round served again after a crash is sent once more by the phone."""
    join_and_rate(phone, wall, "4")
    port = wall.server.port  # the same port: the phone keeps what it knows per address and port
    wall.server.stop()
    with wall.lock:  # the recovery copy held the participant but not yet their rating
        del wall.round.votes[:]
    again = WorkshopServer(wall.document.plan, "r1", host="127.0.0.1", port=port, on_votes=wall.take)
    again.start()
    try:
        phone.get(again.address)  # the wall shows the new code; the phone scans it
        until(phone, lambda b: len(wall.round.votes) == 1)
        assert [(v.participant, v.initiative, v.value) for v in wall.round.votes] == [("p1", "portal", 4)]
        time.sleep(4)  # another poll: sent once, not again and again
        assert len(wall.round.votes) == 1
    finally:
        again.stop()
