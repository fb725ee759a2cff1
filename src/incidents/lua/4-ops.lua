-- Aggregation script, part 4 of 4: the operations, and the dispatch on A.op.
-- The reply is JSON {result, changes}.

local REPORT_FIELDS = { 'platform', 'surface', 'symptom', 'network', 'otherNetwork', 'site', 'siteKey', 'branch' }

-- A report as returned: its incident is the effective one (a merged incident's absorber).
local function report_out(rk)
  local r = hash(rk)
  if not r.reporter then return nil end
  if r.inc then r.inc = effective(r.inc) end
  return r
end

local function reading(id, fact, place)
  local i = redis.call('HMGET', ik(id), 'reporters', 'places', 'openedAt')
  local same = 0
  if place ~= '' then same = n(redis.call('HGET', ik(id, 'by'), 'g:' .. place)) end
  return { fact = fact, incidentId = id, reporters = n(i[1]), places = n(i[2]), openedAt = n(i[3]), samePlace = same }
end

local function crowd(place)
  local up = redis.call('GET', key('open', 'up'))
  if up then return reading(up, 'surge', place) end
  if place ~= '' then
    local id = redis.call('HGET', key('open', 'net'), place)
    if id then return reading(id, 'local_cluster', place) end
  end
  return { fact = 'none', reporters = 0, places = 0, samePlace = 0 }
end

-- The incident a waiting report belongs to: the open one of its kind, or a new one when the
-- window meets the rule. Nil while no rule is met.
local function target_for(r)
  if r.cls == 'api_server' then
    local id = redis.call('GET', key('open', 'api'))
    if id then return id end
    if wcount(key('w', 'api')) >= C.min then
      id = open_incident('api', '', 'crowd')
      redis.call('SET', key('open', 'api'), id)
      seed(id, 'api', '')
      announce(id, 'crowd')
      return id
    end
  elseif r.cls == 'candidate' or r.cls == 'local_network' then
    local up = redis.call('GET', key('open', 'up'))
    if up then return up end
    if r.cls == 'candidate' then
      if wcount(key('w', 'up')) >= C.min and upstream_places(2) >= 2 then return open_upstream('crowd') end
    elseif r.place ~= '' then
      local id = redis.call('HGET', key('open', 'net'), r.place)
      if id then return id end
      if wcount(key('w', 'net', r.place)) >= C.min then
        id = open_incident('network_local', r.place, 'crowd')
        redis.call('HSET', key('open', 'net'), r.place, id)
        seed(id, 'network_local', r.place)
        announce(id, 'crowd')
        return id
      end
    end
  end
  return nil
end

local function record()
  local a = A.report
  local conv = a.conversationId
  local rk = key('r', conv)
  sweep_quiet()
  local r = hash(rk)
  local created = r.reporter == nil
  if created then
    r.reporter = a.reporterId
    r.firstAt = ms(a.firstAt)
  else
    r.firstAt = ms(math.min(n(r.firstAt), n(a.firstAt)))
  end
  for _, f in ipairs(REPORT_FIELDS) do
    if a[f] ~= nil then r[f] = a[f] end
  end
  r.updatedAt = ms(NOW)
  r.cls = classify(r)
  r.place = place_of(r)
  local flat = { 'conversationId', conv, 'reporter', r.reporter, 'firstAt', r.firstAt, 'updatedAt', r.updatedAt, 'cls', r.cls, 'place', r.place }
  for _, f in ipairs(REPORT_FIELDS) do
    if r[f] ~= nil then
      flat[#flat + 1] = f
      flat[#flat + 1] = r[f]
    end
  end
  redis.call('HSET', rk, unpack(flat))
  redis.call('PEXPIRE', rk, C.retain)

  local target
  if r.inc then
    -- Counted before: update its attribution while the incident is open; a report counted in a
    -- closed incident stays there and is no new signal.
    local joined = effective(r.inc)
    if is_open(redis.call('HGET', ik(joined), 'state')) then target = joined end
  else
    window(conv, r)
    target = target_for(r)
  end
  if target then
    join(target, conv, r)
    bump(target)
    change('changed', target)
  end
  return { created = created, report = report_out(rk), crowd = crowd(r.place) }
end

local function subscribe()
  local conv = A.conversationId
  local rk = key('r', conv)
  if redis.call('EXISTS', rk) == 0 then return { outcome = 'no_report' } end
  redis.call('HSET', rk, 'sub', '1')
  local inc = redis.call('HGET', rk, 'inc')
  if not inc then return { outcome = 'pending' } end
  local id = effective(inc)
  if not is_open(redis.call('HGET', ik(id), 'state')) then return { outcome = 'already_resolved', incidentId = id } end
  redis.call('SADD', ik(id, 'sub'), conv)
  redis.call('PEXPIRE', ik(id, 'sub'), C.retain)
  return { outcome = 'subscribed', incidentId = id }
end

-- acknowledge / resolve / snooze / note by a person at the desk.
local function act()
  local id = A.incidentId
  local state = redis.call('HGET', ik(id), 'state')
  if not state then return { ok = false, reason = 'not_found' } end
  local queued
  if A.op == 'note' then
    timeline(id, { type = 'note', by = A.actor, text = A.text })
    if A.notify then queued = ob_fanout(id, { type = 'update', text = A.text, by = A.actor }, ik(id, 'cv')) end
  elseif not is_open(state) then
    return { ok = false, reason = 'not_open' }
  elseif A.op == 'resolve' then
    resolve(id, A.actor, 'desk', NOW)
    return { ok = true, incident = incident(id) }
  elseif A.op == 'acknowledge' then
    if state == 'acknowledged' then return { ok = true, incident = incident(id) } end
    redis.call('HSET', ik(id), 'state', 'acknowledged', 'ackBy', A.actor, 'ackAt', ms(NOW))
    timeline(id, { type = 'acknowledged', by = A.actor })
  else
    redis.call('HSET', ik(id), 'snoozedBy', A.actor, 'snoozedUntil', ms(A['until']))
    timeline(id, { type = 'snoozed', by = A.actor, ['until'] = A['until'] })
  end
  bump(id)
  change('changed', id)
  return { ok = true, incident = incident(id), queued = queued }
end

local function link_status()
  sweep_quiet()
  local s = A.status
  local sk = key('s', s.id)
  if redis.call('EXISTS', sk) == 1 then return nil end
  local id = redis.call('GET', key('open', 'up')) or open_upstream('status')
  redis.call('SET', sk, id, 'PX', C.retain)
  redis.call('HSET', ik(id, 'st'), s.id, cjson.encode({ id = s.id, name = s.name, url = s.url }))
  timeline(id, { type = 'status_linked', statusIncidentId = s.id, name = s.name })
  bump(id)
  change('changed', id)
  return id
end

local function resolve_status()
  local sid = A.statusIncidentId
  local id = redis.call('GET', key('s', sid))
  if not id then return nil end
  local json = redis.call('HGET', ik(id, 'st'), sid)
  if not json then return nil end
  local link = cjson.decode(json)
  if link.resolvedAt then return nil end
  link.resolvedAt = NOW
  redis.call('HSET', ik(id, 'st'), sid, cjson.encode(link))
  timeline(id, { type = 'status_resolved', statusIncidentId = sid })
  if is_open(redis.call('HGET', ik(id), 'state')) and not status_open(id) then
    resolve(id, 'status page', 'status', NOW)
  else
    bump(id)
    change('changed', id)
  end
  return id
end

local function list()
  local out, seen = {}, {}
  local function add(id)
    if seen[id] then return end
    seen[id] = true
    local x = incident(id)
    if x and (not A.openOnly or is_open(x.fields.state)) then out[#out + 1] = x end
  end
  for _, id in ipairs(open_ids()) do add(id) end
  if not A.openOnly then
    for _, id in ipairs(redis.call('ZREVRANGEBYSCORE', key('idx'), '+inf', NOW - A.recentMs)) do add(id) end
  end
  return out
end

local result
if A.op == 'record' then
  result = record()
elseif A.op == 'crowd' then
  result = crowd(A.place or '')
elseif A.op == 'subscribe' then
  result = subscribe()
elseif A.op == 'acknowledge' or A.op == 'resolve' or A.op == 'snooze' or A.op == 'note' then
  result = act()
elseif A.op == 'link_status' then
  result = link_status()
elseif A.op == 'resolve_status' then
  result = resolve_status()
elseif A.op == 'sweep' then
  sweep_quiet()
  redis.call('ZREMRANGEBYSCORE', key('idx'), '-inf', NOW - C.retain)
elseif A.op == 'get' then
  result = incident(A.incidentId)
elseif A.op == 'report' then
  result = report_out(key('r', A.conversationId))
elseif A.op == 'list' then
  result = list()
elseif A.op == 'subscribers' then
  result = redis.call('SMEMBERS', ik(A.incidentId, 'sub'))
elseif A.op == 'conversations' then
  result = redis.call('SMEMBERS', ik(A.incidentId, 'cv'))
else
  return redis.error_reply('unknown aggregation op ' .. tostring(A.op))
end
return cjson.encode({ result = result, changes = CHANGES })
