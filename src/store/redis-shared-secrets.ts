import type { RedisClient } from './create-redis.ts';
import type { RedisKeys } from './redis-keys.ts';
import { StoreError, storeCall } from './store-error.ts';
import type { SharedSecrets } from './store.port.ts';

/** Shared secrets in Redis: `SET key value NX`, then `GET`, so every replica reads the first writer's value. */
export class RedisSharedSecrets implements SharedSecrets {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;

  constructor(redis: RedisClient, keys: RedisKeys) {
    this.#redis = redis;
    this.#keys = keys;
  }

  async getOrCreate(name: string, create: () => string): Promise<string> {
    const key = this.#keys.secret(name);
    const existing = await storeCall('secret read', () => this.#redis.get(key));
    if (existing) return existing;
    const value = create();
    const set = await storeCall('secret create', () => this.#redis.set(key, value, 'NX'));
    if (set === 'OK') return value;
    const winner = await storeCall('secret read', () => this.#redis.get(key));
    if (!winner) throw new StoreError('store.failed', `secret ${name} vanished between SET NX and GET`);
    return winner;
  }
}
