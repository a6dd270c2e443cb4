"""The participants' tutor page in headless Chromium (Debian's chromium and chromedriver, driven by selenium).

participant-1 signs in, does lesson 2 by typing (the group's name in step 2 completed with Tab from `"DB Cl`),
sees each step marked done, boots a server and sees the placement diagram, reloads the page and is offered to
resume. participant-2, in a second browser (its own profile), signs in, sees none of it, and is refused
participant-1's session. Screenshots go to --out. Exits 1 with one line on the first thing that is wrong.
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


def browser(scheme):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900",
                 "--lang=en-US", f"--blink-settings=preferredColorScheme={0 if scheme == 'dark' else 1}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


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
    parser.add_argument("--participant", action="append", default=[], help="name=password")
    args = parser.parse_args()
    (first, first_password), (second, second_password) = (item.split("=", 1) for item in args.participant[:2])

    one = Page(browser("light"), args.root, args.out, first)
    two = None
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
        one.until("resume offer after a reload", lambda: "Type `lesson 3` to go on where you left off" in one.output())
        one.shot("05-reloaded-resume")
        first_session = one.driver.execute_script("return window.sgtutorSession")

        two = Page(browser("dark"), args.root, args.out, second)
        two.sign_in(second, second_password)
        two.shot("06-second-participant-dark")
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
        print(f"browser-e2e: ok (lesson 2 done by typing with Tab, diagram shown, resume offered after a reload; "
              f"{second} saw none of it and was refused {first}'s session); screenshots in {args.out}")
    finally:
        one.driver.quit()
        if two:
            two.driver.quit()


if __name__ == "__main__":
    main()
