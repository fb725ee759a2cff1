-- The outbox's operations (after outbox-lib.lua). KEYS[1] = "<prefix>{desk}", ARGV[1] = JSON
-- {op, now, ttl, cardTtl, group, ...}. Replies are JSON, validated by the caller.
--
-- More keys: <base>:ob:delay (sorted set: entry JSON by due time), <base>:ob:dead (stream of
-- dead letters: d entry JSON, r reason, at), <base>:ob:s:<id> (hash of a delivery's steps).

local A = cjson.decode(ARGV[1])
OB.base = KEYS[1]
OB.now = tonumber(A.now)
OB.ttl = tonumber(A.ttl)
OB.cardTtl = tonumber(A.cardTtl)
local G = A.group
local DEAD_MAX = 10000

local function drop(stream_id)
  redis.call('XACK', ob_key(), G, stream_id)
  redis.call('XDEL', ob_key(), stream_id)
end

local function count_progress(p)
  if not p or p == cjson.null then return end
  local ik = OB.base .. ':i:' .. p.incidentId
  if redis.call('HGET', ik, 'nId') ~= p.fanoutId then return end
  local field = ({ sent = 'nSent', failed = 'nFailed', skipped = 'nSkipped' })[p.outcome]
  redis.call('HINCRBY', ik, field, 1)
  ob_card(p.incidentId)
end

local function card_key(id)
  return OB.base .. ':card:' .. id
end

local result
if A.op == 'enqueue' then
  local added = 0
  for _, e in ipairs(A.entries) do added = added + ob_enqueue_json(e.id, e.json) end
  result = added
elseif A.op == 'promote' then
  local due = redis.call('ZRANGEBYSCORE', ob_key('delay'), '-inf', OB.now, 'LIMIT', 0, A.limit)
  for _, json in ipairs(due) do
    redis.call('XADD', ob_key(), '*', 'd', json)
    redis.call('ZREM', ob_key('delay'), json)
  end
  local next = redis.call('ZRANGE', ob_key('delay'), 0, 0, 'WITHSCORES')
  result = { moved = #due, nextDueAt = next[2] and tonumber(next[2]) or cjson.null }
elseif A.op == 'ack' then
  drop(A.streamId)
  redis.call('SET', ob_key('m', A.id), 'd', 'PX', OB.ttl)
  redis.call('DEL', ob_key('s', A.id))
  count_progress(A.progress)
  result = 1
elseif A.op == 'retry' then
  drop(A.streamId)
  redis.call('ZADD', ob_key('delay'), A.due, A.json)
  result = 1
elseif A.op == 'dead' then
  drop(A.streamId)
  redis.call('XADD', ob_key('dead'), 'MAXLEN', '~', DEAD_MAX, '*', 'd', A.json, 'r', A.reason, 'at', string.format('%.0f', OB.now))
  redis.call('SET', ob_key('m', A.id), 'x', 'PX', OB.ttl)
  redis.call('DEL', ob_key('s', A.id))
  count_progress(A.progress)
  result = 1
elseif A.op == 'release' then
  for _, item in ipairs(A.items) do
    drop(item.streamId)
    redis.call('XADD', ob_key(), '*', 'd', item.json)
  end
  result = #A.items
elseif A.op == 'expand' then
  local lk = ob_key('fo', A.fanoutId)
  local members = redis.call('LRANGE', lk, A.cursor, A.cursor + A.size - 1)
  local added = 0
  for _, conv in ipairs(members) do
    added = added + ob_enqueue('notice:' .. A.fanoutId .. ':' .. conv, 'cv:' .. conv,
      { kind = 'notice', conversationId = conv, incidentId = A.incidentId, fanoutId = A.fanoutId, text = A.text, texts = A.texts })
  end
  drop(A.streamId)
  local done = #members < A.size or A.cursor + A.size >= redis.call('LLEN', lk)
  if done then
    redis.call('DEL', lk)
    redis.call('SET', ob_key('m', A.id), 'd', 'PX', OB.ttl)
  else
    redis.call('XADD', ob_key(), '*', 'd', A.next)
  end
  result = { added = added, done = done }
elseif A.op == 'card_begin' then
  local ck = card_key(A.incidentId)
  local c = redis.call('HMGET', ck, 'lo', 'lu', 'at', 'refs', 'q', 'n')
  local lock_until = tonumber(c[2] or '0')
  if c[5] and A.seq and tonumber(c[6] or '0') > A.seq then
    -- A newer redraw is waiting: it draws the latest state, this one has nothing to add.
    result = { go = false, superseded = true, waitMs = 0 }
  elseif c[1] and c[1] ~= A.owner and lock_until > OB.now then
    -- Another replica draws it now: look again soon (not after its whole lock).
    result = { go = false, waitMs = math.min(lock_until - OB.now, math.max(A.intervalMs, 500)) }
  elseif c[3] and tonumber(c[3]) + A.intervalMs > OB.now then
    result = { go = false, waitMs = tonumber(c[3]) + A.intervalMs - OB.now }
  else
    redis.call('HSET', ck, 'lo', A.owner, 'lu', string.format('%.0f', OB.now + A.lockMs))
    redis.call('HDEL', ck, 'q')
    redis.call('PEXPIRE', ck, OB.cardTtl)
    local drawn = {}
    local flat = redis.call('HGETALL', ck)
    for i = 1, #flat, 2 do
      if string.sub(flat[i], 1, 2) == 'd:' then drawn[string.sub(flat[i], 3)] = flat[i + 1] end
    end
    result = { go = true, refs = c[4] or '{}', drawn = drawn }
  end
elseif A.op == 'card_end' then
  local ck = card_key(A.incidentId)
  if redis.call('HGET', ck, 'lo') ~= A.owner then
    result = false
  else
    redis.call('HDEL', ck, 'lo', 'lu')
    redis.call('HSET', ck, 'refs', A.refs)
    for platform, rev in pairs(A.drawn) do redis.call('HSET', ck, 'd:' .. platform, rev) end
    if A.written then redis.call('HSET', ck, 'at', string.format('%.0f', OB.now)) end
    redis.call('PEXPIRE', ck, OB.cardTtl)
    result = true
  end
elseif A.op == 'card_abandon' then
  local ck = card_key(A.incidentId)
  if redis.call('HGET', ck, 'lo') == A.owner then redis.call('HDEL', ck, 'lo', 'lu') end
  redis.call('HDEL', ck, 'q')
  result = true
elseif A.op == 'stats' then
  -- Handled entries are deleted, so the stream holds exactly the unread and the in-flight ones.
  local length = redis.call('XLEN', ob_key())
  local in_flight = 0
  local pending = redis.pcall('XPENDING', ob_key(), G)
  if type(pending) == 'table' and not pending.err then in_flight = tonumber(pending[1]) or 0 end
  local next = redis.call('ZRANGE', ob_key('delay'), 0, 0, 'WITHSCORES')
  result = {
    ready = math.max(0, length - in_flight),
    inFlight = in_flight,
    delayed = redis.call('ZCARD', ob_key('delay')),
    dead = redis.call('XLEN', ob_key('dead')),
    nextDueAt = next[2] and tonumber(next[2]) or cjson.null,
  }
elseif A.op == 'requeue_dead' then
  local moved = 0
  for _, item in ipairs(A.items) do
    if redis.call('XDEL', ob_key('dead'), item.deadId) == 1 then
      redis.call('SET', ob_key('m', item.id), 'q', 'PX', OB.ttl)
      redis.call('XADD', ob_key(), '*', 'd', item.json)
      moved = moved + 1
    end
  end
  result = moved
else
  return redis.error_reply('unknown outbox op ' .. tostring(A.op))
end
return cjson.encode({ result = result })
