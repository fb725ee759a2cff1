import type { Config } from '../config.ts';
import type { IncidentRules } from '../incidents/incident-rules.ts';
import { HOUR_MS, incidentRulesFromConfig } from '../incidents/incident-rules.ts';
import { MemoryAggregator } from '../incidents/memory-aggregator.ts';
import type { Logger } from '../logger.ts';
import { MemoryOutbox } from '../outbox/memory-outbox.ts';
import { MemoryAdmissionLimits } from './memory-admission-limits.ts';
import { MemoryAnnouncementFollowers } from './memory-announcement-followers.ts';
import { MemoryConversationStore } from './memory-conversation-store.ts';
import { MemorySharedSecrets } from './memory-shared-secrets.ts';
import { MemoryTurnStore } from './memory-turn-store.ts';
import type { Store } from './store.port.ts';
import { wellFormedStore } from './well-formed-store.ts';

export interface StoreOptions {
  /** REDIS_KEY_PREFIX (Redis only). */
  prefix: string;
  /** CONVERSATION_TTL_HOURS in ms: conversations and thread bindings expire after this silence. */
  conversationTtlMs: number;
  rules: IncidentRules;
  /** The clock of every time the store keeps (tests inject one). */
  now: () => number;
  /** Incident ids (default: random, newIncidentId); tests may inject a sequence. */
  newIncidentId?: (now: number) => string;
}

export function storeOptionsFromConfig(config: Readonly<Config>, now: () => number = Date.now): StoreOptions {
  return {
    prefix: config.REDIS_KEY_PREFIX,
    conversationTtlMs: config.CONVERSATION_TTL_HOURS * HOUR_MS,
    rules: incidentRulesFromConfig(config),
    now,
  };
}

/** The store of one process: state is lost on restart and not shared with other replicas. */
export function createMemoryStore(options: Omit<StoreOptions, 'prefix'>): Store {
  const outbox = new MemoryOutbox(options.now);
  const conversations = new MemoryConversationStore(options.now, options.conversationTtlMs, outbox);
  const incidents = new MemoryAggregator(options.rules, options.now, { outbox, ...(options.newIncidentId ? { newId: options.newIncidentId } : {}) });
  // Well-formed like the Redis store, so both keep the same text.
  return wellFormedStore({
    kind: 'memory',
    conversations,
    threads: conversations,
    events: conversations,
    secrets: new MemorySharedSecrets(),
    limits: new MemoryAdmissionLimits(options.now),
    incidents,
    followers: new MemoryAnnouncementFollowers(options.now),
    turns: new MemoryTurnStore(conversations, incidents),
    outbox,
    ping: async () => {},
    close: async () => {},
  });
}

export interface CreateStoreDeps {
  logger: Logger;
  now?: () => number;
  /** How long to wait for Redis at start (default 10 s); then `store.unavailable` is thrown. */
  connectTimeoutMs?: number;
}

/**
 * The configured store: Redis (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES), connected and
 * ready, or the memory store, which the log says at start (warn: one process only).
 */
export async function createStore(config: Readonly<Config>, deps: CreateStoreDeps): Promise<Store> {
  const options = storeOptionsFromConfig(config, deps.now);
  if (config.store === 'memory') {
    deps.logger.warn(
      { store: 'memory' },
      'store: in-memory (no REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES): one process only, state is lost on restart and not shared between replicas',
    );
    return createMemoryStore(options);
  }
  // ioredis and the Redis store are loaded only when a Redis is configured.
  const [{ connectRedis, createRedis, describeRedis }, { createRedisStore }] = await Promise.all([import('./create-redis.ts'), import('./create-redis-store.ts')]);
  const where = describeRedis(config);
  // Errors of the first connection are not logged: a failed start is one line (store.unavailable) that the caller writes.
  let connected = false;
  const redis = createRedis(config, {
    connectTimeoutMs: Math.min(deps.connectTimeoutMs ?? 10_000, 5000),
    onError: (error) => {
      if (connected) deps.logger.warn({ store: config.store, err: error }, `store: ${where}: ${error.message}`);
    },
  });
  await connectRedis(redis, deps.connectTimeoutMs ?? 10_000, where);
  connected = true;
  deps.logger.info({ store: config.store, prefix: config.REDIS_KEY_PREFIX }, `store: ${where}`);
  return createRedisStore(redis, options, config.store);
}
