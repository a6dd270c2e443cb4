-- wrk script: GET with the token from the environment.
wrk.headers["X-Auth-Token"] = os.getenv("SANDBOX_TOKEN")
wrk.headers["OpenStack-API-Version"] = "compute 2.64"

done = function(summary, latency, requests)
  io.write(string.format("p99 %.2f ms, errors %d\n", latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
