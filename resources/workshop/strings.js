// The participant page's texts in English and Dutch. The phone's languages decide: the first
// one that is Dutch or English wins (a Belgian phone set to nl-BE gets Dutch), English otherwise.
"use strict";

window.pageText = (function () {
  const EN = {
    title: "Workshop round", loading: "Loading…", enterTitle: "Join the workshop",
    codeLabel: "Room code, as shown on the wall", enter: "Enter", yourName: "Your name",
    privateNote: "Rate each initiative on your own. Nobody sees the ratings until the facilitator reveals them.",
    anonymousNote: "This round is anonymous: nobody sees who rated what.",
    startRating: "Start rating", joinWithName: "Join with my name", stayAnonymous: "Stay anonymous",
    revoteNote: "The facilitator re-opened some initiatives: rate them again.",
    more: "More", less: "Less", locked: "This initiative is not open for rating now.",
    previous: "‹ Previous", next: "Next ›", overview: "Overview", all: "all", back: "back",
    position: "{n} of {total}", doneTitle: "Thank you!", failedTitle: "Cannot open the round",
    toCode: "Type the room code", dontKnow: "Don't know", participant: "Participant {n}",
    unreachable: "The phone cannot reach the facilitator's laptop.",
    sixDigits: "The room code has six digits.", tryAgain: "That did not work; try again.",
    cannotReach: "The round cannot be reached.",
    low: "{v} = low {what}", high: "{v} = high {what}",
    littleEffort: "{v} = little effort", muchEffort: "{v} = much effort",
    left: "{n} left to rate.", allRated: "All rated. You can change a rating until the round is revealed.",
    notSent: "Not sent yet: the phone will keep trying.", sending: "Sending…",
    revealed: "The round is revealed: look at the wall.", closed: "The round is closed: look at the wall.",
    droppedOne: "1 rating not sent in time did not count.",
    droppedMany: "{n} ratings not sent in time did not count.",
    lost: "Lost the connection to the facilitator's laptop. Your ratings wait on this phone until it answers again.",
    benefit: "Benefit", technical_effort: "Technical effort", organisational_effort: "Organisational effort",
  };

  const NL = {
    title: "Workshopronde", loading: "Even laden…", enterTitle: "Doe mee met de workshop",
    codeLabel: "Sessiecode, zoals op het scherm", enter: "Verder", yourName: "Je naam",
    privateNote: "Beoordeel elk initiatief voor jezelf. Niemand ziet de beoordelingen tot de facilitator ze laat zien.",
    anonymousNote: "Deze ronde is anoniem: niemand ziet wie wat heeft beoordeeld.",
    startRating: "Beginnen met beoordelen", joinWithName: "Meedoen met mijn naam", stayAnonymous: "Anoniem meedoen",
    revoteNote: "De facilitator heeft een paar initiatieven heropend: beoordeel ze opnieuw.",
    more: "Meer", less: "Minder", locked: "Dit initiatief staat nu niet open voor beoordeling.",
    previous: "‹ Vorige", next: "Volgende ›", overview: "Overzicht", all: "alle", back: "terug",
    position: "{n} van {total}", doneTitle: "Bedankt!", failedTitle: "De ronde gaat niet open",
    toCode: "Code intypen", dontKnow: "Weet ik niet", participant: "Deelnemer {n}",
    unreachable: "De telefoon kan de laptop van de facilitator niet bereiken.",
    sixDigits: "De sessiecode heeft zes cijfers.", tryAgain: "Dat lukte niet; probeer het nog eens.",
    cannotReach: "De ronde is niet bereikbaar.",
    low: "{v} = weinig {what}", high: "{v} = veel {what}",
    littleEffort: "{v} = weinig inspanning", muchEffort: "{v} = veel inspanning",
    left: "Nog {n} te beoordelen.", allRated: "Alles beoordeeld. Tot de uitkomst op het scherm staat, kun je nog wijzigen.",
    notSent: "Nog niet verstuurd: de telefoon blijft het proberen.", sending: "Versturen…",
    revealed: "De uitkomst staat op het scherm: kijk mee.", closed: "De ronde is gesloten: kijk op het scherm.",
    droppedOne: "1 beoordeling kwam niet op tijd aan en telt niet mee.",
    droppedMany: "{n} beoordelingen kwamen niet op tijd aan en tellen niet mee.",
    lost: "Geen verbinding meer met de laptop van de facilitator. Je beoordelingen wachten op deze telefoon tot hij weer antwoordt.",
    benefit: "Baat", technical_effort: "Technische inspanning", organisational_effort: "Organisatorische inspanning",
  };

  // The server's refusals by code; a code not listed here shows the server's English sentence.
  const NL_REFUSALS = {
    wrong_code: "Dat is niet de code die op het scherm staat.",
    too_many: "Te vaak een verkeerde code: wacht een minuut en probeer het dan opnieuw.",
    wrong_address: "Dit adres hoort niet bij de ronde: scan de code op het scherm opnieuw.",
    round_full: "De ronde is vol: er kan niemand meer bij.",
    not_joined: "Deze telefoon doet nog niet mee: meld je eerst aan.",
    round_over: "De ronde neemt geen beoordelingen meer aan: kijk op het scherm.",
    not_open: "Dit initiatief staat nu niet open voor beoordeling.",
    revote: "Deze beoordeling is van vóór de heropening: beoordeel opnieuw.",
    already_counted: "Deze beoordeling was al verstuurd en telt al mee.",
    bad_name: "Deze naam kan niet worden bewaard: kies een andere.",
    no_initiative: "Dit initiatief hoort niet bij deze ronde.",
  };

  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  const first = languages.map((l) => String(l).toLowerCase()).find((l) => /^(nl|en)\b/.test(l)) || "en";
  const lang = first.startsWith("nl") ? "nl" : "en";
  const table = lang === "nl" ? NL : EN;

  function t(key, values) {
    const text = key in table ? table[key] : EN[key];
    return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  }

  return {
    lang, t,
    // A refusal from the API ({error, code}) in the page's language; fallback when it gave no sentence.
    refusal(body, fallback) {
      if (lang === "nl" && body && NL_REFUSALS[body.code]) return NL_REFUSALS[body.code];
      return (body && body.error) || t(fallback || "tryAgain");
    },
    // A criterion's name by key; a criterion the page does not know keeps the server's label.
    criterion(c) { return ["benefit", "technical_effort", "organisational_effort"].includes(c.key) ? t(c.key) : c.label; },
    // A number as the phone's language writes it: a decimal comma in Dutch.
    number(text) { return lang === "nl" ? text.replace(".", ",") : text; },
    // What the plan calls a participant who joined without a name (in the laptop's language), in the page's.
    participant(label) {
      const found = /^(?:Participant|Deelnemer) (\d+)$/.exec(label || "");
      return found ? t("participant", { n: found[1] }) : label;
    },
    // The static texts in index.html, each marked with the key of its text.
    fill(root) {
      document.documentElement.lang = lang;
      document.title = t("title");
      for (const el of root.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
    },
  };
})();
