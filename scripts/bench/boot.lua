-- wrk script: POST /v2.1/servers (one m1.tiny, no network) with the token and group from the environment.
-- Usage: SANDBOX_TOKEN=... wrk -t2 -c32 -d10s -s scripts/bench/boot.lua http://127.0.0.1:PORT/v2.1/servers
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Auth-Token"] = os.getenv("SANDBOX_TOKEN")
wrk.headers["OpenStack-API-Version"] = "compute 2.75"
wrk.body = '{"server": {"name": "bench", "flavorRef": "1", "networks": "none"}}'

done = function(summary, latency, requests)
  io.write(string.format("p99 %.2f ms, errors %d\n", latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
