"""The room page in headless Chromium (Debian's chromium and chromedriver, driven over WebDriver by selenium).

Signs in as the instructor, has two participants create "DB Cluster" and boot into it through the API, checks
that both appear without a reload, fails a host from the page and checks that the DOWN host is on both
participants' pictures. Screenshots go to --out. Exits 1 with one line on the first thing that is wrong.
"""
import argparse
import json
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def fail(message):
    print("room-e2e: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def call(root, method, path, token=None, body=None, version=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(root + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("X-Auth-Token", token)
    if version:
        request.add_header("OpenStack-API-Version", "compute " + version)
    with urllib.request.urlopen(request, timeout=10) as answer:
        text = answer.read().decode()
        return answer.headers, (json.loads(text) if text else None)


def login(root, user, password):
    body = {"auth": {"identity": {"methods": ["password"], "password": {
        "user": {"name": user, "domain": {"name": "Default"}, "password": password}}}}}
    headers, _ = call(root, "POST", "/identity/v3/auth/tokens", body=body)
    return headers["X-Subject-Token"]


def boot_cluster(root, token):
    _, group = call(root, "POST", "/v2.1/os-server-groups", token, version="2.64", body={
        "server_group": {"name": "DB Cluster", "policy": "anti-affinity"}})
    group_id = group["server_group"]["id"]
    for name in ("db-1", "db-2"):
        call(root, "POST", "/v2.1/servers", token, version="2.75", body={
            "server": {"name": name, "flavorRef": "1", "networks": "none"},
            "os:scheduler_hints": {"group": group_id}})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--instructor", required=True, help="the instructor's password")
    parser.add_argument("--participant", action="append", default=[], help="name=password")
    args = parser.parse_args()
    participants = dict(item.split("=", 1) for item in args.participant)

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The page redraws a card whenever the room changes, so an element found a moment ago may be gone: look again.
    wait = WebDriverWait(driver, 10, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException])

    def settled(check):
        for _ in range(50):
            try:
                return check()
            except StaleElementReferenceException:
                time.sleep(0.1)
        return check()

    def shot(name):
        driver.save_screenshot(f"{args.out}/{name}.png")

    def cards():
        return {card.get_attribute("data-participant"): card
                for card in driver.find_elements(By.CSS_SELECTOR, "article.card")}

    try:
        driver.get(args.root + "/sgtutor/room")
        # A participant is refused with a clear line.
        name = list(participants)[0]
        driver.find_element(By.ID, "username").clear()
        driver.find_element(By.ID, "username").send_keys(name)
        driver.find_element(By.ID, "password").send_keys(participants[name])
        driver.find_element(By.ID, "signin-button").click()
        wait.until(lambda d: "not an admin" in d.find_element(By.ID, "signin-error").text)
        shot("01-participant-refused")

        driver.find_element(By.ID, "username").clear()
        driver.find_element(By.ID, "username").send_keys("instructor")
        driver.find_element(By.ID, "password").send_keys(args.instructor)
        driver.find_element(By.ID, "signin-button").click()
        wait.until(lambda d: d.find_element(By.ID, "status").text == "live")
        wait.until(lambda d: set(cards()) == set(participants))
        if "sgtutor-room-token" in driver.current_url:
            fail("the token is in the URL")
        shot("02-signed-in")
        marker = driver.execute_script("window.notReloaded = 42; return window.notReloaded")

        tokens = {name: login(args.root, name, password) for name, password in participants.items()}
        # The second participant reports being on lesson 2, step 1 for twelve minutes: stuck, so listed first.
        last = list(participants)[-1]
        started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 720))
        call(args.root, "PUT", "/sgtutor/v1/progress", tokens[last], body={"progress": {
            "lesson": "2", "lesson_title": "DB Cluster", "step": 1, "hints_asked": 2, "step_started": started}})
        wait.until(lambda d: driver.find_elements(By.CSS_SELECTOR, "article.card")[0]
                   .get_attribute("data-participant") == last)
        if "stuck" not in settled(lambda: cards()[last].find_element(By.CSS_SELECTOR, "h3").text):
            fail(f"{last} is not marked stuck")
        for token in tokens.values():
            boot_cluster(args.root, token)
        started = time.monotonic()

        def booted(d):
            found = cards()
            return all(len(found[n].find_elements(By.CSS_SELECTOR, ".picture li.entry")) == 2 for n in participants)
        wait.until(booted)
        seconds = time.monotonic() - started
        if seconds > 2:
            fail(f"the servers took {seconds:.1f} s to appear")
        if driver.execute_script("return window.notReloaded") != marker:
            fail("the page reloaded")
        def pictures():
            return {name: ([e.text for e in card.find_elements(By.CSS_SELECTOR, ".picture li.entry")],
                           card.find_element(By.CSS_SELECTOR, ".legend").text) for name, card in cards().items()}
        for name, (entries, legend) in settled(pictures).items():
            if sorted(entries) != ["A db-1", "A db-2"]:
                fail(f"{name}'s picture shows {entries}, not A db-1 and A db-2")
            if "DB Cluster (anti-affinity)" not in legend:
                fail(f"{name}'s legend does not name DB Cluster")
        shot("03-both-booted")

        # The host participant-1's db-1 is on, failed from the page.
        _, room = call(args.root, "GET", "/sgtutor/v1/room", login(args.root, "instructor", args.instructor))
        first = next(p for p in room["participants"] if p["name"] == list(participants)[0])
        host = next(s["host"] for s in first["servers"] if s["name"] == "db-1")
        Select(driver.find_element(By.ID, "host-select")).select_by_value(host)
        driver.find_element(By.CSS_SELECTOR, "[data-host-action=fail]").click()

        def down_everywhere(d):
            return all(found.find_elements(By.CSS_SELECTOR, f'.host.down[data-host="{host}"]')
                       for found in cards().values())
        wait.until(down_everywhere)
        def states():
            return {name: card.find_element(By.CSS_SELECTOR, f'.host[data-host="{host}"] .state').text
                    for name, card in cards().items()}
        for name, state in settled(states).items():
            if state != "DOWN":
                fail(f"{host} says {state!r}, not DOWN, on {name}'s picture")
        marked = settled(lambda: [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".entry.on-down")])
        if len(marked) < 2:
            fail(f"{len(marked)} servers are marked as on a DOWN host, expected at least 2")
        if "failed " + host not in settled(lambda: driver.find_element(By.ID, "actions").get_attribute("textContent")):
            fail("the action is not listed on the page")
        shot("04-host-down")

        driver.find_element(By.ID, "message-text").send_keys("Look at the screen")
        driver.find_element(By.CSS_SELECTOR, "#message-form button[type=submit]").click()
        wait.until(lambda d: "Look at the screen" in d.find_element(By.ID, "current-message").text)
        _, seen = call(args.root, "GET", "/sgtutor/v1/message", tokens[last])
        if (seen.get("message") or {}).get("text") != "Look at the screen":
            fail("the participant does not get the message")

        driver.find_element(By.ID, "large").click()
        driver.find_element(By.ID, "compact").click()
        shot("05-compact-large")
        print(f"room-e2e: ok (servers appeared in {seconds:.2f} s; {host} DOWN on both pictures); "
              f"screenshots in {args.out}")
    except Exception as error:  # noqa: BLE001 - one line and a screenshot for any failure
        shot("failure")
        fail(f"{type(error).__name__}: {error}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
