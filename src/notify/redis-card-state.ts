import type { Result } from 'ioredis';
import type { RedisClient } from '../store/create-redis.ts';
import type { RedisKeys } from '../store/redis-keys.ts';
import { storeCall } from '../store/store-error.ts';
import { DIRTY_TTL_MS, type CardStateStore } from './card-state.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500CardTouch(lease: string, dirty: string, now: number, intervalMs: number, dirtyTtlMs: number): Result<number, Context>;
    c500CardRecheck(lease: string, dirty: string, now: number, intervalMs: number): Result<number, Context>;
  }
}

// KEYS: lease, dirty (same {card:<id>} tag). The lease value is its end time in ms of the
// caller's clock; the PX only collects garbage.
const TAKE = `
local function take(now, interval)
  redis.call('SET', KEYS[1], string.format('%.0f', now + interval), 'PX', interval + 60000)
  redis.call('DEL', KEYS[2])
  return 0
end
`;

const TOUCH_LUA = `${TAKE}
local now, interval = tonumber(ARGV[1]), tonumber(ARGV[2])
local ends = tonumber(redis.call('GET', KEYS[1]) or '0')
if ends > now then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return ends - now
end
return take(now, interval)
`;

const RECHECK_LUA = `${TAKE}
local now, interval = tonumber(ARGV[1]), tonumber(ARGV[2])
if redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
local ends = tonumber(redis.call('GET', KEYS[1]) or '0')
if ends > now then return ends - now end
return take(now, interval)
`;

/** Card leases in Redis: one script call per change, so replicas agree on the single writer. */
export class RedisCardState implements CardStateStore {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;
  readonly #now: () => number;
  readonly #refTtlMs: number;

  constructor(redis: RedisClient, keys: RedisKeys, now: () => number, refTtlMs: number) {
    this.#redis = redis;
    this.#keys = keys;
    this.#now = now;
    this.#refTtlMs = refTtlMs;
    redis.defineCommand('c500CardTouch', { numberOfKeys: 2, lua: TOUCH_LUA });
    redis.defineCommand('c500CardRecheck', { numberOfKeys: 2, lua: RECHECK_LUA });
  }

  touch(incidentId: string, intervalMs: number): Promise<number> {
    const k = this.#keys;
    return storeCall('card touch', () => this.#redis.c500CardTouch(k.cardLease(incidentId), k.cardDirty(incidentId), this.#now(), intervalMs, DIRTY_TTL_MS));
  }

  recheck(incidentId: string, intervalMs: number): Promise<number> {
    const k = this.#keys;
    return storeCall('card recheck', () => this.#redis.c500CardRecheck(k.cardLease(incidentId), k.cardDirty(incidentId), this.#now(), intervalMs));
  }

  async markDirty(incidentId: string): Promise<void> {
    await storeCall('card mark dirty', () => this.#redis.set(this.#keys.cardDirty(incidentId), '1', 'PX', DIRTY_TTL_MS));
  }

  getRef(incidentId: string): Promise<string | null> {
    return storeCall('card ref get', () => this.#redis.get(this.#keys.cardRef(incidentId)));
  }

  async setRef(incidentId: string, ref: string): Promise<void> {
    await storeCall('card ref set', () => this.#redis.set(this.#keys.cardRef(incidentId), ref, 'PX', this.#refTtlMs));
  }
}
