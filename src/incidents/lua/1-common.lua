-- Aggregation script, part 1 of 4: arguments and shared helpers. The four parts are concatenated
-- into one script (aggregation-script.ts) and registered with ioredis defineCommand. The memory
-- aggregator (memory-aggregation-book.ts) is the same steps over Maps; a property-based test
-- (test/incidents/aggregator-parity.property.test.ts) holds the two to the same results.
--
-- KEYS[1] = "<prefix>{desk}". Every key is built from it, so one call touches one slot (Redis
-- Cluster) and runs atomically. ARGV[1] = JSON {op, now, ids, ...op arguments}; `ids` are fresh
-- incident ids (random) for incidents this call opens. ARGV[2..]: documents an operation stores
-- as they are (the `turn` operation: the conversation's state, then its outbox entries). The rules, the policy tables and the
-- outbox TTL are not arguments: aggregation-script.ts puts them in the script's first line as
-- `CONFIG` (one script per set of rules). The outbox
-- helpers (outbox-lib.lua) come before this part: every change enqueues the card's redraw, a
-- resolve its notices, in this same call.
-- Time is the caller's `now` (the injected clock), never the server's TIME. Expiry is logical:
-- incidents, reports and status links carry the time they expire (`exp`) and count as gone from
-- then on, whatever the server's clock says; PEXPIRE only cleans up later.
--
-- Keys (all "<base>:..."): r:<conv> (report hash), p:<reporter> (window entry), w:conv,
-- w:up, w:upp, w:upg:<place>, w:net:<place>, w:api (window sorted sets), open:up, open:api,
-- open:net (open incident pointers), idx (incidents by last change), s:<status id>,
-- i:<id> (+ :who :rc :by :lbl :min :tl :sub :st :cv).

local B = KEYS[1]
local A = cjson.decode(ARGV[1])
local NOW = tonumber(A.now)
local C = {
  min = tonumber(CONFIG.rules.minReporters),
  window = tonumber(CONFIG.rules.windowMs),
  quiet = tonumber(CONFIG.rules.quietMs),
  retain = tonumber(CONFIG.rules.retentionMs),
  timeline = tonumber(CONFIG.policy.timelineLimit),
}
C.cut = NOW - C.window
C.windowTtl = C.window * 2 + 60000
OB.base = B
OB.now = NOW
OB.ttl = tonumber(CONFIG.obTtl)
OB.cardTtl = C.retain

local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end
local LOCAL_DEVICE = set_of(CONFIG.policy.localDevice)
local API_SERVER = set_of(CONFIG.policy.apiServer)
local UPSTREAM_SURFACES = set_of(CONFIG.policy.upstreamSurfaces)
local UPSTREAM_SYMPTOMS = set_of(CONFIG.policy.upstreamSymptoms)
local UPSTREAM_BRANCHES = set_of(CONFIG.policy.upstreamBranches)
local MILESTONES = { reporters = set_of(CONFIG.policy.reporterMilestones), places = set_of(CONFIG.policy.placeMilestones) }

local CHANGES = {}
local STATE = { seeding = false }

local function key(...)
  return B .. ':' .. table.concat({ ... }, ':')
end

local function ik(id, part)
  if part then return B .. ':i:' .. id .. ':' .. part end
  return B .. ':i:' .. id
end

local function ms(x)
  return string.format('%.0f', x)
end

local function n(x)
  return tonumber(x) or 0
end

local function hash(k)
  local flat = redis.call('HGETALL', k)
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end

local function is_open(state)
  return state == 'open' or state == 'acknowledged'
end

-- An incident is there while its hash exists and its logical expiry has not passed.
local function alive(id)
  if not id then return false end
  local exp = redis.call('HGET', ik(id), 'exp')
  return exp ~= false and n(exp) > NOW
end

-- The state of a live incident, or nil.
local function state_of(id)
  if not alive(id) then return nil end
  return redis.call('HGET', ik(id), 'state')
end

-- Every change redraws the incident's card (one outbox entry while none is waiting).
local function change(kind, id, subscribers)
  CHANGES[#CHANGES + 1] = { type = kind, incidentId = id, subscribers = subscribers }
  ob_card(id)
end

local function timeline(id, entry)
  entry.at = entry.at or NOW
  redis.call('RPUSH', ik(id, 'tl'), cjson.encode(entry))
  redis.call('LTRIM', ik(id, 'tl'), -C.timeline, -1)
end

local INCIDENT_PARTS = { 'who', 'rc', 'by', 'lbl', 'min', 'tl', 'sub', 'st', 'cv' }

-- Every change: version +1, "changed at" in the index, retention restarted on all its keys.
local function bump(id)
  redis.call('HINCRBY', ik(id), 'version', 1)
  redis.call('HSET', ik(id), 'exp', ms(NOW + C.retain))
  redis.call('ZADD', key('idx'), NOW, id)
  redis.call('PEXPIRE', ik(id), C.retain)
  for _, part in ipairs(INCIDENT_PARTS) do redis.call('PEXPIRE', ik(id, part), C.retain) end
end

-- The open incident a pointer names (`up`, `api`, or `net` with a place). A pointer never outlives
-- its incident: one naming an incident that expired or closed is dropped here.
local function pointer(kind, place)
  local id
  if kind == 'net' then id = redis.call('HGET', key('open', 'net'), place) else id = redis.call('GET', key('open', kind)) end
  if not id then return nil end
  if is_open(state_of(id)) then return id end
  if kind == 'net' then redis.call('HDEL', key('open', 'net'), place) else redis.call('DEL', key('open', kind)) end
  return nil
end

-- A report hash while it lives (logical expiry), else an empty table (and the stale hash is dropped).
local function report_hash(rk)
  local r = hash(rk)
  if r.reporter and n(r.exp) <= NOW then
    redis.call('DEL', rk)
    return {}
  end
  return r
end
