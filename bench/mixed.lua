-- wrk script for bench/threads.sh: a mix of analyst reads on the synthetic archive
-- (bench/generate.sql), uniformly random ids: 35 % dashboard, 25 % sign-in page, 20 % a place's
-- timeline, 12 % event pages, 5 % place pages, 3 % actor pages. With a delay (the first
-- argument after "--", in ms) each connection waits that long between requests, so the load is
-- fixed by the connections and the delay; with 0 it is as fast as the application answers.
local delay_ms

function init(args)
  delay_ms = tonumber(args[1] or "0")
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
end

function delay()
  return delay_ms
end

function request()
  local r = math.random(100)
  if r <= 35 then
    return wrk.format("GET", "/")
  elseif r <= 60 then
    return wrk.format("GET", "/login")
  elseif r <= 80 then
    return wrk.format("GET", "/timeline?place=" .. math.random(1, 5000))
  elseif r <= 92 then
    return wrk.format("GET", "/events/" .. math.random(1, 2000000))
  elseif r <= 97 then
    return wrk.format("GET", "/places/" .. math.random(1, 5000))
  end
  return wrk.format("GET", "/actors/" .. math.random(1, 300))
end
