// The participant page of a workshop round: room code, name, then one initiative at a time.
// Every text from the plan or a participant goes in with textContent, never as markup.
"use strict";

(function () {
  const POLL_MS = 3000;
  const RETRY_MS = [1000, 2000, 4000, 8000];
  const MAX_BUTTONS = 21;  // steps on a scale shown as buttons; more get a slider
  const LOST_AFTER = 3;  // polls in a row without an answer (about 9 s) before the page says so
  const $ = (id) => document.getElementById(id);
  const { t } = window.pageText;

  const state = {
    token: null, secret: null, label: "", round: null, index: 0,
    outbox: [], sending: false, retry: null, notice: "", failures: 0, revision: null, roundState: null,
    unreached: 0, refused: 0,
  };

  function show(section) {
    for (const id of ["loading", "enter", "join", "rate", "done", "failed"]) $(id).hidden = id !== section;
  }

  // Ratings not yet sent, kept with the secret they belong to, so they survive a reload and
  // reach the round again when the facilitator's laptop restarted it under a new address.
  const OUTBOX = "bep-workshop:outbox";
  function storedOutbox() {
    try { return JSON.parse(localStorage.getItem(OUTBOX)) || []; } catch (e) { return []; }
  }
  function keepOutbox() {
    const others = storedOutbox().filter((m) => m.secret !== state.secret);
    const mine = state.outbox.map((m) => Object.assign({ secret: state.secret }, m));
    try { localStorage.setItem(OUTBOX, JSON.stringify([...others, ...mine].slice(-500))); } catch (e) { /* private mode */ }
  }
  function takeOutbox() {
    state.outbox = storedOutbox().filter((m) => m.secret === state.secret)
      .map((m) => ({ initiative: m.initiative, criterion: m.criterion, value: m.value, request: m.request,
                     epoch: m.epoch }));
  }

  // Ratings the laptop took, kept per secret: should the laptop crash before its recovery copy
  // held them, the round it serves again lacks them, and the phone sends them once more.
  const SENT = "bep-workshop:sent";
  function storedSent() {
    try { return JSON.parse(localStorage.getItem(SENT)) || {}; } catch (e) { return {}; }
  }
  function keepSent(message) {
    const all = storedSent();
    const mine = all[state.secret] = all[state.secret] || {};
    mine[message.initiative + "\n" + message.criterion] = { value: message.value, epoch: message.epoch };
    for (const secret of Object.keys(all)) if (!secrets().includes(secret)) delete all[secret];
    try { localStorage.setItem(SENT, JSON.stringify(all)); } catch (e) { /* private mode */ }
  }
  function resendMissing(round) {
    const mine = storedSent()[state.secret] || {};
    for (const [key, sent] of Object.entries(mine)) {
      const [item, criterion] = key.split("\n");
      const held = (round.mine[item] || {})[criterion];
      const waiting = state.outbox.some((m) => m.initiative === item && m.criterion === criterion);
      if (sent.epoch === round.epoch && round.open.includes(item) && held !== sent.value && !waiting) {
        state.outbox.push({ initiative: item, criterion, value: sent.value, request: requestId(), epoch: round.epoch });
      }
    }
  }

  // The phone's secrets for the last few rounds, newest first. Not kept per address: when the
  // facilitator's laptop restarts the round it has a new address, and the secret still finds
  // this phone's participant and ratings there.
  const SECRETS = "bep-workshop:secrets";
  function secrets() {
    try { return JSON.parse(localStorage.getItem(SECRETS)) || []; } catch (e) { return []; }
  }
  function keepSecret(secret, keep) {
    const list = secrets().filter((s) => s !== secret);
    if (keep) list.unshift(secret);
    try { localStorage.setItem(SECRETS, JSON.stringify(list.slice(0, 5))); } catch (e) { /* private mode */ }
  }
  function dropSecret() {
    if (state.secret) {
      keepSecret(state.secret, false);
      state.outbox = [];
      keepOutbox();  // its unsent ratings go with it
    }
    state.secret = null;
  }

  function requestId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);  // works on plain http, unlike crypto.randomUUID
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // One call to the API: {status, body}; status 0 when the network failed.
  async function api(method, path, body) {
    const headers = {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (state.secret) headers["X-Participant"] = state.secret;
    try {
      const response = await fetch(path, {
        method, headers, cache: "no-store", credentials: "omit",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      let answer = {};
      try { answer = await response.json(); } catch (e) { /* not JSON */ }
      return { status: response.status, body: answer };
    } catch (e) {
      return { status: 0, body: { error: t("unreachable") } };
    }
  }

  function say(id, text) {
    const el = $(id);
    el.textContent = text || "";
    el.hidden = !text;
  }

  // ------------------------------------------------------------------ room code

  function askForCode() {
    history.replaceState(null, "", "/");
    state.token = null;
    show("enter");
    $("code").focus();
  }

  async function enter(event) {
    event.preventDefault();
    const code = $("code").value.replace(/\s+/g, "");
    if (!/^[0-9]{6}$/.test(code)) { say("enter-error", t("sixDigits")); return; }
    const r = await api("POST", "/api/enter", { code });
    if (r.status !== 200) { say("enter-error", window.pageText.refusal(r.body)); return; }
    say("enter-error", "");
    history.replaceState(null, "", "/j/" + encodeURIComponent(r.body.token));
    open(r.body.token);
  }

  // ------------------------------------------------------------------ joining

  async function open(token) {
    state.token = token;
    state.outbox = [];
    state.secret = null;
    for (const secret of secrets()) {
      const r = await api("POST", "/api/" + token + "/join", { secret });
      if (r.status === 200) {
        state.secret = secret;
        state.label = window.pageText.participant(r.body.label);
        keepSecret(secret, true);
        takeOutbox();
        await loadRound();
        return;
      }
      if (r.status === 404) { failed(r.body); return; }
      // 401: a secret of another round; try the next
    }
    const r = await api("GET", "/api/" + token + "/round");
    if (r.status !== 200) { failed(r.body); return; }
    state.round = r.body;
    $("join-title").textContent = r.body.name;
    const anonymous = r.body.anonymous;
    $("name-part").hidden = anonymous;
    $("stay-anonymous").hidden = anonymous;
    $("anonymous-note").hidden = !anonymous;
    $("join-button").textContent = t(anonymous ? "startRating" : "joinWithName");
    if (finished(r.body.state)) return;
    show("join");
    if (!anonymous) $("name").focus();
  }

  async function join(name) {
    const r = await api("POST", "/api/" + state.token + "/join", name ? { name } : {});
    if (r.status !== 200) { say("join-error", window.pageText.refusal(r.body)); return; }
    state.secret = r.body.secret;
    state.label = window.pageText.participant(r.body.label);
    keepSecret(state.secret, true);
    await loadRound();
  }

  function failed(answer) {
    $("failed-text").textContent = window.pageText.refusal(answer, "cannotReach");
    show("failed");
  }

  // ------------------------------------------------------------------ rating

  async function loadRound() {
    const r = await api("GET", "/api/" + state.token + "/round");
    if (r.status === 401) { dropSecret(); open(state.token); return; }
    if (r.status !== 200) { failed(r.body); return; }
    const before = state.round;
    state.round = r.body;
    if (finished(r.body.state)) return;
    state.refused = 0;
    // A rating made before a re-vote is not the re-vote's answer: dropped, so re-opened
    // initiatives show no choice until the participant rates them again.
    const kept = state.outbox.filter((m) => m.epoch === r.body.epoch);
    if (kept.length !== state.outbox.length) { state.outbox = kept; keepOutbox(); }
    resendMissing(r.body);
    for (const m of state.outbox) setMine(m.initiative, m.criterion, m.value);  // not yet sent
    if (!before || before.open.join() !== r.body.open.join()) state.index = firstToRate();
    $("round-name").textContent = r.body.name;
    $("who").textContent = state.label;
    $("revote-note").hidden = r.body.open.length === r.body.initiatives.length;
    show("rate");
    draw();
    send();
  }

  function firstToRate() {
    const round = state.round;
    const i = round.initiatives.findIndex((it) => round.open.includes(it.id) && !rated(it.id));
    if (i >= 0) return i;
    const j = round.initiatives.findIndex((it) => round.open.includes(it.id));
    return Math.max(j, 0);
  }

  function rated(id) {
    const mine = state.round.mine[id] || {};
    return state.round.criteria.every((c) => c.key in mine);
  }

  function setMine(item, criterion, value) {
    const mine = state.round.mine;
    (mine[item] = mine[item] || {})[criterion] = value;
  }

  function steps(scale) {
    const values = [];
    const count = Math.floor((scale.max - scale.min) / scale.step + 1e-9);
    for (let i = 0; i <= count; i++) values.push(Number((scale.min + i * scale.step).toFixed(6)));
    if (values[values.length - 1] < scale.max - 1e-9) values.push(scale.max);
    return values;
  }

  function numberText(v) { return String(Number(Number(v).toFixed(6))); }
  const shownNumber = (v) => window.pageText.number(numberText(v));  // "2,5" on a Dutch phone

  function draw() {
    const round = state.round;
    const item = round.initiatives[state.index];
    const open = round.open.includes(item.id);
    $("position").textContent = t("position", { n: state.index + 1, total: round.initiatives.length });
    $("title").textContent = item.title;
    $("description").textContent = item.description;
    $("description").hidden = !item.description;
    $("locked").hidden = open;
    const holder = $("criteria");
    holder.replaceChildren();
    const values = steps(round.scale);
    const mine = round.mine[item.id] || {};
    for (const criterion of round.criteria) {
      const group = document.createElement("fieldset");
      group.className = "criterion";
      const legend = document.createElement("legend");
      legend.textContent = window.pageText.criterion(criterion);
      group.append(legend);
      const grid = document.createElement("div");
      grid.className = values.length > 11 ? "choices many" : values.length > 6 ? "choices stagger" : "choices";
      const current = criterion.key in mine ? mine[criterion.key] : undefined;
      const buttons = values.length > MAX_BUTTONS ? [null] : [...values, null];
      if (values.length > MAX_BUTTONS) grid.append(...slider(item.id, criterion.key, round.scale, current, open));
      for (const value of buttons) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = value === null ? "choice dont-know" : "choice";
        button.textContent = value === null ? t("dontKnow") : shownNumber(value);
        button.setAttribute("aria-pressed", String(current !== undefined && current === value));
        button.dataset.criterion = criterion.key;
        button.dataset.value = value === null ? "" : String(value);
        button.disabled = !open;
        button.addEventListener("click", () => choose(item.id, criterion.key, value));
        if (value === null) group.append(button); else grid.append(stagger(button, values, value));
      }
      group.append(grid, ends(criterion, round.scale));
      holder.append(group);
    }
    $("previous").disabled = state.index === 0;
    $("next").textContent = t(state.index === round.initiatives.length - 1 ? "overview" : "next");
    drawList();
    drawSync();
    clampDescription(item.id);
  }

  // Seven to eleven steps do not fit one row on a phone: the even steps go in a top row and the odd
  // ones in a row below, each half a button further right, so left to right is still low to high.
  function stagger(button, values, value) {
    if (values.length < 7 || values.length > 11) return button;
    const i = values.indexOf(value);
    button.style.gridColumn = (i + 1) + " / span 2";  // set through the CSSOM, which the CSP allows
    button.style.gridRow = String(i % 2 + 1);
    if (i % 2) button.classList.add("between");
    return button;
  }

  // Which end of the scale is high, in words: on an effort scale the high end is more work.
  function ends(criterion, scale) {
    const effort = /effort/.test(criterion.key);
    const what = window.pageText.criterion(criterion).toLowerCase();
    const row = document.createElement("p");
    row.className = "ends";
    const low = document.createElement("span");
    low.textContent = t(effort ? "littleEffort" : "low", { v: shownNumber(scale.min), what });
    const high = document.createElement("span");
    high.textContent = t(effort ? "muchEffort" : "high", { v: shownNumber(scale.max), what });
    row.append(low, high);
    return row;
  }

  // A long description shows its first lines and a button for the rest; opened, it stays open
  // while the same initiative is redrawn.
  function clampDescription(id) {
    const text = $("description");
    const more = $("description-more");
    if (more.dataset.item === id && !text.classList.contains("clamped")) return;
    more.dataset.item = id;
    text.classList.add("clamped");
    more.hidden = text.hidden || text.scrollHeight <= text.clientHeight + 1;
    more.textContent = t("more");
    more.setAttribute("aria-expanded", "false");
    more.onclick = () => {
      const opened = !text.classList.toggle("clamped");
      more.textContent = t(opened ? "less" : "more");
      more.setAttribute("aria-expanded", String(opened));
    };
  }

  // A scale with many steps (0–100, say) gets a slider instead of a wall of buttons.
  function slider(item, criterion, scale, current, open) {
    const input = document.createElement("input");
    input.type = "range";
    input.className = "slider";
    input.min = scale.min;
    input.max = scale.max;
    input.step = scale.step;
    input.value = current === undefined || current === null ? (scale.min + scale.max) / 2 : current;
    input.disabled = !open;
    const shown = document.createElement("output");
    shown.className = "slider-value";
    shown.dataset.criterion = criterion;
    shown.textContent = current === undefined || current === null ? "–" : shownNumber(current);
    input.addEventListener("input", () => { shown.textContent = shownNumber(input.value); });
    input.addEventListener("change", () => choose(item, criterion, Number(numberText(input.value))));
    return [input, shown];
  }

  function drawList() {
    const list = $("list");
    // Shown, the list takes the card's place: "all" changes what the eye already looks at.
    if (!list.hidden && !$("card").hidden) scrollTo(0, 0);
    $("card").hidden = !list.hidden;
    $("list-button").lastChild.textContent = t(list.hidden ? "all" : "back");
    $("list-button").setAttribute("aria-expanded", String(!list.hidden));
    list.replaceChildren();
    state.round.initiatives.forEach((item, i) => {
      const entry = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "jump" + (i === state.index ? " current" : "");
      const mark = document.createElement("span");
      mark.className = "mark";
      mark.textContent = rated(item.id) ? "✓" : state.round.open.includes(item.id) ? "○" : "–";
      const title = document.createElement("span");
      title.textContent = item.title;
      button.append(mark, title);
      button.addEventListener("click", () => { state.index = i; $("list").hidden = true; draw(); scrollTo(0, 0); });
      entry.append(button);
      list.append(entry);
    });
  }

  function drawSync() {
    const left = state.round.initiatives.filter((it) => state.round.open.includes(it.id) && !rated(it.id)).length;
    let text = left ? t("left", { n: left }) : t("allRated");
    if (state.notice) text = state.notice + " " + text;
    if (state.outbox.length) text = t(state.failures ? "notSent" : "sending") + " " + text;
    $("sync").textContent = text;
  }

  function choose(item, criterion, value) {
    state.notice = "";
    setMine(item, criterion, value);
    // A change not yet sent replaces the waiting one; one already on its way stays, this follows it.
    const waiting = state.outbox.findIndex((m, i) => m.initiative === item && m.criterion === criterion &&
                                                     !(i === 0 && state.sending));
    const message = { initiative: item, criterion, value, request: requestId(), epoch: state.round.epoch };
    if (waiting >= 0) state.outbox[waiting] = message; else state.outbox.push(message);
    keepOutbox();
    // Mark the choice in place: the buttons stay, so focus and the page's scroll do too.
    const wanted = value === null ? "" : String(value);
    for (const button of $("criteria").querySelectorAll("button.choice")) {
      if (button.dataset.criterion === criterion) {
        button.setAttribute("aria-pressed", String(button.dataset.value === wanted));
      }
    }
    for (const shown of $("criteria").querySelectorAll("output.slider-value")) {
      if (shown.dataset.criterion === criterion) shown.textContent = value === null ? "–" : shownNumber(value);
    }
    drawList();
    drawSync();
    send();
  }

  // Send the waiting ratings one by one; a failed one is retried with the same request id, so the
  // server counts it once even when only its answer was lost.
  async function send() {
    if (state.sending || !state.outbox.length || !state.secret) return;
    state.sending = true;
    const message = state.outbox[0];
    const r = await api("POST", "/api/" + state.token + "/rate", message);
    state.sending = false;
    if (r.status === 0 || r.status >= 500 || r.status === 429) {
      state.failures += 1;
      drawSync();
      clearTimeout(state.retry);  // one retry waiting at a time, however the send was started
      state.retry = setTimeout(send, RETRY_MS[Math.min(state.failures, RETRY_MS.length) - 1]);
      return;
    }
    state.failures = 0;
    state.outbox.shift();
    keepOutbox();
    if (r.status === 200) keepSent(message);
    if (r.status === 401) { dropSecret(); open(state.token); return; }
    if (r.status === 409 || r.status >= 400) {
      // Already counted (a replay), or the round moved on: the server's view is the truth.
      state.notice = r.status === 409 ? "" : window.pageText.refusal(r.body);
      state.refused = r.status === 409 ? 1 : 0;  // told as not counted if the round turns out over
      await loadRound();
      return;
    }
    if (state.round && $("rate").hidden === false) drawSync();
    send();
  }

  // ------------------------------------------------------------------ the round moving on

  // A revealed or closed round takes no more ratings: those not sent yet are dropped, never
  // held back for a re-vote (a re-vote asks again), and the page says so.
  function finished(roundState) {
    state.roundState = roundState;
    drawLost();
    if (roundState === "collecting") return false;
    const dropped = state.outbox.length + state.refused;
    state.outbox = [];
    state.refused = 0;
    keepOutbox();
    clearTimeout(state.retry);
    $("done-title").textContent = t("doneTitle");
    $("done-text").textContent = t(roundState === "revealed" ? "revealed" : "closed") +
      (dropped ? " " + t(dropped === 1 ? "droppedOne" : "droppedMany", { n: dropped }) : "");
    show("done");
    return true;
  }

  // Said only while the round last seen collects: once revealed, the laptop stops serving by design.
  function drawLost() {
    const lost = state.unreached >= LOST_AFTER && state.roundState === "collecting";
    say("lost", lost ? t("lost") : "");
  }

  async function poll() {
    if (state.token && state.secret) {
      const r = await api("GET", "/api/" + state.token + "/status");
      state.unreached = r.status === 0 || r.status >= 500 ? state.unreached + 1 : 0;
      drawLost();
      if (r.status === 200) {
        const changed = r.body.state !== state.roundState || (state.round && r.body.epoch !== state.round.epoch) ||
                        (state.revision !== null && r.body.revision !== state.revision);
        state.revision = r.body.revision;
        if (changed) await loadRound();
      }
      if (state.outbox.length && !state.sending && state.roundState === "collecting") send();
    }
    setTimeout(poll, POLL_MS);
  }

  function move(by) {
    const round = state.round;
    const last = round.initiatives.length - 1;
    let index = state.index + by;
    // In a re-vote, step over the initiatives that are not open again.
    while (index >= 0 && index <= last && round.open.length && !round.open.includes(round.initiatives[index].id)) {
      index += by;
    }
    if (index > last) { $("list").hidden = false; drawList(); $("list").scrollIntoView(); return; }
    if (index >= 0) state.index = index;
    $("list").hidden = true;
    draw();
    scrollTo(0, 0);
  }

  function start() {
    window.pageText.fill(document);
    $("enter-form").addEventListener("submit", enter);
    $("join-form").addEventListener("submit", (e) => { e.preventDefault(); join($("name").value.trim()); });
    $("stay-anonymous").addEventListener("click", () => join(""));
    $("previous").addEventListener("click", () => move(-1));
    $("next").addEventListener("click", () => move(1));
    $("list-button").addEventListener("click", () => { $("list").hidden = !$("list").hidden; drawList(); });
    $("to-code").addEventListener("click", askForCode);
    window.addEventListener("online", send);
    const found = /^\/j\/([A-Za-z0-9_-]+)$/.exec(location.pathname);
    if (found) open(found[1]); else askForCode();
    setTimeout(poll, POLL_MS);
  }

  start();
})();
