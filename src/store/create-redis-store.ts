import { RedisAggregator } from '../incidents/redis-aggregator.ts';
import { RedisOutbox } from '../outbox/redis-outbox.ts';
import type { RedisClient } from './create-redis.ts';
import { RedisAnnouncementFollowers } from './redis-announcement-followers.ts';
import { RedisAdmissionLimits } from './redis-admission-limits.ts';
import { RedisConversationStore } from './redis-conversation-store.ts';
import { RedisTurnStore } from './redis-turn-store.ts';
import { RedisEventClaims } from './redis-event-claims.ts';
import { redisKeys } from './redis-keys.ts';
import { RedisSharedSecrets } from './redis-shared-secrets.ts';
import { RedisThreadIndex } from './redis-thread-index.ts';
import { StoreError } from './store-error.ts';
import type { StoreOptions } from './create-store.ts';
import type { StoreKind, Store } from './store.port.ts';
import { wellFormedStore } from './well-formed-store.ts';

/** The store on a connected ioredis client (single, Sentinel or Cluster: the same code). */
export function createRedisStore(redis: RedisClient, options: StoreOptions, kind: Exclude<StoreKind, 'memory'> = 'redis'): Store {
  const keys = redisKeys(options.prefix);
  const outbox = new RedisOutbox(redis, { base: keys.desk, now: options.now, cardTtlMs: options.rules.retentionMs });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  redis.on('ready', () => (lastError = undefined));
  // No lone surrogate ever reaches Redis: its Lua JSON decoder would refuse every later read.
  return wellFormedStore({
    kind,
    conversations: new RedisConversationStore(redis, keys.desk, options.conversationTtlMs, options.now),
    threads: new RedisThreadIndex(redis, keys, options.conversationTtlMs),
    events: new RedisEventClaims(redis, keys),
    secrets: new RedisSharedSecrets(redis, keys),
    limits: new RedisAdmissionLimits(redis, keys),
    followers: new RedisAnnouncementFollowers(redis, keys.desk),
    incidents: new RedisAggregator(redis, keys.desk, options.rules, options.now, options.newIncidentId ? { newId: options.newIncidentId } : {}),
    turns: new RedisTurnStore(redis, {
      base: keys.desk,
      rules: options.rules,
      conversationTtlMs: options.conversationTtlMs,
      now: options.now,
      ...(options.newIncidentId ? { newId: options.newIncidentId } : {}),
    }),
    outbox,
    ping: async () => {
      // Not connected now (reconnecting, refused): said at once, not after the command timeout,
      // with the last connection error as the cause (e.g. WRONGPASS).
      if (redis.status !== 'ready') throw new StoreError('store.unavailable', `Redis is not connected (${redis.status})`, { cause: lastError });
      await redis.ping();
    },
    close: async () => {
      outbox.close();
      await redis.quit();
    },
  });
}
