"""The workshop's participant page in a real browser: Debian's Chromium, through Selenium, at a phone's size."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from planner.document import Document
from planner.model import Initiative, Plan, Round
from planner.round_edits import AddRound, AddVotes, SetRoundState, find_round

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from planner.workshop.server import WorkshopServer

PHONE = {"width": 390, "height": 844, "pixelRatio": 2, "touch": True}
PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"
HOSTILE = "<script>alert(1)</script>"
WAIT = 10  # seconds; the page asks for the round's state every 3 s
SMALLEST_TARGET = 44  # CSS pixels: the smallest comfortable touch target (WCAG 2.5.5, Apple's HIG)


def phone_browser(width: int = PHONE["width"], height: int = PHONE["height"]):
    """Headless Chromium emulating a phone, or a skip saying what is missing."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Chromium and its WebDriver are not installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {**PHONE, "width": width, "height": height}, "userAgent": PHONE_AGENT})
    try:
        return webdriver.Chrome(options=options, service=Service(driver))
    except WebDriverException as e:
        pytest.skip(f"Chromium did not start: {e.msg or e}")


@pytest.fixture(scope="module")
def phone():
    browser = phone_browser()
    yield browser
    browser.quit()


class Wall:
    """The facilitator's side: a plan with a round, the real server, and the votes applied as they arrive."""

    def __init__(self, anonymous: bool):
        items = [Initiative("portal", "Self-service portal", description="Customers change their own details."),
                 Initiative("hostile", HOSTILE), Initiative("payroll", "Payroll workflow")]
        self.document = Document(Plan(title="Workshop", initiatives=items))
        self.document.apply(AddRound(Round("r1", "Spring priorities", Plan().start, [i.id for i in items],
                                           ["benefit", "technical_effort"], anonymous=anonymous)))
        self.arrived: list = []
        self.lock = threading.Lock()
        self.server = WorkshopServer(self.document.plan, "r1", host="127.0.0.1", on_votes=self.take)

    def take(self, round_id, votes, participants):  # on the server's thread; the test reads once they arrived
        with self.lock:
            self.document.apply(AddVotes(round_id, votes, participants))
            self.arrived.extend(votes)

    @property
    def round(self) -> Round:
        return find_round(self.document.plan, "r1")

    def counting(self) -> dict:
        with self.lock:
            return {(v.initiative, v.criterion): v.value for v in self.arrived}

    def wait_for_votes(self, count: int) -> None:
        deadline = time.monotonic() + WAIT
        while len(self.arrived) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.arrived) == count

    def move_round(self, state: str) -> None:
        with self.lock:
            self.document.apply(SetRoundState("r1", state))
        self.server.update(self.round)


@pytest.fixture
def wall(request):
    made = Wall(anonymous=request.param)
    made.server.start()
    yield made
    made.server.stop()


