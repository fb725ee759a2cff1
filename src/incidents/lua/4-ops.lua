-- Aggregation script, part 4 of 4: the operations, and the dispatch on A.op.
-- The reply is JSON {result, changes}.

local REPORT_FIELDS = { 'platform', 'surface', 'symptom', 'network', 'otherNetwork', 'site', 'siteKey', 'branch', 'uncounted' }
-- The fields a turn may take back (a.cleared: the person changed what a typed reply was read as).
local CLEARABLE = { surface = true, symptom = true, network = true, otherNetwork = true, branch = true }

-- A report as returned (nil once it expired).
local function report_out(rk)
  local r = report_hash(rk)
  if not r.reporter then return nil end
  r.exp = nil
  return r
end

local function reading(id, fact, place)
  local i = redis.call('HMGET', ik(id), 'reporters', 'places', 'openedAt')
  local same = 0
  if place ~= '' then same = n(redis.call('HGET', ik(id, 'by'), 'g:' .. place)) end
  return { fact = fact, incidentId = id, reporters = n(i[1]), places = n(i[2]), openedAt = n(i[3]), samePlace = same }
end

local function crowd(place)
  local up = pointer('up')
  if up then return reading(up, 'surge', place) end
  if place ~= '' then
    local id = pointer('net', place)
    if id then return reading(id, 'local_cluster', place) end
  end
  return { fact = 'none', reporters = 0, places = 0, samePlace = 0 }
end

-- The incident a waiting report belongs to: the open one of its kind, or a new one when the
-- window meets the rule. Nil while no rule is met.
local function target_for(r)
  if r.cls == 'api_server' then
    local id = pointer('api')
    if id then return id end
    if wcount(key('w', 'api')) >= C.min then
      id = open_incident('api', '', 'crowd')
      redis.call('SET', key('open', 'api'), id)
      seed(id, 'api', '')
      announce(id, 'crowd')
      return id
    end
  elseif r.cls == 'candidate' then
    local up = pointer('up')
    if up then return up end
    if wcount(key('w', 'up')) >= C.min and upstream_places(2) >= 2 then return open_upstream('crowd') end
  elseif r.cls == 'local_network' and r.place ~= '' then
    local id = pointer('net', r.place)
    if id then return id end
    if wcount(key('w', 'net', r.place)) >= C.min then
      id = open_incident('network_local', r.place, 'crowd')
      redis.call('HSET', key('open', 'net'), r.place, id)
      seed(id, 'network_local', r.place)
      announce(id, 'crowd')
      return id
    end
  end
  return nil
end

local function record()
  local a = A.report
  local conv = a.conversationId
  local rk = key('r', conv)
  sweep_quiet()
  local r = report_hash(rk)
  local created = r.reporter == nil
  if created then
    r.reporter = a.reporterId
    r.firstAt = ms(a.firstAt)
  else
    r.firstAt = ms(math.min(n(r.firstAt), n(a.firstAt)))
  end
  if type(a.cleared) == 'table' then
    for _, f in ipairs(a.cleared) do
      if CLEARABLE[f] and r[f] ~= nil then
        r[f] = nil
        redis.call('HDEL', rk, f)
      end
    end
  end
  for _, f in ipairs(REPORT_FIELDS) do
    if a[f] ~= nil then r[f] = tostring(a[f]) end
  end
  r.updatedAt = ms(NOW)
  r.exp = ms(NOW + C.retain)
  r.cls = classify(r)
  r.place = place_of(r)
  local flat = { 'conversationId', conv, 'reporter', r.reporter, 'firstAt', r.firstAt, 'updatedAt', r.updatedAt, 'exp', r.exp, 'cls', r.cls, 'place', r.place }
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
    -- Counted before. While that incident is open: still its kind → the attribution follows the
    -- latest facts; placed elsewhere now → it leaves, and counts where it belongs. A report
    -- counted in a closed incident stays there and is no new signal.
    local joined = r.inc
    local i = hash(ik(joined))
    if alive(joined) and is_open(i.state) then
      if joinable(i.kind, i.place or '', r) then
        target = joined
      else
        leave(joined, conv, r)
        window(conv, r)
        target = target_for(r)
      end
    end
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
  local r = report_hash(rk)
  if not r.reporter then return { outcome = 'no_report' } end
  redis.call('HSET', rk, 'sub', '1')
  if not r.inc then return { outcome = 'pending' } end
  local id = r.inc
  if not is_open(state_of(id)) then return { outcome = 'already_resolved', incidentId = id } end
  redis.call('SADD', ik(id, 'sub'), conv)
  redis.call('PEXPIRE', ik(id, 'sub'), C.retain)
  return { outcome = 'subscribed', incidentId = id }
end

-- acknowledge / resolve / snooze / note by a person at the desk.
local function act()
  local id = A.incidentId
  local state = state_of(id)
  if not state then return { ok = false, reason = 'not_found' } end
  local queued
  if A.op == 'note' then
    timeline(id, { type = 'note', by = A.actor, text = A.text })
    if A.notify then queued = ob_fanout(id, { type = 'update', text = A.text, by = A.actor }, ik(id, 'cv')) end
  elseif not is_open(state) then
    return { ok = false, reason = 'not_open' }
  elseif A.op == 'resolve' then
    -- The desk's resolution note (cjson.null when none) goes on the timeline and into the notice.
    resolve(id, A.actor, 'desk', NOW, type(A.note) == 'string' and A.note or nil)
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

