import type { Result } from 'ioredis';
import { encodeEntry, type NewOutboxEntry } from '../outbox/outbox-entry.ts';
import { OUTBOX_ID_TTL_MS, OUTBOX_LUA_LIB } from '../outbox/outbox-lua.ts';
import type { RedisClient } from './create-redis.ts';
import { StoreError, storeCall } from './store-error.ts';
import type { ConversationStore, StoredConversation } from './store.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500ConversationCas(base: string, id: string, expectedVersion: number, state: string, ttlMs: number, now: number, idTtlMs: number, entries: string): Result<number, Context>;
  }
}

/**
 * The conversation hash `<base>:cv:<id>` `{v, s}` in Lua, for every script that saves one (this
 * store's compare-and-set, the aggregation script's `turn`): its stored version (0: none), and
 * the write of the next version with the TTL started again.
 */
export const CONVERSATION_LUA_LIB = `
local function cv_key(base, id) return base .. ':cv:' .. id end
local function cv_version(key) return tonumber(redis.call('HGET', key, 'v') or '0') end
local function cv_write(key, version, state, ttl)
  redis.call('HSET', key, 'v', version, 's', state)
  redis.call('PEXPIRE', key, ttl)
end
`;

/**
 * Compare-and-set of one conversation, and the outbox entries the new state owes (the next
 * question, a confirmation) in the same call: 1 when written, 0 on a version mismatch (then
 * nothing is enqueued either).
 */
const CAS_LUA = `${OUTBOX_LUA_LIB}${CONVERSATION_LUA_LIB}
local key = cv_key(KEYS[1], ARGV[1])
local v = cv_version(key)
if v ~= tonumber(ARGV[2]) then return 0 end
cv_write(key, v + 1, ARGV[3], ARGV[4])
OB.base = KEYS[1]
OB.now = tonumber(ARGV[5])
OB.ttl = tonumber(ARGV[6])
for _, e in ipairs(cjson.decode(ARGV[7])) do ob_enqueue_json(e.id, e.json) end
return 1
`;

/** Conversations in Redis: one hash per conversation in the `{desk}` slot, CAS by a Lua script, TTL refreshed on save. */
export class RedisConversationStore implements ConversationStore {
  readonly #redis: RedisClient;
  readonly #base: string;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(redis: RedisClient, base: string, ttlMs: number, now: () => number) {
    this.#redis = redis;
    this.#base = base;
    this.#ttlMs = ttlMs;
    this.#now = now;
    redis.defineCommand('c500ConversationCas', { numberOfKeys: 1, lua: CAS_LUA });
  }

  #key(id: string): string {
    return `${this.#base}:cv:${id}`;
  }

  async get(id: string): Promise<StoredConversation | null> {
    const [version, state] = await storeCall('conversation get', () => this.#redis.hmget(this.#key(id), 'v', 's'));
    if (version == null || state == null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(state) as unknown;
    } catch (error) {
      // Said as such (not a bare SyntaxError): the caller can tell "damaged" from "down".
      throw new StoreError('store.corrupt', `conversation ${id} cannot be decoded`, { cause: error });
    }
    return { state: parsed, version: Number(version) };
  }

  async save(id: string, state: object, expectedVersion: number, entries: NewOutboxEntry[] = []): Promise<'ok' | 'conflict'> {
    const json = JSON.stringify(state);
    const now = this.#now();
    const outbound = JSON.stringify(entries.map((e) => ({ id: e.id, json: encodeEntry(e, now) })));
    const written = await storeCall('conversation save', () =>
      this.#redis.c500ConversationCas(this.#base, id, expectedVersion, json, this.#ttlMs, now, OUTBOX_ID_TTL_MS, outbound),
    );
    return written === 1 ? 'ok' : 'conflict';
  }

  async delete(id: string): Promise<void> {
    await storeCall('conversation delete', () => this.#redis.del(this.#key(id)));
  }
}
