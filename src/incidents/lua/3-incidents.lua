-- Aggregation script, part 3 of 4: incident records.
--
-- i:<id> hash: id kind state place openedAt openedBy lastReportAt reporters reports places version
--   ackBy ackAt snoozedBy snoozedUntil resolvedAt resolvedBy resolution mergedInto
--   nSeq nId nKind nTotal nSent nFailed nSkipped (the latest fan-out of notices: outbox-lib.lua)
-- i:<id>:who reporter -> attribution "place\nsurface\nsymptom\nclass" (one per distinct reporter)
-- i:<id>:by  g:<place> l:<place> s:<surface> y:<symptom> -> distinct reporters (breakdowns)
-- i:<id>:min minute start (ms) -> reports;  :tl timeline (JSON list);  :sub subscribed conversations;  :cv all its conversations;
-- i:<id>:st status incident id -> JSON link

local function attr_of(r)
  return (r.place or '') .. '\n' .. (r.surface or '') .. '\n' .. (r.symptom or '') .. '\n' .. (r.cls or '')
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

local function tally(id, attr, delta)
  local a = split_attr(attr)
  if a[1] ~= '' then
    local v = count_field(id, 'g:' .. a[1], delta)
    if (delta > 0 and v == 1) or (delta < 0 and v <= 0) then
      local places = redis.call('HINCRBY', ik(id), 'places', delta > 0 and 1 or -1)
      if delta > 0 then milestone(id, 'places', places) end
    end
    if a[4] == 'local_network' then count_field(id, 'l:' .. a[1], delta) end
  end
  count_field(id, 's:' .. (a[2] ~= '' and a[2] or 'unknown'), delta)
  count_field(id, 'y:' .. (a[3] ~= '' and a[3] or 'unknown'), delta)
end

-- Counts report `r` of conversation `conv` in incident `id`: the reporter once (attributed to
-- their latest report), the conversation once (per-minute count by first message).
local function join(id, conv, r)
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
  local rk = key('r', conv)
  local inc = redis.call('HGET', rk, 'inc')
  if not inc or effective(inc) ~= id then
    redis.call('HSET', rk, 'inc', id)
    redis.call('HINCRBY', ik(id), 'reports', 1)
    redis.call('HINCRBY', ik(id, 'min'), ms(math.floor(n(r.firstAt) / 60000) * 60000), 1)
    redis.call('SADD', ik(id, 'cv'), conv)
    if r.sub == '1' then redis.call('SADD', ik(id, 'sub'), conv) end
  end
  redis.call('HSET', ik(id), 'lastReportAt', ms(NOW))
  unwindow(r.reporter)
  redis.call('ZREM', key('w', 'conv'), conv)
end

local NEW_IDS = { next = 1 }

local function open_incident(kind, place, reason)
  local id = A.ids[NEW_IDS.next]
  NEW_IDS.next = NEW_IDS.next + 1
  redis.call('HSET', ik(id), 'id', id, 'kind', kind, 'state', 'open', 'place', place, 'openedAt', ms(NOW), 'openedBy', reason,
    'lastReportAt', ms(NOW), 'reporters', 0, 'reports', 0, 'places', 0, 'version', 0)
  change('opened', id)
  return id
end

local function announce(id, reason)
  local i = redis.call('HMGET', ik(id), 'reporters', 'places')
  timeline(id, { type = 'opened', reason = reason, reporters = n(i[1]), places = n(i[2]) })
end

local function joinable(kind, place, r)
  if kind == 'upstream' then return r.cls == 'candidate' or r.cls == 'local_network' end
  if kind == 'api' then return r.cls == 'api_server' end
  return r.cls == 'local_network' and r.place == place
end

-- A new incident takes in the conversations of its kind still waiting in the window.
local function seed(id, kind, place)
  STATE.seeding = true
  local k = key('w', 'conv')
  redis.call('ZREMRANGEBYSCORE', k, '-inf', C.cut)
  for _, conv in ipairs(redis.call('ZRANGE', k, 0, -1)) do
    local r = hash(key('r', conv))
    if r.reporter and not r.inc and joinable(kind, place, r) then join(id, conv, r) end
  end
  STATE.seeding = false
end