-- The incident a status incident is linked to, while the link lives ("<id>\n<expiry>").
local function linked(sid)
  local v = redis.call('GET', key('s', sid))
  if not v then return nil end
  local id, exp = string.match(v, '^([^\n]*)\n(%d+)$')
  if not id or n(exp) <= NOW then return nil end
  return id
end

-- Links a ChatGPT status incident to the open upstream incident, or opens one. A status incident
-- is linked once, ever (while the link lives).
local function link_one(s)
  if linked(s.id) then return nil end
  local id = pointer('up') or open_upstream('status')
  redis.call('SET', key('s', s.id), id .. '\n' .. ms(NOW + C.retain), 'PX', C.retain)
  redis.call('HSET', ik(id, 'st'), s.id, cjson.encode({ id = s.id, name = s.name, url = s.url }))
  timeline(id, { type = 'status_linked', statusIncidentId = s.id, name = s.name })
  bump(id)
  change('changed', id)
  return id
end

-- A linked status incident resolved: the incident resolves once all its links have.
local function resolve_link(sid)
  local id = linked(sid)
  if not id or not alive(id) then return nil end
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

-- One good reading of the status page: every linked status incident of an open incident that is
-- no longer on the page resolves (whether or not anyone saw it go), then every open ChatGPT
-- incident on the page is linked.
local function reconcile()
  sweep_quiet()
  local live = set_of(A.live)
  for _, id in ipairs(open_ids()) do
    local sids = redis.call('HKEYS', ik(id, 'st'))
    table.sort(sids)
    for _, sid in ipairs(sids) do
      if not live[sid] then resolve_link(sid) end
    end
  end
  for _, s in ipairs(A.chatgpt) do link_one(s) end
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

-- Members of an incident's set while the incident lives.
local function members(id, part)
  if not alive(id) then return {} end
  return redis.call('SMEMBERS', ik(id, part))
end

-- One conversation turn in one step: compare-and-set of the conversation, the report recorded
-- with the verdict's branch for the crowd it meets, and the outbox entries the turn owes.
-- A.plans = {none|surge|local_cluster = {branch?, asked?}}: what the desk's decision table leads
-- to under each crowd reading (the app plans before this call; the crowd is known only here).
-- The report is recorded with the branch for the crowd before it counts, and again (the same
-- upsert) in the rare case its counting changed the crowd to one with another branch. The saved
-- state's A.marks.asked and each entry's "A.marks.crowd" (random placeholders, so no text a
-- person typed can be one) are filled with the question shown and the crowd reading. The state is ARGV[2], the entries' JSON ARGV[3..] (in the order of A.entryIds).
-- A.claim (a new conversation's delivery id, optional): the first start under it wins; it is
-- claimed by the same step that saves the conversation (`start:<id>`, conversation TTL), and a
-- later start under it writes nothing and gets the winner's conversation id.
-- Reply: {conflict = true} or {claimed = <conversation id>} (nothing written), or {version, crowd, report, asked}.
local function replace_plain(s, find, repl)
  local i, j = string.find(s, find, 1, true)
  if not i then return s end
  return string.sub(s, 1, i - 1) .. repl .. string.sub(s, j + 1)
end

local function turn()
  local claim_key = A.claim and (B .. ':start:' .. A.claim) or nil
  if claim_key then
    local holder = redis.call('GET', claim_key)
    if holder and holder ~= A.conversationId then return { claimed = holder } end
  end
  local cvk = cv_key(B, A.conversationId)
  local v = cv_version(cvk)
  if v ~= tonumber(A.expectedVersion) then return { conflict = true } end
  if claim_key then redis.call('SET', claim_key, A.conversationId, 'PX', A.ttlMs) end
  local plans = A.plans
  local function plan(fact) return plans[fact] or {} end
  local before = crowd(place_of(A.report)).fact
  local branch = plan(before).branch
  A.report.branch = branch
  local out = record()
  local after = plan(out.crowd.fact).branch
  if after ~= nil and after ~= branch then
    A.report.branch = after
    out = record()
  end
  local asked = plan(out.crowd.fact).asked or ''
  cv_write(cvk, v + 1, replace_plain(ARGV[2], A.marks.asked, asked), A.ttlMs)
  local crowd_json = cjson.encode(out.crowd)
  local crowd_mark = '"' .. A.marks.crowd .. '"'
  for i, id in ipairs(A.entryIds) do ob_enqueue_json(id, replace_plain(ARGV[2 + i], crowd_mark, crowd_json)) end
  return { version = v + 1, crowd = out.crowd, report = out.report, created = out.created, asked = asked }
end

local result
if A.op == 'record' then
  result = record()
elseif A.op == 'turn' then
  result = turn()
elseif A.op == 'crowd' then
  result = crowd(A.place or '')
elseif A.op == 'subscribe' then
  result = subscribe()
elseif A.op == 'acknowledge' or A.op == 'resolve' or A.op == 'snooze' or A.op == 'note' then
  result = act()
elseif A.op == 'link_status' then
  sweep_quiet()
  result = link_one(A.status)
elseif A.op == 'resolve_status' then
  result = resolve_link(A.statusIncidentId)
elseif A.op == 'reconcile' then
  reconcile()
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
  result = members(A.incidentId, 'sub')
elseif A.op == 'conversations' then
  result = members(A.incidentId, 'cv')
else
  return redis.error_reply('unknown aggregation op ' .. tostring(A.op))
end
return cjson.encode({ result = result, changes = CHANGES })
