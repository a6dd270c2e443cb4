-- wrk script: POST /v2.1/servers round-robin over many participants' tokens (one per line in ROOM_BENCH_TOKENS).
-- Usage: ROOM_BENCH_TOKENS=tokens.txt wrk -t2 -c32 -d10s -s scripts/bench/room-boot.lua http://127.0.0.1:PORT/v2.1/servers
local tokens = {}
for line in io.lines(os.getenv("ROOM_BENCH_TOKENS")) do tokens[#tokens + 1] = line end
local next_token = 0
local body = '{"server": {"name": "bench", "flavorRef": "1", "networks": "none"}}'

request = function()
  next_token = next_token % #tokens + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json", ["X-Auth-Token"] = tokens[next_token],
    ["OpenStack-API-Version"] = "compute 2.75"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p99 %.2f ms, errors %d\n", latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
