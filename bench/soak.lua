-- wrk script for bench/soak.sh: each connection sends one request, then waits (wrk's delay()),
-- so the rate is fixed by the number of connections and SOAK_DELAY_MS, not by how fast the
-- application answers. A mix of what analysts read and what editors write:
--   30 % dashboard, 25 % timeline (by place or searched), 15 % control map GeoJSON,
--   20 % event pages, 10 % a new draft event through the JSON API (an editor's write).
local token, delay_ms, places, events, kidal, fama
local written = 0

function init(args)
  token = args[1]
  delay_ms = tonumber(args[2] or "100")
  places = tonumber(args[3] or "44")
  events = tonumber(args[4] or "76")
  kidal = args[5]
  fama = args[6]
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
end

function delay()
  return delay_ms
end

local function day()
  return os.date("%Y-%m-%d", os.time({ year = 2012, month = 1, day = 1 }) + math.random(0, 4500) * 86400)
end

function request()
  local r = math.random(100)
  if r <= 30 then
    return wrk.format("GET", "/")
  elseif r <= 42 then
    return wrk.format("GET", "/timeline?place=" .. math.random(1, places))
  elseif r <= 55 then
    return wrk.format("GET", "/timeline?q=kidal")
  elseif r <= 70 then
    return wrk.format("GET", "/map/control.geojson?date=" .. day())
  elseif r <= 90 then
    return wrk.format("GET", "/events/" .. math.random(1, events))
  end
  written = written + 1
  local body = string.format('{"eventDate": "%s", "placeId": %s, "eventTypeCode": "BATTLES", '
    .. '"subEventTypeCode": "ARMED_CLASH", "title": "Soak write %d", "confirmDuplicate": true, '
    .. '"participants": [{"actorId": %s, "side": "A", "role": "PRIMARY"}]}', day(), kidal, written, fama)
  return wrk.format("POST", "/api/v1/events",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

-- Any status but 200, 201 and the 404 of an event id the demo record lacks counts as an error.
local errors = 0
function response(status, headers, body)
  if status ~= 200 and status ~= 201 and status ~= 404 then
    errors = errors + 1
    if errors <= 5 then
      io.stderr:write("unexpected status " .. status .. "\n")
    end
  end
end
