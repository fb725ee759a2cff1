/**
 * Shared state of the helpdesk cards, for CardCoalescer: one lease per incident card (who may
 * edit it now), a "dirty" mark for changes that wait, and the platform reference of the card.
 * Lease times come from the injected clock (`now`), like every other time in the store.
 */
export interface CardStateStore {
  /**
   * A change happened. Free lease: takes it for `intervalMs`, clears the dirty mark and returns 0
   * (write now). Held lease: marks the card dirty and returns the ms until the lease ends.
   */
  touch(incidentId: string, intervalMs: number): Promise<number>;
  /**
   * A timer fired. Not dirty: -1 (nothing to do). Dirty, lease held: ms until it ends. Dirty,
   * lease free: takes the lease, clears the mark, returns 0 (write now).
   */
  recheck(incidentId: string, intervalMs: number): Promise<number>;
  /** Marks the card dirty again (a write failed and must be retried). */
  markDirty(incidentId: string): Promise<void>;
  /** The platform's reference of the posted card (e.g. `C123:1712345678.000100`), or null. */
  getRef(incidentId: string): Promise<string | null>;
  setRef(incidentId: string, ref: string): Promise<void>;
}

/** How long a dirty mark waits for a writer before it is dropped (a crashed fleet). */
export const DIRTY_TTL_MS = 3_600_000;
