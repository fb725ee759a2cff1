import type { Config } from '../config.ts';
import { connectRedis, createRedis, describeRedis } from '../store/create-redis.ts';
import { storeOptionsFromConfig } from '../store/create-store.ts';
import { createRedisStore } from '../store/create-redis-store.ts';
import { StoreError } from '../store/store-error.ts';
import type { Store } from '../store/store.port.ts';
import type { Messages } from '../messages/messages-for.ts';
import type { CliIo } from './cli-io.ts';

/** How long a command waits for Redis before it gives up (exit 1). */
const CONNECT_TIMEOUT_MS = 4000;

/**
 * Runs `work` on the configured Redis store (fail-fast connection, closed afterwards). A store
 * that cannot be reached is one line on stderr (in the language of `m`) and exit 1, never a stack trace.
 */
export async function withRedisStore(config: Readonly<Config>, io: CliIo, command: string, m: Messages, work: (store: Store) => Promise<number>): Promise<number> {
  if (config.store === 'memory') {
    io.stderr.write(`chatgpt-500 ${command}: ${m.t('cli.store.not_configured')}\n`);
    return 1;
  }
  const where = describeRedis(config);
  const redis = createRedis(config, { failFast: true, connectTimeoutMs: CONNECT_TIMEOUT_MS });
  try {
    await connectRedis(redis, CONNECT_TIMEOUT_MS, where);
    return await work(createRedisStore(redis, storeOptionsFromConfig(config), config.store));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // The reason is the client's own (e.g. "connect ECONNREFUSED 127.0.0.1:6379"), not prose.
    const reason = error.cause instanceof Error ? error.cause.message : error.message;
    const line = error.code === 'store.unavailable' ? m.t('cli.store.unavailable', { where, reason }) : m.t('cli.store.failed', { reason: error.message });
    io.stderr.write(`chatgpt-500 ${command}: ${line}\n`);
    return 1;
  } finally {
    redis.disconnect();
  }
}
