-- wrk script for bench/clicktocall/run.sh: POSTs a banner's callback request as JSON with a distinct valid German mobile
-- number on every request (the intake refuses a number that already waits: 409 duplicate_request).
-- Usage: wrk ... -s intake.lua URL -- BASE   (BASE 1-9: a different first digit per wrk run, so runs never repeat a number)
-- Number: +49151 BASE THREAD(1 digit) COUNTER(6 digits) -> +49151 + 8 digits.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  base = tonumber(args[1] or "1")
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local phone = string.format("+49151%d%d%06d", base, tid % 10, counter % 1000000)
  local body = '{"phone":"' .. phone .. '","consent":true,"pageUrl":"https://shop.example.com/help"}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 202 and not reported then
    reported = true
    io.stderr:write("first non-202 answer: " .. status .. " " .. body .. "\n")
  end
end
