// sgtutor's room page: signs in with Keystone, follows /sgtutor/v1/room/events (server-sent events) and
// draws every participant. No framework, nothing from the internet; the token stays in sessionStorage and
// is sent only in the X-Auth-Token header (the event stream signs in with a single-use ticket).
"use strict";

const TOKEN_KEY = "sgtutor-room-token";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const $ = (id) => document.getElementById(id);
let room = null;          // the last room received
let clockOffset = 0;      // server time minus page time, in ms
let source = null;        // the EventSource
const open = new Set();   // participants expanded in the compact list

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(section) {
  $("signin").hidden = section !== "signin";
  $("room").hidden = section !== "room";
  $("signout").hidden = section !== "room";
}

function status(text, kind) {
  $("status").textContent = text;
  $("status").className = "status " + (kind || "");
}

// Sign-in: POST /identity/v3/auth/tokens; only a token with the admin role opens the room.
async function signIn(event) {
  event.preventDefault();
  $("signin-error").textContent = "";
  const name = $("username").value.trim();
  const body = { auth: { identity: { methods: ["password"], password: { user: {
    name, domain: { name: "Default" }, password: $("password").value } } } } };
  let answer;
  try {
    answer = await fetch("/identity/v3/auth/tokens", { method: "POST",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch (error) {
    $("signin-error").textContent = "The sandbox cannot be reached: is sgtutor serve still running?";
    return;
  }
  if (answer.status === 401) {
    $("signin-error").textContent = "Wrong user name or password.";
    return;
  }
  if (!answer.ok) {
    $("signin-error").textContent = "Sign-in failed (HTTP " + answer.status + ").";
    return;
  }
  const token = answer.headers.get("X-Subject-Token");
  const roles = ((await answer.json()).token.roles || []).map((role) => role.name);
  $("password").value = "";
  if (!roles.includes("admin")) {
    $("signin-error").textContent = "Only the instructor can open the room: " + name + " is not an admin.";
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  connect();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  if (source) source.close();
  source = null;
  status("signed out");
  show("signin");
}

async function api(method, path, body) {
  const headers = { "X-Auth-Token": sessionStorage.getItem(TOKEN_KEY) || "" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const answer = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (answer.status === 401) {
    signOut();
    $("signin-error").textContent = "Your session has ended: sign in again.";
    throw new Error("signed out");
  }
  const data = await answer.json().catch(() => null);
  if (!answer.ok) {
    const fault = data && Object.values(data)[0];
    throw new Error((fault && fault.message) || "HTTP " + answer.status);
  }
  return data;
}

// The event stream: a ticket first (EventSource cannot send headers), then one `room` event per change.
async function connect() {
  if (!sessionStorage.getItem(TOKEN_KEY)) return show("signin");
  if (source) source.close();
  source = null;
  let ticket;
  try {
    ticket = (await api("POST", "/sgtutor/v1/room/ticket")).ticket;
  } catch (error) {
    if (error.message === "signed out") return;
    status("reconnecting…", "lost");
    if (/Policy/.test(error.message)) {
      sessionStorage.removeItem(TOKEN_KEY);
      show("signin");
      $("signin-error").textContent = "Only the instructor can open the room.";
      return;
    }
    setTimeout(connect, 2000);
    return;
  }
  show("room");
  source = new EventSource("/sgtutor/v1/room/events?ticket=" + encodeURIComponent(ticket));
  source.addEventListener("room", (event) => {
    room = JSON.parse(event.data);
    clockOffset = Date.parse(room.generated_at) - Date.now();
    status("live", "live");
    render();
  });
  source.onerror = () => {
    // A ticket works once: a dropped stream is followed again with a new one.
    status("reconnecting…", "lost");
    source.close();
    source = null;
    setTimeout(connect, 1000);
  };
}

function duration(seconds) {
  if (seconds === null || seconds === undefined || isNaN(seconds)) return "";
  seconds = Math.max(0, Math.floor(seconds));
  const h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h > 0 ? h + ":" + two(m) + ":" + two(s) : m + ":" + two(s);
}

function plural(count, noun) {
  return count + " " + noun + (count === 1 ? "" : "s");
}

function ago(seconds) {
  return seconds < 5 ? "just now" : duration(seconds) + " ago";
}

function since(timestamp) {
  if (!timestamp) return null;
  return (Date.now() + clockOffset - Date.parse(timestamp)) / 1000;
}

// The same picture as the shell's diagram: hosts side by side, each server marked with its group's letter.
function picture(p) {
  const letterOf = new Map();
  p.groups.forEach((group, index) => group.members.forEach((id) => {
    if (!letterOf.has(id)) letterOf.set(id, index);
  }));
  for (const server of p.servers) {
    if (!letterOf.has(server.id) && server.groups.length) {
      const index = p.groups.findIndex((group) => group.id === server.groups[0]);
      if (index >= 0) letterOf.set(server.id, index);
    }
  }
  const byID = new Map(p.servers.map((server) => [server.id, server]));
  const down = new Set(p.hosts.filter((host) => !host.up).map((host) => host.name));
  const entry = (server) => {
    const index = letterOf.get(server.id);
    const mark = index === undefined ? "-" : LETTERS[index % LETTERS.length];
    let suffix = server.status === "ACTIVE" ? "" : " " + server.status;
    const onDown = server.host && down.has(server.host);
    if (onDown) suffix += " (host DOWN)";
    const kind = server.status === "ERROR" ? "entry error" : onDown ? "entry on-down" : "entry";
    return el("li", { class: kind, "data-server": server.name },
      el("span", { class: index === undefined ? "" : "g" + (index % 6) }, mark), " " + server.name + suffix);
  };
  const boxes = p.hosts.map((host) => {
    const state = host.up ? (host.enabled ? (host.full ? "full" : "up") : "disabled")
      : (host.enabled ? "DOWN" : "DOWN, disabled");
    const kind = "host" + (host.up ? "" : " down") + (host.enabled ? "" : " disabled") + (host.full ? " full" : "");
    const servers = host.servers.map((id) => byID.get(id)).filter(Boolean);
    return el("div", { class: kind, "data-host": host.name },
      el("div", { class: "name" }, host.name), el("div", { class: "state" }, state),
      el("div", { class: "usage" }, "vCPU " + host.vcpus_used + "/" + host.vcpus),
      el("ul", {}, servers.length ? servers.map(entry) : el("li", {}, "(empty)")));
  });
  const placed = new Set(p.hosts.flatMap((host) => host.servers));
  const unplaced = p.servers.filter((server) => !placed.has(server.id));
  const keys = p.groups.map((group, index) => {
    const rule = group.rules && group.rules.max_server_per_host
      ? ", max " + group.rules.max_server_per_host + " per host" : "";
    return [el("span", { class: "g" + (index % 6) }, LETTERS[index % LETTERS.length]),
      " = " + group.name + " (" + group.policy + rule + "); "];
  });
  return [
    el("div", { class: "picture" }, boxes),
    unplaced.length ? el("div", { class: "unplaced" }, "On no host: " + unplaced.map((server) =>
      (letterOf.has(server.id) ? LETTERS[letterOf.get(server.id)] + " " : "") + server.name + " " + server.status)
      .join(", ")) : null,
    el("div", { class: "legend" }, "Groups: ", p.groups.length ? keys : "none yet (- = server in no group)",
      p.groups.length ? "- = no group" : ""),
  ];
}

function toggle(projectID) {
  if (open.has(projectID)) open.delete(projectID); else open.add(projectID);
  render();
}

function card(p) {
  const onStep = since(p.step_started);
  const stuck = p.stuck || (onStep !== null && onStep >= room.stuck_after_seconds);
  const errors = p.servers.filter((server) => server.status === "ERROR").length;
  const lesson = p.lesson ? "lesson " + p.lesson + (p.lesson_title ? " (" + p.lesson_title + ")" : "")
    + ", step " + p.step + (p.step_title ? ": " + p.step_title : "") : "not using sgtutor's lessons";
  const last = since(p.last_request);
  const groups = el("table", { class: "servers" },
    el("tr", {}, el("th", {}, "Group"), el("th", {}, "Policy"), el("th", {}, "Rules"), el("th", {}, "Members")),
    p.groups.map((group) => el("tr", {}, el("td", {}, group.name), el("td", {}, group.policy),
      el("td", {}, Object.entries(group.rules || {}).map(([k, v]) => k + "=" + v).join(", ")),
      el("td", {}, group.members.map((id) => (p.servers.find((s) => s.id === id) || { name: id }).name).join(", ")))));
  const servers = el("table", { class: "servers" },
    el("tr", {}, el("th", {}, "Server"), el("th", {}, "Status"), el("th", {}, "Host")),
    p.servers.map((server) => el("tr", {}, el("td", {}, server.name), el("td", { class: server.status }, server.status),
      el("td", {}, (server.host || "") + (server.host_status === "DOWN" ? " (DOWN)" : "")))));
  const node = el("article", { class: "card" + (stuck ? " stuck" : "") + (errors ? " error" : "")
    + (open.has(p.project_id) ? " open" : ""), "data-participant": p.name },
    el("h3", { onclick: () => toggle(p.project_id) },
      p.name, errors ? el("span", { class: "badge error" }, errors + " ERROR") : null,
      p.on_down_host ? el("span", { class: "badge down" }, "on a DOWN host") : null,
      stuck ? el("span", { class: "badge stuck" }, "stuck") : null,
      p.tutor_code ? el("span", { class: "badge code", title: "one-time sign-in code for the tutor in a browser, until "
        + new Date(p.tutor_code_expires).toLocaleTimeString() }, "code " + p.tutor_code) : null,
      el("span", { class: "meta compact-only" }, plural(p.servers.length, "server") + ", "
        + plural(p.groups.length, "group") + " ·"),
      el("span", { class: "meta" }, lesson, onStep !== null ? [" · ", el("span", { class: "since",
        "data-time": p.step_started, "data-suffix": " on it" }, duration(onStep) + " on it")] : null)),
    el("div", { class: "details" },
      el("p", { class: "meta" }, "project ", el("b", {}, p.project_id.slice(0, 8)), " · last request ",
        el("b", p.last_request ? { class: "since", "data-time": p.last_request, "data-suffix": " ago" } : {},
          last === null ? "never" : ago(last)),
        " · hints ", el("b", {}, p.hints_asked), " · solutions ", el("b", {}, p.solutions_shown),
        " · checks passed ", el("b", {}, p.checks_passed)),
      p.error ? el("p", { class: "refusal" }, p.error) : null,
      picture(p),
      p.groups.length ? groups : null,
      p.servers.length ? servers : null,
      el("div", { class: "actions-bar" }, el("button", { type: "button", onclick: () => reset(p) }, "Reset project"))));
  node.dataset.rank = (stuck ? 0 : 2) + (errors ? 0 : 1);
  return node;
}

function render() {
  if (!room) return;
  const query = $("filter").value.trim().toLowerCase();
  const list = room.participants.filter((p) => !query || [p.name, p.project_id, p.lesson, p.lesson_title,
    ...p.servers.flatMap((s) => [s.name, s.status, s.host]), ...p.groups.map((g) => g.name)]
    .some((text) => text && String(text).toLowerCase().includes(query)));
  const cards = list.map(card);
  // "stuck" and "has ERROR" first, then by name as given.
  cards.sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank));
  const compact = $("compact").checked || room.participants.length > 12;
  $("participants").className = compact ? "compact" : "";
  $("participants").replaceChildren(...cards);
  const stuck = cards.filter((c) => c.classList.contains("stuck")).length;
  const errors = cards.filter((c) => c.classList.contains("error")).length;
  $("summary").textContent = list.length + " of " + room.participants.length + " participants · " + stuck
    + " stuck · " + errors + " with ERROR";
  const select = $("host-select");
  const chosen = select.value;
  const hostKey = JSON.stringify(room.hosts.map((host) => [host.name, host.up, host.enabled]));
  if (select.dataset.key !== hostKey) {
    select.dataset.key = hostKey;
    select.replaceChildren(...room.hosts.map((host) => el("option", { value: host.name },
      host.name + (host.up ? "" : " (DOWN)") + (host.enabled ? "" : " (disabled)"))));
    if (chosen) select.value = chosen;
  }
  $("current-message").hidden = !room.message;
  $("current-message").textContent = room.message ? "Message to everyone: " + room.message.text : "";
  $("actions").replaceChildren(...room.actions.slice().reverse().map((action) =>
    el("li", {}, new Date(action.time).toLocaleTimeString() + " " + action.text)));
}

async function act(method, path, body) {
  $("action-error").textContent = "";
  try {
    await api(method, path, body);
  } catch (error) {
    if (error.message !== "signed out") $("action-error").textContent = error.message;
  }
}

function reset(p) {
  if (confirm("Delete every server and server group of " + p.name + "?")) {
    act("POST", "/sgtutor/v1/room/participants/" + encodeURIComponent(p.project_id) + "/reset");
  }
}

document.querySelectorAll("[data-host-action]").forEach((button) => button.addEventListener("click", () => {
  const host = $("host-select").value;
  if (host) act("POST", "/sgtutor/v1/room/hosts/" + encodeURIComponent(host) + "/" + button.dataset.hostAction);
}));
$("message-form").addEventListener("submit", (event) => {
  event.preventDefault();
  act("PUT", "/sgtutor/v1/room/message", { message: $("message-text").value });
  $("message-text").value = "";
});
$("message-clear").addEventListener("click", () => act("PUT", "/sgtutor/v1/room/message", { message: "" }));
$("signin-form").addEventListener("submit", signIn);
$("signout").addEventListener("click", signOut);
$("filter").addEventListener("input", render);
$("compact").addEventListener("change", render);
$("large").addEventListener("change", () => {
  document.documentElement.classList.toggle("large", $("large").checked);
  localStorage.setItem("sgtutor-room-large", $("large").checked ? "1" : "");
});
$("large").checked = localStorage.getItem("sgtutor-room-large") === "1";
document.documentElement.classList.toggle("large", $("large").checked);
// Times on a step and since the last request move every second without asking the sandbox; an expired one-time
// code is replaced by asking for the room once.
let refreshing = false;
setInterval(() => {
  const now = Date.now() + clockOffset;
  if (room && !refreshing && room.participants.some((p) => p.tutor_code && Date.parse(p.tutor_code_expires) <= now)) {
    refreshing = true;
    api("GET", "/sgtutor/v1/room").then((fresh) => { room = fresh; render(); }, () => {})
      .finally(() => { refreshing = false; });
  }
  for (const node of document.querySelectorAll(".since")) {
    const seconds = since(node.dataset.time);
    node.textContent = node.dataset.suffix === " ago" ? ago(seconds) : duration(seconds) + node.dataset.suffix;
  }
}, 1000);
if (sessionStorage.getItem(TOKEN_KEY)) connect(); else show("signin");
