import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../config.ts';
import { batchRedisWrites } from './batch-redis-writes.ts';
import { StoreError } from './store-error.ts';

export type RedisClient = Redis | Cluster;

export type RedisConfig = Pick<Config, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_CLUSTER_NODES'>;

export interface RedisConnectOptions {
  /** Time allowed for one connection attempt (ioredis `connectTimeout`). Default 5000. */
  connectTimeoutMs?: number;
  /**
   * Time allowed for one command, waiting for a reconnect included (ioredis `commandTimeout`):
   * while Redis is down a request fails with `store.unavailable` after this long at most instead
   * of hanging. Default 5000 (longer than the outbox's blocking read of at most 1 s).
   */
  commandTimeoutMs?: number;
  /**
   * For one-shot commands (the CLI): no reconnect, no offline queue, no command retry, so an
   * unreachable server fails at once instead of hanging. The bot itself reconnects forever.
   */
  failFast?: boolean;
  /** Receives connection errors (ioredis emits them on every failed attempt). */
  onError?: (error: Error) => void;
}

const hostPort = (value: string) => {
  const at = value.lastIndexOf(':');
  return { host: value.slice(0, at), port: Number(value.slice(at + 1)) };
};

/** Where the store lives, without credentials: for log lines and error messages. */
export function describeRedis(config: RedisConfig): string {
  if (config.REDIS_CLUSTER_NODES) return `Redis Cluster ${config.REDIS_CLUSTER_NODES.join(',')}`;
  if (config.REDIS_SENTINELS) return `Redis via Sentinel ${config.REDIS_SENTINELS.join(',')} (${config.REDIS_SENTINEL_NAME})`;
  if (config.REDIS_URL) {
    const url = new URL(config.REDIS_URL);
    return `Redis ${url.hostname}:${url.port || 6379}`;
  }
  return 'no Redis';
}

/**
 * An ioredis client for the configured connection: `Cluster` for REDIS_CLUSTER_NODES, a Sentinel
 * client for REDIS_SENTINELS (+ REDIS_SENTINEL_NAME), else REDIS_URL. The client is created
 * unconnected (`lazyConnect`); call `connectRedis` to open it with a deadline.
 */
export function createRedis(config: RedisConfig, options: RedisConnectOptions = {}): RedisClient {
  const failFast = options.failFast ?? false;
  const connectTimeout = options.connectTimeoutMs ?? 5000;
  const commandTimeout = options.commandTimeoutMs ?? 5000;
  const retry = (times: number) => (failFast ? null : Math.min(100 * 2 ** Math.min(times, 6), 5000));
  const base: RedisOptions = {
    lazyConnect: true,
    connectTimeout,
    commandTimeout,
    maxRetriesPerRequest: failFast ? 0 : 3,
    enableOfflineQueue: !failFast,
    retryStrategy: retry,
  };
  let client: RedisClient;
  if (config.REDIS_CLUSTER_NODES) {
    client = new Cluster(config.REDIS_CLUSTER_NODES.map(hostPort), {
      lazyConnect: true,
      enableOfflineQueue: !failFast,
      clusterRetryStrategy: retry,
      slotsRefreshTimeout: connectTimeout,
      redisOptions: { connectTimeout, commandTimeout, maxRetriesPerRequest: failFast ? 0 : 3 },
    });
  } else if (config.REDIS_SENTINELS) {
    client = new Redis({ ...base, sentinels: config.REDIS_SENTINELS.map(hostPort), name: config.REDIS_SENTINEL_NAME, sentinelRetryStrategy: retry });
  } else if (config.REDIS_URL) {
    client = new Redis(config.REDIS_URL, base);
  } else {
    throw new StoreError('store.not_configured', 'no Redis configured: set REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES');
  }
  client.on('error', (error: Error) => options.onError?.(error));
  // One socket write per turn of the event loop (Cluster keeps one client per node: left as it is).
  if (client instanceof Redis) batchRedisWrites(client);
  return client;
}

/**
 * Connects and waits until the client is ready, or throws `store.unavailable` after `timeoutMs`
 * (and disconnects, so nothing keeps the process alive).
 */
export async function connectRedis(client: RedisClient, timeoutMs: number, where = 'Redis'): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  // ioredis rejects connect() with a bare "Connection is closed."; the error event says why.
  let lastError: Error | undefined;
  const remember = (error: Error) => (lastError = error);
  client.on('error', remember);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.connect(), deadline]);
  } catch (error) {
    client.disconnect();
    const reason = lastError?.message ?? (error instanceof Error ? error.message : String(error));
    throw new StoreError('store.unavailable', `cannot reach ${where}: ${reason}`, { cause: lastError ?? error });
  } finally {
    clearTimeout(timer);
    client.off('error', remember);
  }
}