def tap(browser, element) -> None:
    """Touch ``element`` with a finger, as a phone does (after scrolling it into view)."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    finger = PointerInput(interaction.POINTER_TOUCH, "finger")
    actions = ActionBuilder(browser, mouse=finger)
    actions.pointer_action.move_to(element).pointer_down().pointer_up()
    actions.perform()


def shown(browser, section: str):
    return WebDriverWait(browser, WAIT).until(lambda b: b.find_element(By.ID, section).is_displayed()
                                              and b.find_element(By.ID, section))


def choices(browser, criterion: int) -> list:
    return browser.find_elements(By.CSS_SELECTOR, f"#criteria fieldset:nth-of-type({criterion + 1}) button.choice")


def rate(browser, criterion: int, text: str) -> None:
    tap(browser, next(b for b in choices(browser, criterion) if b.text == text))
    WebDriverWait(browser, WAIT).until(lambda b: pressed(b)[criterion] == text)  # the page redraws


def pressed(browser) -> list[str]:
    """The value chosen for each criterion on the initiative shown."""
    return [next((b.text for b in choices(browser, k) if b.get_attribute("aria-pressed") == "true"), "")
            for k in range(len(browser.find_elements(By.CSS_SELECTOR, "#criteria fieldset")))]


def sent(browser) -> None:
    WebDriverWait(browser, WAIT).until(lambda b: "Sending" not in b.find_element(By.ID, "sync").text)


@pytest.mark.parametrize("wall", [False], indirect=True)
def test_a_phone_joins_by_room_code_rates_changes_reloads_and_sees_the_reveal(phone, wall):
    """Room code on the short address, a name, taps on the scale, one change, a reload, then the reveal."""
    phone.get(wall.server.short_address)
    code = shown(phone, "enter").find_element(By.ID, "code")
    code.send_keys(wall.server.room_code)
    tap(phone, phone.find_element(By.CSS_SELECTOR, "#enter-form button[type=submit]"))
    shown(phone, "join").find_element(By.ID, "name").send_keys("Anna")
    tap(phone, phone.find_element(By.ID, "join-button"))

    shown(phone, "rate")
    assert phone.find_element(By.ID, "who").text == "Anna"
    targets = choices(phone, 0) + choices(phone, 1)
    assert len(targets) == 2 * 10  # 1 to 5 in steps of 0.5, and "don't know"
    assert min(min(b.rect["width"], b.rect["height"]) for b in targets) >= SMALLEST_TARGET
    assert phone.execute_script("return document.documentElement.scrollWidth <= innerWidth")
    for benefit, effort in (("4", "2"), ("3", "Don't know"), ("5", "1.5")):
        rate(phone, 0, benefit)
        rate(phone, 1, effort)
        tap(phone, phone.find_element(By.ID, "next"))  # on the last one: the overview
    assert phone.find_element(By.ID, "list").is_displayed()
    tap(phone, phone.find_element(By.ID, "previous"))
    assert phone.find_element(By.ID, "title").text == HOSTILE
    rate(phone, 0, "2.5")  # changed before the reveal
    sent(phone)
    wall.wait_for_votes(7)
    assert wall.counting() == {("portal", "benefit"): 4, ("portal", "technical_effort"): 2,
                               ("hostile", "benefit"): 2.5, ("hostile", "technical_effort"): None,
                               ("payroll", "benefit"): 5, ("payroll", "technical_effort"): 1.5}
    assert [p.name for p in wall.round.participants] == ["Anna"]

    phone.refresh()  # the phone's ratings come back from the server
    shown(phone, "rate")
    assert pressed(phone) == ["4", "2"]
    tap(phone, phone.find_element(By.ID, "next"))
    assert pressed(phone) == ["2.5", "Don't know"]
    assert len(wall.round.participants) == 1  # the same participant, not a second one

    wall.move_round("revealed")
    assert "revealed" in shown(phone, "done").text
    assert len(wall.round.votes) == 7


@pytest.mark.parametrize("wall", [True], indirect=True)
def test_an_anonymous_phone_joins_by_the_address_and_sees_a_script_title_as_text(phone, wall):
    """The QR code's address joins without a name; a title written as markup stays text; the round closes."""
    phone.get(wall.server.address)
    shown(phone, "join")
    assert not phone.find_element(By.ID, "name").is_displayed()
    tap(phone, phone.find_element(By.ID, "join-button"))
    shown(phone, "rate")
    assert phone.find_element(By.ID, "who").text == "Participant 1"
    rate(phone, 0, "3.5")
    tap(phone, phone.find_element(By.ID, "next"))

    title = phone.find_element(By.ID, "title")
    assert title.text == HOSTILE
    assert phone.execute_script("return document.getElementById('title').children.length") == 0
    tap(phone, phone.find_element(By.ID, "list-button"))
    assert HOSTILE in phone.find_element(By.ID, "list").text
    assert not phone.execute_script("return [...document.scripts].some(s => s.textContent.includes('alert('))")
    with pytest.raises(NoAlertPresentException):
        phone.switch_to.alert.text  # noqa: B018 - reading it is what raises when none is open

    sent(phone)
    wall.wait_for_votes(1)
    assert [p.name for p in wall.round.participants] == [""]
    wall.move_round("closed")
    assert "closed" in shown(phone, "done").text
