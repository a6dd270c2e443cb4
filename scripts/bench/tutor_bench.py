"""The tutor in a browser under a room's load: N participants at once, each in a scripted browser session (the
page's own calls: sign in, start a session, follow its server-sent events, POST each line), typing the commands
of lessons 2 and 3. Measures each line from the POST to the prompt that follows its output, and the sandbox's
memory (VmRSS) per session. Then, against a fresh sandbox in the same run, the same commands over the plain API
(each line's REST call as python-openstackclient makes it, with a token per participant), timed from request to
answer. Prints a Markdown table. Needs aiohttp (PyPI).

Usage: tutor_bench.py --serve-bin PATH --participants N --password P
"""
import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import aiohttp

# Lessons 2 and 3 as a participant types them (tutor commands included), and for each the REST call the same
# command makes over the plain API (None: a tutor command, nothing to send).
GROUP = '"DB Cluster"'
LINES = [
    ("lesson 2", None),
    (f"server group create --policy anti-affinity {GROUP}", ("POST", "os-server-groups")),
    ("next", None),
    (f"server group show {GROUP}", ("GET", "os-server-groups/{group}")),
    ("lesson 3", None),
    (f"server create --flavor m1.small --image ubuntu-24.04 --network private --server-group {GROUP} db-1",
     ("POST", "servers")),
    ("server list", ("GET", "servers/detail")),
    ("server group list", ("GET", "os-server-groups")),
    ("hosts", ("GET", "servers/detail")),
]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start_serve(binary, participants, password, work):
    with open(os.path.join(work, "credentials"), "w") as credentials:
        credentials.write("instructor: bench-admin\n")
        for n in range(1, participants + 1):
            credentials.write(f"participant-{n}: {password}\n")
    log = open(os.path.join(work, "serve.log"), "w+")
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--quiet", "--participants", str(participants), "--credentials",
         os.path.join(work, "credentials"), "--clouds-dir", os.path.join(work, "clouds")],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(1200):
        log.seek(0)
        found = re.search(r"listening on (http://\S+)", log.read())
        if found:
            return process, found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    log.seek(0)
    sys.exit("tutor-bench: the sandbox did not start:\n" + log.read())


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Failure(Exception):
    pass


async def browser_participant(http, root, name, password, latencies, ready, go):
    """One participant's page: sign in, a session, its events, then each line timed to the prompt after it."""
    api = root + "/sgtutor/v1/tutor/"
    async with http.post(api + "login", json={"username": name, "password": password}) as answer:
        if answer.status != 201:
            raise Failure(f"{name}: sign-in answered {answer.status}")
        login = (await answer.json())["login"]
    headers = {"X-Tutor-Login": login}
    async with http.post(api + "sessions", json={"columns": 100, "language": "en"}, headers=headers) as answer:
        if answer.status != 201:
            raise Failure(f"{name}: session answered {answer.status}: {await answer.text()}")
        started = await answer.json()
    session, ticket = started["session"], started["ticket"]
    prompts = asyncio.Queue()

    async def follow(events):
        kind = None
        async for raw in events.content:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: ") and kind in ("prompt", "ended"):
                await prompts.put((kind, time.perf_counter()))

    events = await http.get(f"{api}sessions/{session}/events", params={"ticket": ticket},
                            timeout=aiohttp.ClientTimeout(total=None, sock_read=None))
    follower = asyncio.create_task(follow(events))
    try:
        kind, _ = await asyncio.wait_for(prompts.get(), 300)
        if kind != "prompt":
            raise Failure(f"{name}: the session ended before its first prompt")
        ready.release()
        await go.wait()
        for text, _ in LINES:
            sent = time.perf_counter()
            async with http.post(f"{api}sessions/{session}/lines", json={"line": text, "columns": 100},
                                 headers=headers) as answer:
                if answer.status != 202:
                    raise Failure(f"{name}: {text!r} answered {answer.status}")
            kind, at = await asyncio.wait_for(prompts.get(), 120)
            if kind != "prompt":
                raise Failure(f"{name}: the session ended after {text!r}")
            latencies.append(at - sent)
    except BaseException:
        follower.cancel()
        events.close()
        raise
    # The session stays open until every participant has measured (memory is read then).
    return follower, events


