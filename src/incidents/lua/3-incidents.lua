-- Aggregation script, part 3 of 4: incident records.
--
-- i:<id> hash: id kind state place openedAt openedBy lastReportAt reporters reports places version exp
--   ackBy ackAt snoozedBy snoozedUntil resolvedAt resolvedBy resolution
--   nSeq nId nKind nTotal nSent nFailed nSkipped (the latest fan-out of notices: outbox-lib.lua)
-- i:<id>:who reporter -> attribution "place\nsurface\nsymptom\nnetwork\nsiteKey" (one per distinct reporter)
-- i:<id>:rc  reporter -> how many of their conversations count in the incident
-- i:<id>:by  g:<place> n:<network> t:<siteKey> s:<surface> y:<symptom> -> distinct reporters (breakdowns;
--   `unknown` for a network, site, surface or symptom not given)
-- i:<id>:lbl siteKey -> the site's label as first given (case kept)
-- i:<id>:min minute start (ms) -> reports;  :tl timeline (JSON list);  :sub subscribed conversations;  :cv its conversations;
-- i:<id>:st status incident id -> JSON link

local function attr_of(r)
  return (r.place or '') .. '\n' .. (r.surface or '') .. '\n' .. (r.symptom or '') .. '\n' .. (r.network or '') .. '\n' .. (r.siteKey or '')
end

