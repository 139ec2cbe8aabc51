"""The participant page's layout on small phones: whole names, readable scale, navigation that covers nothing."""

from __future__ import annotations

import pytest

from planner.document import Document
from planner.model import Initiative, Plan, Round
from planner.round_edits import AddRound, AddVotes
from tests.web.test_participant_page import SMALLEST_TARGET, phone_browser, shown, tap

from selenium.webdriver.common.by import By

from planner.workshop.server import WorkshopServer

ROUND = "Spring priorities workshop 2026"
NAME = "Anna-Katharina Oberhausen"
LONG = ("Two short workshops with management to tie social media goals to our value discipline "
        "(customer intimacy), kept to weekly check-ins afterwards so the goals stay alive and measurable "
        "through the whole year, with a review in the autumn.")


@pytest.fixture(scope="module")
def server():
    items = [Initiative("goals", "Goals & ambition workshops", description=LONG),
             Initiative("short", "Payroll workflow", description="Short one.")]
    items += [Initiative(f"i{k}", f"Initiative number {k} with a longer title") for k in range(6)]
    document = Document(Plan(title="Workshop", initiatives=items))
    document.apply(AddRound(Round("r1", ROUND, Plan().start, [i.id for i in items],
                                  ["benefit", "technical_effort", "organisational_effort"], anonymous=False)))
    made = WorkshopServer(document.plan, "r1", host="127.0.0.1",
                          on_votes=lambda r, votes, people: document.apply(AddVotes(r, votes, people)))
    made.start()
    yield made
    made.stop()


def joined(server, width: int, height: int):
    """A fresh phone of that size, joined by name and showing the first initiative."""
    browser = phone_browser(width, height)
    browser.get(server.address)
    shown(browser, "join").find_element(By.ID, "name").send_keys(NAME)
    tap(browser, browser.find_element(By.ID, "join-button"))
    shown(browser, "rate")
    return browser


@pytest.fixture(scope="module")
def phone(server):
    browser = joined(server, 360, 640)
    yield browser
    browser.quit()


UNCOVERED = """
const el = arguments[0];
el.scrollIntoView({block: arguments[1]});
const r = el.getBoundingClientRect();
const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
return hit !== null && el.contains(hit);
"""


@pytest.mark.parametrize("size", [(320, 568), (360, 640)])
def test_every_button_can_be_tapped_above_the_navigation_stuck_to_the_bottom(server, size):
    """Scrolled to the bottom edge, every choice still lies clear of the sticky navigation; none is small."""
    browser = joined(server, *size)
    try:
        buttons = [b for b in browser.find_elements(By.CSS_SELECTOR, "#rate button") if b.is_displayed()]
        assert len(buttons) == 3 * 10 + 4  # three criteria, the description's More, the navigation
        for button in buttons:
            assert min(button.rect["width"], button.rect["height"]) >= SMALLEST_TARGET, button.text
            for block in ("end", "start"):
                assert browser.execute_script(UNCOVERED, button, block), f"{button.text!r} covered ({block})"
        assert browser.execute_script("return document.documentElement.scrollWidth <= innerWidth")
        nav = browser.find_element(By.CSS_SELECTOR, "nav.steps")
        browser.execute_script("scrollTo(0, 0)")
        assert nav.rect["y"] + nav.rect["height"] <= browser.execute_script("return innerHeight") + 1  # in sight
    finally:
        browser.quit()


def test_the_round_and_the_participant_names_are_shown_whole(phone):
    """Neither name in the top bar is cut short: they wrap instead."""
    for part in ("round-name", "who"):
        element = phone.find_element(By.ID, part)
        assert phone.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", element)
    assert phone.find_element(By.ID, "round-name").text == ROUND
    assert phone.find_element(By.ID, "who").text.startswith(NAME)  # "(2)" and on for a second Anna


def test_a_long_description_opens_with_more_and_a_short_one_has_no_button(phone):
    """More shows the whole description and Less folds it again; a description that fits gets no button."""
    description, more = phone.find_element(By.ID, "description"), phone.find_element(By.ID, "description-more")
    folded = description.rect["height"]
    tap(phone, more)
    assert description.rect["height"] > folded and more.text == "Less"
    assert phone.execute_script("return arguments[0].scrollHeight <= arguments[0].clientHeight", description)
    tap(phone, more)
    assert description.rect["height"] == folded and more.text == "More"
    tap(phone, phone.find_element(By.ID, "next"))
    assert phone.find_element(By.ID, "title").text == "Payroll workflow"
    assert not more.is_displayed()
    tap(phone, phone.find_element(By.ID, "previous"))


def test_the_scale_reads_low_to_high_from_left_to_right_with_its_ends_named(phone):
    """Each step sits right of the one below it, and the words under the scale say which end is high."""
    for group in phone.find_elements(By.CSS_SELECTOR, "#criteria fieldset"):
        steps = [b for b in group.find_elements(By.CSS_SELECTOR, "button.choice") if b.text != "Don't know"]
        centres = [b.rect["x"] + b.rect["width"] / 2 for b in steps]
        assert [float(b.text) for b in steps] == [1 + k / 2 for k in range(9)]
        assert centres == sorted(centres) and len(set(centres)) == len(centres)
    ends = [e.text for e in phone.find_elements(By.CSS_SELECTOR, "#criteria .ends")]
    assert ends == ["1 = low benefit\n5 = high benefit"] + ["1 = little effort\n5 = much effort"] * 2


def test_all_shows_the_list_in_place_of_the_card_and_a_tap_goes_back(phone):
    """The list appears where the card was, in sight, and choosing from it brings the card back."""
    phone.execute_script("scrollTo(0, document.documentElement.scrollHeight)")
    tap(phone, phone.find_element(By.ID, "list-button"))
    listed = phone.find_element(By.ID, "list")
    assert listed.is_displayed() and not phone.find_element(By.ID, "card").is_displayed()
    assert 0 <= phone.execute_script("return arguments[0].getBoundingClientRect().top", listed) < 200
    tap(phone, listed.find_elements(By.CSS_SELECTOR, "button.jump")[2])
    assert phone.find_element(By.ID, "card").is_displayed() and not listed.is_displayed()
    assert phone.find_element(By.ID, "title").text == "Initiative number 0 with a longer title"
