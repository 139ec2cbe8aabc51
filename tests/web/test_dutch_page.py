"""The participant page on a phone set to Dutch: every screen in Dutch, none of the English left, nothing cut."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from planner.document import Document
from planner.model import Initiative, Plan, Round
from planner.round_edits import AddRound, AddVotes, SetRoundState, find_round

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from planner.workshop.server import WorkshopServer
from tests.web.test_participant_page import PHONE, PHONE_AGENT, WAIT, choices, rate, sent, shown, tap

STRINGS = Path(__file__).resolve().parents[2] / "resources" / "workshop" / "strings.js"
# The server's English sentences the page must not show on a Dutch phone.
ENGLISH_REFUSALS = ["That is not the room code shown on the wall.", "it takes no more ratings"]
SHOTS = os.environ.get("BEP_SHOTS")  # a folder for the screenshots a person looks at, when set


def english_texts() -> list[str]:
    """The English table's texts, split at their {placeholders} into the fixed words around them."""
    table = STRINGS.read_text(encoding="utf-8").split("const EN = {", 1)[1].split("};", 1)[0]
    texts = [v.replace('\\"', '"') for v in re.findall(r'\w+: "((?:[^"\\]|\\.)*)"', table)]
    parts = {p.strip(" .=") for text in texts for p in re.split(r"\{\w+\}", text)}
    return sorted(p for p in parts if re.search(r"[A-Za-z]{3}", p))


def dutch_phone():
    """Headless Chromium emulating a 360×640 phone whose language is Dutch, or a skip saying what is missing."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Chromium and its WebDriver are not installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--lang=nl-NL"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {**PHONE, "width": 360, "height": 640}, "userAgent": PHONE_AGENT})
    try:
        return webdriver.Chrome(options=options, service=Service(driver))
    except WebDriverException as e:
        pytest.skip(f"Chromium did not start: {e.msg or e}")


@pytest.fixture
def room():
    items = [Initiative("portal", "Selfserviceportaal voor klanten", description="Klanten wijzigen zelf hun gegevens."),
             Initiative("payroll", "Salarisadministratie")]
    document = Document(Plan(title="Workshop", initiatives=items))
    document.apply(AddRound(Round("r1", "Prioriteiten voorjaar", Plan().start, [i.id for i in items],
                                  ["benefit", "technical_effort", "organisational_effort"], anonymous=False)))
    server = WorkshopServer(document.plan, "r1", host="127.0.0.1",
                            on_votes=lambda r, votes, people: document.apply(AddVotes(r, votes, people)))
    server.start()
    yield document, server
    server.stop()


def screen(browser, name: str, *dutch: str) -> str:
    """The visible text: it holds the Dutch texts, no English text of the page, and nothing runs off the screen."""
    text = browser.execute_script("return document.body.innerText")
    for words in dutch:
        assert words in text, (words, text)
    for words in english_texts() + ENGLISH_REFUSALS:
        assert not re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text), (words, text)
    assert browser.execute_script("return document.documentElement.scrollWidth <= innerWidth")
    cut = browser.execute_script("return [...document.querySelectorAll('button, label, legend, h1, p, span')]"
                                 ".filter(e => e.offsetParent && e.scrollWidth > e.clientWidth + 1)"
                                 ".map(e => e.textContent)")
    assert cut == [], cut
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(SHOTS) / f"nl-{name}.png"))
    return text


def test_a_dutch_phone_joins_rates_and_sees_the_reveal_all_in_dutch(room):
    """Room code (a wrong one first), name, the three criteria rated, then the reveal: Dutch on every screen."""
    document, server = room
    phone = dutch_phone()
    try:
        phone.get(server.short_address)
        code = shown(phone, "enter").find_element(By.ID, "code")
        assert phone.execute_script("return document.documentElement.lang") == "nl"
        wrong = f"{(int(server.room_code) + 1) % 10 ** 6:06d}"
        code.send_keys(wrong)
        tap(phone, phone.find_element(By.CSS_SELECTOR, "#enter-form button[type=submit]"))
        WebDriverWait(phone, WAIT).until(lambda b: b.find_element(By.ID, "enter-error").is_displayed())
        screen(phone, "code", "Doe mee met de workshop", "Sessiecode", "Verder",
               "Dat is niet de code die op het scherm staat.")

        code.clear()
        code.send_keys(server.room_code)
        tap(phone, phone.find_element(By.CSS_SELECTOR, "#enter-form button[type=submit]"))
        shown(phone, "join").find_element(By.ID, "name").send_keys("Anouk")
        screen(phone, "name", "Prioriteiten voorjaar", "Je naam", "Meedoen met mijn naam", "Anoniem meedoen",
               "Niemand ziet de beoordelingen")
        tap(phone, phone.find_element(By.ID, "join-button"))

        shown(phone, "rate")
        rate(phone, 0, "4")
        rate(phone, 1, "Weet ik niet")
        rate(phone, 2, "2")
        sent(phone)
        screen(phone, "rating", "Baat", "Technische inspanning", "Organisatorische inspanning", "Weet ik niet",
               "1 = weinig baat", "5 = veel baat", "1 = weinig inspanning", "5 = veel inspanning",
               "1 van 2", "‹ Vorige", "Volgende ›", "alle", "Nog 1 te beoordelen.")
        assert len(choices(phone, 2)) == 10 and "2,5" in [b.text for b in choices(phone, 2)]
        phone.execute_script("scrollTo(0, 0)")
        screen(phone, "rating-top", "Prioriteiten voorjaar", "Anouk", "Selfserviceportaal voor klanten", "Baat")
        tap(phone, phone.find_element(By.ID, "next"))
        assert phone.find_element(By.ID, "next").text == "Overzicht"

        document.apply(SetRoundState("r1", "revealed"))
        server.update(find_round(document.plan, "r1"))
        shown(phone, "done")
        screen(phone, "thanks", "Bedankt!", "De uitkomst staat op het scherm")
        assert [p.name for p in find_round(document.plan, "r1").participants] == ["Anouk"]
    finally:
        phone.quit()
