"""The participants' tutor page in headless Chromium (Debian's chromium and chromedriver, driven by selenium).

participant-1 signs in, does lesson 2 by typing (the group's name in step 2 completed with Tab from `"DB Cl`),
sees each step marked done, boots a server and sees the placement diagram, types `why`, `explain`, `equivalent`,
`hint`, `goal` and `solution`, narrows the window and sees the diagram fit it, clears the line and the screen,
reloads the page and is offered to resume. participant-2, in a second browser (its own profile, dark), signs in,
sees none of it, and is refused participant-1's session. The instructor's room page shows participant-2's one-time
code, which signs participant-2 in from a third, Norwegian, dark browser. Screenshots go to --out. Exits 1 with
one line on the first thing that is wrong.
"""
import argparse
import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def fail(message):
    print("browser-e2e: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def browser(scheme, lang="en-US"):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900",
                 f"--lang={lang}", f"--blink-settings=preferredColorScheme={0 if scheme == 'dark' else 1}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def is_dark(driver):
    """Whether the page follows a dark system setting: the media query matches and the background is dark."""
    return driver.execute_script(
        "const c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);"
        "return matchMedia('(prefers-color-scheme: dark)').matches && (c[0] + c[1] + c[2]) / 3 < 60")


class Page:
    """One browser on the tutor page."""

    def __init__(self, driver, root, out, name):
        self.driver, self.root, self.out, self.name = driver, root, out, name
        self.wait = WebDriverWait(driver, 20, poll_frequency=0.1)

    def shot(self, label):
        self.driver.save_screenshot(f"{self.out}/{label}.png")

    def output(self):
        return self.driver.find_element(By.ID, "output").get_attribute("textContent")

    def prompt(self):
        return self.driver.find_element(By.ID, "prompt").get_attribute("textContent")

    def sign_in(self, user, password):
        self.driver.get(self.root + "/sgtutor/tutor")
        self.driver.find_element(By.ID, "username").send_keys(user)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.ID, "signin-button").click()
        self.until("the welcome", lambda: "Type `lesson 2` to begin" in self.output())
        if self.driver.find_element(By.ID, "signin").is_displayed():
            fail("the sign-in form is still shown beside the shell")

    def until(self, what, check):
        try:
            self.wait.until(lambda _: check())
        except Exception:  # noqa: BLE001 - the timeout says what was awaited
            self.shot(f"failure-{self.name}")
            fail(f"{self.name}: no {what}; the pane ends with: {self.output()[-600:]!r}")

    def type(self, text, expect, enter=True):
        """Types a line and waits until the output that follows it contains `expect` and the prompt is back."""
        before = len(self.output())
        field = self.driver.find_element(By.ID, "line")
        field.send_keys(text)
        if enter:
            field.send_keys(Keys.ENTER)
        self.until(repr(expect) + " after " + repr(text), lambda: expect in self.output()[before:])
        return self.output()[before:]

    def call(self, method, path, body=None):
        """A fetch from inside the page, with the page's own sign-in: (status, body)."""
        script = """
          const [method, path, body, done] = arguments;
          const headers = {"Content-Type": "application/json"};
          const login = sessionStorage.getItem("sgtutor-login");
          if (login) headers["X-Tutor-Login"] = login;
          fetch("v1/tutor/" + path, {method, headers, body: body ? JSON.stringify(body) : undefined})
            .then(async (r) => done([r.status, await r.text()]), (e) => done([0, String(e)]));
        """
        status, text = self.driver.execute_async_script(script, method, path, body)
        return status, (json.loads(text) if text else None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--instructor", required=True, help="the instructor's password")
    parser.add_argument("--participant", action="append", default=[], help="name=password")
    args = parser.parse_args()
    (first, first_password), (second, second_password) = (item.split("=", 1) for item in args.participant[:2])

    one = Page(browser("light"), args.root, args.out, first)
    two = None
    extra = []
    try:
        one.sign_in(first, first_password)
        one.shot("01-welcome")
        if one.prompt() != "sgtutor> ":
            fail(f"the prompt is {one.prompt()!r}")
        one.type("lesson 2", "Step 1 of 2")
        done = one.type('server group create --policy anti-affinity "DB Cluster"', "Step 1 of 2 done")
        if "\x1b" in done:
            fail("escape codes reach the page as text")
        colored = one.driver.find_elements(By.CSS_SELECTOR, "#output span.c32, #output span.c33")
        if not colored:
            fail("no coloured span in the output (SGR codes are not turned into colours)")
        one.shot("02-step-1-done")
        one.type("next", "Step 2 of 2")
        field = one.driver.find_element(By.ID, "line")
        field.send_keys('server group show "DB Cl')
        field.send_keys(Keys.TAB)
        one.until("Tab completion of \"DB Cl",
                  lambda: field.get_attribute("value").startswith('server group show "DB Cluster"'))
        one.type("", "Step 2 of 2 done")
        one.shot("03-lesson-2-done")
        # History: Up brings back the last line typed.
        field.send_keys(Keys.ARROW_UP)
        if not field.get_attribute("value").startswith('server group show "DB Cluster"'):
            fail(f"Up shows {field.get_attribute('value')!r}, not the last line")
        field.send_keys(Keys.CONTROL, "c")
        if field.get_attribute("value"):
            fail("Ctrl-C did not clear the line")
        # The next lesson's first server: the placement diagram follows the command.
        one.type("lesson 3", "Step 1 of")
        after = one.type('server create --flavor m1.small --image ubuntu-24.04 --network private '
                         '--server-group "DB Cluster" db-1', "Step 1 of")
        if "DB Cluster (anti-affinity)" not in after or "db-1" not in after:
            fail(f"no placement diagram after the server was created: {after[-800:]!r}")
        one.shot("04-diagram")
        # The tutor's own commands, on participant-1's own servers.
        for line, expect in [("why db-1", "The scheduler looked at"), ("explain anti-affinity", "ServerGroupAntiAffinityFilter"),
                             ("equivalent on", "equivalent is on"), ("server list", "openstack server list"),
                             ("equivalent off", "equivalent is off"), ("next", "Step 2 of"),
                             ("hint", "db-2"), ("goal", "Goal of step 2")]:
            one.type(line, expect)
        one.type("solution", "db-2")
        one.until("the solution's question at the prompt", lambda: "[y/N]" in one.prompt())
        one.type("y", "db-3")
        one.shot("05-tutor-commands")
        # A narrow window: the page tells the session the pane's new width, and the diagram fits it.
        one.driver.set_window_size(460, 900)
        time.sleep(0.6)
        width = one.driver.execute_script("return window.sgtutorColumns()")
        if not 20 <= width < 60:
            fail(f"the narrow pane measures {width} columns")
        narrow = one.type("hosts", "db-3")
        wide = [line for line in narrow.split("\n") if len(line) > width and not line.startswith("sgtutor> ")]
        if wide:
            fail(f"lines wider than the {width}-column pane: {wide[:3]!r}")
        if not one.driver.execute_script("const o = document.getElementById('output');"
                                         "return o.scrollWidth <= o.clientWidth + 1"):
            fail("the narrow pane scrolls sideways")
        one.shot("06-narrow-pane")
        one.driver.set_window_size(1200, 900)
        columns = one.driver.execute_script(
            "const o = document.getElementById('output');"
            "return o.scrollWidth <= o.clientWidth + 1 && o.scrollTop + o.clientHeight >= o.scrollHeight - 2")
        if not columns:
            fail("the output pane scrolls sideways or the newest output is not in view")
        live = one.driver.find_element(By.ID, "output").get_attribute("aria-live")
        if live not in ("polite", "assertive"):
            fail("the output pane is not a live region")
        one.driver.find_element(By.ID, "line").send_keys(Keys.CONTROL, "l")
        one.until("empty pane after Ctrl-L", lambda: one.output() == "")

        one.driver.refresh()
        # `solution` finished lesson 3: after a reload the menu marks it done (progress kept by the sandbox).
        one.until("lesson 3 marked done after a reload", lambda: "✓ 3. Three database servers" in one.output())
        one.shot("07-reloaded-resume")
        first_session = one.driver.execute_script("return window.sgtutorSession")

        two = Page(browser("dark"), args.root, args.out, second)
        two.sign_in(second, second_password)
        two.shot("08-second-participant-dark")
        if not is_dark(two.driver):
            fail("the page does not follow the dark system setting")
        if "where you left off" in two.output() or "(1/2)" in two.output():
            fail(f"{second} sees {first}'s work")
        listed = two.type("server group list", "sgtutor> ")
        if "DB Cluster" in listed:
            fail(f"{second}'s group list shows {first}'s group")
        second_session = two.driver.execute_script("return window.sgtutorSession")
        for method, path, body in [("POST", f"sessions/{first_session}/lines", {"line": "server group list"}),
                                   ("POST", f"sessions/{first_session}/complete", {"line": "server group show \"DB"}),
                                   ("DELETE", f"sessions/{first_session}", None)]:
            status, _ = two.call(method, path, body)
            if status not in (403, 404):
                fail(f"{second} got {status} for {method} {first}'s session")
        status, _ = one.call("POST", f"sessions/{second_session}/lines", {"line": "server group list"})
        if status not in (403, 404):
            fail(f"{first} got {status} for {second}'s session")

        # The instructor's room shows participant-2's one-time code; it signs participant-2 in once, here from a
        # Norwegian browser in dark mode.
        room = Page(browser("light"), args.root, args.out, "instructor")
        extra.append(room)
        room.driver.get(args.root + "/sgtutor/room")
        room.driver.find_element(By.ID, "password").send_keys(args.instructor)
        room.driver.find_element(By.ID, "signin-button").click()
        badge = f'article[data-participant="{second}"] .badge.code'
        room.until("one-time code on the room page",
                   lambda: room.driver.find_elements(By.CSS_SELECTOR, badge))
        code = room.driver.find_element(By.CSS_SELECTOR, badge).text.replace("code ", "").strip()
        room.shot("09-room-with-codes")
        three = Page(browser("dark", lang="nb-NO"), args.root, args.out, second + "-nb")
        extra.append(three)
        three.driver.get(args.root + "/sgtutor/tutor")
        three.until("the Norwegian sign-in form",
                    lambda: three.driver.find_element(By.ID, "label-user").text == "Brukernavn"
                    and three.driver.find_element(By.ID, "code").is_displayed())
        three.driver.find_element(By.ID, "username").send_keys(second)
        three.driver.find_element(By.ID, "code").send_keys(code)
        three.driver.find_element(By.ID, "signin-button").click()
        three.until("the Norwegian welcome after a code sign-in", lambda: "Velkommen til sgtutor" in three.output())
        three.type("lesson 2", "Steg 1 av 2")
        if three.driver.execute_script("return document.documentElement.lang") != "nb":
            fail("the Norwegian page is not marked lang=nb")
        if not is_dark(three.driver):
            fail("the Norwegian page is not dark in a dark browser")
        three.shot("10-code-sign-in-norwegian-dark")
        status, answer = three.call("POST", "login", {"username": second, "code": code})
        if status != 401:
            fail(f"the one-time code signed in twice ({status})")
        print(f"browser-e2e: ok (lesson 2 done by typing with Tab, diagram shown, why/explain/equivalent/hint/goal/"
              f"solution typed, a narrow pane fitted, resume offered after a reload; {second} saw none of it and was "
              f"refused {first}'s session; the room's one-time code signed {second} in once, in Norwegian, dark); "
              f"screenshots in {args.out}")
    finally:
        one.driver.quit()
        for page in [two] + extra:
            if page:
                page.driver.quit()


if __name__ == "__main__":
    main()
