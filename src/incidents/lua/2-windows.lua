-- Aggregation script, part 2 of 4: classification and sliding windows.
--
-- A window holds reporters not yet counted in an incident, scored by their report's first-message
-- time and trimmed to INCIDENT_WINDOW_MINUTES on every read. A reporter is in at most one window
-- (their latest report decides which), recorded in p:<reporter>. Joining an incident takes the
-- reporter out, so a report counted in an incident never counts again toward a new one.

-- Same table as classify-report.ts: a report counts toward an upstream outage only once the
-- person has said what fails (a ChatGPT surface and a server-side symptom, or a verdict that keeps
-- the failure upstream); until then it is `pending`.
local function classify(r)
  if r.uncounted == '1' then return 'not_counted' end
  local api = r.surface == 'api' or string.sub(r.symptom or '', 1, 4) == 'api_'
  if api then
    if API_SERVER[r.symptom or ''] or r.branch == 'api_server' then return 'api_server' end
    return 'not_counted'
  end
  if r.branch == 'network' or r.otherNetwork == 'works' then return 'local_network' end
  if LOCAL_DEVICE[r.branch or ''] then return 'local_device' end
  if UPSTREAM_SURFACES[r.surface or ''] and (UPSTREAM_SYMPTOMS[r.symptom or ''] or UPSTREAM_BRANCHES[r.branch or '']) then return 'candidate' end
  return 'pending'
end

-- Same as placeOf in classify-report.ts (siteKey is normalised by the caller).
local function place_of(r)
  if r.siteKey and r.siteKey ~= '' then return 'site:' .. r.siteKey end
  if r.network and r.network ~= '' then return 'network:' .. r.network end
  return ''
end

local function windowed(cls, place)
  return cls == 'candidate' or cls == 'api_server' or (cls == 'local_network' and place ~= '')
end

local function wadd(k, member, score)
  redis.call('ZADD', k, 'GT', score, member)
  redis.call('PEXPIRE', k, C.windowTtl)
end

local function wcount(k)
  redis.call('ZREMRANGEBYSCORE', k, '-inf', C.cut)
  return redis.call('ZCARD', k)
end

local function unwindow(reporter)
  local pk = key('p', reporter)
  local p = hash(pk)
  local place = p.place or ''
  if p.cls == 'candidate' then
    redis.call('ZREM', key('w', 'up'), reporter)
    if place ~= '' then redis.call('ZREM', key('w', 'upg', place), reporter) end
  elseif p.cls == 'local_network' then
    redis.call('ZREM', key('w', 'net', place), reporter)
  elseif p.cls == 'api_server' then
    redis.call('ZREM', key('w', 'api'), reporter)
  end
  redis.call('DEL', pk)
end

-- Puts the reporter in the window of their report's class (and the conversation in w:conv, from
-- which a new incident is seeded).
local function window(conv, r)
  unwindow(r.reporter)
  local ts = n(r.firstAt)
  if not windowed(r.cls, r.place) then
    redis.call('ZREM', key('w', 'conv'), conv)
    return
  end
  if r.cls == 'candidate' then
    wadd(key('w', 'up'), r.reporter, ts)
    if r.place ~= '' then
      wadd(key('w', 'upg', r.place), r.reporter, ts)
      wadd(key('w', 'upp'), r.place, ts)
    end
  elseif r.cls == 'local_network' then
    wadd(key('w', 'net', r.place), r.reporter, ts)
  else
    wadd(key('w', 'api'), r.reporter, ts)
  end
  local pk = key('p', r.reporter)
  redis.call('HSET', pk, 'cls', r.cls, 'place', r.place)
  redis.call('PEXPIRE', pk, C.windowTtl)
  redis.call('ZADD', key('w', 'conv'), ts, conv)
  redis.call('PEXPIRE', key('w', 'conv'), C.windowTtl)
end

-- Places with at least one candidate reporter in the window; stops counting at `enough`.
local function upstream_places(enough)
  local k = key('w', 'upp')
  redis.call('ZREMRANGEBYSCORE', k, '-inf', C.cut)
  local count = 0
  for _, place in ipairs(redis.call('ZRANGE', k, 0, -1)) do
    if wcount(key('w', 'upg', place)) > 0 then
      count = count + 1
      if count >= enough then return count end
    else
      redis.call('ZREM', k, place)
    end
  end
  return count
end