local function resolve(id, by, reason, at)
  local i = hash(ik(id))
  if not is_open(i.state) then return false end
  redis.call('HSET', ik(id), 'state', reason == 'merged' and 'merged' or 'resolved', 'resolvedAt', ms(at), 'resolvedBy', by, 'resolution', reason)
  if redis.call('GET', key('open', 'up')) == id then redis.call('DEL', key('open', 'up')) end
  if redis.call('GET', key('open', 'api')) == id then redis.call('DEL', key('open', 'api')) end
  if (i.place or '') ~= '' and redis.call('HGET', key('open', 'net'), i.place) == id then redis.call('HDEL', key('open', 'net'), i.place) end
  bump(id)
  if reason == 'merged' then
    change('changed', id)
  else
    timeline(id, { type = 'resolved', at = at, by = by, reason = reason })
    change('resolved', id, redis.call('SMEMBERS', ik(id, 'sub')))
    ob_fanout(id, { type = 'resolved' }, ik(id, 'sub'))
  end
  return true
end

-- An upstream incident absorbs a network-local one: reporters, reports, minutes, subscribers.
local function merge(from, into)
  local who = redis.call('HGETALL', ik(from, 'who'))
  for x = 1, #who, 2 do
    if redis.call('HSETNX', ik(into, 'who'), who[x], who[x + 1]) == 1 then
      local reporters = redis.call('HINCRBY', ik(into), 'reporters', 1)
      tally(into, who[x + 1], 1)
      milestone(into, 'reporters', reporters)
    end
  end
  local f = hash(ik(from))
  redis.call('HINCRBY', ik(into), 'reports', n(f.reports))
  local mins = redis.call('HGETALL', ik(from, 'min'))
  for x = 1, #mins, 2 do redis.call('HINCRBY', ik(into, 'min'), mins[x], mins[x + 1]) end
  redis.call('SUNIONSTORE', ik(into, 'sub'), ik(into, 'sub'), ik(from, 'sub'))
  redis.call('SUNIONSTORE', ik(into, 'cv'), ik(into, 'cv'), ik(from, 'cv'))
  redis.call('HSET', ik(from), 'mergedInto', into)
  timeline(into, { type = 'absorbed', incidentId = from, place = f.place })
  timeline(from, { type = 'merged', into = into })
  resolve(from, 'aggregator', 'merged', NOW)
end

-- Opens the upstream incident: the oldest open network-local incident becomes it (kind changed)
-- and absorbs the others; else a new one. Then it takes in the waiting conversations.
local function open_upstream(reason)
  local flat = redis.call('HGETALL', key('open', 'net'))
  local locals = {}
  for x = 1, #flat, 2 do
    locals[#locals + 1] = { place = flat[x], id = flat[x + 1], at = n(redis.call('HGET', ik(flat[x + 1]), 'openedAt')) }
  end
  table.sort(locals, function(a, b)
    if a.at ~= b.at then return a.at < b.at end
    return a.id < b.id
  end)
  local id
  if #locals == 0 then
    id = open_incident('upstream', '', reason)
  else
    id = locals[1].id
    redis.call('HDEL', key('open', 'net'), locals[1].place)
    redis.call('HSET', ik(id), 'kind', 'upstream', 'place', '')
    timeline(id, { type = 'kind_changed', from = 'network_local', to = 'upstream' })
    change('changed', id)
  end
  redis.call('SET', key('open', 'up'), id)
  for x = 2, #locals do merge(locals[x].id, id) end
  seed(id, 'upstream', '')
  if #locals == 0 then announce(id, reason) end
  bump(id)
  return id
end

local function open_ids()
  local ids = {}
  local up = redis.call('GET', key('open', 'up'))
  if up then ids[#ids + 1] = up end
  local api = redis.call('GET', key('open', 'api'))
  if api then ids[#ids + 1] = api end
  for _, id in ipairs(redis.call('HVALS', key('open', 'net'))) do ids[#ids + 1] = id end
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
  local fields = hash(ik(id))
  if not fields.id then return nil end
  return {
    fields = fields,
    by = hash(ik(id, 'by')),
    min = hash(ik(id, 'min')),
    timeline = redis.call('LRANGE', ik(id, 'tl'), 0, -1),
    status = redis.call('HVALS', ik(id, 'st')),
  }
end
