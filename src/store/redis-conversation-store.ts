import type { Result } from 'ioredis';
import type { RedisClient } from './create-redis.ts';
import type { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-error.ts';
import type { ConversationStore, StoredConversation } from './store.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500ConversationCas(key: string, expectedVersion: number, state: string, ttlMs: number): Result<number, Context>;
  }
}

/** Compare-and-set of one conversation hash `{v, s}`; returns 1 when written, 0 on a version mismatch. */
const CAS_LUA = `
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'v', v + 1, 's', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** Conversations in Redis: one hash per conversation, CAS by a Lua script, TTL refreshed on save. */
export class RedisConversationStore implements ConversationStore {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;
  readonly #ttlMs: number;

  constructor(redis: RedisClient, keys: RedisKeys, ttlMs: number) {
    this.#redis = redis;
    this.#keys = keys;
    this.#ttlMs = ttlMs;
    redis.defineCommand('c500ConversationCas', { numberOfKeys: 1, lua: CAS_LUA });
  }

  async get<S extends object>(id: string): Promise<StoredConversation<S> | null> {
    const [version, state] = await storeCall('conversation get', () => this.#redis.hmget(this.#keys.conversation(id), 'v', 's'));
    if (version == null || state == null) return null;
    return { state: JSON.parse(state) as S, version: Number(version) };
  }

  async save(id: string, state: object, expectedVersion: number): Promise<'ok' | 'conflict'> {
    const json = JSON.stringify(state);
    const written = await storeCall('conversation save', () => this.#redis.c500ConversationCas(this.#keys.conversation(id), expectedVersion, json, this.#ttlMs));
    return written === 1 ? 'ok' : 'conflict';
  }

  async delete(id: string): Promise<void> {
    await storeCall('conversation delete', () => this.#redis.del(this.#keys.conversation(id)));
  }
}