local function split_attr(attr)
  local t = {}
  for part in string.gmatch(attr .. '\n', '([^\n]*)\n') do t[#t + 1] = part end
  return t
end

local function count_field(id, field, delta)
  local v = redis.call('HINCRBY', ik(id, 'by'), field, delta)
  if v <= 0 then redis.call('HDEL', ik(id, 'by'), field) end
  return v
end

local function milestone(id, what, value)
  if not STATE.seeding and MILESTONES[what][value] then timeline(id, { type = 'threshold', [what] = value }) end
end

local function or_unknown(v)
  if v == nil or v == '' then return 'unknown' end
  return v
end

local function tally(id, attr, delta)
  local a = split_attr(attr)
  if a[1] ~= '' then
    local v = count_field(id, 'g:' .. a[1], delta)
    if (delta > 0 and v == 1) or (delta < 0 and v <= 0) then
      local places = redis.call('HINCRBY', ik(id), 'places', delta > 0 and 1 or -1)
      if delta > 0 then milestone(id, 'places', places) end
    end
  end
  count_field(id, 's:' .. or_unknown(a[2]), delta)
  count_field(id, 'y:' .. or_unknown(a[3]), delta)
  count_field(id, 'n:' .. or_unknown(a[4]), delta)
  count_field(id, 't:' .. or_unknown(a[5]), delta)
end

local function minute_of(r)
  return ms(math.floor(n(r.firstAt) / 60000) * 60000)
end

-- Counts report `r` of conversation `conv` in incident `id`: the reporter once (attributed to
-- their latest report), the conversation once (per-minute count by first message).
local function join(id, conv, r)
  local rk = key('r', conv)
  -- Read from the hash: a seed in this same call may have counted the conversation already.
  if redis.call('HGET', rk, 'inc') ~= id then
    r.inc = id
    redis.call('HSET', rk, 'inc', id)
    redis.call('HINCRBY', ik(id), 'reports', 1)
    redis.call('HINCRBY', ik(id, 'min'), minute_of(r), 1)
    redis.call('SADD', ik(id, 'cv'), conv)
    if r.sub == '1' then redis.call('SADD', ik(id, 'sub'), conv) end
    redis.call('HINCRBY', ik(id, 'rc'), r.reporter, 1)
  end
  r.inc = id
  local attr = attr_of(r)
  local who = ik(id, 'who')
  local old = redis.call('HGET', who, r.reporter)
  if not old then
    redis.call('HSET', who, r.reporter, attr)
    local reporters = redis.call('HINCRBY', ik(id), 'reporters', 1)
    tally(id, attr, 1)
    milestone(id, 'reporters', reporters)
  elseif old ~= attr then
    tally(id, old, -1)
    tally(id, attr, 1)
    redis.call('HSET', who, r.reporter, attr)
  end
  if (r.siteKey or '') ~= '' then redis.call('HSETNX', ik(id, 'lbl'), r.siteKey, r.site or r.siteKey) end
  redis.call('HSET', ik(id), 'lastReportAt', ms(NOW))
  unwindow(r.reporter)
  redis.call('ZREM', key('w', 'conv'), conv)
end

-- Takes conversation `conv` out of incident `id` (its verdict placed the failure elsewhere); the
-- reporter leaves the count with their last conversation there, and the timeline says so.
local function leave(id, conv, r)
  redis.call('HDEL', key('r', conv), 'inc')
  r.inc = nil
  redis.call('HINCRBY', ik(id), 'reports', -1)
  local m = minute_of(r)
  if redis.call('HINCRBY', ik(id, 'min'), m, -1) <= 0 then redis.call('HDEL', ik(id, 'min'), m) end
  redis.call('SREM', ik(id, 'cv'), conv)
  redis.call('SREM', ik(id, 'sub'), conv)
  if redis.call('HINCRBY', ik(id, 'rc'), r.reporter, -1) <= 0 then
    redis.call('HDEL', ik(id, 'rc'), r.reporter)
    local old = redis.call('HGET', ik(id, 'who'), r.reporter)
    if old then
      redis.call('HDEL', ik(id, 'who'), r.reporter)
      local reporters = redis.call('HINCRBY', ik(id), 'reporters', -1)
      tally(id, old, -1)
      local entry = { type = 'left', reporters = reporters }
      if (r.branch or '') ~= '' then entry.branch = r.branch end
      timeline(id, entry)
    end
  end
  bump(id)
  change('changed', id)
end

local NEW_IDS = { next = 1 }

local function open_incident(kind, place, reason)
  local id = A.ids[NEW_IDS.next]
  NEW_IDS.next = NEW_IDS.next + 1
  redis.call('HSET', ik(id), 'id', id, 'kind', kind, 'state', 'open', 'place', place, 'openedAt', ms(NOW), 'openedBy', reason,
    'lastReportAt', ms(NOW), 'reporters', 0, 'reports', 0, 'places', 0, 'version', 0, 'exp', ms(NOW + C.retain))
  change('opened', id)
  return id
end

local function announce(id, reason)
  local i = redis.call('HMGET', ik(id), 'reporters', 'places')
  timeline(id, { type = 'opened', reason = reason, reporters = n(i[1]), places = n(i[2]) })
end

-- Which reports an incident counts: upstream the candidates, api the API 5xx, network_local the
-- network-local reports of its place.
local function joinable(kind, place, r)
  if kind == 'upstream' then return r.cls == 'candidate' end
  if kind == 'api' then return r.cls == 'api_server' end
  return r.cls == 'local_network' and r.place == place
end

-- A new incident takes in the conversations of its kind still waiting in the window.
local function seed(id, kind, place)
  STATE.seeding = true
  local k = key('w', 'conv')
  redis.call('ZREMRANGEBYSCORE', k, '-inf', C.cut)
  for _, conv in ipairs(redis.call('ZRANGE', k, 0, -1)) do
    local r = report_hash(key('r', conv))
    if r.reporter and not r.inc and joinable(kind, place, r) then join(id, conv, r) end
  end
  STATE.seeding = false
end

local function resolve(id, by, reason, at, note)
  local i = hash(ik(id))
  if not is_open(i.state) then return false end
  redis.call('HSET', ik(id), 'state', 'resolved', 'resolvedAt', ms(at), 'resolvedBy', by, 'resolution', reason)
  if redis.call('GET', key('open', 'up')) == id then redis.call('DEL', key('open', 'up')) end
  if redis.call('GET', key('open', 'api')) == id then redis.call('DEL', key('open', 'api')) end
  if (i.place or '') ~= '' and redis.call('HGET', key('open', 'net'), i.place) == id then redis.call('HDEL', key('open', 'net'), i.place) end
  bump(id)
  timeline(id, { type = 'resolved', at = at, by = by, reason = reason, note = note })
  change('resolved', id, redis.call('SMEMBERS', ik(id, 'sub')))
  ob_fanout(id, { type = 'resolved', note = note }, ik(id, 'sub'))
  return true
end

-- Opens the upstream incident and takes in the waiting conversations. Open network-local incidents
-- stay what they are: their reporters found that another network works.
local function open_upstream(reason)
  local id = open_incident('upstream', '', reason)
  redis.call('SET', key('open', 'up'), id)
  seed(id, 'upstream', '')
  announce(id, reason)
  bump(id)
  return id
end

-- The open incidents, each once (pointers checked).
local function open_ids()
  local ids = {}
  local up = pointer('up')
  if up then ids[#ids + 1] = up end
  local api = pointer('api')
  if api then ids[#ids + 1] = api end
  local places = redis.call('HKEYS', key('open', 'net'))
  table.sort(places)
  for _, place in ipairs(places) do
    local id = pointer('net', place)
    if id then ids[#ids + 1] = id end
  end
  return ids
end

local function status_open(id)
  for _, json in ipairs(redis.call('HVALS', ik(id, 'st'))) do
    if not cjson.decode(json).resolvedAt then return true end
  end
  return false
end

-- Resolves every open incident without a report for INCIDENT_QUIET_MINUTES (unless a linked
-- status incident is still open), at the moment it became quiet.
local function sweep_quiet()
  for _, id in ipairs(open_ids()) do
    local last = n(redis.call('HGET', ik(id), 'lastReportAt'))
    if last + C.quiet <= NOW and not status_open(id) then resolve(id, 'aggregator', 'quiet', last + C.quiet) end
  end
end

local function incident(id)
  if not alive(id) then return nil end
  return {
    fields = hash(ik(id)),
    by = hash(ik(id, 'by')),
    lbl = hash(ik(id, 'lbl')),
    min = hash(ik(id, 'min')),
    timeline = redis.call('LRANGE', ik(id, 'tl'), 0, -1),
    status = redis.call('HVALS', ik(id, 'st')),
  }
end
