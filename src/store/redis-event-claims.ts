import type { RedisClient } from './create-redis.ts';
import type { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-error.ts';
import type { EventClaims } from './store.port.ts';

/** Event claims in Redis: `SET key 1 PX ttl NX`, so exactly one replica wins each event id. */
export class RedisEventClaims implements EventClaims {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;

  constructor(redis: RedisClient, keys: RedisKeys) {
    this.#redis = redis;
    this.#keys = keys;
  }

  async claim(eventId: string, ttlSeconds: number): Promise<boolean> {
    const reply = await storeCall('event claim', () => this.#redis.set(this.#keys.event(eventId), '1', 'PX', Math.max(1, Math.round(ttlSeconds * 1000)), 'NX'));
    return reply === 'OK';
  }
}
