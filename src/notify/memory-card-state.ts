import { ExpiringMap } from '../store/expiring-map.ts';
import { DIRTY_TTL_MS, type CardStateStore } from './card-state.port.ts';

/** Card leases of one process, with the semantics of RedisCardState. */
export class MemoryCardState implements CardStateStore {
  readonly #leases = new Map<string, number>();
  readonly #dirty: ExpiringMap<true>;
  readonly #refs: ExpiringMap<string>;
  readonly #now: () => number;
  readonly #refTtlMs: number;

  constructor(now: () => number, refTtlMs: number) {
    this.#now = now;
    this.#refTtlMs = refTtlMs;
    this.#dirty = new ExpiringMap(now);
    this.#refs = new ExpiringMap(now);
  }

  #take(incidentId: string, now: number, intervalMs: number): number {
    this.#leases.set(incidentId, now + intervalMs);
    this.#dirty.delete(incidentId);
    return 0;
  }

  async touch(incidentId: string, intervalMs: number): Promise<number> {
    const now = this.#now();
    const ends = this.#leases.get(incidentId) ?? 0;
    if (ends > now) {
      this.#dirty.set(incidentId, true, DIRTY_TTL_MS);
      return ends - now;
    }
    return this.#take(incidentId, now, intervalMs);
  }

  async recheck(incidentId: string, intervalMs: number): Promise<number> {
    const now = this.#now();
    if (!this.#dirty.get(incidentId)) return -1;
    const ends = this.#leases.get(incidentId) ?? 0;
    return ends > now ? ends - now : this.#take(incidentId, now, intervalMs);
  }

  async markDirty(incidentId: string): Promise<void> {
    this.#dirty.set(incidentId, true, DIRTY_TTL_MS);
  }

  async getRef(incidentId: string): Promise<string | null> {
    return this.#refs.get(incidentId) ?? null;
  }

  async setRef(incidentId: string, ref: string): Promise<void> {
    this.#refs.set(incidentId, ref, this.#refTtlMs);
  }
}
