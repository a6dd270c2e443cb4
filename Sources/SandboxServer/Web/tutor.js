// The participants' tutor page: a sign-in form, then one line to type and a pane of output. Everything the
// tutor says is made by the sandbox's shell; this script only carries lines, Tab and the pane's width.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const api = "v1/tutor/";
  const WORDS = {
    nb: {
      help: "Logg inn med brukernavnet og passordet fra clouds.yaml-filen din (participant-N).",
      user: "Brukernavn", password: "Passord", code: "Eller engangskoden du får av instruktøren",
      language: "Språk", signin: "Logg inn", wrong: "Feil brukernavn eller passord.",
      ended: "Økten er slutt", reload: "last inn siden på nytt for å begynne igjen.",
      keys: "Opp/Ned: historikk · Tab: fullfør · Ctrl-C: tøm linjen · Ctrl-L: tøm skjermen",
    },
    en: {
      help: "Sign in with the username and password from your clouds.yaml file (participant-N).",
      user: "Username", password: "Password", code: "Or the one-time code the instructor gives you",
      language: "Language", signin: "Sign in", wrong: "The username or password is wrong.",
      ended: "The session has ended", reload: "reload the page to start again.",
      keys: "Up/Down: history · Tab: complete · Ctrl-C: clear the line · Ctrl-L: clear the screen",
    },
  };
  // The language: the participant's own pick on this page, else the sandbox's --lang, else the browser's.
  const browserLanguage = /^(nb|no|nn)\b/i.test(navigator.language || "") ? "nb" : "en";
  let words = WORDS.en;
  function useLanguage(language) {
    words = WORDS[language] || WORDS.en;
    $("language").value = WORDS[language] ? language : "en";
    document.documentElement.lang = $("language").value;
    $("signin-help").textContent = words.help;
    $("label-user").textContent = words.user;
    $("label-password").textContent = words.password;
    $("label-code").textContent = words.code;
    $("label-language").textContent = words.language;
    $("signin-button").textContent = words.signin;
    $("keys").textContent = words.keys;
  }
  useLanguage(localStorage.getItem("sgtutor-language") || browserLanguage);
  $("language").addEventListener("change", () => {
    localStorage.setItem("sgtutor-language", $("language").value);
    useLanguage($("language").value);
  });

  const output = $("output"), line = $("line"), prompt = $("prompt");
  let login = sessionStorage.getItem("sgtutor-login");
  let session = null;
  const history = [];
  let position = 0;
  let sgr = { bold: false, color: null };

  async function call(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (login) headers["X-Tutor-Login"] = login;
    const response = await fetch(api + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  // The pane's width in characters: one line of 100 zeros in the pane's font, kept from wrapping, measured off
  // the page's flow; the pane's own padding and scroll bar do not count.
  function columns() {
    const probe = document.createElement("span");
    probe.textContent = "0".repeat(100);
    probe.style.cssText = "position:absolute;visibility:hidden;white-space:pre;left:0;top:0";
    output.appendChild(probe);
    const width = probe.getBoundingClientRect().width / 100;
    probe.remove();
    const style = getComputedStyle(output);
    const inner = output.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(20, Math.floor(inner / (width || 9)));
  }
  window.sgtutorColumns = columns;

  // A resized window tells the session the pane's new width (once the resizing settles).
  let resizing = null, sentColumns = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(async () => {
      const now = columns();
      if (!session || now === sentColumns) return;
      sentColumns = now;
      await call("POST", "sessions/" + session + "/columns", { columns: now });
    }, 150);
  });

  // Appends text, turning the shell's SGR codes (bold, the six colours, reset) into spans.
  function append(text, stream) {
    const atBottom = output.scrollHeight - output.scrollTop - output.clientHeight < 40;
    const parts = text.split(/\x1b\[([0-9;]*)m/);
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        for (const code of (parts[i] || "0").split(";")) {
          if (code === "0" || code === "") sgr = { bold: false, color: null };
          else if (code === "1") sgr.bold = true;
          else if (/^3[1-6]$/.test(code)) sgr.color = code;
        }
        continue;
      }
      if (!parts[i]) continue;
      const span = document.createElement("span");
      span.textContent = parts[i];
      const classes = [];
      if (stream === "stderr") classes.push("err");
      if (sgr.bold) classes.push("b");
      if (sgr.color) classes.push("c" + sgr.color);
      if (classes.length) span.className = classes.join(" ");
      output.appendChild(span);
    }
    if (atBottom || stream) output.scrollTop = output.scrollHeight;
  }

  function showSignIn(message) {
    $("shell").hidden = true;
    $("signin").hidden = false;
    $("signin-error").textContent = message || "";
    $("username").focus();
  }

  async function start() {
    // The pane is shown before it is measured: a hidden one has no width.
    $("signin").hidden = true;
    $("shell").hidden = false;
    sentColumns = columns();
    const started = await call("POST", "sessions", { columns: sentColumns, language: $("language").value });
    if (started.status === 401) {
      sessionStorage.removeItem("sgtutor-login");
      login = null;
      return showSignIn("");
    }
    if (started.status !== 201) return showSignIn(started.body && started.body.error.message);
    session = started.body.session;
    window.sgtutorSession = session;
    document.documentElement.lang = started.body.language;
    line.focus();
    const events = new EventSource(api + "sessions/" + session + "/events?ticket=" + started.body.ticket);
    events.addEventListener("output", (e) => { const d = JSON.parse(e.data); append(d.text, d.stream); });
    events.addEventListener("prompt", (e) => { prompt.textContent = JSON.parse(e.data).prompt; });
    events.addEventListener("ended", (e) => {
      events.close();
      session = null;
      line.disabled = true;
      append("\n" + words.ended + " (" + JSON.parse(e.data).reason + "): " + words.reload + "\n", "stderr");
    });
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED || session) {
        events.close();
        if (session) append("\n" + words.ended + ": " + words.reload + "\n", "stderr");
        session = null;
        line.disabled = true;
      }
    };
  }

  $("signin").addEventListener("submit", async (event) => {
    event.preventDefault();
    const code = $("code").value.trim();
    const answer = await call("POST", "login", code && !$("password").value
      ? { username: $("username").value.trim(), code }
      : { username: $("username").value.trim(), password: $("password").value });
    if (answer.status !== 201) {
      return showSignIn(answer.status === 401 && !code ? words.wrong : answer.body.error.message);
    }
    login = answer.body.login;
    sessionStorage.setItem("sgtutor-login", login);
    $("password").value = "";
    $("code").value = "";
    start();
  });

  $("line-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!session) return;
    const text = line.value;
    line.value = "";
    if (text.trim() && history[history.length - 1] !== text) history.push(text);
    position = history.length;
    sentColumns = columns();
    const sent = await call("POST", "sessions/" + session + "/lines", { line: text, columns: sentColumns });
    if (sent.status !== 202 && sent.body) append(sent.body.error.message + "\n", "stderr");
  });

  line.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowUp" && position > 0) {
      position -= 1;
      line.value = history[position];
    } else if (event.key === "ArrowDown" && position < history.length) {
      position += 1;
      line.value = position < history.length ? history[position] : "";
    } else if (event.key === "Tab" && !event.shiftKey) {
      if (!session) return;
      const before = line.value.slice(0, line.selectionStart), after = line.value.slice(line.selectionStart);
      event.preventDefault();
      const answer = await call("POST", "sessions/" + session + "/complete", { line: before });
      if (answer.status !== 200) return;
      line.value = answer.body.line + after;
      line.selectionStart = line.selectionEnd = answer.body.line.length;
      if (answer.body.listing.length) append(answer.body.listing.join("  ") + "\n", null);
      return;
    } else if (event.ctrlKey && event.key === "c" && line.selectionStart === line.selectionEnd) {
      line.value = "";
      position = history.length;
    } else if (event.ctrlKey && event.key === "l") {
      output.textContent = "";
    } else {
      return;
    }
    event.preventDefault();
  });

  // What this sandbox offers: its --lang, and whether one-time codes are on.
  call("GET", "setup").then((setup) => {
    if (setup.status !== 200) return;
    if (!localStorage.getItem("sgtutor-language") && setup.body.language) useLanguage(setup.body.language);
    $("code-row").hidden = !setup.body.codes;
  }, () => {}).finally(() => { if (login) start(); else showSignIn(""); });
})();
