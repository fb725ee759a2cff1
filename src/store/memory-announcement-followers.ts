import { ExpiringMap } from './expiring-map.ts';
import { followerPerson } from './follower-person.ts';
import type { AnnouncementFollower, AnnouncementFollowers } from './store.port.ts';

/** Announcement followers of one process: the same contract as Redis, each incident's followers by person id. */
export class MemoryAnnouncementFollowers implements AnnouncementFollowers {
  readonly #incidents: ExpiringMap<Map<string, string>>;

  constructor(now: () => number) {
    this.#incidents = new ExpiringMap(now);
  }

  follow(incidentId: string, follower: AnnouncementFollower, ttlMs: number): Promise<{ added: boolean; count: number }> {
    const followers = this.#incidents.get(incidentId) ?? new Map<string, string>();
    const added = !followers.has(follower.personId);
    // Stored as JSON, like Redis keeps it.
    if (added) followers.set(follower.personId, JSON.stringify(follower.person));
    this.#incidents.set(incidentId, followers, Math.max(1, ttlMs));
    return Promise.resolve({ added, count: followers.size });
  }

  counts(incidentIds: string[]): Promise<Record<string, number>> {
    return Promise.resolve(Object.fromEntries(incidentIds.map((id) => [id, this.#incidents.get(id)?.size ?? 0])));
  }

  list(incidentId: string): Promise<AnnouncementFollower[]> {
    const followers = this.#incidents.get(incidentId);
    return Promise.resolve(followers ? [...followers].map(([personId, json]) => ({ personId, person: followerPerson(json) })) : []);
  }
}
