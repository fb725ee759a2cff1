import type { Result } from 'ioredis';
import type { RedisClient } from './create-redis.ts';
import type { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-error.ts';
import type { ThreadIndex } from './store.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500ThreadBind(key: string, conversationId: string, ttlMs: number): Result<string, Context>;
  }
}

/** First binder wins; everyone gets the winner's id back and the TTL starts again. */
const BIND_LUA = `
local current = redis.call('GET', KEYS[1])
if current then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return current
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ARGV[1]
`;

/** Thread key to conversation id in Redis (a string per thread, TTL = the conversation TTL). */
export class RedisThreadIndex implements ThreadIndex {
  readonly #redis: RedisClient;
  readonly #keys: RedisKeys;
  readonly #ttlMs: number;

  constructor(redis: RedisClient, keys: RedisKeys, ttlMs: number) {
    this.#redis = redis;
    this.#keys = keys;
    this.#ttlMs = ttlMs;
    redis.defineCommand('c500ThreadBind', { numberOfKeys: 1, lua: BIND_LUA });
  }

  bind(threadKey: string, conversationId: string): Promise<string> {
    return storeCall('thread bind', () => this.#redis.c500ThreadBind(this.#keys.thread(threadKey), conversationId, this.#ttlMs));
  }

  async rebind(threadKey: string, conversationId: string): Promise<void> {
    await storeCall('thread rebind', () => this.#redis.set(this.#keys.thread(threadKey), conversationId, 'PX', this.#ttlMs));
  }

  find(threadKey: string): Promise<string | null> {
    return storeCall('thread find', () => this.#redis.getex(this.#keys.thread(threadKey), 'PX', this.#ttlMs));
  }
}
