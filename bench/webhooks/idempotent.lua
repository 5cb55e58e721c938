-- wrk script: the benchmark's JSON POST with a unique Idempotency-Key on every request.
wrk.method = "POST"
wrk.body = '{"amount": 150, "orderId": "A-1001", "customer": "ada@example.com"}'
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. tostring(tid) .. "-" .. n .. "-" .. os.time() }, nil)
end
