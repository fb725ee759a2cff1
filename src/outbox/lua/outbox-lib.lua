-- Outbox helpers, shared by every script that decides something the bot then owes someone: the
-- aggregation script (cards, resolve notices, desk updates), the conversation save (turns) and
-- the outbox's own operations. Prepended to each of them (outbox-lua.ts), so a state change and
-- the entries it owes are written in one atomic call, in the one `{desk}` slot.
--
-- The including script sets OB.base (the "<prefix>{desk}" key), OB.now (ms, the caller's clock),
-- OB.ttl (how long an entry id is remembered, ms) and OB.cardTtl (how long a card's state lives).
--
-- Keys: <base>:ob (stream of ready entries, field d = the entry's JSON), <base>:ob:m:<id> (the
-- id's marker: q queued, d delivered, x dead), <base>:card:<incident> (hash: q change waiting,
-- n entries made, at last write, lo/lu lock owner/until, refs, d:<platform> drawn revision),
-- <base>:ob:fo:<fanout> (a fan-out's recipients), <base>:i:<incident> (the incident: n* fields).

local OB = { base = '', now = 0, ttl = 172800000, cardTtl = 604800000 }

local function ob_key(...)
  local parts = { ... }
  if #parts == 0 then return OB.base .. ':ob' end
  return OB.base .. ':ob:' .. table.concat(parts, ':')
end

local function ob_encode(id, lane, body)
  return cjson.encode({ id = id, lane = lane, body = body, attempt = 0, limited = 0, verify = false, createdAt = OB.now })
end

-- Adds an entry (its JSON made by the caller) unless this id was enqueued before: 1 added, 0 not.
local function ob_enqueue_json(id, json)
  if not redis.call('SET', ob_key('m', id), 'q', 'NX', 'PX', OB.ttl) then return 0 end
  redis.call('XADD', ob_key(), '*', 'd', json)
  return 1
end

local function ob_enqueue(id, lane, body)
  return ob_enqueue_json(id, ob_encode(id, lane, body))
end

-- The incident's card must be drawn again: one entry while none is waiting (later changes ride
-- on it: the card is rendered from the incident when it is sent).
local function ob_card(incident_id)
  local ck = OB.base .. ':card:' .. incident_id
  if redis.call('HSETNX', ck, 'q', '1') == 0 then return 0 end
  local n = redis.call('HINCRBY', ck, 'n', 1)
  redis.call('PEXPIRE', ck, OB.cardTtl)
  return ob_enqueue('card:' .. incident_id .. ':' .. n, 'card:' .. incident_id, { kind = 'card', incidentId = incident_id })
end

-- A notice to every member of the set `members_key`: the members are copied into a list (the
-- recipients as of now), the incident keeps the fan-out's progress (nId nKind nTotal nSent
-- nFailed nSkipped), and one fan-out entry expands it in batches. Returns the number of recipients.
local function ob_fanout(incident_id, notice, members_key)
  local ik = OB.base .. ':i:' .. incident_id
  local seq = tonumber(redis.call('HGET', ik, 'nSeq') or '0') + 1
  local fid = incident_id .. ':' .. seq
  local lk = ob_key('fo', fid)
  -- SORT … STORE copies the set into a list inside Redis (no Lua table of thousands of members).
  local total = redis.call('SORT', members_key, 'ALPHA', 'STORE', lk)
  if total == 0 then return 0 end
  redis.call('PEXPIRE', lk, OB.ttl)
  redis.call('HSET', ik, 'nSeq', seq, 'nId', fid, 'nKind', notice.type, 'nTotal', total, 'nSent', 0, 'nFailed', 0, 'nSkipped', 0)
  ob_enqueue('fanout:' .. fid, 'fo:' .. incident_id, { kind = 'fanout', incidentId = incident_id, fanoutId = fid, notice = notice, cursor = 0, total = total })
  return total
end