async def api_participant(http, root, name, password, latencies, ready, go):
    """The same lines over the plain API: a scoped token, then each line's REST call timed to its answer."""
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": name, "domain": {"name": "Default"}, "password": password}}}}}
    async with http.post(root + "/identity/v3/auth/tokens", json=body) as answer:
        token = answer.headers["X-Subject-Token"]
        project = (await answer.json())["token"].get("project", {}).get("id")
    if project is None:
        body["auth"]["scope"] = {"project": {"name": name, "domain": {"name": "Default"}}}
        async with http.post(root + "/identity/v3/auth/tokens", json=body) as answer:
            token = answer.headers["X-Subject-Token"]
    headers = {"X-Auth-Token": token, "OpenStack-API-Version": "compute 2.64"}
    compute = root + "/v2.1/"
    # What python-openstackclient looks up before a boot: the flavor, image and network IDs (not timed).
    async with http.get(compute + "flavors", headers=headers) as answer:
        flavor = next(f["id"] for f in (await answer.json())["flavors"] if f["name"] == "m1.small")
    async with http.get(root + "/image/v2/images", headers=headers) as answer:
        image = next(i["id"] for i in (await answer.json())["images"] if i["name"] == "ubuntu-24.04")
    async with http.get(root + "/networking/v2.0/networks", headers=headers) as answer:
        network = next(n["id"] for n in (await answer.json())["networks"] if n["name"] == "private")
    group = None
    ready.release()
    await go.wait()
    for _, call in LINES:
        if call is None:
            continue
        method, path = call
        payload = None
        if path == "os-server-groups" and method == "POST":
            payload = {"server_group": {"name": "DB Cluster", "policy": "anti-affinity"}}
        elif path == "servers":
            payload = {"server": {"name": "db-1", "flavorRef": flavor, "imageRef": image,
                                  "networks": [{"uuid": network}]},
                       "os:scheduler_hints": {"group": group}}
        sent = time.perf_counter()
        async with http.request(method, compute + path.format(group=group), json=payload,
                                headers=headers) as answer:
            data = await answer.read()
            if answer.status >= 300:
                raise Failure(f"{name}: {method} {path} answered {answer.status}: {data[:200]!r}")
        latencies.append(time.perf_counter() - sent)
        if path == "os-server-groups" and method == "POST":
            group = json.loads(data)["server_group"]["id"]


async def run(mode, binary, participants, password):
    work = tempfile.mkdtemp(prefix="sgtutor-tutor-bench-")
    process, root = start_serve(binary, participants, password, work)
    try:
        await asyncio.sleep(0.5)
        before = rss_kib(process.pid)
        latencies = []
        ready = asyncio.Semaphore(0)
        go = asyncio.Event()
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=300)) as http:
            worker = browser_participant if mode == "browser" else api_participant
            tasks = [asyncio.create_task(worker(http, root, f"participant-{n}", password, latencies, ready, go))
                     for n in range(1, participants + 1)]
            for _ in range(participants):
                await ready.acquire()
            opened = rss_kib(process.pid)
            started = time.perf_counter()
            go.set()
            results = await asyncio.gather(*tasks)
            elapsed = time.perf_counter() - started
            after = rss_kib(process.pid)
            for result in results:
                if result:
                    follower, events = result
                    follower.cancel()
                    events.close()
        return {"mode": mode, "lines": len(latencies), "median_ms": statistics.median(latencies) * 1000,
                "p99_ms": percentile(latencies, 0.99) * 1000, "rss_start_kib": before, "rss_open_kib": opened,
                "rss_end_kib": after, "seconds": elapsed}
    finally:
        process.kill()
        process.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve-bin", required=True)
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--password", default="bench-password")
    args = parser.parse_args()
    try:
        api = asyncio.run(run("api", args.serve_bin, args.participants, args.password))
        browser = asyncio.run(run("browser", args.serve_bin, args.participants, args.password))
    except Failure as failure:
        sys.exit(f"tutor-bench: FAIL: {failure}")
    n = args.participants
    per_session = (browser["rss_end_kib"] - api["rss_end_kib"]) / n
    print(f"| {n} participants at once | lines timed | median | p99 | sandbox RSS at the end | wall time |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for result, label in ((api, "plain API (one REST call per line)"), (browser, "browser sessions (SSE + POST)")):
        print(f"| {label} | {result['lines']} | {result['median_ms']:.1f} ms | {result['p99_ms']:.1f} ms | "
              f"{result['rss_end_kib'] / 1024:.0f} MiB | {result['seconds']:.1f} s |")
    print()
    print(f"Sandbox RSS: {api['rss_start_kib'] / 1024:.0f} MiB at start; with {n} browser sessions open "
          f"{browser['rss_open_kib'] / 1024:.0f} MiB before typing, {browser['rss_end_kib'] / 1024:.0f} MiB after; "
          f"{per_session:.0f} KiB per session more than the same work over the plain API "
          f"({(browser['rss_open_kib'] - browser['rss_start_kib']) / n:.0f} KiB per freshly opened session).")
    print(f"Browser p99 / API p99: {browser['p99_ms'] / api['p99_ms']:.1f}x; "
          f"median ratio {browser['median_ms'] / api['median_ms']:.1f}x.")


if __name__ == "__main__":
    main()
