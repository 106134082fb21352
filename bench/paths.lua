-- wrk script: each request asks for the path given after "--", with {place}, {actor}, {event},
-- {region} (a region of level 1), {source}, {date} and {window30} or {window365} (from=…&to=…, that many
-- days) replaced by uniformly random values in the synthetic archive's ranges
-- (bench/generate.sql), so the benchmark does not measure one cached row; pgbench draws the same.
--   wrk -t2 -c32 -d20s -s bench/paths.lua http://127.0.0.1:18080 -- '/places/{place}' 5000 300 2000000
local template, places, actors, events

function init(args)
  template = args[1] or "/"
  places = tonumber(args[2] or "5000")
  actors = tonumber(args[3] or "300")
  events = tonumber(args[4] or "2000000")
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
end

local function day()
  local t = os.time({ year = 2000, month = 1, day = 1 }) + math.random(0, 9130) * 86400
  return os.date("%Y-%m-%d", t)
end

local function window(days)
  local to = os.time({ year = 2000, month = 1, day = 1 }) + math.random(days, 9130) * 86400
  return "from=" .. os.date("%Y-%m-%d", to - (days - 1) * 86400) .. "&to=" .. os.date("%Y-%m-%d", to)
end

function request()
  local path = template
    :gsub("{place}", function() return tostring(math.random(1, places)) end)
    :gsub("{actor}", function() return tostring(math.random(1, actors)) end)
    :gsub("{event}", function() return tostring(math.random(1, events)) end)
    :gsub("{region}", function() return "SYN-" .. tostring(math.random(1, 10)) end)
    :gsub("{source}", function() return tostring(math.random(1, 200)) end)
    :gsub("{date}", day)
    :gsub("{window30}", function() return window(30) end)
    :gsub("{window365}", function() return window(365) end)
  return wrk.format("GET", path)
end
