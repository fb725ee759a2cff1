import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, type IncidentRules } from '../../src/incidents/incident-rules.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createMemoryStore, type StoreOptions } from '../../src/store/create-store.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { startRedisCluster, type TestRedisCluster } from './redis-cluster.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from './redis-server.ts';

export type BackendName = 'memory' | 'redis' | 'cluster';
export const BACKENDS: BackendName[] = ['memory', 'redis', 'cluster'];

export const DEFAULT_RULES: IncidentRules = { minReporters: 3, windowMs: 10 * MINUTE_MS, quietMs: 30 * MINUTE_MS, retentionMs: 7 * DAY_MS, recentMs: DAY_MS };

export interface Backends {
  /** A fresh, empty store on the backend (Redis: a new key prefix on the file's shared server). */
  make(name: BackendName, options?: Partial<Omit<StoreOptions, 'rules'>> & { rules?: Partial<IncidentRules> }): Promise<Store>;
}

/**
 * Stores of the three backends for a test file: the Redis server and the 3-master cluster start
 * on first use (or come from REDIS_URL / REDIS_CLUSTER_NODES) and stop after the file.
 */
export function useStoreBackends(): Backends {
  let server: Promise<TestRedis> | undefined;
  let cluster: Promise<TestRedisCluster> | undefined;
  const clients = new Map<string, Promise<RedisClient>>();

  const connect = async (name: Exclude<BackendName, 'memory'>): Promise<RedisClient> => {
    const env =
      name === 'redis'
        ? { REDIS_URL: (await (server ??= startRedisServer())).url }
        : { REDIS_CLUSTER_NODES: (await (cluster ??= startRedisCluster())).nodes.join(',') };
    const client = createRedis(loadConfig(env), { connectTimeoutMs: 5000 });
    await connectRedis(client, 10_000);
    return client;
  };

  const client = (name: Exclude<BackendName, 'memory'>) => {
    let pending = clients.get(name);
    if (!pending) clients.set(name, (pending = connect(name)));
    return pending;
  };

  afterAll(async () => {
    for (const pending of clients.values()) (await pending).disconnect();
    await Promise.all([server?.then((s) => s.stop()), cluster?.then((c) => c.stop())]);
  });

  return {
    async make(name, options = {}) {
      const full: StoreOptions = {
        prefix: options.prefix ?? uniquePrefix(),
        conversationTtlMs: options.conversationTtlMs ?? 24 * HOUR_MS,
        now: options.now ?? Date.now,
        rules: { ...DEFAULT_RULES, ...options.rules },
      };
      if (name === 'memory') return createMemoryStore(full);
      const store = createRedisStore(await client(name), full, name);
      return { ...store, close: async () => {} };
    },
  };
}
