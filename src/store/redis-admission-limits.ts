import type { Result } from 'ioredis';
import type { RedisClient } from './create-redis.ts';
import type { RedisKeys } from './redis-keys.ts';
import { StoreError, storeCall } from './store-error.ts';
import type { AdmissionLimits } from './store.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500Admit(key: string, member: string, limit: number, ttlMs: number): Result<number, Context>;
  }
}

/** A member already in: 1. Room left: added, the window starts with the first member: 1. Full: 0. */
const ADMIT_LUA = `
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1
`;

/** Admission limits in Redis: one set per key with a TTL, checked and filled by one script. */
export class RedisAdmissionLimits implements AdmissionLimits {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;

  constructor(redis: RedisClient, keys: RedisKeys) {
    this.#redis = redis;
    this.#keys = keys;
    redis.defineCommand('c500Admit', { numberOfKeys: 1, lua: ADMIT_LUA });
  }

  async admit(key: string, member: string, limit: number, ttlSeconds: number): Promise<boolean> {
    const ttlMs = Math.max(1, Math.round(ttlSeconds * 1000));
    const reply = await storeCall('admission', () => this.#redis.c500Admit(this.#keys.limit(key), member, limit, ttlMs));
    if (reply !== 0 && reply !== 1) throw new StoreError('store.failed', `admission script answered ${String(reply)}`);
    return reply === 1;
  }
}
