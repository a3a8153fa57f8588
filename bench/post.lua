-- wrk script: POSTs the JSON file named by BODY to the URL given to wrk, with the bearer token TOKEN if set, and
-- counts the answers by status, and the 503s that carry Retry-After. Prints "statuses 200=... 503=... retryAfter=..."
-- at the end.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  retry_after = 0
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 503 and (headers["Retry-After"] or headers["retry-after"]) then
    retry_after = retry_after + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local retries = 0
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do
      total[code] = (total[code] or 0) + n
    end
    retries = retries + thread:get("retry_after")
  end
  local line = "statuses"
  for code, n in pairs(total) do
    line = line .. " " .. code .. "=" .. n
  end
  io.write(line .. " retryAfter=" .. retries .. "\n")
end
