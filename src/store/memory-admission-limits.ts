import { ExpiringMap } from './expiring-map.ts';
import type { AdmissionLimits } from './store.port.ts';

/** Admission limits of one process: the same rules as the Redis script, over an expiring map of sets. */
export class MemoryAdmissionLimits implements AdmissionLimits {
  readonly #sets: ExpiringMap<Set<string>>;
  #calls = 0;

  constructor(now: () => number) {
    this.#sets = new ExpiringMap(now);
  }

  admit(key: string, member: string, limit: number, ttlSeconds: number): Promise<boolean> {
    if (++this.#calls % 1000 === 0) this.#sets.prune();
    const members = this.#sets.get(key);
    if (members?.has(member)) return Promise.resolve(true);
    if ((members?.size ?? 0) >= limit) return Promise.resolve(false);
    if (members) members.add(member);
    else this.#sets.set(key, new Set([member]), Math.max(1, Math.round(ttlSeconds * 1000)));
    return Promise.resolve(true);
  }
}
