import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from './redis-server.ts';
import { DEFAULT_RULES } from './store-backends.ts';

/**
 * A redis-server for a test file (started before its tests, stopped after) and stores on it, each
 * under a fresh key prefix: what the CLI then reads with REDIS_URL and REDIS_KEY_PREFIX.
 */
export function useRedisStore(label = 'cli') {
  let redis: TestRedis | undefined;
  let client: RedisClient | undefined;
  beforeAll(async () => {
    redis = await startRedisServer();
    client = createRedis(loadConfig({ REDIS_URL: redis.url }));
    await connectRedis(client, 10_000);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });
  return {
    url: () => redis!.url,
    /** A store under a new prefix, and the environment that names it. */
    fresh(): { prefix: string; store: Store; env: Record<string, string> } {
      const prefix = uniquePrefix(label);
      const store = createRedisStore(client!, { prefix, conversationTtlMs: 3_600_000, rules: DEFAULT_RULES, now: Date.now });
      return { prefix, store, env: { REDIS_URL: redis!.url, REDIS_KEY_PREFIX: prefix } };
    },
  };
}
