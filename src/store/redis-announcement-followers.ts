import type { Result } from 'ioredis';
import type { RedisClient } from './create-redis.ts';
import { followerPerson } from './follower-person.ts';
import { StoreError, storeCall } from './store-error.ts';
import type { AnnouncementFollower, AnnouncementFollowers } from './store.port.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500Follow(key: string, personId: string, person: string, ttlMs: number): Result<unknown, Context>;
  }
}

/** Added once per person (HSETNX), the TTL started again, the count after: one step, so concurrent clicks count exactly. */
const FOLLOW_LUA = `
local added = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return { added, redis.call('HLEN', KEYS[1]) }
`;

/**
 * Announcement followers in Redis: one hash per incident, `<desk>:i:<incident>:aff`, person id →
 * their address (JSON), in the desk's slot beside the incident it counts for.
 */
export class RedisAnnouncementFollowers implements AnnouncementFollowers {
  readonly #redis: RedisClient;
  readonly #base: string;

  constructor(redis: RedisClient, base: string) {
    this.#redis = redis;
    this.#base = base;
    redis.defineCommand('c500Follow', { numberOfKeys: 1, lua: FOLLOW_LUA });
  }

  #key(incidentId: string): string {
    return `${this.#base}:i:${incidentId}:aff`;
  }

  async follow(incidentId: string, follower: AnnouncementFollower, ttlMs: number): Promise<{ added: boolean; count: number }> {
    const reply = await storeCall('follow', () => this.#redis.c500Follow(this.#key(incidentId), follower.personId, JSON.stringify(follower.person), Math.max(1, Math.round(ttlMs))));
    if (!Array.isArray(reply) || typeof reply[0] !== 'number' || typeof reply[1] !== 'number') throw new StoreError('store.failed', 'the follow script answered something else');
    return { added: reply[0] === 1, count: reply[1] };
  }

  async counts(incidentIds: string[]): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    if (incidentIds.length === 0) return out;
    const lengths = await storeCall('followers', () => Promise.all(incidentIds.map((id) => this.#redis.hlen(this.#key(id)))));
    incidentIds.forEach((id, i) => (out[id] = lengths[i] ?? 0));
    return out;
  }

  async list(incidentId: string): Promise<AnnouncementFollower[]> {
    const all = await storeCall('followers', () => this.#redis.hgetall(this.#key(incidentId)));
    return Object.entries(all).map(([personId, json]) => ({ personId, person: followerPerson(json) }));
  }
}
